import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { canManage, useUpdateClass, type Classroom } from '../api/classes';
import { classDates, personName } from '../utils/labels';
import { ClassForm } from './class-form';

/** A class's details; its owner and admins can change them while it is not archived. */
export function ClassDetails({ classroom }: { classroom: Classroom }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateClass(classroom.id);
  const editable = canManage(classroom) && !classroom.archived;

  function stopEditing() {
    update.reset();
    setEditing(false);
  }

  return (
    <section className="card card--stacked" aria-labelledby="class-details-heading">
      <div className="card__header">
        <h2 id="class-details-heading" className="card__title">
          Details
        </h2>
        {canManage(classroom) && !(editing && editable) && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!editable}
            onClick={() => setEditing(true)}
          >
            Edit details
          </button>
        )}
      </div>
      {editing && editable ? (
        <ClassForm
          initial={classroom}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={update.isPending}
          error={update.error}
          errorTitle="Could not save the changes"
          onSubmit={(values) => update.mutate(values, { onSuccess: stopEditing })}
          onCancel={stopEditing}
        />
      ) : (
        <dl className="meta-grid">
          <dt>Description</dt>
          <dd>{classroom.description || <span className="muted">No description</span>}</dd>
          <dt>Dates</dt>
          <dd>{classDates(classroom.starts_on, classroom.ends_on)}</dd>
          <dt>Owner</dt>
          <dd>
            {personName(classroom.owner)} <span className="muted">({classroom.owner.username})</span>
          </dd>
          <dt>Created</dt>
          <dd>{formatDateTime(classroom.created_at)}</dd>
          {classroom.archived_at && (
            <>
              <dt>Archived</dt>
              <dd>{formatDateTime(classroom.archived_at)}</dd>
            </>
          )}
        </dl>
      )}
      {!canManage(classroom) && (
        <p className="muted">Only the owner of the class, or an admin, can change its details.</p>
      )}
    </section>
  );
}
