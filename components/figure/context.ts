'use client';
import { createContext, useContext } from 'react';

/** What a `<SideBySide>` tells the figure inside it: slider values and the active step's focus. */
export interface FigureState {
  params: Readonly<Record<string, number>>;
  focus: string | null;
}

const standalone: FigureState = { params: {}, focus: null };

/** Provided by `<SideBySide>`; a figure outside one sees no params and no focus. */
export const FigureContext = createContext<FigureState>(standalone);

/** Current values of every `<Param>` in the enclosing `<SideBySide>`, by name. */
export function useParams(): Readonly<Record<string, number>> {
  return useContext(FigureContext).params;
}

/** One param's current value; throws if the enclosing `<SideBySide>` has no `<Param name={name}>`. */
export function useParam(name: string): number {
  const { params } = useContext(FigureContext);
  const value = params[name];
  if (value === undefined) {
    const known = Object.keys(params);
    throw new Error(
      `useParam("${name}"): no <Param name="${name}"> in this <SideBySide> ` +
        `(params here: ${known.length ? known.join(', ') : 'none'}). Add the <Param> or fix the name.`,
    );
  }
  return value;
}

/** The `focus` key of the active `<Step>`, or null when no step is active. */
export function useFocus(): string | null {
  return useContext(FigureContext).focus;
}
