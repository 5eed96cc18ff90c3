import type { FromKernel } from './protocol';
import { ImageGridModel } from './image-grid';
import { PlotModel } from './plot-model';
import type { OutputEntry, ProgressView, RunState } from './run-state';

/** Builds a cell's RunState from the kernel's messages. Loaded on the first Run (loader.ts). */

export const MAX_OUTPUTS = 500;

function findPlot(state: RunState, plotId: number): PlotModel | undefined {
  for (const o of state.outputs) if (o.kind === 'plot' && o.model.plotId === plotId) return o.model;
  return undefined;
}

function addOutput(state: RunState, entry: OutputEntry): RunState {
  if (state.outputs.length >= MAX_OUTPUTS && entry.kind === 'item') return { ...state, droppedOutputs: state.droppedOutputs + 1 };
  return { ...state, outputs: [...state.outputs, entry] };
}

/** Applies one kernel message; messages of any other run than the latest are ignored. */
export function reduceRun(state: RunState, msg: FromKernel, now: number): RunState {
  if (msg.runId !== state.runId) return state;
  switch (msg.type) {
    case 'started':
      return { ...state, status: 'running', backend: msg.backend };
    case 'output':
      return addOutput(state, { kind: 'item', item: msg.item });
    case 'plot':
      return addOutput(state, { kind: 'plot', model: new PlotModel(msg.plotId, msg.spec) });
    case 'plot-data':
      // Plot rows go straight into the chart's model; React does not re-render for them.
      findPlot(state, msg.plotId)?.add(msg.series, msg.rows, msg.replace);
      return state;
    case 'images': {
      const grid = state.outputs.find((o) => o.kind === 'images' && o.model.gridId === msg.gridId);
      if (grid?.kind === 'images') {
        // In place: the canvas redraws from the model; React does not re-render.
        grid.model.update(msg.layout, msg.pixels, msg.label);
        return state;
      }
      return addOutput(state, { kind: 'images', model: new ImageGridModel(msg.gridId, msg.layout, msg.pixels, msg.label) });
    }
    case 'progress': {
      const first = state.progress?.first ?? { step: msg.step, at: now };
      const seconds = (now - first.at) / 1000;
      const rate = seconds > 0.2 && msg.step > first.step ? (msg.step - first.step) / seconds : (state.progress?.rate ?? null);
      return { ...state, progress: { step: msg.step, total: msg.total, metrics: msg.metrics, rate, first } };
    }
    case 'check':
      return { ...state, checks: [...state.checks, { name: msg.name, passed: msg.passed, message: msg.message }] };
    case 'error':
      // Keep the first error: an unhandled rejection after a stop does not hide why it stopped.
      return state.error ? state : { ...state, error: msg };
    case 'done':
      return { ...state, status: 'done', result: { ok: msg.ok, elapsedMs: msg.elapsedMs, backend: msg.backend, leakedTensors: msg.leakedTensors } };
  }
}

/** "12.3 steps/s · ETA 4 s" for a progress bar. */
export function describeRate(p: ProgressView): string {
  if (p.rate === null || p.rate <= 0) return '';
  const eta = Math.max(0, (p.total - p.step) / p.rate);
  const rate = p.rate >= 100 ? Math.round(p.rate).toString() : p.rate.toFixed(1);
  return `${rate} steps/s · ETA ${eta < 60 ? `${Math.ceil(eta)} s` : `${Math.floor(eta / 60)} min ${Math.ceil(eta % 60)} s`}`;
}
