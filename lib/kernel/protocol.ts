import { z } from 'zod';

/**
 * Every message between the page and its cell kernel (a Web Worker), as one zod union.
 * Each carries the `runId` of the run it belongs to, so the page can drop output of an
 * older run that arrives after a newer one started.
 */

export const BACKENDS = ['auto', 'cpu', 'wasm', 'webgl', 'webgpu'] as const;
export const backendSchema = z.enum(BACKENDS);
export type Backend = z.infer<typeof backendSchema>;

const runId = z.number().int().nonnegative();

// Page → kernel.
export const runRequestSchema = z.object({
  type: z.literal('run'),
  runId,
  cellId: z.string(),
  code: z.string(),
  seed: z.number().int().optional(),
  backend: backendSchema,
  /** Exercise checks: code run after `code`, whose `check(name, fn)` calls are reported one by one. */
  checks: z.string().optional(),
});

export const stopRequestSchema = z.object({ type: z.literal('stop'), runId });

export const toKernelSchema = z.discriminatedUnion('type', [runRequestSchema, stopRequestSchema]);
export type RunRequest = z.infer<typeof runRequestSchema>;
export type ToKernel = z.infer<typeof toKernelSchema>;

// Kernel → page.
export const outputItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('tensor'),
    shape: z.array(z.number().int()),
    dtype: z.string(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    /** Rows left out because the table was too long to show. */
    omitted: z.number().int().nonnegative(),
  }),
]);
export type OutputItem = z.infer<typeof outputItemSchema>;

export const markSpecSchema = z.looseObject({
  mark: z.string().regex(/^[a-zA-Z]+$/, 'a mark is an Observable Plot mark function name, e.g. "dot"'),
  data: z.string().optional(),
  values: z.array(z.unknown()).optional(),
});
export const plotSpecSchema = z.looseObject({
  title: z.string().optional(),
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
  marks: z.array(markSpecSchema).min(1, 'a plot needs at least one mark'),
});
export type PlotSpec = z.infer<typeof plotSpecSchema>;
export type MarkSpec = z.infer<typeof markSpecSchema>;

export const rowSchema = z.record(z.string(), z.unknown());
export type Row = z.infer<typeof rowSchema>;

export const ERROR_KINDS = ['syntax', 'runtime', 'stopped', 'diverged', 'unhandled'] as const;

export const fromKernelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), runId, backend: z.string() }),
  z.object({ type: z.literal('output'), runId, item: outputItemSchema }),
  z.object({ type: z.literal('plot'), runId, plotId: z.number().int(), spec: plotSpecSchema }),
  z.object({
    type: z.literal('plot-data'),
    runId,
    plotId: z.number().int(),
    series: z.string(),
    rows: z.array(rowSchema),
    replace: z.boolean(),
  }),
  z.object({
    type: z.literal('progress'),
    runId,
    step: z.number(),
    total: z.number(),
    metrics: z.record(z.string(), z.number()).optional(),
  }),
  z.object({
    type: z.literal('check'),
    runId,
    name: z.string(),
    passed: z.boolean(),
    message: z.string().optional(),
  }),
  z.object({
    type: z.literal('error'),
    runId,
    kind: z.enum(ERROR_KINDS),
    message: z.string(),
    /** 1-based, in the cell's own numbering; absent when the error has no place in the cell. */
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    hint: z.string().optional(),
  }),
  z.object({
    type: z.literal('done'),
    runId,
    ok: z.boolean(),
    elapsedMs: z.number().nonnegative(),
    backend: z.string(),
    leakedTensors: z.number().int(),
  }),
]);
export type FromKernel = z.infer<typeof fromKernelSchema>;
export type KernelError = Extract<FromKernel, { type: 'error' }>;
