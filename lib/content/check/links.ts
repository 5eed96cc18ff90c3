import type { Nodes } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { at, walk, type CheckedFile, type Problem } from './types';

/** What a link may point at: the chapters the site publishes, with their heading ids. */
export interface SiteMap {
  chapters: Map<string, { anchors: Set<string>; draft: boolean }>;
}

/** Heading ids exactly as rehype-slug makes them: github-slugger over every heading, in order. */
export function anchorsOf(f: CheckedFile): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  if (!f.tree) return anchors;
  for (const [node] of walk(f.tree)) if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
  return anchors;
}

function checkUrl(f: CheckedFile, url: string, site: SiteMap, own: Set<string>): string | null {
  if (url.startsWith('#')) {
    const anchor = decodeURIComponent(url.slice(1));
    return own.has(anchor) ? null : `link to "${url}": no heading in this file has that id (ids: ${[...own].join(', ') || 'none'})`;
  }
  const m = /^\/learn\/([^/#?]*)\/?(?:#(.*))?$/.exec(url);
  if (!m) return null;
  const [, slug, anchor] = m;
  const target = site.chapters.get(slug);
  if (!target) return `link to "${url}": no chapter "${slug}" in content/course.json`;
  if (target.draft && f.slug !== null && !f.frontmatter?.draft) {
    return `link to "${url}": chapter "${slug}" is a draft, left out of production builds`;
  }
  if (anchor !== undefined && !target.anchors.has(decodeURIComponent(anchor))) {
    return `link to "${url}": chapter "${slug}" has no heading with id "${anchor}"`;
  }
  return null;
}

/** Internal links (/learn/<slug>, /learn/<slug>#anchor, #anchor) and prerequisites must resolve. */
export function checkLinks(f: CheckedFile, site: SiteMap): Problem[] {
  const problems: Problem[] = [];
  for (const slug of f.frontmatter?.prerequisites ?? []) {
    if (site.chapters.has(slug)) continue;
    const line = f.frontmatterLines.findIndex((l) => /^prerequisites\s*:/.test(l));
    problems.push({ file: f.file, line: line >= 0 ? line + 1 : 1, column: 1, message: `prerequisite "${slug}" is not a chapter in content/course.json` });
  }
  if (!f.tree) return problems;
  const own = anchorsOf(f);
  for (const [node] of walk(f.tree as Nodes)) {
    if (node.type !== 'link' && node.type !== 'definition') continue;
    const message = checkUrl(f, node.url, site, own);
    if (message) problems.push(at(f.file, node, message));
  }
  return problems;
}
