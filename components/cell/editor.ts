import { EditorView, keymap, Decoration, type DecorationSet } from '@codemirror/view';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { javascript } from '@codemirror/lang-javascript';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting, bracketMatching, indentOnInput } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { wrapIndent } from '@/lib/content/wrap-indent';

/**
 * The CodeMirror 6 editor of a cell, loaded on demand (dynamic import) when the learner
 * focuses the code or a run marks an error line (Run only downloads it). It highlights with the same `tok-*` classes as the build-time
 * HTML it replaces, so the code does not change colour or size. Tab indents; Escape then
 * Tab leaves the editor (CodeMirror's rule when Tab is bound), so keyboard users never get stuck.
 */

const setErrorLine = StateEffect.define<number | null>();
const errorLineMark = Decoration.line({ class: 'cm-error-line', attributes: { 'aria-invalid': 'true' } });

const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects) {
      if (!e.is(setErrorLine)) continue;
      const line = e.value;
      if (line === null || line < 1 || line > tr.state.doc.lines) return Decoration.none;
      return Decoration.set([errorLineMark.range(tr.state.doc.line(line).from)]);
    }
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Each indented line's hanging indent, as in the build-time HTML (lib/content/wrap-indent.ts). */
function indentMarks(state: EditorState): DecorationSet {
  const marks = [];
  for (let n = 1; n <= state.doc.lines; n++) {
    const line = state.doc.line(n);
    const indent = wrapIndent(line.text);
    if (indent) marks.push(Decoration.line({ attributes: { style: `--indent:${indent}` } }).range(line.from));
  }
  return Decoration.set(marks);
}

const wrapIndentField = StateField.define<DecorationSet>({
  create: indentMarks,
  // Cells are short (under 100 lines): marking every line again on an edit costs nothing noticeable.
  update: (marks, tr) => (tr.docChanged ? indentMarks(tr.state) : marks),
  provide: (f) => EditorView.decorations.from(f),
});

export interface EditorOptions {
  doc: string;
  readonly: boolean;
  label: string;
  onChange(code: string): void;
  onRun(): void;
}

export interface CellEditor {
  /** The editor's element, not yet in the page: the caller puts it there (CodeArea.tsx says when). */
  dom: HTMLElement;
  setCode(code: string): void;
  markLine(line: number | null): void;
  /** Focuses the editor with the cursor at the window point (x, y), where the learner clicked; at the start without one. */
  focus(at?: { x: number; y: number }): void;
  destroy(): void;
}

export function createEditor(o: EditorOptions): CellEditor {
  const view = new EditorView({
    state: EditorState.create({
      doc: o.doc,
      extensions: [
        keymap.of([
          { key: 'Shift-Enter', run: () => (o.onRun(), true) },
          { key: 'Mod-Enter', run: () => (o.onRun(), true) },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        history(),
        indentOnInput(),
        bracketMatching(),
        javascript(),
        syntaxHighlighting(classHighlighter),
        EditorView.lineWrapping,
        EditorState.readOnly.of(o.readonly),
        EditorView.editable.of(!o.readonly),
        EditorView.contentAttributes.of({ 'aria-label': o.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) o.onChange(u.state.doc.toString());
        }),
        errorLineField,
        wrapIndentField,
        // The site header and the cell's sticky controls cover the top of the window: keep the cursor below them.
        EditorView.scrollMargins.of((view) => {
          const covered = [document.querySelector('.site-header'), view.dom.closest('.cell')?.querySelector('.cell-controls')];
          return { top: covered.reduce((sum, el) => sum + (el?.getBoundingClientRect().height ?? 0), 0) };
        }),
      ],
    }),
  });
  return {
    dom: view.dom,
    setCode(code) {
      if (code === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    markLine(line) {
      view.dispatch({ effects: setErrorLine.of(line) });
    },
    focus(at) {
      const pos = at ? view.posAtCoords(at) : null;
      if (pos !== null) view.dispatch({ selection: { anchor: pos } });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
