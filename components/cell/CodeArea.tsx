'use client';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { CellEditor } from './editor';

/**
 * A cell's code: first the build-time highlighted HTML (no editor JavaScript), then, on
 * focus or Run, CodeMirror in the same box with the same font, padding and colours.
 */

export interface CodeAreaHandle {
  /** Loads the editor (if it is not loaded yet); resolves once it is on screen. */
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

  const load = useCallback((focus = false): Promise<void> => {
    loading.current ??= import('./editor').then(({ createEditor }) => {
      if (!host.current) return;
      editor.current = createEditor({
        parent: host.current,
        doc: latest.current.code,
        readonly: latest.current.readonly,
        label: latest.current.label,
        onChange: (c) => latest.current.onChange(c),
        onRun: () => latest.current.onRun(),
      });
      setLoaded(true);
    });
    return loading.current.then(() => {
      if (focus) editor.current?.focus();
    });
  }, []);

  useImperativeHandle(ref, () => ({ load: () => load(false) }), [load]);
  useEffect(() => editor.current?.setCode(code), [code]);
  useEffect(() => editor.current?.markLine(errorLine), [errorLine, loaded]);
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
          onMouseDown={() => void load(true)}
        >
          {code === highlightedFor ? <code dangerouslySetInnerHTML={{ __html: highlighted }} /> : <code>{code}</code>}
        </pre>
      )}
    </div>
  );
});
