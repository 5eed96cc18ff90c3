'use client';
/**
 * Every tag an author may write in a chapter, registered in one place.
 * Add a component here and to `knownComponents` in lib/content/components.ts.
 */
import type { MDXComponents } from 'mdx/types';
import { Callout } from './Callout';
import { Quiz, Choice, Explain, Numeric, Reflect, ModelAnswer } from '@/components/quiz';

export const mdxComponents: MDXComponents = {
  Callout,
  Quiz,
  Choice,
  Explain,
  Numeric,
  Reflect,
  ModelAnswer,
};
