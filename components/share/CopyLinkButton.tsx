'use client';
import { useEffect, useRef, useState } from 'react';
import { pageLinkWith } from './share-location';
import './share.css';

type Shared = { kind: 'idle' } | { kind: 'link'; url: string; copied: boolean } | { kind: 'error'; message: string };

/**
 * "Copy link": this cell's code and seed as an address that opens the chapter with them. The link
 * is also shown in a field, selected, for browsers that refuse the clipboard.
 */
export function CopyLinkButton({ cell, code, seed }: { cell: string; code: string; seed?: number }) {
  const [shared, setShared] = useState<Shared>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    let url: string;
    try {
      const { encodeShareLink } = await import('@/lib/progress/share-link');
      url = pageLinkWith(await encodeShareLink({ cell, code, seed }));
    } catch (error) {
      setShared({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const copied = await navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    );
    setShared({ kind: 'link', url, copied: copied === true });
  }

  const url = shared.kind === 'link' ? shared.url : null;
  useEffect(() => {
    if (url) field.current?.select();
  }, [url]);

  return (
    <>
      <button type="button" onClick={() => void copy()} title="A link that opens this chapter with this code and seed">
        Copy link
      </button>
      <span className="cell-share" role="status">
        {shared.kind === 'error' && <span className="cell-share-error">{shared.message}</span>}
        {shared.kind === 'link' && (shared.copied ? 'Link copied. ' : 'Copy the link from the field: ')}
      </span>
      {shared.kind === 'link' && (
        <span className="cell-share-field">
          <input
            ref={field}
            readOnly
            value={shared.url}
            aria-label={`Link to this run of cell ${cell}`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => setShared({ kind: 'idle' })}>
            Done
          </button>
        </span>
      )}
    </>
  );
}
