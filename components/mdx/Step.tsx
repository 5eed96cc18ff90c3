'use client';
import { useContext, type ReactNode } from 'react';
import { StepIndexContext, useSideBySide } from './side-by-side-context';

export interface StepProps {
  /** The key the figure receives from useFocus() while this step is active. */
  focus?: string;
  children?: ReactNode;
}

/** One line of a derivation; hovering, focusing or stepping to it tells the figure its `focus`. */
export function Step({ focus, children }: StepProps) {
  const { active, activate } = useSideBySide(`<Step focus="${focus ?? ''}">`);
  const index = useContext(StepIndexContext);
  if (index === null) throw new Error(`<Step focus="${focus ?? ''}"> must be a direct child of <SideBySide>, not nested in another tag`);
  const isActive = active === index;
  return (
    <div
      className="sbs-step"
      data-step-index={index}
      data-focus={focus ?? ''}
      tabIndex={0}
      aria-current={isActive ? 'step' : undefined}
      onMouseEnter={() => activate(index)}
      onFocus={() => activate(index)}
      onClick={() => activate(index)}
    >
      <span className="sbs-step-number">
        <span className="sr-only">Step </span>
        {index + 1}
      </span>
      <div className="sbs-step-body">{children}</div>
    </div>
  );
}
Step.sideBySideRole = 'step' as const;
