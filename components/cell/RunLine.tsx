'use client';
import type { RunState } from '@/lib/kernel/run-state';
import { describeProgress, progressEnd, type ProgressEnd } from '@/lib/kernel/run-reducer';
import { TensorBalance } from './TensorBalance';

/*
 * A run's one-line summary, shown in the cell's sticky controls so that Run, Stop, the
 * progress bar and "Done in …" stay in view together while the output below grows.
 */

function ProgressBar({ progress, end }: { progress: NonNullable<RunState['progress']>; end: ProgressEnd }) {
  const { step, total, metrics } = progress;
  const metricText = Object.entries(metrics ?? {})
    .map(([k, v]) => `${k} ${Math.abs(v) >= 1000 || Math.abs(v) < 0.001 ? v.toExponential(2) : v.toFixed(3)}`)
    .join(' · ');
  return (
    <div className="cell-progress">
      <progress max={total} value={Math.min(step, total)} aria-label="Training progress" />
      <span className="cell-progress-text">
        {describeProgress(progress, end)}
        {metricText && ` · ${metricText}`}
      </span>
    </div>
  );
}

function StatusLine({ state }: { state: RunState }) {
  if (state.status === 'queued') return <span>Queued…</span>;
  if (state.status === 'running') return <span>Running on {state.backend}…</span>;
  const r = state.result;
  if (!r || !r.backend) return null;
  const seconds = r.elapsedMs < 1000 ? `${Math.round(r.elapsedMs)} ms` : `${(r.elapsedMs / 1000).toFixed(2)} s`;
  return (
    <span>
      {r.ok ? 'Done' : 'Ended'} in {seconds} · backend <span className="cell-backend">{r.backend}</span> · <TensorBalance result={r} />
    </span>
  );
}

/** The progress bar while a run reports progress, and the status line (queued, running, done). */
export function RunLine({ state }: { state: RunState }) {
  if (state.status === 'idle') return null;
  return (
    <div className="cell-runline">
      {state.progress && <ProgressBar progress={state.progress} end={progressEnd(state)} />}
      <div className="cell-status" aria-live="polite">
        <StatusLine state={state} />
      </div>
    </div>
  );
}
