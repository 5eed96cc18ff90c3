'use client';
import { useEffect, useRef } from 'react';
import './share.css';

interface Props {
  readonly: boolean;
  /** The learner had saved an edit of this cell: "restore" returns to it, not to the lesson's code. */
  hadOwnEdit: boolean;
  onKeep(): void;
  onDismiss(): void;
}

/**
 * On the cell a shared link names: where the code came from and what to do. It takes focus once,
 * so a learner who followed the link lands on the code they were sent, and hears why it is there.
 */
export function SharedCodeNotice({ readonly, hadOwnEdit, onKeep, onDismiss }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.focus({ preventScroll: true });
  }, []);

  if (readonly) {
    return (
      <div className="cell-notice cell-shared" role="status" tabIndex={-1} ref={box}>
        <p>A shared link holds code for this cell, but the cell is read-only, so it keeps the lesson&rsquo;s code.</p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className="cell-notice cell-shared" role="status" tabIndex={-1} ref={box}>
      <p>
        <strong>Code from a shared link</strong> &mdash; review it, then press Run. Nothing has run yet, and your own code is still saved:
        keeping this code (or editing it) replaces it.
      </p>
      <button type="button" onClick={onKeep}>
        Keep this code
      </button>
      <button type="button" onClick={onDismiss}>
        {hadOwnEdit ? 'Back to my code' : 'Restore the lesson’s code'}
      </button>
    </div>
  );
}
