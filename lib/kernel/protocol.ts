// zod/mini: the page parses every kernel message, so this ships with the first cell.
import * as z from '@/lib/schema/z';
import { RUN_ID_PATTERN } from './run-id';
import { MAX_KEPT_NAMES, MAX_OUTPUT_LINES, MAX_POINTS_PER_SERIES } from './limits';
import { plotSpecSchema, rowSchema } from './plot-options';
import { MAX_DRAWN_POINTS } from '@/lib/drawing/limits';

/**
 * Every message between the page and its cell kernel (a Web Worker), as one zod union.
 * Each carries the `runId` of the run it belongs to, so the page can drop output of an
 * older run that arrives after a newer one started.
 */

export const BACKENDS = ['auto', 'cpu', 'wasm', 'webgl', 'webgpu'] as const;
export const backendSchema = z.enum(BACKENDS);
export type Backend = z.infer<typeof backendSchema>;

/** Random, made by the page (run-id.ts), so cell code cannot predict another run's. */
const runId = z.string().check(z.regex(RUN_ID_PATTERN, 'a run id is 32 hex digits'));

// Page → kernel.
export const runRequestSchema = z.object({
  type: z.literal('run'),
  runId,
  cellId: z.string(),
  code: z.string(),
  seed: z.optional(z.int()),
  backend: backendSchema,
  /** Exercise checks: code run after `code`, whose `check(name, fn)` calls are reported one by one. */
  checks: z.optional(z.string()),
  /** The chapter's drawn data sets by id (<DrawData>), for drawnPoints(id). */
  drawings: z.optional(z.record(z.string(), z.array(z.tuple([z.number(), z.number()])).check(z.maxLength(MAX_DRAWN_POINTS)))),
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
    shape: z.array(z.int()),
    dtype: z.string(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    /** Rows left out because the table was too long to show. */
    omitted: z.int().check(z.nonnegative()),
  }),
]);
export type OutputItem = z.infer<typeof outputItemSchema>;

export { plotSpecSchema };
export type PlotSpec = z.infer<typeof plotSpecSchema>;
export type MarkSpec = PlotSpec['marks'][number];

export { rowSchema };
export type Row = z.infer<typeof rowSchema>;

export const ERROR_KINDS = ['syntax', 'runtime', 'stopped', 'diverged', 'unhandled'] as const;

export const fromKernelSchema = z.discriminatedUnion('type', [
  /** The kernel is listening (sent once, when it has loaded). */
  z.object({ type: z.literal('ready') }),
  /** A run request arrived: a kernel that does not send this is not listening any more. */
  z.object({ type: z.literal('accepted'), runId }),
  /** A stop request arrived, so the kernel's event loop is free: the run is waiting, not looping. */
  z.object({ type: z.literal('stopping'), runId }),
  /** Sent every ALIVE_MS while a run is in progress, from a timer: the kernel's event loop turns (liveness.ts). */
  z.object({ type: z.literal('alive'), runId }),
  z.object({ type: z.literal('started'), runId, backend: z.string() }),
  /** Output lines in the order printed; `hidden` more were printed before them and left out. */
  z.object({
    type: z.literal('output'),
    runId,
    items: z.array(outputItemSchema).check(z.maxLength(MAX_OUTPUT_LINES)),
    hidden: z.int().check(z.nonnegative()),
  }),
  z.object({ type: z.literal('plot'), runId, plotId: z.int(), spec: plotSpecSchema }),
  z.object({
    type: z.literal('plot-data'),
    runId,
    plotId: z.int(),
    series: z.string(),
    rows: z.array(rowSchema).check(z.maxLength(MAX_POINTS_PER_SERIES)),
    replace: z.boolean(),
    /** The series keeps every `every`-th row appended (1 until it passes MAX_POINTS_PER_SERIES). */
    every: z.int().check(z.positive()),
    /** Rows given to the series since it was last set. */
    total: z.int().check(z.nonnegative()),
  }),
  z.object({
    type: z.literal('images'),
    runId,
    /** The same id again updates that grid in place. */
    gridId: z.int(),
    layout: z.object({
      count: z.int().check(z.positive()),
      height: z.int().check(z.positive()),
      width: z.int().check(z.positive()),
      cols: z.int().check(z.positive()),
      scale: z.number().check(z.positive()),
    }),
    /** count·height·width grey levels. */
    pixels: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'pixels must be a Uint8Array'),
    /** The text alternative, e.g. "64 generated digits, iteration 1,200". */
    label: z.string(),
  }),
  z.object({
    type: z.literal('progress'),
    runId,
    step: z.number(),
    total: z.number(),
    metrics: z.optional(z.record(z.string(), z.number())),
  }),
  z.object({
    type: z.literal('check'),
    runId,
    name: z.string(),
    passed: z.boolean(),
    message: z.optional(z.string()),
    /** A failed check that recognised a typical mistake: the author's words for it. */
    mistake: z.optional(z.string()),
  }),
  z.object({
    type: z.literal('error'),
    runId,
    kind: z.enum(ERROR_KINDS),
    message: z.string(),
    /** 1-based, in the cell's own numbering; absent when the error has no place in the cell. */
    line: z.optional(z.int().check(z.positive())),
    column: z.optional(z.int().check(z.positive())),
    hint: z.optional(z.string()),
    /** For "x is not defined": the name, so the page can say which cell declares it. */
    undeclared: z.optional(z.string()),
  }),
  z.object({
    type: z.literal('done'),
    runId,
    ok: z.boolean(),
    elapsedMs: z.number().check(z.nonnegative()),
    backend: z.string(),
    /** Tensors the run made that are still alive and that no top-level name reaches. */
    leakedTensors: z.int(),
    /** Tensors the run made that top-level names keep on purpose, and (some of) those names. */
    keptTensors: z.optional(z.int().check(z.nonnegative())),
    keptBy: z.optional(z.array(z.string()).check(z.maxLength(MAX_KEPT_NAMES))),
    /** Tensors made by earlier runs that this run freed (a replaced declaration's value, a dispose()). */
    freedTensors: z.optional(z.int().check(z.nonnegative())),
  }),
]);
export type FromKernel = z.infer<typeof fromKernelSchema>;
/** The messages that belong to a run (all but `ready`). */
export type RunMessage = Exclude<FromKernel, { type: 'ready' }>;
export type KernelError = Extract<FromKernel, { type: 'error' }>;
