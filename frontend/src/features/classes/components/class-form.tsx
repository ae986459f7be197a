import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { Field, TextAreaField } from '../../../components/ui/field';
import { ErrorState } from '../../../components/ui/status';

type ClassFields = Pick<Schemas['Classroom'], 'name' | 'description' | 'starts_on' | 'ends_on'>;

const FIELDS = ['name', 'description', 'starts_on', 'ends_on'] as const;

/**
 * A class's name, description and dates, for creating a class or changing one. Empty dates
 * are sent as null (no date); the API's field errors show under their fields.
 */
export function ClassForm({
  initial,
  submitLabel,
  pendingLabel,
  pending,
  error,
  errorTitle,
  onSubmit,
  onCancel,
}: {
  initial?: ClassFields;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  errorTitle: string;
  onSubmit: (values: Schemas['ClassroomWriteRequest']) => void;
  onCancel?: () => void;
}) {
  const [form, setForm] = useState({
    name: initial?.name ?? '',
    description: initial?.description ?? '',
    starts_on: initial?.starts_on ?? '',
    ends_on: initial?.ends_on ?? '',
  });
  const fieldErrors = error instanceof ApiError ? error.errors : {};
  const otherErrors = Object.entries(fieldErrors)
    .filter(([field]) => !FIELDS.some((known) => known === field))
    .flatMap(([, messages]) => messages);
  const set = (key: keyof typeof form) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({
      name: form.name.trim(),
      description: form.description,
      starts_on: form.starts_on || null,
      ends_on: form.ends_on || null,
    });
  }

  return (
    <form className="class-form" onSubmit={submit} noValidate>
      {error ? <ErrorState error={error} title={errorTitle} /> : null}
      {otherErrors.length > 0 && (
        <ul className="field__error">
          {otherErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <Field
        label="Name"
        name="name"
        required
        maxLength={120}
        value={form.name}
        onChange={set('name')}
        errors={fieldErrors.name}
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        rows={3}
        maxLength={2000}
        value={form.description}
        onChange={set('description')}
        errors={fieldErrors.description}
      />
      <div className="class-form__dates">
        <Field
          label="Starts on (optional)"
          name="starts_on"
          type="date"
          value={form.starts_on}
          onChange={set('starts_on')}
          errors={fieldErrors.starts_on}
        />
        <Field
          label="Ends on (optional)"
          name="ends_on"
          type="date"
          value={form.ends_on}
          onChange={set('ends_on')}
          errors={fieldErrors.ends_on}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
