/** `npm run new:chapter -- "Title"`: scaffolds content/<slug>/ and adds it to course.json. */
import { createChapter, ScaffoldError } from '../lib/content/scaffold';

try {
  const { slug, files } = createChapter(process.argv.slice(2).join(' '));
  console.log(`Created ${files.join(', ')}.`);
  console.log(`Open http://localhost:3000/learn/${slug} after npm run dev (it is a draft until you remove "draft: true").`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`new:chapter: ${error.message}`);
  process.exit(1);
}
