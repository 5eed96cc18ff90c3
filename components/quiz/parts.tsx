import type { ReactNode } from 'react';

/**
 * The tags an author writes inside <Quiz> and <Reflect>. They are markers: the enclosing quiz
 * finds them among its children (see children.ts) and lays them out itself, so on their own
 * they only render their content.
 */

export function Choice({ children }: { correct?: boolean; children?: ReactNode }) {
  return <>{children}</>;
}

export function Explain({ children }: { children?: ReactNode }) {
  return <div className="quiz-explain">{children}</div>;
}

export function Numeric(_props: { answer: number | string; tolerance?: number | string; unit?: string }) {
  return null;
}

export function ModelAnswer({ children }: { children?: ReactNode }) {
  return <div className="quiz-model-answer">{children}</div>;
}
