import path from 'node:path';

/** The content folder; tests point MINIMAX_CONTENT_DIR at fixtures. */
export function contentDir(): string {
  return path.resolve(process.env.MINIMAX_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

export function chapterDir(slug: string, root = contentDir()): string {
  return path.join(root, slug);
}

export function chapterFile(slug: string, root = contentDir()): string {
  return path.join(root, slug, 'index.mdx');
}

/** Paths in messages are relative to the project (absolute outside it) so they are clickable in a terminal. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}
