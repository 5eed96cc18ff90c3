'use client';
import { useEffect, useRef, useState } from 'react';
import type MiniSearch from 'minisearch';
import { searchOptions } from '@/lib/search/index-options';
import { snippetOf } from '@/lib/search/snippet';
import './search-dialog.css';

interface Hit {
  id: string;
  slug: string;
  chapter: string;
  heading: string;
  anchor: string;
  text: string;
  /** The words of the section that matched the query (MiniSearch's `terms`). */
  terms: string[];
}

let indexPromise: Promise<MiniSearch> | undefined;

/** MiniSearch and the index load on first open, so pages that never search pay nothing. */
function loadIndex(): Promise<MiniSearch> {
  indexPromise ??= Promise.all([import('minisearch'), fetch('/search-index.json').then((r) => r.text())]).then(([mod, json]) =>
    mod.default.loadJSON(json, searchOptions),
  );
  return indexPromise;
}

function hrefOf(hit: Hit): string {
  return `/learn/${hit.slug}${hit.anchor ? `#${hit.anchor}` : ''}`;
}

function SnippetText({ text, terms }: { text: string; terms: string[] }) {
  const { before, match, after } = snippetOf(text, terms);
  return (
    <span className="search-snippet">
      {before}
      {match && <mark>{match}</mark>}
      {after}
    </span>
  );
}

/**
 * The search dialog, loaded on the first Search click or Ctrl+K (SearchBox.tsx). It opens as
 * soon as it mounts; `onClose` tells the button it was closed.
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    loadIndex().catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      input.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setHits([]);
      return;
    }
    loadIndex()
      .then((index) => {
        if (!live) return;
        setHits(index.search(query).slice(0, 8) as unknown as Hit[]);
        setActive(0);
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
    };
  }, [query]);

  function go(hit: Hit) {
    onClose();
    window.location.assign(hrefOf(hit));
  }

  function onInputKey(e: React.KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && hits[active]) {
      go(hits[active]);
    } else if (e.key === 'Escape') {
      // A search field spends the first Escape on clearing itself; the learner means "close".
      e.preventDefault();
      onClose();
    }
  }

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label="Search the course"
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && onClose()}
    >
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        placeholder="Search lessons…"
        aria-label="Search lessons"
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `search-hit-${active}` : undefined}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onInputKey}
      />
      {failed && <p role="alert">The search index could not be loaded. Reload the page and try again.</p>}
      <ul id="search-results" role="listbox" aria-label="Results">
        {hits.map((hit, i) => (
          <li key={hit.id} id={`search-hit-${i}`} role="option" aria-selected={i === active}>
            <a href={hrefOf(hit)}>
              <span className="search-heading">{hit.heading}</span>
              <span className="search-chapter">{hit.chapter}</span>
              <SnippetText text={hit.text} terms={hit.terms} />
            </a>
          </li>
        ))}
      </ul>
      {query.trim() && hits.length === 0 && !failed && <p className="search-empty">No matches for “{query}”.</p>}
    </dialog>
  );
}
