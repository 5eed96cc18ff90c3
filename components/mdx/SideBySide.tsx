'use client';
import {
  Children,
  isValidElement,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { FigureContext } from '@/components/figure/context';
import { SideBySideContext, StepIndexContext, type SideBySideState } from './side-by-side-context';
import { checkParam, initialValues, moveStep, type ParamProps, type ParamSpec } from './side-by-side-model';
import './side-by-side.css';

type Role = 'step' | 'figure' | 'param';

function roleOf(child: ReactNode): Role | null {
  if (!isValidElement(child) || typeof child.type === 'string') return null;
  return (child.type as { sideBySideRole?: Role }).sideBySideRole ?? null;
}

const keyDelta: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * A derivation (its `<Step>` children, left) beside a sticky figure (`<Figure>` and `<Param>`
 * sliders, right); stacked on narrow screens. The active step's `focus` and the slider values
 * reach the figure through FigureContext, so each SideBySide has its own state.
 */
export function SideBySide({ children }: { children?: ReactNode }) {
  const items = Children.toArray(children);
  const stepCount = items.filter((c) => roleOf(c) === 'step').length;
  const paramElements = items.filter((c): c is ReactElement<ParamProps> => roleOf(c) === 'param');
  // Checked on every render (cheap), so a bad Param fails the static build with its message.
  const specList: ParamSpec[] = paramElements.map((p) => checkParam(p.props));
  const specs = Object.fromEntries(specList.map((s) => [s.name, s]));
  const [values, setValues] = useState<Record<string, number>>(() => initialValues(specList));
  const [active, setActive] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const setValue = useCallback((name: string, value: number) => setValues((v) => ({ ...v, [name]: value })), []);
  const activate = useCallback((index: number) => setActive(index), []);

  const focusKeys = items.filter((c) => roleOf(c) === 'step').map((c) => (c as ReactElement<{ focus?: string }>).props.focus ?? null);
  const focus = active === null ? null : (focusKeys[active] ?? null);
  const figureState = useMemo(() => ({ params: values, focus }), [values, focus]);
  const state: SideBySideState = { specs, values, setValue, active, activate };

  /** Moves the active step; from a step it also moves keyboard focus, so arrows keep working. */
  const move = (delta: number, moveFocus: boolean) => {
    const next = moveStep(active, delta, stepCount);
    if (next === null) return;
    setActive(next);
    const el = rootRef.current?.querySelector<HTMLElement>(`.sbs-step[data-step-index="${next}"]`);
    if (moveFocus) el?.focus();
    else if (el && isTwoColumn(rootRef.current)) el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = keyDelta[e.key];
    const target = e.target as HTMLElement;
    // Sliders and other inputs use the arrow keys themselves.
    if (delta === undefined || e.altKey || e.ctrlKey || e.metaKey || target.closest('input, textarea, select, [contenteditable]')) return;
    const fromStep = target.closest('.sbs-step') !== null;
    if (!fromStep && !target.closest('.sbs-nav')) return;
    e.preventDefault();
    move(delta, fromStep);
  };

  let stepIndex = 0;
  const left: ReactNode[] = [];
  const figures: ReactNode[] = [];
  for (const child of items) {
    const role = roleOf(child);
    if (role === 'step') {
      const index = stepIndex++;
      left.push(
        <StepIndexContext.Provider key={`step-${index}`} value={index}>
          {child}
        </StepIndexContext.Provider>,
      );
    } else if (role === 'figure') figures.push(child);
    else if (role !== 'param') left.push(child);
  }

  const status = active === null ? `${stepCount} steps` : `Step ${active + 1} of ${stepCount}`;
  return (
    <SideBySideContext.Provider value={state}>
      <FigureContext.Provider value={figureState}>
        {/* A group, not a landmark: a chapter may hold several, and landmarks need unique names. */}
        <div ref={rootRef} className="side-by-side" role="group" aria-label="Derivation with a figure" onKeyDown={onKeyDown}>
          <div className="sbs-grid">
            <div className="sbs-steps">{left}</div>
            <div className="sbs-figure">
              {figures}
              {paramElements.length > 0 && <div className="sbs-params">{paramElements}</div>}
              {stepCount > 0 && (
                <div className="sbs-nav no-print">
                  <button type="button" onClick={() => move(-1, false)} aria-disabled={active === 0}>
                    ← Previous
                  </button>
                  <span className="sbs-status" aria-live="polite">
                    {status}
                  </span>
                  <button type="button" onClick={() => move(1, false)} aria-disabled={active === stepCount - 1}>
                    Next →
                  </button>
                </div>
              )}
            </div>
          </div>
        </div>
      </FigureContext.Provider>
    </SideBySideContext.Provider>
  );
}

/** Two columns when the figure column sits to the right of the steps (see side-by-side.css). */
function isTwoColumn(root: HTMLElement | null): boolean {
  const steps = root?.querySelector<HTMLElement>('.sbs-steps');
  const figure = root?.querySelector<HTMLElement>('.sbs-figure');
  return !!steps && !!figure && figure.getBoundingClientRect().left > steps.getBoundingClientRect().left + 10;
}
