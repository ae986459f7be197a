import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import { ErrorState } from '../../../components/ui/status';
import { canManage, useAddCoInstructor, useRemoveCoInstructor, type Classroom } from '../api/classes';
import { personName } from '../utils/labels';

/** Who teaches the class; its owner (or an admin) adds co-instructors by username and removes them. */
export function CoInstructors({ classroom }: { classroom: Classroom }) {
  const add = useAddCoInstructor(classroom.id);
  const remove = useRemoveCoInstructor(classroom.id);
  const [username, setUsername] = useState('');
  const [notice, setNotice] = useState('');
  const manage = canManage(classroom);
  const locked = classroom.archived;
  const fieldErrors = add.error instanceof ApiError ? add.error.errors : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.reset();
    setNotice('');
    const name = username.trim();
    add.mutate(
      { username: name },
      {
        onSuccess: () => {
          setUsername('');
          setNotice(`${name} now teaches this class too.`);
        },
      },
    );
  }

  function removeTeacher(teacher: Classroom['owner']) {
    add.reset();
    setNotice('');
    remove.mutate(teacher.id, {
      onSuccess: () => setNotice(`${personName(teacher)} no longer teaches this class.`),
    });
  }

  return (
    <section className="card card--stacked" aria-labelledby="teachers-heading">
      <h2 id="teachers-heading" className="card__title">
        Instructors
      </h2>
      {remove.error ? <ErrorState error={remove.error} title="Could not remove the co-instructor" /> : null}
      <ul className="people">
        <li className="people__item">
          <span>
            {personName(classroom.owner)} <span className="muted">({classroom.owner.username})</span>
          </span>
          <span className="badge badge--kind">Owner</span>
        </li>
        {classroom.co_instructors.map((teacher) => (
          <li key={teacher.id} className="people__item">
            <span>
              {personName(teacher)} <span className="muted">({teacher.username})</span>
            </span>
            <span className="badge badge--kind">Co-instructor</span>
            {manage && (
              <ConfirmButton
                label="Remove"
                ariaLabel={`Remove ${personName(teacher)} as co-instructor`}
                question={`Stop ${personName(teacher)} from teaching this class?`}
                confirmLabel="Yes, remove"
                disabled={locked || remove.isPending}
                onConfirm={() => removeTeacher(teacher)}
              />
            )}
          </li>
        ))}
      </ul>
      <p role="status" className="status-line">
        {notice}
      </p>
      {manage ? (
        <form className="inline-form" onSubmit={submit} noValidate aria-label="Add a co-instructor">
          <Field
            label="Add a co-instructor by username"
            hint="They must have an instructor account. Co-instructors manage the learners and the join code."
            name="username"
            autoComplete="off"
            required
            disabled={locked}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            errors={fieldErrors.username}
          />
          <button
            type="submit"
            className="button button--secondary"
            disabled={locked || add.isPending || !username.trim()}
          >
            {add.isPending ? 'Adding…' : 'Add'}
          </button>
          {add.error && !fieldErrors.username ? (
            <ErrorState error={add.error} title="Could not add the co-instructor" />
          ) : null}
        </form>
      ) : (
        <p className="muted">Only the owner of the class, or an admin, can add or remove co-instructors.</p>
      )}
    </section>
  );
}
