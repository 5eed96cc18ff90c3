'use client';
import type { ReactNode } from 'react';
import { Choice, Numeric } from './parts';
import { extract, isElementOf } from './children';
import { ChoiceQuiz, type ChoiceSpec } from './ChoiceQuiz';
import { NumericQuiz } from './NumericQuiz';
import { Explain } from './parts';
import './quiz.css';

/**
 * <Quiz id> as authors write it: a question in plain MDX, then either <Choice> children (each
 * may hold an <Explain>) or one <Numeric>, and optionally an <Explain> for the whole question.
 * The build checks the structure (lib/content/remark-quizzes.ts), so here it is only read.
 */
export function Quiz({ id, children }: { id: string; children?: ReactNode }) {
  const { found: choiceElements, rest: withoutChoices } = extract(children, [Choice]);
  const { found: numerics, rest: withoutNumeric } = extract(withoutChoices, [Numeric]);
  const { found: explains, rest: prompt } = extract(withoutNumeric, [Explain]);
  const explain = explains.length > 0 ? explains.map((e, i) => <div key={i}>{(e.props as { children?: ReactNode }).children}</div>) : null;

  const numeric = numerics[0];
  if (numeric && isElementOf(numeric, Numeric)) {
    const { answer, tolerance, unit } = numeric.props;
    return <NumericQuiz id={id} prompt={prompt} explain={explain} answer={Number(answer)} tolerance={Number(tolerance ?? 0)} unit={unit} />;
  }

  const choices: ChoiceSpec[] = choiceElements
    .filter((c) => isElementOf(c, Choice))
    .map((c) => {
      const { correct, children: content } = c.props as { correct?: boolean; children?: ReactNode };
      const { found, rest } = extract(content, [Explain]);
      const explainChildren = found.map((e, i) => <div key={i}>{(e.props as { children?: ReactNode }).children}</div>);
      return { correct: correct === true, content: rest, explain: explainChildren.length > 0 ? explainChildren : null };
    });
  return <ChoiceQuiz id={id} prompt={prompt} explain={explain} choices={choices} />;
}
