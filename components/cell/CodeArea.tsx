'use client';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CellEditor } from './editor';

/**
 * A cell's code: first the build-time highlighted HTML (no editor JavaScript), then, once the
 * learner focuses it or a run marks an error line, CodeMirror in the same box with the same
 * font, padding and colours. Run only downloads the editor: CodeMirror measures wrapped lines
 * lazily, so swapping it in changes the code's height, and doing that while the learner watches
 * the output below would make the page jump.
 */

export interface CodeAreaHandle {
  /** Downloads the editor's code, so that a first click opens it at once. */
  load(): Promise<void>;
}

interface Props {
  code: string;
  /** Highlighted HTML of `highlightedFor`; shown only while `code` is still that text. */
  highlighted: string;
  highlightedFor: string;
  readonly: boolean;
  label: string;
  errorLine: number | null;
  onChange(code: string): void;
  onRun(): void;
}

export const CodeArea = forwardRef<CodeAreaHandle, Props>(function CodeArea(props, ref) {
  const { code, highlighted, highlightedFor, readonly, label, errorLine } = props;
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CellEditor | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const [loaded, setLoaded] = useState(false);
  // The editor's callbacks read the latest props through this ref, so it is created once.
  const latest = useRef(props);
  latest.current = props;

  /** Swaps the editor in; `focus`: then focuses it, at the point clicked when there is one. */
  const load = useCallback((focus: false | true | { x: number; y: number } = false): Promise<void> => {
    loading.current ??= import('./editor').then(({ createEditor }) => {
      if (!host.current) return;
      const created = createEditor({
        doc: latest.current.code,
        readonly: latest.current.readonly,
        label: latest.current.label,
        onChange: (c) => latest.current.onChange(c),
        onRun: () => latest.current.onRun(),
      });
      editor.current = created;
      // The placeholder leaves the page before the editor enters it, in one task: had the browser
      // laid out the page with both in it (CodeMirror's constructor can make it), its scroll
      // anchoring would have moved the page down by the editor's height.
      flushSync(() => setLoaded(true));
      host.current.appendChild(created.dom);
    });
    return loading.current.then(() => {
      if (focus) editor.current?.focus(focus === true ? undefined : focus);
    });
  }, []);

  useImperativeHandle(ref, () => ({ load: () => import('./editor').then(() => undefined) }), []);
  useEffect(() => editor.current?.setCode(code), [code]);
  useEffect(() => {
    if (errorLine !== null && !loaded) void load(false);
    editor.current?.markLine(errorLine);
  }, [errorLine, loaded, load]);
  useEffect(() => () => editor.current?.destroy(), []);

  return (
    <div className="cell-code">
      <div ref={host} />
      {!loaded && (
        <pre
          className="cell-placeholder"
          tabIndex={0}
          role="textbox"
          aria-multiline="true"
          aria-readonly={readonly}
          aria-label={label}
          onFocus={() => void load(true)}
          onMouseDown={(e) => void load({ x: e.clientX, y: e.clientY })}
        >
          {code === highlightedFor ? <code dangerouslySetInnerHTML={{ __html: highlighted }} /> : <code>{code}</code>}
        </pre>
      )}
    </div>
  );
});
