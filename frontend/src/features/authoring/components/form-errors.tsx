import { ApiError } from '../../../api/errors';
import { ErrorState } from '../../../components/ui/status';
import type { FieldErrors } from '../utils/rows';

/** The field errors of a failed save, or of the checks made before sending. */
export function fieldErrorsOf(error: unknown, local: FieldErrors | null): FieldErrors {
  if (local) return local;
  return error instanceof ApiError ? error.errors : {};
}

/**
 * A summary above the form: what went wrong, and every field message with the field it
 * names (each also shows beside its field), so a message about a part the form does not
 * show is never lost.
 */
export function FormErrors({ error, errors, title }: { error: unknown; errors: FieldErrors; title: string }) {
  const entries = Object.entries(errors);
  if (!error && entries.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      {error && !(error instanceof ApiError && error.code === 'invalid') ? (
        <ErrorState error={error} title={title} />
      ) : (
        <p className="state__title">{title}: fix the fields below.</p>
      )}
      {entries.length > 0 && (
        <ul className="field__error">
          {entries.map(([field, messages]) => (
            <li key={field}>
              <code>{field}</code>: {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
