import { keyOf } from './shape';
import type { CellProgress } from './schema';
import { getProgress, updateProgress } from './store';

const now = () => new Date().toISOString();

export function getCell(chapter: string, cellId: string): CellProgress | undefined {
  return getProgress().cells[keyOf(chapter, cellId)];
}

function updateCell(chapter: string, cellId: string, change: (c: CellProgress) => CellProgress) {
  const key = keyOf(chapter, cellId);
  updateProgress((p) => ({ ...p, cells: { ...p.cells, [key]: change(p.cells[key] ?? { runs: 0 }) } }));
}

export function saveCellEdit(chapter: string, cellId: string, code: string, authorHash: string): void {
  updateCell(chapter, cellId, (c) => ({ ...c, edit: { code, authorHash, savedAt: now() } }));
}

export function clearCellEdit(chapter: string, cellId: string): void {
  updateCell(chapter, cellId, ({ edit: _dropped, ...rest }) => rest);
}

export function recordCellRun(chapter: string, cellId: string): void {
  updateCell(chapter, cellId, (c) => ({ ...c, runs: c.runs + 1, lastRunAt: now() }));
}
