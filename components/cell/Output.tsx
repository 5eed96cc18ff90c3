'use client';
import { useEffect, useState } from 'react';
import type { OutputItem } from '@/lib/kernel/protocol';
import { MAX_OUTPUT_LINES } from '@/lib/kernel/limits';
import { ImageGrid } from './ImageGrid';
import { LivePlot } from './LivePlot';
import type { RunState } from '@/lib/kernel/run-state';
import { UndeclaredHelp } from './UndeclaredHelp';

/** Text longer than this is folded behind "Show more", so a huge print cannot swamp the page. */
const FOLD_CHARS = 2000;

function TextBlock({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > FOLD_CHARS;
  return (
    <div className="cell-text">
      <pre>{long && !open ? `${text.slice(0, FOLD_CHARS)}…` : text}</pre>
      {long && (
        <button type="button" className="cell-more" onClick={() => setOpen(!open)}>
          {open ? 'Show less' : `Show more (${(text.length - FOLD_CHARS).toLocaleString('en')} more characters)`}
        </button>
      )}
    </div>
  );
}

function Item({ item }: { item: OutputItem }) {
  switch (item.kind) {
    case 'text':
      return <TextBlock text={item.text} />;
    case 'tensor':
      return (
        <div className="cell-tensor">
          <div className="cell-tensor-meta">
            Tensor · shape [{item.shape.join(', ')}] · {item.dtype}
          </div>
          <TextBlock text={item.text} />
        </div>
      );
    case 'table':
      return (
        <div className="cell-table-wrap">
          <table className="cell-table">
            <thead>
              <tr>
                {item.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {item.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {item.omitted > 0 && <p className="cell-note">… {item.omitted} more rows not shown</p>}
        </div>
      );
  }
}

function RunError({ error }: { error: NonNullable<RunState['error']> }) {
  const place = error.line ? `Line ${error.line}:${error.column ?? 1}  ` : '';
  return (
    <div className={`cell-error cell-error-${error.kind}`} role={error.kind === 'stopped' ? 'status' : 'alert'}>
      <pre>
        {place}
        {error.kind === 'diverged' ? `Training ${error.message}` : error.message}
      </pre>
      {error.hint && <p className="cell-hint">{error.hint}</p>}
      {error.undeclared && <UndeclaredHelp runId={error.runId} name={error.undeclared} />}
    </div>
  );
}

/** How long a run may take before the cell says so, unless the author set `budget=`. */
const DEFAULT_BUDGET_SECONDS = 60;

/** True once the current run has been running for longer than `seconds`. */
function useOverBudget(state: RunState, seconds: number): boolean {
  const [overRunId, setOverRunId] = useState<string | null>(null);
  const { runId, status } = state;
  useEffect(() => {
    if (status !== 'running') return;
    const timer = setTimeout(() => setOverRunId(runId), seconds * 1000);
    return () => clearTimeout(timer);
  }, [runId, status, seconds]);
  return status === 'running' && overRunId === runId;
}

function OverBudget({ seconds }: { seconds: number }) {
  return (
    <p className="cell-warning" role="status">
      This is taking longer than expected (over {seconds} s). If it seems stuck, press Stop: a loop that never reaches a stop point is ended
      by restarting the kernel.
    </p>
  );
}

/**
 * Everything below a cell's code: printed rows, tables, live charts and the error; once a run
 * outlasts its budget, a warning that points to Stop. Progress and the status line are in the
 * cell's sticky controls (RunLine.tsx), beside Run and Stop.
 */
export function Output({ state, budgetSeconds = DEFAULT_BUDGET_SECONDS }: { state: RunState; budgetSeconds?: number }) {
  const overBudget = useOverBudget(state, budgetSeconds);
  if (state.status === 'idle') return null;
  return (
    <div className="cell-output">
      {state.hiddenLines > 0 && (
        <p className="cell-note">
          … {state.hiddenLines.toLocaleString('en')} earlier {state.hiddenLines === 1 ? 'line' : 'lines'} hidden (a cell keeps its last{' '}
          {MAX_OUTPUT_LINES} lines)
        </p>
      )}
      {state.outputs.map((o, i) =>
        o.kind === 'plot' ? (
          <LivePlot key={`p${o.model.plotId}`} model={o.model} />
        ) : o.kind === 'images' ? (
          <ImageGrid key={`g${o.model.gridId}`} model={o.model} />
        ) : (
          <Item key={i} item={o.item} />
        ),
      )}
      {state.error && <RunError error={state.error} />}
      {overBudget && <OverBudget seconds={budgetSeconds} />}
    </div>
  );
}
