import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { Field } from '../../../components/ui/field';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTimeWithZone, fromLocalInput, viewerTimeZone } from '../../../lib/local-date-time';
import { useClassLearners, useGrantExtension, useRevokeExtension, type Assignment } from '../api/assignments';

type Person = { id: number; username: string; display_name: string };

export const personName = (p: Person) => p.display_name || p.username;

/** One assignment's extensions: who has a later due time, giving one, and taking one back. */
export function Extensions({ classId, assignment }: { classId: number; assignment: Assignment }) {
  const revoke = useRevokeExtension(classId, assignment.id);
  return (
    <section className="card stack" aria-labelledby="extensions-heading">
      <h2 id="extensions-heading" className="card__title">
        Extensions
      </h2>
      <p className="muted">
        An extension gives one learner a later due time; the cut-off, if any, moves by as much. The class's due time is{' '}
        {formatDateTimeWithZone(assignment.due_at)}.
      </p>
      {assignment.extensions.length === 0 ? (
        <Empty>No learner has an extension on this assignment.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Learners with an extension</caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Due for them</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {assignment.extensions.map((e) => (
                <tr key={e.learner.id}>
                  <th scope="row">
                    {personName(e.learner)} <span className="muted">{e.learner.username}</span>
                  </th>
                  <td>{formatDateTimeWithZone(e.due_at)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--link"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(e.learner.id)}
                      aria-label={`Take back the extension of ${personName(e.learner)}`}
                    >
                      Take back
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoke.isError && <ErrorState error={revoke.error} title="The extension was not taken back" />}
      <GrantExtension classId={classId} assignment={assignment} />
    </section>
  );
}

function GrantExtension({ classId, assignment }: { classId: number; assignment: Assignment }) {
  const id = useId();
  const learners = useClassLearners(classId);
  const grant = useGrantExtension(classId, assignment.id);
  const [learner, setLearner] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const [granted, setGranted] = useState('');
  const errors = Object.keys(checked).length > 0 ? checked : grant.error instanceof ApiError ? grant.error.errors : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    const due = fromLocalInput(dueAt);
    const problems: Record<string, string[]> = {};
    if (!learner) problems.learner = ['Choose a learner.'];
    if (!due) problems.due_at = ['Choose their new due time.'];
    setGranted('');
    if (!due || Object.keys(problems).length > 0) {
      grant.reset();
      setChecked(problems);
      return;
    }
    setChecked({});
    const learnerId = Number(learner);
    grant.mutate(
      { learner: learnerId, due_at: due },
      {
        onSuccess: (saved) => {
          const who = saved.extensions.find((e) => e.learner.id === learnerId)?.learner;
          setGranted(who ? `${personName(who)} now has until ${formatDateTimeWithZone(due)}.` : 'Extension given.');
          setLearner('');
          setDueAt('');
        },
      },
    );
  }

  if (learners.isPending) return <Loading label="Loading the learners…" />;
  if (learners.isError) return <ErrorState error={learners.error} title="Could not load the learners of this class" />;
  if (learners.data.length === 0) return <Empty>No learner has joined this class yet.</Empty>;
  const learnerErrorId = `${id}-learner-error`;
  return (
    <form className="filters" onSubmit={submit} noValidate aria-label="Give an extension">
      <div className="field">
        <label htmlFor={`${id}-learner`}>Learner</label>
        <select
          id={`${id}-learner`}
          value={learner}
          onChange={(e) => setLearner(e.target.value)}
          aria-invalid={errors.learner?.length ? true : undefined}
          aria-describedby={errors.learner?.length ? learnerErrorId : undefined}
        >
          <option value="">Choose a learner…</option>
          {learners.data.map(({ learner: p }) => (
            <option key={p.id} value={p.id}>
              {personName(p)} ({p.username})
            </option>
          ))}
        </select>
        {errors.learner?.length ? (
          <p id={learnerErrorId} className="field__error">
            {errors.learner.join(' ')}
          </p>
        ) : null}
      </div>
      <Field
        label="New due time"
        type="datetime-local"
        hint={`In your time zone (${viewerTimeZone()}).`}
        value={dueAt}
        onChange={(e) => setDueAt(e.target.value)}
        errors={errors.due_at}
      />
      <button type="submit" className="button" disabled={grant.isPending}>
        {grant.isPending ? 'Saving…' : 'Give extension'}
      </button>
      <div className="filters__status" aria-live="polite">
        {granted && <p className="muted">{granted}</p>}
        {grant.isError && Object.keys(errors).length === 0 && (
          <ErrorState error={grant.error} title="The extension was not given" />
        )}
      </div>
    </form>
  );
}
