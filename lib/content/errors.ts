/** A problem in an author's file, located so that an editor can jump to it. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}`;
}

/** Thrown when content cannot be built; its message lists every problem as file:line:column. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}
