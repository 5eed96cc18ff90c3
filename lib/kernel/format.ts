import type { OutputItem } from './protocol';

/**
 * How `print` and `display` turn cell values into output rows. Runs in the kernel, where
 * the values live; only strings cross to the page.
 */

/** What the formatter needs of a tf.Tensor (duck-typed so this file does not import tfjs). */
interface TensorLike {
  shape: number[];
  dtype: string;
  size: number;
  isDisposed: boolean;
  dataSync(): ArrayLike<number> | string[] | Uint8Array[];
}

function isTensor(v: unknown): v is TensorLike {
  return typeof v === 'object' && v !== null && 'dtype' in v && 'shape' in v && typeof (v as TensorLike).dataSync === 'function';
}

/** Longest list shown in full; longer ones show their head and a count. */
const MAX_ITEMS = 100;
/** Longest text a single output row carries to the page (the page folds anything past a screenful). */
const MAX_TEXT = 100_000;
const MAX_TABLE_ROWS = 200;
const MAX_DEPTH = 4;

function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function formatList(items: ArrayLike<unknown>, depth: number): string {
  const shown = Array.from({ length: Math.min(items.length, MAX_ITEMS) }, (_, i) => formatValue(items[i], depth + 1, true));
  const more = items.length > MAX_ITEMS ? `, … ${items.length - MAX_ITEMS} more` : '';
  return `[${shown.join(', ')}${more}]`;
}

function nestTensor(flat: ArrayLike<unknown>, shape: number[], offset: number, depth: number): string {
  if (shape.length === 0) return formatValue(flat[offset], depth, true);
  const [n, ...rest] = shape;
  const stride = rest.reduce((a, b) => a * b, 1);
  const parts: string[] = [];
  for (let i = 0; i < Math.min(n, MAX_ITEMS); i++) parts.push(nestTensor(flat, rest, offset + i * stride, depth + 1));
  if (n > MAX_ITEMS) parts.push(`… ${n - MAX_ITEMS} more`);
  return `[${parts.join(rest.length > 0 ? ',\n' + ' '.repeat(depth + 1) : ', ')}]`;
}

function tensorValues(t: TensorLike): string {
  if (t.isDisposed) return '(disposed tensor)';
  return nestTensor(t.dataSync() as ArrayLike<unknown>, t.shape, 0, 0);
}

export function formatValue(v: unknown, depth = 0, nested = false): string {
  if (typeof v === 'string') return nested ? JSON.stringify(v) : v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v === undefined || v === null || typeof v === 'boolean' || typeof v === 'symbol') return String(v);
  if (typeof v === 'function') return `[function ${v.name || 'anonymous'}]`;
  if (isTensor(v)) return `Tensor ${v.dtype} [${v.shape.join(', ')}]\n${tensorValues(v)}`;
  if (depth >= MAX_DEPTH) return Array.isArray(v) ? '[…]' : '{…}';
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return formatList(v as unknown as ArrayLike<unknown>, depth);
  if (v instanceof Map)
    return `Map {${[...v]
      .slice(0, MAX_ITEMS)
      .map(([k, x]) => `${formatValue(k, depth + 1, true)} => ${formatValue(x, depth + 1, true)}`)
      .join(', ')}}`;
  if (v instanceof Set) return `Set ${formatList([...v], depth)}`;
  const entries = Object.entries(v as object);
  const shown = entries.slice(0, MAX_ITEMS).map(([k, x]) => `${k}: ${formatValue(x, depth + 1, true)}`);
  if (entries.length > MAX_ITEMS) shown.push(`… ${entries.length - MAX_ITEMS} more`);
  return `{${shown.join(', ')}}`;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n… ${text.length - MAX_TEXT} more characters` : text;
}

/** `print(a, b, c)`: one line, values separated by spaces, as console.log does. */
export function printItem(values: unknown[]): OutputItem {
  return { kind: 'text', text: clip(values.map((v) => formatValue(v)).join(' ')) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isTensor(v) && !ArrayBuffer.isView(v);
}

/** `display(value)`: tensors with shape and dtype; arrays of objects and plain objects as tables. */
export function displayItem(v: unknown): OutputItem {
  if (isTensor(v)) return { kind: 'tensor', shape: [...v.shape], dtype: v.dtype, text: clip(tensorValues(v)) };
  if (Array.isArray(v) && v.length > 0 && v.every(isRecord)) {
    const columns = [...new Set(v.flatMap((row) => Object.keys(row)))];
    const rows = v.slice(0, MAX_TABLE_ROWS).map((row) => columns.map((c) => (c in row ? formatValue(row[c], 1, false) : '')));
    return { kind: 'table', columns, rows, omitted: Math.max(0, v.length - MAX_TABLE_ROWS) };
  }
  if (isRecord(v) && !(v instanceof Map) && !(v instanceof Set) && !(v instanceof Error)) {
    const entries = Object.entries(v);
    return {
      kind: 'table',
      columns: ['key', 'value'],
      rows: entries.slice(0, MAX_TABLE_ROWS).map(([k, x]) => [k, formatValue(x, 1, false)]),
      omitted: Math.max(0, entries.length - MAX_TABLE_ROWS),
    };
  }
  return printItem([v]);
}

/** What a run did to the kernel's tensors (worker/tensor-census.ts). */
export interface TensorCounts {
  leaked: number;
  kept?: number;
  keptBy?: readonly string[];
  freed?: number;
}

/** One part of the status line's tensor report; only a leak is shown as a warning. */
export interface BalancePart {
  text: string;
  leak: boolean;
}

const tensors = (n: number) => `${n} tensor${n === 1 ? '' : 's'}`;

/** Names listed after "kept by top-level names"; more are shown as "…". */
const SHOWN_NAMES = 3;

/**
 * The status line's tensor report, e.g. "9 tensors kept by top-level names (xs, mu, logSigma, …)
 * · 0 leaked", "3 tensors leaked", "20 tensors freed · no tensors leaked". Tensors that
 * top-level names hold are shared with later cells on purpose, so they are not a leak.
 */
export function tensorBalance({ leaked, kept = 0, keptBy = [], freed = 0 }: TensorCounts): BalancePart[] {
  const parts: BalancePart[] = [];
  if (kept > 0) {
    const names = keptBy.slice(0, SHOWN_NAMES).join(', ') + (keptBy.length > SHOWN_NAMES ? ', …' : '');
    parts.push({
      text: `${tensors(kept)} kept by top-level ${keptBy.length === 1 ? 'name' : 'names'}${names ? ` (${names})` : ''}`,
      leak: false,
    });
  }
  if (freed > 0) parts.push({ text: `${tensors(freed)} freed`, leak: false });
  const leak = leaked > 0;
  if (kept > 0) parts.push({ text: `${leak ? leaked : 0} leaked`, leak });
  else parts.push({ text: leak ? `${tensors(leaked)} leaked` : 'no tensors leaked', leak });
  return parts;
}
