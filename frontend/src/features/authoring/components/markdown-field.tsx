import { useId, useState } from 'react';
import { HtmlContent } from '../../../components/ui/html-content';
import { ErrorState, Loading } from '../../../components/ui/status';
import { useMarkdownPreview } from '../api/authoring';
import { useReadOnly } from './read-only';

/**
 * A Markdown box with a preview: "Preview" asks the server for the HTML it would store, so
 * what the author sees is what learners will get (the same sanitising, the same extensions).
 */
export function MarkdownField({
  label,
  value,
  onChange,
  errors,
  hint,
  rows = 12,
  readOnly,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  hint?: string;
  rows?: number;
  readOnly?: boolean;
}) {
  const id = useId();
  const [showing, setShowing] = useState<'write' | 'preview'>('write');
  const preview = useMarkdownPreview();
  const locked = useReadOnly() || readOnly;
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ');

  function showPreview() {
    setShowing('preview');
    preview.mutate(value);
  }

  return (
    <div className="field markdown-field">
      <div className="markdown-field__bar">
        <label htmlFor={id}>{label}</label>
        <div role="group" aria-label={`${label}: write or preview`} className="button-row">
          <button
            type="button"
            className="button button--small button--secondary"
            aria-pressed={showing === 'write'}
            onClick={() => setShowing('write')}
          >
            Write
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            aria-pressed={showing === 'preview'}
            onClick={showPreview}
          >
            Preview
          </button>
        </div>
      </div>
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={locked}
        hidden={showing === 'preview'}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="markdown-field__source"
      />
      {showing === 'preview' && (
        <section className="markdown-field__preview card" aria-label={`${label}: preview`}>
          {preview.isPending ? (
            <Loading label="Rendering the preview…" />
          ) : preview.isError ? (
            <ErrorState error={preview.error} title="No preview" />
          ) : preview.data === '' ? (
            <p className="muted">Nothing to preview yet.</p>
          ) : preview.data !== undefined ? (
            <HtmlContent html={preview.data} />
          ) : null}
        </section>
      )}
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
