'use client';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { getExercise, recordExerciseAttempt } from '@/lib/progress/exercises';
import { subscribe } from '@/lib/progress/store';
import { CodeArea, type CodeAreaHandle } from './CodeArea';
import { CellOutput } from './CellOutput';
import { loadKernel, whenKernelLoaded } from '@/lib/kernel/loader';
import { useCellRunner } from './useCellRunner';
import { useSavedCode } from './useSavedCode';
import { OutdatedNotice } from './OutdatedNotice';
import './cell.css';

export interface ExerciseProps {
  id: string;
  title?: string;
  /** Lifted from the ```js starter / solution / check fences by lib/content/remark-cells.ts. */
  starter: string;
  solution?: string;
  check: string;
  starterHighlighted: string;
  solutionHighlighted?: string;
  children?: ReactNode;
}

/**
 * An auto-checked exercise: the learner edits and runs the starter in the page kernel;
 * Check runs it and then the author's `check(name, fn)` calls, listing each result.
 */
export function Exercise({ id, title, starter, solution, check, starterHighlighted, solutionHighlighted, children }: ExerciseProps) {
  const chapter = useChapterSlug();
  const saved = useSavedCode(chapter, id, starter);
  const runner = useCellRunner(chapter, id);
  const codeArea = useRef<CodeAreaHandle>(null);
  const [checked, setChecked] = useState<null | boolean>(null);
  const [showSolution, setShowSolution] = useState(false);
  const passedBefore = useSyncExternalStore(
    subscribe,
    () => Boolean(getExercise(chapter, id)?.passedAt),
    () => false,
  );

  const run = (checks?: string) => {
    setChecked(null);
    const done = runner.run({ code: saved.code, backend: 'auto', checks });
    // As in Cell: the editor loads after the kernel client, so it never delays the worker's start.
    void loadKernel().then(() => codeArea.current?.load());
    return done;
  };

  // The kernel knows the exercise's code (not for Run all): a cell's "x is not defined" can point here.
  const root = useRef<HTMLElement>(null);
  const latest = useRef({ run, code: saved.code });
  useLayoutEffect(() => {
    latest.current = { run, code: saved.code };
  });
  useEffect(
    () =>
      whenKernelLoaded(({ getKernel }) =>
        getKernel(chapter).register(id, {
          element: () => root.current,
          run: () => latest.current.run(),
          code: () => latest.current.code,
          inRunAll: false,
        }),
      ),
    [chapter, id],
  );

  const runChecks = async () => {
    await run(check);
    const { checks, error } = runner.latest();
    const passed = !error && checks.length > 0 && checks.every((c) => c.passed);
    recordExerciseAttempt(chapter, id, passed);
    setChecked(passed);
  };

  const { state } = runner;
  const busy = state.status === 'queued' || state.status === 'running';
  const titleId = `exercise-${id}-title`;

  return (
    <section className="exercise" data-exercise={id} aria-labelledby={titleId} ref={root}>
      <header className="exercise-head">
        <h3 id={titleId} className="exercise-title">
          Exercise{title ? `: ${title}` : ''}
        </h3>
        {passedBefore && <span className="exercise-passed">✓ Passed</span>}
      </header>
      <div className="exercise-body">{children}</div>
      <div className="cell">
        <div className="cell-toolbar" role="toolbar" aria-label={`Exercise ${id}`}>
          <button type="button" className="cell-run" onClick={() => void run()}>
            <span aria-hidden="true">▶</span> Run
          </button>
          <button type="button" className="exercise-check" onClick={() => void runChecks()} disabled={busy}>
            <span aria-hidden="true">✓</span> Check
          </button>
          <button type="button" onClick={runner.stop} disabled={!busy}>
            <span aria-hidden="true">■</span> Stop
          </button>
          {saved.edited && (
            <button type="button" onClick={saved.reset}>
              Reset
            </button>
          )}
          {solution !== undefined && (
            <button type="button" aria-expanded={showSolution} onClick={() => setShowSolution(!showSolution)}>
              {showSolution ? 'Hide solution' : 'Show solution'}
            </button>
          )}
        </div>
        {saved.outdated && <OutdatedNotice onKeep={saved.keepMine} onUseNew={saved.useNew} />}
        <CodeArea
          ref={codeArea}
          code={saved.code}
          highlighted={starterHighlighted}
          highlightedFor={starter}
          readonly={false}
          label={`Your code for exercise ${id}`}
          errorLine={state.error?.line ?? null}
          onChange={saved.edit}
          onRun={() => void run()}
        />
        <CellOutput state={state} />
        {state.checks.length > 0 && (
          <ul className="exercise-checks" aria-label="Check results">
            {state.checks.map((c, i) => (
              <li key={i} className={c.passed ? 'check-pass' : 'check-fail'}>
                <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span> {c.name}
                <span className="sr-only">{c.passed ? ' passed' : ' failed'}</span>
                {c.message && <div className="check-message">{c.message}</div>}
              </li>
            ))}
          </ul>
        )}
        <p className="exercise-verdict" aria-live="polite">
          {checked === true && 'All checks passed. Well done!'}
          {checked === false && 'Not yet: see what each failing check expected, edit your code and Check again.'}
        </p>
      </div>
      {showSolution && solution !== undefined && (
        <div className="exercise-solution">
          <pre className="cell-placeholder">
            <code dangerouslySetInnerHTML={{ __html: solutionHighlighted ?? '' }} />
          </pre>
          <button type="button" onClick={() => saved.edit(solution)}>
            Load the solution into the editor
          </button>
        </div>
      )}
    </section>
  );
}
