import { useState } from 'react';
import type { Schemas } from '../../../api/client';
import { LazyCodeEditor } from '../../../components/code-editor/lazy-code-editor';

type Props = {
  spec: Schemas['DjangoSpec'];
  files: Record<string, string>;
  onChange: (files: Record<string, string>) => void;
};

/**
 * A Django project in tabs: one per file the learner writes, then the project's fixed files,
 * which can be read but not changed.
 */
export function ProjectEditor({ spec, files, onChange }: Props) {
  const fixed = Object.keys(spec.files ?? {}).sort();
  const [open, setOpen] = useState(spec.editable[0] ?? fixed[0] ?? '');
  const editable = spec.editable.includes(open);
  const value = editable ? (files[open] ?? '') : (spec.files?.[open] ?? '');
  const tab = (path: string, readOnly: boolean) => (
    <button
      key={path}
      type="button"
      role="tab"
      id={`file-tab-${path}`}
      aria-selected={path === open}
      aria-controls="file-panel"
      className={`file-tabs__tab${path === open ? ' file-tabs__tab--open' : ''}${readOnly ? ' file-tabs__tab--fixed' : ''}`}
      onClick={() => setOpen(path)}
    >
      {path}
      {readOnly && <span className="visually-hidden"> (read-only)</span>}
    </button>
  );
  return (
    <div className="field">
      <span className="field__label" id="editor-label">
        Your project files
      </span>
      <div className="file-tabs" role="tablist" aria-label="Project files">
        {spec.editable.map((path) => tab(path, false))}
        {fixed.map((path) => tab(path, true))}
      </div>
      <div id="file-panel" role="tabpanel" aria-labelledby={`file-tab-${open}`}>
        <LazyCodeEditor
          label={editable ? `${open} (yours to write)` : `${open} (read-only)`}
          language="python"
          value={value}
          readOnly={!editable}
          onChange={(text) => {
            if (editable) onChange({ ...files, [open]: text });
          }}
          describedBy="editor-help"
        />
      </div>
      <p className="field__hint" id="editor-help">
        {editable ? 'You write this file.' : 'Part of the project: read it, it cannot be changed.'} Tab indents. To
        leave the editor with the keyboard, press Esc, then Tab.
      </p>
    </div>
  );
}
