import fs from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { getOutline } from '@/lib/content';
import { chapterFile } from '@/lib/content/paths';
import { parseSource } from '@/lib/content/frontmatter';
import { sectionsOf, type SearchDocument } from '@/lib/search/documents';
import { searchOptions } from '@/lib/search/index-options';

// Built once into the static export; the browser fetches it on the first search.
export const dynamic = 'force-static';

export async function GET() {
  const { chapters } = await getOutline();
  const docs: SearchDocument[] = [];
  for (const { slug, frontmatter } of chapters) {
    const file = chapterFile(slug);
    const { body } = parseSource(await fs.readFile(file, 'utf8'), file);
    docs.push(...sectionsOf(slug, frontmatter.title, body));
  }
  const index = new MiniSearch<SearchDocument>(searchOptions);
  index.addAll(docs);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
}
