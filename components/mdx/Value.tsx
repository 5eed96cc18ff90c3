'use client';
import { useSideBySide } from './side-by-side-context';
import { decimalsOf, formatValue } from './side-by-side-model';

/** Prints a `<Param>`'s current value inline, in prose or in a Step of the same SideBySide. */
export function Value({ name, digits }: { name: string; digits?: number }) {
  const { specs, values } = useSideBySide(`<Value name="${name}">`);
  const spec = specs[name];
  if (!spec) {
    const known = Object.keys(specs);
    throw new Error(`<Value name="${name}">: no <Param name="${name}"> in this <SideBySide> (params here: ${known.join(', ') || 'none'})`);
  }
  if (digits !== undefined && !(Number.isInteger(digits) && digits >= 0 && digits <= 10)) {
    throw new Error(`<Value name="${name}">: digits must be a whole number from 0 to 10, got ${digits}`);
  }
  return (
    <span className="sbs-value" data-param={name}>
      {formatValue(values[name] ?? spec.value, digits ?? decimalsOf(spec.step))}
    </span>
  );
}
