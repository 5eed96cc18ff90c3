'use client';
import { useEffect, useRef, useState } from 'react';
import { getNewerSavedVersion, getProgress, replaceProgress, resetProgress, whenProgressLoaded } from '@/lib/progress/store';
import { notSavedMessage } from './notSaved';
import { saveFile } from './saveFile';

// Import validates with zod, so it loads after the page (and before any click needs it).
const loadTransfer = () => import('@/lib/progress/transfer');

type Message = { tone: 'ok' | 'bad'; text: string } | null;

/** Export to a JSON file, import one (validated before anything is replaced), and reset. */
export function ProgressActions() {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadTransfer();
  }, []);

  async function download() {
    const { exportFileName, exportProgress } = await loadTransfer();
    const name = exportFileName();
    saveFile(exportProgress(getProgress()), name);
    setMessage({ tone: 'ok', text: `Saved ${name}.` });
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    const { checkFileSize, parseProgressFile } = await loadTransfer();
    if (fileInput.current) fileInput.current.value = '';
    // A huge file is refused before it is read into memory.
    const result = checkFileSize(file.size, file.name) ?? parseProgressFile(await file.text(), file.name);
    if (typeof result === 'string' || !result.ok) {
      setMessage({ tone: 'bad', text: `${typeof result === 'string' ? result : result.error} Your current progress was not changed.` });
      return;
    }
    await whenProgressLoaded();
    const outcome = replaceProgress(result.progress);
    if (!outcome.saved) {
      setMessage({ tone: 'bad', text: notSavedMessage(outcome.reason, `nothing was imported and your progress was not changed`) });
      return;
    }
    const kept = outcome.backupKey ? ' Your progress from before is kept as a backup, listed at the top of this page.' : '';
    setMessage({ tone: 'ok', text: `Imported progress from ${file.name}.${kept}` });
  }

  function reset() {
    if (getNewerSavedVersion() !== null) {
      setConfirming(false);
      setMessage({ tone: 'bad', text: notSavedMessage('newer-version', 'nothing was reset') });
      return;
    }
    resetProgress();
    setConfirming(false);
    setMessage({ tone: 'ok', text: 'All progress was reset.' });
    requestAnimationFrame(() => resetButton.current?.focus());
  }

  return (
    <section className="progress-actions" aria-labelledby="progress-actions-heading">
      <h2 id="progress-actions-heading">Keep or move your progress</h2>
      <p>Progress is saved in this browser only. Export it to a file to keep a copy or to move it to another browser.</p>
      <div className="progress-buttons">
        <button type="button" onClick={() => void download()}>
          Export progress
        </button>
        <label className="button">
          Import progress…
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </label>
        {!confirming && (
          <button
            type="button"
            ref={resetButton}
            className="danger"
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => cancelButton.current?.focus());
            }}
          >
            Reset progress…
          </button>
        )}
      </div>
      {confirming && (
        <div className="reset-confirm" role="alertdialog" aria-labelledby="reset-confirm-text">
          <p id="reset-confirm-text">
            Reset all progress? Every answer, passed exercise and edited cell in this browser is forgotten. Export first if you may want it
            back.
          </p>
          <button type="button" className="danger" onClick={reset}>
            Yes, reset everything
          </button>
          <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <p className="progress-message" role="status" data-tone={message?.tone}>
        {message?.text}
      </p>
    </section>
  );
}
