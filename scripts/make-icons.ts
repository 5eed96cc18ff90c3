/**
 * Writes the installed app's icons, public/icons/icon-<size>.png, drawn by scripts/app-icon.ts.
 * Run after changing the mark: `npx tsx scripts/make-icons.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ICON_SIZES, drawIcon, encodePng } from './app-icon';

const dir = path.resolve(import.meta.dirname, '../public/icons');
fs.mkdirSync(dir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = path.join(dir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`make-icons: ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
}
