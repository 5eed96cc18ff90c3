import type { ReactNode } from 'react';

/** Holds the chapter figure in a `<SideBySide>`; SideBySide places it in the sticky column. */
export function Figure({ children }: { children?: ReactNode }) {
  return <div className="sbs-figure-slot">{children}</div>;
}
Figure.sideBySideRole = 'figure' as const;
