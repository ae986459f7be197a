/**
 * CodeMirror 6 with Python or SQL. Loaded lazily (see lazy-code-editor.tsx) so the editor
 * and its grammars are a chunk of their own, fetched only on pages that edit code.
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { sql } from '@codemirror/lang-sql';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder as placeholderExt,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

const editingKeymap = defaultKeymap.filter((binding) => binding.key !== 'Mod-Enter');

export type CodeEditorProps = {
  value: string;
  onChange: (value: string) => void;
  language: 'python' | 'sql';
  label: string;
  placeholder?: string;
  readOnly?: boolean;
  describedBy?: string;
  /** A line to mark as the one an error points at (1-based); none when absent or out of range. */
  errorLine?: number | null | undefined;
};

const errorMark = Decoration.line({ class: 'cm-error-line', attributes: { title: 'The error points at this line' } });
const setErrorLine = StateEffect.define<number | null>();

/** The marked line: set by `setErrorLine`, then kept on its text as the learner edits. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      const { doc } = transaction.state;
      next =
        line && line >= 1 && line <= doc.lines
          ? Decoration.set([errorMark.range(doc.line(line).from)])
          : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export default function CodeEditor({
  value,
  onChange,
  language,
  label,
  placeholder,
  readOnly,
  describedBy,
  errorLine,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const attributes: Record<string, string> = { 'aria-label': label, 'aria-multiline': 'true' };
    if (describedBy) attributes['aria-describedby'] = describedBy;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          indentUnit.of('    '),
          EditorState.tabSize.of(4),
          syntaxHighlighting(classHighlighter),
          language === 'sql' ? sql() : python(),
          // Tab indents; Escape then Tab moves focus out (CodeMirror's tab-focus mode).
          // Ctrl/⌘-Enter is left to the page around the editor (a form submits on it).
          keymap.of([...closeBracketsKeymap, ...editingKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of(attributes),
          EditorState.readOnly.of(Boolean(readOnly)),
          EditorView.editable.of(!readOnly),
          placeholder ? placeholderExt(placeholder) : [],
          errorLineField,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once per language/mode; `value` changes are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language, readOnly, label, placeholder, describedBy]);

  // An answer loaded from the attempt history replaces the document.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  // The line an error points at is marked until the next result says otherwise.
  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch({ effects: setErrorLine.of(errorLine ?? null) });
  }, [errorLine, language, readOnly, label, placeholder, describedBy]);

  return <div ref={host} className="code-editor" data-language={language} data-error-line={errorLine ?? undefined} />;
}
