'use client';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { recordCellRun } from '@/lib/progress/cells';
import type { Backend } from '@/lib/kernel/protocol';
import { CodeArea, type CodeAreaHandle } from './CodeArea';
import { KernelBar } from './KernelBar';
import { CellOutput, CellRunLine } from './CellOutput';
import { revealOutput } from './revealOutput';
import { loadKernel, whenKernelLoaded } from '@/lib/kernel/loader';
import { useCellRunner } from './useCellRunner';
import { useSavedCode } from './useSavedCode';
import { OutdatedNotice } from './OutdatedNotice';
import { useSharedCell } from '@/components/share/useSharedCell';
import { isSharedTarget } from '@/components/share/share-location';
import { SharedCodeNotice } from '@/components/share/SharedCodeNotice';
import { CopyLinkButton } from '@/components/share/CopyLinkButton';
import './cell.css';

export interface CellProps {
  id: string;
  code: string;
  /** Build-time highlighted HTML of `code` (lib/content/remark-cells.ts). */
  highlighted: string;
  seed?: number;
  autorun?: boolean;
  readonly?: boolean;
  hidden?: boolean;
  backend?: Backend;
  /** Seconds a run is expected to take (the `budget=` option); past it the cell says so. */
  budget?: number;
  /** Set at build time on the chapter's first cell: the page kernel's toolbar goes above it. */
  kernelBar?: boolean;
}

/** A runnable notebook cell. Authors write it as a ```js cell id="…" fence. */
export function Cell({
  id,
  code: authorCode,
  highlighted,
  seed,
  autorun = false,
  readonly = false,
  hidden = false,
  backend = 'auto',
  budget,
  kernelBar = false,
}: CellProps) {
  const chapter = useChapterSlug();
  const saved = useSavedCode(chapter, id, authorCode);
  // Opened from a shared link to this cell: its code (and seed) are shown in place of the learner's until they choose.
  const share = useSharedCell(id, saved, readonly);
  const runSeed = share.seed ?? seed;
  const runner = useCellRunner(chapter, id);
  const codeArea = useRef<CodeAreaHandle>(null);
  const root = useRef<HTMLElement>(null);
  const controls = useRef<HTMLDivElement>(null);
  const output = useRef<HTMLDivElement>(null);
  const [showCode, setShowCode] = useState(!hidden);
  // Run reads the code through a ref so that its identity (registered with Run all) does not change on every keystroke.
  const codeRef = useRef(share.code);
  useLayoutEffect(() => {
    codeRef.current = share.code;
  });

  const start = runner.run;
  const run = useCallback(async (): Promise<boolean> => {
    const done = start({ code: codeRef.current, seed: runSeed, backend }, () => recordCellRun(chapter, id));
    // The editor (a far larger download) loads once the kernel client has, so it never delays the worker's start.
    // A failed load is reported on the cell by its runner.
    void loadKernel().then(
      () => codeArea.current?.load(),
      () => {},
    );
    return done;
  }, [chapter, id, start, runSeed, backend]);

  // A Run the learner asked for (button, Shift+Enter) shows its output; Run all and autorun do not scroll.
  const runAndReveal = useCallback(() => {
    void run();
    requestAnimationFrame(() => output.current && revealOutput(output.current, controls.current));
  }, [run]);

  // Run all only exists once the kernel has loaded, so registering can wait for it.
  useEffect(
    () =>
      whenKernelLoaded(({ getKernel }) =>
        getKernel(chapter).register(id, { element: () => root.current, run, code: () => codeRef.current, inRunAll: true }),
      ),
    [chapter, id, run],
  );

  useEffect(() => {
    if (!autorun || !root.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      // Code from a link runs only when the learner presses Run.
      void isSharedTarget(id).then((shared) => shared || run());
    });
    observer.observe(root.current);
    return () => observer.disconnect();
    // Autorun happens once, when the cell first scrolls into view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autorun]);

  const { state } = runner;
  const busy = state.status === 'queued' || state.status === 'running';
  const label = `Code of cell ${id}`;

  return (
    <section className="cell" data-cell={id} ref={root} aria-label={`Code cell ${id}`}>
      {kernelBar && <KernelBar chapter={chapter} />}
      <div className="cell-controls" ref={controls}>
        <div className="cell-toolbar" role="toolbar" aria-label={`Cell ${id}`}>
          <button type="button" className="cell-run" onClick={runAndReveal} title="Run (Shift+Enter)">
            <span aria-hidden="true">▶</span> Run
          </button>
          <button type="button" onClick={runner.stop} disabled={!busy}>
            <span aria-hidden="true">■</span> Stop
          </button>
          {saved.edited && !readonly && !share.active && (
            <button type="button" onClick={saved.reset} title="Restore the author's code">
              Reset
            </button>
          )}
          {!readonly && <CopyLinkButton cell={id} code={share.code} seed={runSeed} />}
          {hidden && (
            <button type="button" aria-expanded={showCode} onClick={() => setShowCode(!showCode)}>
              {showCode ? 'Hide setup code' : 'Show setup code'}
            </button>
          )}
          {runner.needsRerun && <span className="cell-rerun">Needs re-run: the kernel was restarted</span>}
          {readonly && <span className="cell-tag">read-only</span>}
        </div>
        <CellRunLine state={state} />
      </div>
      {share.linked && <SharedCodeNotice readonly={readonly} hadOwnEdit={saved.edited} onKeep={share.keep} onDismiss={share.dismiss} />}
      {saved.outdated && !share.active && <OutdatedNotice onKeep={saved.keepMine} onUseNew={saved.useNew} />}
      {showCode || share.active ? (
        <CodeArea
          ref={codeArea}
          code={share.code}
          highlighted={highlighted}
          highlightedFor={authorCode}
          readonly={readonly}
          label={label}
          errorLine={state.error?.line ?? null}
          onChange={share.edit}
          onRun={runAndReveal}
        />
      ) : (
        <p className="cell-hidden-note">Setup code ({authorCode.split('\n').length} lines) is hidden.</p>
      )}
      <div className="cell-output-slot" ref={output}>
        <CellOutput state={state} budgetSeconds={budget} />
      </div>
    </section>
  );
}
