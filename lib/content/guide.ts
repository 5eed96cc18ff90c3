import path from 'node:path';

/** The authoring guide lives outside the course (not in course.json) but uses the same pipeline. */
export const guideSlug = 'authoring';

export function guideRoot(): string {
  return path.join(process.cwd(), 'content-guide');
}

export function guideFile(): string {
  return path.join(guideRoot(), guideSlug, 'index.mdx');
}
