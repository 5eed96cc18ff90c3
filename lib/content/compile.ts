import fs from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { parseSource } from './frontmatter';
import { ContentError, type ContentProblem } from './errors';
import { chapterDir, chapterFile, displayPath } from './paths';
import { remarkPlugins, rehypePlugins } from './mdx-plugins';
import type { Heading } from './headings';
import type { Frontmatter } from './schema';
import { figureExports } from '../figure/exports';
import type { ChapterInventory } from './inventory';
import { emptyInventory } from './inventory';
import { checkPage } from './check';

export interface CompiledChapter {
  slug: string;
  frontmatter: Frontmatter;
  /** mdx-bundler output, evaluated in the browser by getMDXComponent. */
  code: string;
  headings: Heading[];
  /** Ids of the chapter's quizzes, reflections, exercises and cells: what "complete" means. */
  inventory: ChapterInventory;
  /** Quiz, reflection and exercise ids → short titles (`$…$` math kept), for /progress only. */
  checkTitles: Record<string, string>;
}

/**
 * Imports that chapter figures share with the page instead of bundling their own copy. The named
 * exports let esbuild reject an import the kit does not have, at the figure's own line.
 */
const mdxGlobals = {
  '@minimax/figure': { varName: 'MinimaxFigure', namedExports: figureExports, defaultExport: false },
} as const;

interface EsbuildMessage {
  text: string;
  location?: { file: string; line: number; column: number } | null;
  /** The error a plugin threw; for MDX, a VFileMessage whose reason says what is wrong. */
  detail?: { cause?: { reason?: string } } | null;
}

/** "Cannot process MDX file with esbuild:\n  3:15: reason" says less than the reason alone. */
function reasonOf(m: EsbuildMessage): string {
  const cause = m.detail?.cause?.reason;
  if (typeof cause === 'string' && cause) return cause;
  return m.text
    .replace(/^\[plugin: @mdx-js\/esbuild\]\s*/, '')
    .replace(/^Cannot process MDX file with esbuild:\s*(?:\d+:\d+(?:-\d+:\d+)?:\s*)?/, '');
}

function problemsFromBuildError(error: unknown, file: string): ContentProblem[] {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  if (Array.isArray(messages) && messages.length > 0) {
    return messages.map((m) => {
      const loc = m.location;
      const inEntry = !loc || loc.file.includes('_mdx_bundler_entry_point');
      return {
        file: inEntry ? file : displayPath(loc.file),
        line: loc?.line ?? 1,
        // esbuild columns are 0-based; editors count from 1.
        column: (loc?.column ?? 0) + 1,
        message: reasonOf(m),
      };
    });
  }
  const place = error as { line?: number; column?: number; message?: string };
  return [{ file, line: place.line ?? 1, column: place.column ?? 1, message: place.message ?? String(error) }];
}

/** mdx-bundler names its entry file with a random UUID, which unminified output repeats. */
const ENTRY_UUID = /(_?mdx_bundler_entry_point)[-_][0-9a-f]{8}(?:[-_][0-9a-f]{4}){3}[-_][0-9a-f]{12}/g;

export async function compileChapter(slug: string, root?: string): Promise<CompiledChapter> {
  // mdx-bundler needs an absolute folder to resolve a chapter's imports from.
  root = root === undefined ? undefined : path.resolve(root);
  const absFile = chapterFile(slug, root);
  const file = displayPath(absFile);
  let source: string;
  try {
    source = await fs.readFile(absFile, 'utf8');
  } catch {
    throw new ContentError([
      { file, line: 1, column: 1, message: `chapter "${slug}" is listed in course.json but ${file} does not exist` },
    ]);
  }
  // The checker's rules are the build's rules: a chapter the checker refuses is never bundled.
  const problems = checkPage(absFile, root);
  if (problems.length > 0) throw new ContentError(problems);
  const parsed = parseSource(source, file);
  if (!parsed.frontmatter) throw new ContentError(parsed.problems);

  // Blank lines stand in for the frontmatter so MDX positions are positions in the file.
  const mdxSource = '\n'.repeat(parsed.bodyLineOffset) + parsed.body;
  const headings: Heading[] = [];
  const inventory = emptyInventory();
  const checkTitles: Record<string, string> = {};
  let result: Awaited<ReturnType<typeof bundleMDX>>;
  try {
    result = await bundleMDX({
      source: mdxSource,
      cwd: chapterDir(slug, root),
      globals: mdxGlobals,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), ...remarkPlugins(inventory, checkTitles)];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), ...rehypePlugins(headings)];
        return options;
      },
      esbuildOptions(options) {
        options.target = 'es2020';
        // Failures come back as a ContentError with file:line:column; esbuild's own print would repeat them.
        options.logLevel = 'silent';
        options.minify = process.env.NODE_ENV === 'production';
        return options;
      },
    });
  } catch (error) {
    throw new ContentError(problemsFromBuildError(error, file));
  }
  // The same source compiles to the same code, so its hash (the file the page fetches) is stable.
  const code = result.code.replace(ENTRY_UUID, '$1');
  return { slug, frontmatter: parsed.frontmatter, code, headings, inventory, checkTitles };
}
