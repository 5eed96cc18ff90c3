'use client';
import {
  Children,
  isValidElement,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { clearSolutionLoaded, getExercise, recordExerciseAttempt, recordHintsShown, recordSolutionLoaded } from '@/lib/progress/exercises';
import { subscribe } from '@/lib/progress/store';
import { CodeArea, type CodeAreaHandle } from './CodeArea';
import { CellOutput, CellRunLine } from './CellOutput';
import { revealOutput } from './revealOutput';
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
  /** The prompt, and the exercise's <Hint>s in order. */
  children?: ReactNode;
}

/**
 * One hint of an exercise, written `<Hint>…</Hint>` directly inside its `<Exercise>` (the content
 * checker makes sure). It renders nothing where it stands: the exercise shows its hints one at a
 * time, when asked.
 */
export function Hint(_props: { children?: ReactNode }) {
  return null;
}

type HintElement = ReactElement<{ children?: ReactNode }>;

function splitHints(children: ReactNode): { prompt: ReactNode[]; hints: HintElement[] } {
  const prompt: ReactNode[] = [];
  const hints: HintElement[] = [];
  Children.forEach(children, (child) => {
    if (isValidElement(child) && child.type === Hint) hints.push(child as HintElement);
    else prompt.push(child);
  });
  return { prompt, hints };
}

/** What the last Check said. `solution`: it passed, but with the solution loaded. */
type Verdict = null | 'passed' | 'solution' | 'failed' | 'mistake';

const verdictText: Record<Exclude<Verdict, null> | 'solutionAfterPass', string> = {
  passed: 'All checks passed. Well done!',
  solution:
    'All checks pass with the solution loaded: this counts as solved with the solution shown, not as passed. Press Reset and write it yourself to pass.',
  solutionAfterPass: 'All checks pass with the solution loaded. Your own earlier pass still counts.',
  failed: 'Not yet: see what each failing check expected, edit your code and Check again.',
  mistake: 'Not yet: a check recognised a typical mistake (named above). Fix it and Check again.',
};

/**
 * An auto-checked exercise: the learner edits and runs the starter in the page kernel;
 * Check runs it and then the author's `check(name, fn)` calls, listing each result and naming any
 * typical mistake a check recognised. Hints are revealed one at a time; loading the solution
 * makes a passing Check count as "solved with the solution shown" until Reset.
 */
