/**
 * The zod/mini pieces our browser-side schemas use (saved progress, kernel messages), imported
 * by name so the bundler leaves the rest of zod (locales, JSON Schema) out of every page.
 * Build-time code imports 'zod' directly.
 */
export {
  object,
  strictObject,
  null as null,
  refine,
  maxLength,
  string,
  number,
  int,
  boolean,
  literal,
  enum,
  array,
  tuple,
  record,
  union,
  discriminatedUnion,
  optional,
  _default,
  nonnegative,
  positive,
  minLength,
  regex,
  custom,
} from 'zod/mini';
export { $ZodError as ZodError } from 'zod/v4/core';
export type { infer } from 'zod/mini';
