'use client';
/**
 * Every tag an author may write in a chapter, registered in one place.
 * Add a component here and to `knownComponents` in lib/content/components.ts.
 */
import type { MDXComponents } from 'mdx/types';
import { Callout } from './Callout';
import { Example } from './Example';
import { Pre } from './Pre';
import { SideBySide } from './SideBySide';
import { Step } from './Step';
import { Figure } from './Figure';
import { Param } from './Param';
import { Value } from './Value';
import { Cell } from '@/components/cell/Cell';
import { Exercise, Hint } from '@/components/cell/Exercise';
import { DrawData } from '@/components/drawing/DrawData';
import { Quiz, Choice, Explain, Numeric, Reflect, ModelAnswer } from '@/components/quiz';

export const mdxComponents: MDXComponents = {
  Callout,
  SideBySide,
  Step,
  Figure,
  Param,
  Value,
  Cell,
  Exercise,
  Hint,
  DrawData,
  Quiz,
  Choice,
  Explain,
  Numeric,
  Reflect,
  ModelAnswer,
  Example,
  pre: Pre,
};
