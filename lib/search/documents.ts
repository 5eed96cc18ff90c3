import GithubSlugger from 'github-slugger';

/** One searchable section of a lesson: the text under one heading. */
export interface SearchDocument {
  id: string;
  slug: string;
  chapter: string;
  heading: string;
  anchor: string;
  text: string;
}

/** Reduces MDX to the words a reader sees: no code fences, JSX tags, imports or markup. */
function plainText(mdx: string): string {
  return (
    mdx
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/^(import|export)\s.*$/gm, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\$\$[\s\S]*?\$\$/g, ' ')
      // Inline math keeps its symbols (searchable, readable in a snippet) but not TeX's commands.
      .replace(/\\[A-Za-z]+/g, ' ')
      .replace(/\$/g, ' ')
      .replace(/[*_`#>[\]()!|{}]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Splits a chapter body at its h2/h3 headings; anchors match rehype-slug's ids. */
export function sectionsOf(slug: string, chapter: string, body: string): SearchDocument[] {
  const slugger = new GithubSlugger();
  const docs: SearchDocument[] = [];
  let heading = chapter;
  let anchor = '';
  let buffer: string[] = [];
  const flush = () => {
    const text = plainText(buffer.join('\n'));
    if (text || anchor === '') docs.push({ id: `${slug}#${anchor}`, slug, chapter, heading, anchor, text });
    buffer = [];
  };
  let inFence = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const match = !inFence && /^(##|###)\s+(.*)$/.exec(line);
    if (match) {
      flush();
      heading = match[2].replace(/\$/g, '').trim();
      anchor = slugger.slug(match[2].trim());
    } else {
      buffer.push(line);
    }
  }
  flush();
  return docs;
}
