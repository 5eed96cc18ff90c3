import type { CheckedFile, Problem } from './types';

/** Drafts are not errors; the checker lists them so nobody ships one by surprise. */
export function listDraft(f: CheckedFile): Problem[] {
  if (!f.frontmatter?.draft) return [];
  const line = f.frontmatterLines.findIndex((l) => /^draft\s*:/.test(l));
  return [
    {
      file: f.file,
      line: line >= 0 ? line + 1 : 1,
      column: 1,
      message: 'info: draft chapter: shown by npm run dev with a "draft" badge, left out of production builds',
    },
  ];
}
