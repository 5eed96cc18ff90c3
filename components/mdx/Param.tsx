'use client';
import { useId } from 'react';
import { useSideBySide } from './side-by-side-context';
import { decimalsOf, formatValue } from './side-by-side-model';

export interface ParamProps {
  name: string;
  label?: string;
  min: number;
  max: number;
  step?: number;
  value?: number;
}

/** A labelled slider bound to a named number that the figure and `<Value>` read. */
export function Param({ name }: ParamProps) {
  const { specs, values, setValue } = useSideBySide(`<Param name="${name}">`);
  const id = useId();
  const spec = specs[name];
  // SideBySide checks every Param among its children; one it did not see was nested elsewhere.
  if (!spec) throw new Error(`<Param name="${name}"> must be a direct child of <SideBySide>, not nested in another tag`);
  const value = values[name] ?? spec.value;
  const text = formatValue(value, decimalsOf(spec.step));
  return (
    <div className="sbs-param">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="range"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={value}
        aria-valuetext={text}
        data-param={name}
        onChange={(e) => setValue(name, Number(e.currentTarget.value))}
      />
      <output htmlFor={id} aria-hidden="true">
        {text}
      </output>
    </div>
  );
}
Param.sideBySideRole = 'param' as const;
