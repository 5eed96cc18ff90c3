/**
 * `npm run check:content` (and `prebuild`): every problem in every chapter, in one pass, as
 * `file:line:column  message`. Exits 1 when there is any error; draft chapters are listed as info.
 */
import fs from 'node:fs';
import { checkContent } from '../lib/content/check';
import { formatProblem } from '../lib/content/errors';
import { guideFile } from '../lib/content/guide';
import { contentDir, displayPath } from '../lib/content/paths';

const pages = fs.existsSync(guideFile()) ? [guideFile()] : [];
const { errors, infos } = checkContent({ pages });
for (const p of infos) console.log(formatProblem(p));
for (const p of errors) console.error(formatProblem(p));
if (errors.length > 0) {
  console.error(`\n${errors.length} content problem${errors.length === 1 ? '' : 's'} found; fix them and run npm run check:content again.`);
  process.exit(1);
}
console.log(`Content OK: no problems in ${displayPath(contentDir())}${pages.length ? ' or the authoring guide' : ''}.`);
