import { ImageGridModel } from './image-grid';
import { MAX_OUTPUT_LINES } from './limits';
import type { RunMessage } from './protocol';
import { PlotModel } from './plot-model';
import type { OutputEntry, ProgressView, RunState } from './run-state';
import type { OutputItem } from './protocol';

/** Builds a cell's RunState from the kernel's messages. Loaded on the first Run (loader.ts). */

function findPlot(state: RunState, plotId: number): PlotModel | undefined {
  for (const o of state.outputs) if (o.kind === 'plot' && o.model.plotId === plotId) return o.model;
  return undefined;
}

/** Appends output lines, keeping the last MAX_OUTPUT_LINES (charts always stay). */
function addLines(state: RunState, items: OutputItem[], hidden: number): RunState {
  const outputs: OutputEntry[] = [...state.outputs, ...items.map((item) => ({ kind: 'item' as const, item }))];
  let excess = outputs.filter((o) => o.kind === 'item').length - MAX_OUTPUT_LINES;
  const dropped = Math.max(0, excess);
  const kept = excess > 0 ? outputs.filter((o) => o.kind !== 'item' || excess-- <= 0) : outputs;
  return { ...state, outputs: kept, hiddenLines: state.hiddenLines + hidden + dropped };
}

/** Applies one kernel message; messages of any other run than the latest are ignored. */
export function reduceRun(state: RunState, msg: RunMessage, now: number): RunState {
  if (msg.runId !== state.runId) return state;
  switch (msg.type) {
    case 'started':
      return { ...state, status: 'running', backend: msg.backend };
    case 'accepted':
    case 'stopping':
    case 'alive':
      return state;
    case 'output':
      return addLines(state, msg.items, msg.hidden);
    case 'plot':
      return { ...state, outputs: [...state.outputs, { kind: 'plot', model: new PlotModel(msg.plotId, msg.spec) }] };
    case 'plot-data':
      // Plot rows go straight into the chart's model; React does not re-render for them.
      findPlot(state, msg.plotId)?.add(msg.series, msg.rows, msg);
      return state;
    case 'images': {
      const grid = state.outputs.find((o) => o.kind === 'images' && o.model.gridId === msg.gridId);
      if (grid?.kind === 'images') {
        // In place: the canvas redraws from the model; React does not re-render.
        grid.model.update(msg.layout, msg.pixels, msg.label);
        return state;
      }
      return {
        ...state,
        outputs: [...state.outputs, { kind: 'images', model: new ImageGridModel(msg.gridId, msg.layout, msg.pixels, msg.label) }],
      };
    }
    case 'progress': {
      const first = state.progress?.first ?? { step: msg.step, at: now };
      const seconds = (now - first.at) / 1000;
      const rate = seconds > 0.2 && msg.step > first.step ? (msg.step - first.step) / seconds : (state.progress?.rate ?? null);
      return { ...state, progress: { step: msg.step, total: msg.total, metrics: msg.metrics, rate, first } };
    }
    case 'check':
      return {
        ...state,
        checks: [
          ...state.checks,
          { name: msg.name, passed: msg.passed, message: msg.message, ...(msg.mistake ? { mistake: msg.mistake } : {}) },
        ],
      };
    case 'error':
      // Keep the first error: an unhandled rejection after a stop does not hide why it stopped.
      return state.error ? state : { ...state, error: msg };
    case 'done':
      return {
        ...state,
        status: 'done',
        result: {
          ok: msg.ok,
          elapsedMs: msg.elapsedMs,
          backend: msg.backend,
          leakedTensors: msg.leakedTensors,
          keptTensors: msg.keptTensors,
          keptBy: msg.keptBy,
          freedTensors: msg.freedTensors,
        },
      };
  }
}

/** "12.3 steps/s · ETA 4 s" while a run goes on; once it has ended, its rate alone. */
function describeRate(p: ProgressView, running: boolean): string {
  if (p.rate === null || p.rate <= 0) return '';
  const rate = `${p.rate >= 100 ? Math.round(p.rate).toString() : p.rate.toFixed(1)} steps/s`;
  if (!running) return rate;
  const eta = Math.max(0, (p.total - p.step) / p.rate);
  return `${rate} · ETA ${eta < 60 ? `${Math.ceil(eta)} s` : `${Math.floor(eta / 60)} min ${Math.ceil(eta % 60)} s`}`;
}

/** How a run that reported progress ended (null while it runs): its bar then shows no ETA. */
export type ProgressEnd = 'done' | 'stopped' | 'failed' | null;

export function progressEnd(state: RunState): ProgressEnd {
  if (state.status !== 'done') return null;
  if (state.error?.kind === 'stopped') return 'stopped';
  return state.error || !state.result?.ok ? 'failed' : 'done';
}

/**
 * The text beside a progress bar: "120 / 400 (30%) · 12.3 steps/s · ETA 24 s" while running,
 * "400 / 400 (100%) · 12.3 steps/s" once done, "stopped at 120 / 400 (30%)" after Stop and
 * "ended at 120 / 400 (30%)" after an error: nothing is left to estimate once the run is over.
 */
export function describeProgress(p: ProgressView, end: ProgressEnd): string {
  const fraction = p.total > 0 ? Math.min(1, p.step / p.total) : 0;
  const count = `${p.step} / ${p.total} (${Math.round(fraction * 100)}%)`;
  if (end === 'stopped') return `stopped at ${count}`;
  if (end === 'failed') return `ended at ${count}`;
  const rate = describeRate(p, end === null);
  return rate ? `${count} · ${rate}` : count;
}