export function Exercise({ id, title, starter, solution, check, starterHighlighted, solutionHighlighted, children }: ExerciseProps) {
  const chapter = useChapterSlug();
  const saved = useSavedCode(chapter, id, starter);
  const runner = useCellRunner(chapter, id);
  const codeArea = useRef<CodeAreaHandle>(null);
  const lastHint = useRef<HTMLLIElement>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [showSolution, setShowSolution] = useState(false);
  const record = useSyncExternalStore(
    subscribe,
    () => getExercise(chapter, id),
    () => undefined,
  );
  const { prompt, hints } = splitHints(children);
  const hintsShown = Math.min(record?.hintsShown ?? 0, hints.length);
  const solutionLoaded = Boolean(record?.solutionLoadedAt);

  const controls = useRef<HTMLDivElement>(null);
  const output = useRef<HTMLDivElement>(null);
  const run = (checks?: string) => {
    setVerdict(null);
    const done = runner.run({ code: saved.code, backend: 'auto', checks });
    // As in Cell: the editor loads after the kernel client, so it never delays the worker's start.
    // A failed load is reported on the cell by its runner.
    void loadKernel().then(
      () => codeArea.current?.load(),
      () => {},
    );
    return done;
  };
  // Run and Check, pressed by the learner, show the output, checks and verdict below the sticky controls (as Cell does).
  const reveal = () => requestAnimationFrame(() => output.current && revealOutput(output.current, controls.current));
  const runAndReveal = () => {
    void run();
    reveal();
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
    const withSolution = solutionLoaded;
    await run(check);
    const { checks, error } = runner.latest();
    const passed = !error && checks.length > 0 && checks.every((c) => c.passed);
    recordExerciseAttempt(chapter, id, passed);
    setVerdict(passed ? (withSolution ? 'solution' : 'passed') : checks.some((c) => c.mistake) ? 'mistake' : 'failed');
  };

  const showNextHint = () => {
    const next = hintsShown + 1;
    recordHintsShown(chapter, id, next);
    // The button goes with the last hint: move focus to that hint rather than lose it.
    if (next === hints.length) requestAnimationFrame(() => lastHint.current?.focus());
  };

  const loadSolution = () => {
    if (solution === undefined) return;
    recordSolutionLoaded(chapter, id);
    saved.replace(solution);
  };

  const edit = (code: string) => {
    saved.edit(code);
    // Back to the author's starter: a fresh attempt of the learner's own.
    if (code === starter) clearSolutionLoaded(chapter, id);
  };

  const reset = () => {
    saved.reset();
    clearSolutionLoaded(chapter, id);
    setVerdict(null);
  };

  const { state } = runner;
  const busy = state.status === 'queued' || state.status === 'running';
  const titleId = `exercise-${id}-title`;
  const passed = Boolean(record?.passedAt);
  const solvedWithSolution = !passed && Boolean(record?.solvedWithSolutionAt);

  return (
    <section className="exercise" data-exercise={id} aria-labelledby={titleId} ref={root}>
      <header className="exercise-head">
        <h3 id={titleId} className="exercise-title">
          Exercise{title ? `: ${title}` : ''}
        </h3>
        {passed && <span className="exercise-passed">✓ Passed</span>}
        {solvedWithSolution && <span className="exercise-solution-shown">Solved with the solution shown</span>}
      </header>
      <div className="exercise-body">{prompt}</div>
      {hints.length > 0 && (
        <div className="exercise-hints">
          {/* Always there, so that screen readers announce each hint as it is added. */}
          <ol className="exercise-hint-list" aria-label="Hints" aria-live="polite">
            {hints.slice(0, hintsShown).map((hint, i) => (
              <li key={i} className="exercise-hint" ref={i === hints.length - 1 ? lastHint : undefined} tabIndex={-1}>
                <span className="exercise-hint-label">
                  Hint {i + 1} of {hints.length}
                </span>
                {hint.props.children}
              </li>
            ))}
          </ol>
          {hintsShown < hints.length && (
            <button type="button" className="exercise-hint-next" onClick={showNextHint}>
              Show a hint ({hintsShown + 1} of {hints.length})
            </button>
          )}
        </div>
      )}
      <div className="cell">
        <div className="cell-controls" ref={controls}>
          <div className="cell-toolbar" role="toolbar" aria-label={`Exercise ${id}`}>
            <button type="button" className="cell-run" onClick={runAndReveal} title="Run (Shift+Enter)">
              <span aria-hidden="true">▶</span> Run
            </button>
            <button
              type="button"
              className="exercise-check"
              onClick={() => {
                void runChecks();
                reveal();
              }}
              disabled={busy}
            >
              <span aria-hidden="true">✓</span> Check
            </button>
            <button type="button" onClick={runner.stop} disabled={!busy}>
              <span aria-hidden="true">■</span> Stop
            </button>
            {saved.edited && (
              <button type="button" onClick={reset}>
                Reset
              </button>
            )}
            {solution !== undefined && (
              <button type="button" aria-expanded={showSolution} onClick={() => setShowSolution(!showSolution)}>
                {showSolution ? 'Hide solution' : 'Show solution'}
              </button>
            )}
          </div>
          <CellRunLine state={state} />
        </div>
        {saved.outdated && (
          <OutdatedNotice
            onKeep={saved.keepMine}
            onUseNew={() => {
              saved.useNew();
              clearSolutionLoaded(chapter, id);
            }}
          />
        )}
        {solutionLoaded && (
          <p className="exercise-solution-note">
            The editor holds the solution: a Check now counts as solved with the solution shown, not as passed, even after you edit it.
            Press Reset to start again from the starter.
          </p>
        )}
        <CodeArea
          ref={codeArea}
          code={saved.code}
          highlighted={starterHighlighted}
          highlightedFor={starter}
          readonly={false}
          label={`Your code for exercise ${id}`}
          errorLine={state.error?.line ?? null}
          onChange={edit}
          onRun={runAndReveal}
        />
        <div className="cell-output-slot" ref={output}>
          <CellOutput state={state} />
          {state.checks.length > 0 && (
            <ul className="exercise-checks" aria-label="Check results">
              {state.checks.map((c, i) => (
                <li key={i} className={c.passed ? 'check-pass' : 'check-fail'}>
                  <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span> {c.name}
                  <span className="sr-only">{c.passed ? ' passed' : ' failed'}</span>
                  {c.mistake && (
                    <div className="check-mistake">
                      <strong>Typical mistake:</strong> {c.mistake}
                    </div>
                  )}
                  {c.message && c.message !== c.mistake && <div className="check-message">{c.message}</div>}
                </li>
              ))}
            </ul>
          )}
          <p className="exercise-verdict" aria-live="polite" data-verdict={verdict ?? undefined}>
            {verdict === 'solution' && passed ? verdictText.solutionAfterPass : verdict && verdictText[verdict]}
          </p>
        </div>
      </div>
      {showSolution && solution !== undefined && (
        <div className="exercise-solution">
          <pre className="cell-placeholder">
            <code dangerouslySetInnerHTML={{ __html: solutionHighlighted ?? '' }} />
          </pre>
          <button type="button" onClick={loadSolution}>
            Load the solution into the editor
          </button>
        </div>
      )}
    </section>
  );
}
