import { useId } from 'react';
import { LazyCodeEditor } from '../../../components/code-editor/lazy-code-editor';
import { useReadOnly } from './read-only';

/** A labelled CodeMirror editor (Python or SQL) with its hint and the API's field errors. */
export function CodeField({
  label,
  value,
  onChange,
  language = 'python',
  hint,
  errors,
  readOnly,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  language?: 'python' | 'sql';
  hint?: string;
  errors?: string[];
  readOnly?: boolean;
}) {
  const id = useId();
  const locked = useReadOnly() || readOnly;
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <LazyCodeEditor
        value={value}
        onChange={onChange}
        language={language}
        label={label}
        readOnly={locked}
        describedBy={describedBy || undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
