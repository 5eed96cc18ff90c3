'use client';
import { useEffect, useState } from 'react';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { loadKernel } from '@/lib/kernel/loader';
import type { KernelClient } from '@/lib/kernel/client';
import type { UndeclaredHelp as Help } from '@/lib/kernel/declarations';

interface Found extends Help {
  kernel: KernelClient;
  cellId: string;
}

/**
 * Under "ReferenceError: x is not defined": which cell of the page declares x, and a button that
 * runs that cell and then this one. The parser it needs loads only now (lib/kernel/declarations.ts).
 */
export function UndeclaredHelp({ runId, name }: { runId: string; name: string }) {
  const chapter = useChapterSlug();
  const [found, setFound] = useState<Found | null>(null);
  const [started, setStarted] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([loadKernel(), import('@/lib/kernel/declarations')]).then(([{ getKernel }, { explainUndeclared }]) => {
      const kernel = getKernel(chapter);
      const cellId = kernel.cellOfRun(runId);
      if (live && cellId) setFound({ kernel, cellId, ...explainUndeclared(name, kernel.pageCells(), cellId) });
    });
    return () => {
      live = false;
    };
  }, [chapter, runId, name]);

  if (!found) return null;
  const { kernel, cellId, message, runFirst } = found;
  return (
    <div className="cell-undeclared">
      <p className="cell-hint">{message.map((part, i) => (typeof part === 'string' ? part : <code key={i}>{part.code}</code>))}</p>
      {runFirst && (
        <button
          type="button"
          disabled={started}
          aria-label={`Run ${runFirst}, then this cell`}
          onClick={() => {
            setStarted(true);
            void kernel.runCells([runFirst, cellId]);
          }}
        >
          <span aria-hidden="true">▶</span> Run <code>{runFirst}</code>, then this cell
        </button>
      )}
    </div>
  );
}
