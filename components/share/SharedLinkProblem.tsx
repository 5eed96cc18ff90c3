'use client';
import { useEffect, useState } from 'react';
import { clearShareLink, onShareLinkChange, sharedLinkInLocation } from './share-location';
import './share.css';

/**
 * Says, at the top of the lesson, why a shared link was not applied: damaged, too long, made by
 * another version, or naming a cell this chapter does not have. Nothing saved is touched.
 */
export function SharedLinkProblem({ cells }: { cells: string[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => {
      const decoded = sharedLinkInLocation();
      if (!decoded) return setProblem(null);
      void decoded.then((d) => {
        if (!live) return;
        if (!d.ok) setProblem(d.error);
        else if (!cells.includes(d.run.cell))
          setProblem(
            `This shared link is for a cell named “${d.run.cell}”, which this chapter does not have (it may have been renamed). Your code is unchanged.`,
          );
        else setProblem(null);
      });
    };
    read();
    const stop = onShareLinkChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [cells]);

  if (!problem) return null;
  return (
    <div className="cell-notice shared-link-problem" role="alert">
      <p>{problem}</p>
      <button type="button" onClick={clearShareLink}>
        Dismiss
      </button>
    </div>
  );
}
