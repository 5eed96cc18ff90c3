import type { Nodes } from 'mdast';
import { isJsx } from './jsx';
import { at, walk, type CheckedFile, type Problem } from './types';

/**
 * HTML that would run script or load another site inside a lesson. Each is refused with the
 * reason: the page's Content-Security-Policy allows no inline script, and a chapter's behaviour
 * belongs in cells (sandboxed in the kernel's worker) or figure components (reviewed code).
 */
const refusedTags: Record<string, string> = {
  script:
    'raw <script> is not allowed in a chapter: the page runs no inline script; put code in a ```js cell, or behaviour in a figure component',
  iframe: '<iframe> is not allowed in a chapter: it embeds another site inside the lesson; link to it instead',
  object: '<object> is not allowed in a chapter: it embeds content the site cannot vet; link to it instead',
  embed: '<embed> is not allowed in a chapter: it embeds content the site cannot vet; link to it instead',
};

export function checkUnsafeHtml(f: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  for (const [node] of walk(f.tree as Nodes)) {
    if (!isJsx(node) || !node.name) continue;
    const refused = refusedTags[node.name.toLowerCase()];
    if (refused) problems.push(at(f.file, node, refused));
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute') continue;
      if (a.name === 'dangerouslySetInnerHTML') {
        problems.push(
          at(
            f.file,
            a,
            `dangerouslySetInnerHTML on <${node.name}> is not allowed: it puts unchecked HTML on the page; write the content as MDX`,
          ),
        );
      } else if (/^on[A-Za-z]/.test(a.name)) {
        problems.push(
          at(
            f.file,
            a,
            `inline event handler ${a.name} on <${node.name}> is not allowed: the page runs no inline script; interactivity belongs in a figure component`,
          ),
        );
      }
    }
  }
  return problems;
}
