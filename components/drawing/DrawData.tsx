'use client';
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useChapterSlug } from '@/components/chapter/ChapterContext';
import { useProgress } from '@/components/progress/useProgress';
import { saveFile } from '@/components/progress/saveFile';
import { saveDrawing } from '@/lib/progress/drawings';
import { keyOf } from '@/lib/progress/shape';
import { MAX_DRAWN_POINTS, MIN_DRAWN_POINTS } from '@/lib/drawing/limits';
import { formatPointsCsv, parsePointsCsv, type Point } from '@/lib/drawing/points-csv';
import { spray } from './spray';
import './draw-data.css';

/** Undo reaches back this many changes (strokes, clears, imports) within a visit. */
const UNDO_DEPTH = 30;
/** Keyboard cursor steps, in units of the canvas side. */
const STEP = 0.02;
const BIG_STEP = 0.1;

/**
 * A square canvas (the unit square, y up) where the learner draws a 2-D data set by dragging,
 * pastes or uploads it as CSV, or builds it from the keyboard; saved with their progress, and
 * read by cells through `drawnPoints(id)`.
 */
export function DrawData({ id, title }: { id: string; title?: string }) {
  const chapter = useChapterSlug();
  const saved = useProgress().drawings[keyOf(chapter, id)]?.points;
  const points = saved ?? [];
  const [history, setHistory] = useState<Point[][]>([]);
  const [stroke, setStroke] = useState<Point[] | null>(null);
  const [cursor, setCursor] = useState<Point>([0.5, 0.5]);
  const [message, setMessage] = useState<{ kind: 'error' | 'note'; text: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const last = useRef<Point | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const helpId = useId();
  const shown = stroke ? [...points, ...stroke] : points;
  const full = shown.length >= MAX_DRAWN_POINTS;

  const commit = (next: Point[], note?: string) => {
    setHistory((h) => [...h.slice(-UNDO_DEPTH + 1), points]);
    saveDrawing(chapter, id, next);
    setMessage(note ? { kind: 'note', text: note } : null);
  };

  const toUnit = (e: PointerEvent<SVGSVGElement>): Point => {
    const box = e.currentTarget.getBoundingClientRect();
    return [clamp((e.clientX - box.left) / box.width), clamp(1 - (e.clientY - box.top) / box.height)];
  };

  const add = (at: Point) => {
    setStroke((s) => {
      const current = s ?? [];
      const room = MAX_DRAWN_POINTS - points.length - current.length;
      return room > 0 ? [...current, ...spray(at).slice(0, room)] : current;
    });
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const at = toUnit(e);
    last.current = at;
    setStroke([]);
    add(at);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!stroke || !last.current) return;
    const at = toUnit(e);
    // A point every 2% of the side along the stroke, however fast the pointer moves.
    if (Math.hypot(at[0] - last.current[0], at[1] - last.current[1]) < 0.02) return;
    last.current = at;
    add(at);
  };
  const endStroke = () => {
    if (stroke && stroke.length > 0)
      commit([...points, ...stroke], full ? `The canvas holds at most ${MAX_DRAWN_POINTS} points.` : undefined);
    setStroke(null);
    last.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, Point> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setCursor(([x, y]) => [clamp(x + move[0]), clamp(y + move[1])]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (full) setMessage({ kind: 'note', text: `The canvas holds at most ${MAX_DRAWN_POINTS} points.` });
      else commit([...points, ...spray(cursor).slice(0, MAX_DRAWN_POINTS - points.length)]);
    }
  };

  const undo = () => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory((h) => h.slice(0, -1));
    saveDrawing(chapter, id, previous);
    setMessage(null);
  };

  const applyCsv = (text: string) => {
    const r = parsePointsCsv(text);
    if (!r.ok) {
      setMessage({ kind: 'error', text: `${r.error} Your drawing is unchanged.` });
      return false;
    }
    commit(r.points, [`Loaded ${r.points.length.toLocaleString('en')} points.`, ...r.notes].join(' '));
    return true;
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_000_000) {
      setMessage({
        kind: 'error',
        text: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; at most 1 MB is read. Your drawing is unchanged.`,
      });
      return;
    }
    applyCsv(await file.text());
  };

  return (
    <figure className="draw-data" data-drawing={id}>
      <figcaption>{title ?? 'Draw your own data'}</figcaption>
      <div
        className="draw-data-canvas"
        role="application"
        tabIndex={0}
        aria-label={`Drawing canvas, ${shown.length} points`}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
      >
        <svg
          viewBox="0 0 100 100"
          aria-hidden="true"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endStroke}
          onPointerCancel={endStroke}
        >
          <rect className="draw-data-frame" x="0" y="0" width="100" height="100" />
          {shown.map(([x, y], i) => (
            <circle key={i} cx={x * 100} cy={(1 - y) * 100} r="0.9" />
          ))}
          <g className="draw-data-cursor" transform={`translate(${cursor[0] * 100} ${(1 - cursor[1]) * 100})`}>
            <path d="M -3 0 H 3 M 0 -3 V 3" />
          </g>
        </svg>
      </div>
      <p id={helpId} className="draw-data-help">
        Drag to spray points (x and y run from 0 to 1). From the keyboard: arrow keys move the cross (Shift for bigger steps), Enter adds
        points.
      </p>
      <div className="draw-data-actions" role="toolbar" aria-label={`Drawing ${id}`}>
        <span className="draw-data-count" aria-live="polite">
          {shown.length.toLocaleString('en')} {shown.length === 1 ? 'point' : 'points'}
          {shown.length > 0 && shown.length < MIN_DRAWN_POINTS && ` (draw at least ${MIN_DRAWN_POINTS})`}
        </span>
        <button type="button" onClick={undo} disabled={history.length === 0}>
          Undo
        </button>
        <button type="button" onClick={() => commit([])} disabled={points.length === 0}>
          Clear
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Load CSV…
        </button>
        <button type="button" onClick={() => saveFile(formatPointsCsv(points), `${id}.csv`, 'text/csv')} disabled={points.length === 0}>
          Download CSV
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          hidden
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <details className="draw-data-paste">
        <summary>Paste or type points as CSV</summary>
        <label>
          One point per line, <code>x,y</code>; values outside 0 to 1 are scaled to fit.
          <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={5} spellCheck={false} />
        </label>
        <button type="button" onClick={() => applyCsv(pasted) && setPasted('')} disabled={pasted.trim() === ''}>
          Use these points
        </button>
      </details>
      {message && (
        <p className={`draw-data-message draw-data-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </figure>
  );
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
