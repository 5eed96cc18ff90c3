'use client';
import { useEffect, useRef, useState } from 'react';
import { getProgress, replaceProgress, resetProgress } from '@/lib/progress/store';

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
    const blob = new Blob([exportProgress(getProgress())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    a.click();
    // The click has started the download; the URL is not needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({ tone: 'ok', text: `Saved ${a.download}.` });
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    const { parseProgressFile } = await loadTransfer();
    const result = parseProgressFile(await file.text(), file.name);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setMessage({ tone: 'bad', text: `${result.error} Your current progress was not changed.` });
      return;
    }
    replaceProgress(result.progress);
    setMessage({ tone: 'ok', text: `Imported progress from ${file.name}.` });
  }

  function reset() {
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
          <input ref={fileInput} type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void upload(e.target.files?.[0])} />
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
          <p id="reset-confirm-text">Reset all progress? Every answer, passed exercise and edited cell in this browser is forgotten. Export first if you may want it back.</p>
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
