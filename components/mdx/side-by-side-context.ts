'use client';
import { createContext, useContext } from 'react';
import type { ParamSpec } from './side-by-side-model';

/** State shared by one `<SideBySide>` and the Steps, Params and Values inside it. */
export interface SideBySideState {
  specs: Readonly<Record<string, ParamSpec>>;
  values: Readonly<Record<string, number>>;
  setValue: (name: string, value: number) => void;
  active: number | null;
  activate: (index: number) => void;
}

export const SideBySideContext = createContext<SideBySideState | null>(null);

/** The index of the `<Step>` being rendered, given by SideBySide as it lays out its children. */
export const StepIndexContext = createContext<number | null>(null);

export function useSideBySide(tag: string): SideBySideState {
  const state = useContext(SideBySideContext);
  if (!state) throw new Error(`${tag} must be placed inside a <SideBySide> … </SideBySide> block`);
  return state;
}
