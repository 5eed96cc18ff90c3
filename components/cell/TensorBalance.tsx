import { Fragment } from 'react';
import { tensorBalance } from '@/lib/kernel/format';
import type { RunResult } from '@/lib/kernel/run-state';

/** The status line's tensor report: tensors kept by top-level names, freed, leaked; only a leak is a warning. */
export function TensorBalance({ result }: { result: RunResult }) {
  const parts = tensorBalance({
    leaked: result.leakedTensors,
    kept: result.keptTensors,
    keptBy: result.keptBy,
    freed: result.freedTensors,
  });
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <span className={p.leak ? 'cell-leak' : undefined}>{p.text}</span>
        </Fragment>
      ))}
    </>
  );
}
