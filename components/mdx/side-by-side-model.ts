/**
 * The pure rules behind `<SideBySide>`: checking `<Param>` props, starting values, stepping and
 * number formatting. Kept apart from React so they are unit-tested in Node.
 */

export interface ParamSpec {
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
}

export interface ParamProps {
  name?: unknown;
  label?: unknown;
  min?: unknown;
  max?: unknown;
  step?: unknown;
  value?: unknown;
}

function finite(props: ParamProps, key: keyof ParamProps, where: string): number {
  const v = props[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new Error(`${where}: ${key} must be a number written in braces, like ${key}={1}; got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Checks an author's `<Param>` and fills defaults; throws a message that names the param and value. */
export function checkParam(props: ParamProps): ParamSpec {
  const { name } = props;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`<Param>: name must be an identifier such as "mu" (figures read it with useParams()); got ${JSON.stringify(name)}`);
  }
  const where = `<Param name="${name}">`;
  const min = finite(props, 'min', where);
  const max = finite(props, 'max', where);
  if (!(min < max)) throw new Error(`${where}: min (${min}) must be less than max (${max})`);
  const step = props.step === undefined ? (max - min) / 100 : finite(props, 'step', where);
  if (!(step > 0)) throw new Error(`${where}: step must be > 0, got ${step}`);
  const value = props.value === undefined ? min : finite(props, 'value', where);
  if (value < min || value > max) throw new Error(`${where}: value (${value}) must lie between min (${min}) and max (${max})`);
  const label = props.label === undefined ? name : props.label;
  if (typeof label !== 'string' || label.trim() === '')
    throw new Error(`${where}: label must be a non-empty string, got ${JSON.stringify(label)}`);
  return { name, label, min, max, step, value };
}

/** Starting values by name; two params with one name would fight over it, so that throws. */
export function initialValues(specs: readonly ParamSpec[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const spec of specs) {
    if (spec.name in values) throw new Error(`<SideBySide>: two <Param name="${spec.name}"> in one SideBySide; give each a different name`);
    values[spec.name] = spec.value;
  }
  return values;
}

/**
 * The step to activate when moving by `delta` from `current` (null: none active yet), kept in
 * range: Next from nothing is the first step, Previous from nothing the last.
 */
export function moveStep(current: number | null, delta: number, count: number): number | null {
  if (count <= 0) return null;
  if (current === null) return delta >= 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + delta));
}

/** How many decimals a slider step shows: 0.1 → 1, 0.25 → 2, 5 → 0. */
export function decimalsOf(step: number): number {
  if (Number.isInteger(step)) return 0;
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  return Math.min(10, text.split('.')[1]?.length ?? 0);
}

/** A param value as readers see it; "−" (minus sign) rather than a hyphen, as in the math. */
export function formatValue(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace(/^-/, '−');
}
