import fs from 'node:fs';
import path from 'node:path';

/**
 * A fingerprint of every file and folder under the given roots: the newest modification time and
 * the number of entries, so edits, new files and deletions all change it. `next dev` serves it so
 * an open page can refresh itself when content changes.
 */
export function contentVersion(roots: string[]): string {
  let newest = 0;
  let count = 0;
  const visit = (p: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return; // deleted while we walked
    }
    newest = Math.max(newest, stat.mtimeMs);
    count++;
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
  };
  for (const root of roots) visit(root);
  return `${Math.round(newest)}-${count}`;
}
