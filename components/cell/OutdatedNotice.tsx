'use client';

/** Shown when the author changed a cell after the learner saved an edit of it. */
export function OutdatedNotice({ onKeep, onUseNew }: { onKeep(): void; onUseNew(): void }) {
  return (
    <div className="cell-notice cell-outdated" role="status">
      <p>The author has updated this code since you edited it.</p>
      <button type="button" onClick={onKeep}>
        Keep mine
      </button>
      <button type="button" onClick={onUseNew}>
        Use the new version
      </button>
    </div>
  );
}
