import { PLOT_MARKS, isCssReference } from '../plot-options';

/** The parts of a zod issue that plot() reports. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  expected?: string;
  maximum?: unknown;
}

/** Says what is wrong with a plot spec, naming the option: "marks.0: option "href" is not available in cells". */
export function describePlotIssue(issue: Issue): string {
  const where = issue.path.map(String).join('.') || 'spec';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: ${issue.keys!.map((k) => `"${k}"`).join(', ')} ${issue.keys!.length > 1 ? 'are not plot options' : 'is not a plot option'} available in cells (see the cell guide for the list; options that make links, CSS or markup, such as href, target or style, are left out)`;
    case 'invalid_value':
      if (issue.path[issue.path.length - 1] === 'mark') return `${where}: unknown mark; use one of ${PLOT_MARKS.join(', ')}`;
      return `${where} must be one of ${issue.values!.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${where} must be ${issue.expected === 'function' ? 'a value' : `a ${issue.expected}`}`;
    case 'invalid_union':
      return `${where} must be a number or a short string (a field name or a colour), not a CSS function such as url(…)`;
    case 'too_big':
      return `${where} is too long (at most ${String(issue.maximum)})`;
    default:
      return `${where} ${issue.message}`;
  }
}

/** Why a value cannot be in a plotted row (the page's rowSchema would refuse it), or null. */
export function rowValueProblem(value: unknown): string | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value !== 'string') return `must be a number or a string, got ${typeof value}`;
  if (value.length > 200) return 'is a string longer than 200 characters';
  if (isCssReference(value)) return `must not be a CSS function such as url(…) or var(…), got ${JSON.stringify(value.slice(0, 40))}`;
  return null;
}
