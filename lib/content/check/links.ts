import fs from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { displayPath } from '../paths';
import { attribute, isJsx } from './jsx';
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

/** Pages of the site besides /learn/<slug>: a link anywhere else is a 404 in the static export. */
const sitePages = ['/', '/progress', '/authoring'];

function checkUrl(f: CheckedFile, url: string, site: SiteMap, own: Set<string>): string | null {
  if (/^(https?:|mailto:)/i.test(url)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return `link to "${url}": only https:, http: and mailto: links are allowed`;
  if (url.startsWith('#')) {
    const anchor = decodeURIComponent(url.slice(1));
    return own.has(anchor) ? null : `link to "${url}": no heading in this file has that id (ids: ${[...own].join(', ') || 'none'})`;
  }
  if (!url.startsWith('/') || url.startsWith('//')) {
    return `link to "${url}" is relative, so it breaks depending on the page's address: write it from the site root, e.g. /learn/<chapter>#<heading>`;
  }
  if (url.includes('?')) return `link to "${url}": the static site ignores ?query strings; link to /learn/<chapter>#<heading> instead`;
  const m = /^\/learn\/([^/#?]*)\/?(?:#(.*))?$/.exec(url);
  if (!m) {
    const page = url.replace(/#.*$/, '').replace(/(.)\/$/, '$1');
    return sitePages.includes(page) ? null : `link to "${url}": no such page; the site has ${sitePages.join(', ')} and /learn/<chapter>`;
  }
  const [, slug, anchor] = m;
  const target = site.chapters.get(slug);
  if (!target) return `link to "${url}": no chapter "${slug}" in course.json`;
  if (target.draft && f.slug !== null && !f.frontmatter?.draft) {
    return `link to "${url}": chapter "${slug}" is a draft, left out of production builds`;
  }
  if (anchor !== undefined && !target.anchors.has(decodeURIComponent(anchor))) {
    return `link to "${url}": chapter "${slug}" has no heading with id "${anchor}"`;
  }
  return null;
}

/** Images are served from public/ (the site root); a chapter folder's files are not published. */
function checkImage(src: string): string | null {
  if (/^https:/i.test(src)) return null;
  if (!src.startsWith('/') || src.startsWith('//')) {
    return `image "${src}": chapter folders are not published; put the file under public/ (e.g. public/images/x.png) and write /images/x.png`;
  }
  const file = path.join(process.cwd(), 'public', decodeURIComponent(src.replace(/[?#].*$/, '')));
  return fs.existsSync(file) && fs.statSync(file).isFile() ? null : `image "${src}": no file ${displayPath(file)}; add it or fix the path`;
}

/** Links (markdown and <a href>) must reach a page of the site, images a published file, prerequisites a chapter. */
export function checkLinks(f: CheckedFile, site: SiteMap): Problem[] {
  const problems: Problem[] = [];
  for (const slug of f.frontmatter?.prerequisites ?? []) {
    if (site.chapters.has(slug)) continue;
    const line = f.frontmatterLines.findIndex((l) => /^prerequisites\s*:/.test(l));
    problems.push({
      file: f.file,
      line: line >= 0 ? line + 1 : 1,
      column: 1,
      message: `prerequisite "${slug}" is not a chapter in course.json`,
    });
  }
  if (!f.tree) return problems;
  const own = anchorsOf(f);
  for (const [node] of walk(f.tree as Nodes)) {
    let message: string | null = null;
    if (node.type === 'link' || node.type === 'definition') message = checkUrl(f, node.url, site, own);
    else if (node.type === 'image') message = checkImage(node.url);
    else if (isJsx(node) && (node.name === 'a' || node.name === 'img')) {
      const value = attribute(node, node.name === 'a' ? 'href' : 'src');
      if (typeof value === 'string') message = node.name === 'a' ? checkUrl(f, value, site, own) : checkImage(value);
    }
    if (message) problems.push(at(f.file, node, message));
  }
  return problems;
}
