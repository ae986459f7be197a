import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { Field } from '../../../components/ui/field';
import { ErrorState } from '../../../components/ui/status';
import { fromLocalInput, toLocalInput, viewerTimeZone } from '../../../lib/local-date-time';
import { useCreateAssignment, useUpdateAssignment, type Assignment, type AssignmentInput } from '../api/assignments';
import { ExercisePicker, type PickedExercise } from './exercise-picker';

type Draft = {
  title: string;
  opens_at: string;
  due_at: string;
  cutoff_at: string;
  late_multiplier: string;
  exercises: PickedExercise[];
};

type Errors = Record<string, string[]>;

const FIELDS = ['title', 'opens_at', 'due_at', 'cutoff_at', 'late_multiplier', 'exercises'] as const;

function draftOf(assignment: Assignment | undefined): Draft {
  return {
    title: assignment?.title ?? '',
    opens_at: toLocalInput(assignment?.opens_at),
    due_at: toLocalInput(assignment?.due_at),
    cutoff_at: toLocalInput(assignment?.cutoff_at),
    late_multiplier: String(assignment?.late_multiplier ?? 1),
    exercises: assignment?.exercises.map(({ slug, title }) => ({ slug, title })) ?? [],
  };
}

/**
 * What the form can check before asking the API: the request body, or the messages per field.
 * Whether the times come in the right order is left to the API, which says so per field.
 */
export function toRequest(draft: Draft): { body: AssignmentInput } | { errors: Errors } {
  const errors: Errors = {};
  const opens = fromLocalInput(draft.opens_at);
  const due = fromLocalInput(draft.due_at);
  const cutoff = draft.cutoff_at.trim() ? fromLocalInput(draft.cutoff_at) : null;
  const multiplier = Number(draft.late_multiplier);
  if (!draft.title.trim()) errors.title = ['Give the assignment a title.'];
  if (!opens) errors.opens_at = ['Choose when the assignment opens.'];
  if (!due) errors.due_at = ['Choose when the assignment is due.'];
  if (draft.cutoff_at.trim() && !cutoff) errors.cutoff_at = ['This is not a date and time; clear it for no cut-off.'];
  if (draft.late_multiplier.trim() === '' || !Number.isFinite(multiplier) || multiplier < 0 || multiplier > 1) {
    errors.late_multiplier = ['A number from 0 to 1.'];
  }
  if (draft.exercises.length === 0) errors.exercises = ['Add at least one exercise.'];
  if (Object.keys(errors).length > 0 || !opens || !due) return { errors };
  return {
    body: {
      title: draft.title.trim(),
      opens_at: opens,
      due_at: due,
      cutoff_at: cutoff,
      late_multiplier: multiplier,
      exercises: draft.exercises.map((e) => e.slug),
    },
  };
}

/** The API's field errors, with the per-item ones (`exercises.2`) folded into their list. */
function apiErrors(error: unknown): Errors {
  if (!(error instanceof ApiError)) return {};
  const errors: Errors = {};
  for (const [key, messages] of Object.entries(error.errors)) {
    const field = key.split('.')[0] ?? key;
    errors[field] = [...(errors[field] ?? []), ...messages];
  }
  return errors;
}

/** Creates an assignment (without `assignment`) or changes one. */
export function AssignmentForm({
  classId,
  assignment,
  catalogue,
  onSaved,
}: {
  classId: number;
  assignment?: Assignment | undefined;
  catalogue: PickedExercise[];
  onSaved?: (assignment: Assignment) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(assignment));
  const [checked, setChecked] = useState<Errors>({});
  const create = useCreateAssignment(classId);
  const update = useUpdateAssignment(classId, assignment?.id ?? 0);
  const save = assignment ? update : create;
  const errors = Object.keys(checked).length > 0 ? checked : apiErrors(save.error);
  const otherErrors = Object.entries(errors).filter(([field]) => !FIELDS.some((f) => f === field));
  const set = (key: Exclude<keyof Draft, 'exercises'>) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const request = toRequest(draft);
    if ('errors' in request) {
      save.reset();
      setChecked(request.errors);
      return;
    }
    setChecked({});
    save.mutate(request.body, { onSuccess: onSaved });
  }

  return (
    <form
      className="form assignment-form"
      onSubmit={submit}
      noValidate
      aria-label={assignment ? 'Change the assignment' : 'New assignment'}
    >
      {save.isError && (
        <ErrorState
          error={save.error}
          title={assignment ? 'The changes were not saved' : 'The assignment was not created'}
        />
      )}
      {Object.keys(checked).length > 0 && (
        <p className="field__error" role="alert">
          Some fields need attention before saving.
        </p>
      )}
      <Field label="Title" name="title" required value={draft.title} onChange={set('title')} errors={errors.title} />
      <fieldset className="form-group">
        <legend className="field__label">
          When <span className="form-group__note">(in your time zone, {viewerTimeZone()})</span>
        </legend>
        <div className="form-row">
          <Field
            label="Opens"
            name="opens_at"
            type="datetime-local"
            required
            value={draft.opens_at}
            onChange={set('opens_at')}
            errors={errors.opens_at}
          />
          <Field
            label="Due"
            name="due_at"
            type="datetime-local"
            required
            hint="Work up to and including this time is on time."
            value={draft.due_at}
            onChange={set('due_at')}
            errors={errors.due_at}
          />
          <Field
            label="Cut-off (optional)"
            name="cutoff_at"
            type="datetime-local"
            hint="After this, work no longer counts. Leave empty to accept late work at any time."
            value={draft.cutoff_at}
            onChange={set('cutoff_at')}
            errors={errors.cutoff_at}
          />
        </div>
      </fieldset>
      <Field
        label="Late work multiplier"
        name="late_multiplier"
        type="number"
        min={0}
        max={1}
        step={0.05}
        inputMode="decimal"
        hint="What late work is worth: 1 counts it in full (it is only marked late), 0.5 halves it, 0 counts nothing."
        value={draft.late_multiplier}
        onChange={set('late_multiplier')}
        errors={errors.late_multiplier}
      />
      <ExercisePicker
        value={draft.exercises}
        catalogue={catalogue}
        onChange={(exercises) => setDraft((d) => ({ ...d, exercises }))}
        errors={errors.exercises}
      />
      {otherErrors.length > 0 && (
        <ul className="field__error">
          {otherErrors.map(([field, messages]) => (
            <li key={field}>{messages.join(' ')}</li>
          ))}
        </ul>
      )}
      {assignment && (
        <p role="status" className="muted">
          {save.isSuccess ? 'Changes saved. Work already handed in keeps the timing it had when it came.' : ''}
        </p>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : assignment ? 'Save changes' : 'Create assignment'}
      </button>
    </form>
  );
}
