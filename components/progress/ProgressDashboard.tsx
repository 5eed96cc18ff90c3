'use client';
import Link from 'next/link';
import { useProgress } from './useProgress';
import { chapterStatus, type CheckKind } from '@/lib/progress/completion';
import { keyOf } from '@/lib/progress/shape';
import type { Progress } from '@/lib/progress/schema';
import type { ChapterInventory } from '@/lib/content/inventory';
import { checkAnchor } from '@/lib/content/anchors';
import { ChapterProgressBar } from './ChapterProgressBar';
import { ProgressActions } from './ProgressActions';
import { BackupPanel } from './BackupPanel';
import './progress.css';

export interface DashboardChapter {
  slug: string;
  title: string;
  inventory: ChapterInventory;
  /** Each check's title as HTML, typeset at build time (lib/content/check-titles.ts). */
  checkTitles: Record<string, string>;
}

const kindLabel: Record<CheckKind, string> = { quiz: 'Quiz', exercise: 'Exercise', reflect: 'Reflection' };

function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function detail(progress: Progress, slug: string, kind: CheckKind, id: string): string {
  const key = keyOf(slug, id);
  if (kind === 'exercise') {
    const e = progress.exercises[key];
    const hints = e?.hintsShown ? ` · ${e.hintsShown} ${e.hintsShown === 1 ? 'hint' : 'hints'} shown` : '';
    if (!e || e.attempts === 0) return `Not tried${hints}`;
    const checks = `${e.attempts} ${e.attempts === 1 ? 'check' : 'checks'}`;
    if (e.passedAt) return `Passed (${checks})${hints}`;
    // Not a pass: the chapter's progress does not count it (lib/progress/completion.ts).
    if (e.solvedWithSolutionAt) return `Solved with the solution shown (${checks})${hints}`;
    return `Not passed yet (${checks})${hints}`;
  }
  const q = progress.quizzes[key];
  if (!q) return 'Not answered';
  if (kind === 'reflect')
    return q.mark === 'got-it' ? 'Marked “got it”' : q.mark === 'not-yet' ? 'Marked “not yet”' : 'Written, not marked';
  const tries = `${q.attempts} ${q.attempts === 1 ? 'attempt' : 'attempts'}`;
  if (q.correct) return `Correct (${tries})`;
  return q.revealed ? `Answer shown (${tries})` : `Not correct yet (${tries})`;
}

/** Everything the learner has done, chapter by chapter, with export, import and reset. */
export function ProgressDashboard({ chapters }: { chapters: DashboardChapter[] }) {
  const progress = useProgress();
  return (
    <>
      <BackupPanel />
      <ol className="progress-chapters">
        {chapters.map(({ slug, title, inventory, checkTitles }) => {
          const status = chapterStatus(progress, slug, inventory);
          const record = progress.chapters[slug];
          return (
            <li key={slug} className="progress-chapter" data-slug={slug}>
              <h2>
                <Link prefetch={false} href={`/learn/${slug}`}>
                  {title}
                </Link>
              </h2>
              <ChapterProgressBar slug={slug} inventory={inventory} />
              <p className="meta">
                {record?.visitedAt ? `First opened ${when(record.visitedAt)}` : 'Not opened yet'}
                {record?.completedAt ? ` · completed ${when(record.completedAt)}` : ''}
                {inventory.cells.length > 0 ? ` · ${status.cellsRun} of ${inventory.cells.length} cells run` : ''}
              </p>
              {status.checks.length > 0 && (
                <table className="progress-checks">
                  <thead>
                    <tr>
                      <th scope="col">Check</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {status.checks.map((c) => (
                      <tr key={`${c.kind}:${c.id}`} data-check={c.id} data-done={c.done}>
                        <td>
                          {kindLabel[c.kind]}:{' '}
                          <Link prefetch={false} href={`/learn/${slug}#${checkAnchor(c.kind, c.id)}`}>
                            {checkTitles[c.id] ? <span dangerouslySetInnerHTML={{ __html: checkTitles[c.id] }} /> : c.id}
                          </Link>
                        </td>
                        <td>{detail(progress, slug, c.kind, c.id)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          );
        })}
      </ol>
      <ProgressActions />
    </>
  );
}
