import { BACKENDS } from '../kernel/protocol';

/**
 * Every tag an author may write in a chapter and the props each accepts, as the authoring guide
 * (content-guide/authoring/index.mdx) documents them. The content checker reads this table;
 * components/mdx/index.tsx renders the same names.
 * Adding a component or a prop means adding it here too, or `npm run check:content` rejects it.
 */

export interface PropSpec {
  /** The checker reports a missing required prop. */
  required?: boolean;
  /** For string props with a fixed set of values: the values allowed. */
  values?: readonly string[];
}

export interface ComponentSpec {
  props: Readonly<Record<string, PropSpec>>;
  /** One line shown by the checker and the guide. */
  summary: string;
}

const calloutKinds = ['note', 'pitfall', 'deep-dive'] as const;

// Each entry matches the component's documentation: the authoring guide, components/cell/README.md,
// components/figure/README.md.
export const knownComponents: Readonly<Record<string, ComponentSpec>> = {
  Callout: { summary: 'a boxed aside', props: { kind: { values: calloutKinds }, title: {} } },
  Exercise: { summary: 'starter, solution and check blocks', props: { id: { required: true }, title: {} } },
  Hint: { summary: 'one hint of an exercise, revealed on request', props: {} },
  Quiz: { summary: 'a graded question', props: { id: { required: true } } },
  DrawData: {
    summary: 'a canvas where the learner draws 2-D points that cells read with drawnPoints(id)',
    props: { id: { required: true }, title: {} },
  },
  Choice: { summary: 'one answer of a quiz', props: { correct: {} } },
  Explain: { summary: 'why a choice is right or wrong', props: {} },
  Numeric: { summary: 'a numeric answer', props: { answer: { required: true }, tolerance: {}, unit: {} } },
  Reflect: { summary: 'a free-text question', props: { id: { required: true } } },
  ModelAnswer: { summary: 'the model answer of a Reflect', props: {} },
  SideBySide: { summary: 'a derivation next to a figure', props: {} },
  Step: { summary: 'one step of a derivation', props: { focus: {} } },
  Figure: { summary: 'holds one chapter figure', props: {} },
  Param: {
    summary: 'a slider bound to a named number',
    props: { name: { required: true }, label: {}, min: { required: true }, max: { required: true }, step: {}, value: {} },
  },
  Value: { summary: "a param's current value, inline", props: { name: { required: true }, digits: {} } },
  // Written as a ```mdx example fence (lib/content/remark-examples.ts), which becomes this tag.
  Example: { summary: 'MDX source beside its live result', props: { source: { required: true } } },
};

/** Options of a ```js cell fence (the info string after `cell`). */
export const cellOptions: Readonly<Record<string, PropSpec & { flag?: boolean }>> = {
  id: { required: true },
  seed: {},
  autorun: { flag: true },
  readonly: { flag: true },
  hidden: { flag: true },
  backend: { values: BACKENDS },
  /** Seconds a run is expected to take; the cell warns past it. */
  budget: {},
};

/** The fenced blocks an <Exercise> holds, by the word after the language. */
export const exerciseBlocks = ['starter', 'solution', 'check'] as const;

/** Chapter slugs and cell, quiz and exercise ids (keys of the learner's saved progress): lower-case words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
