import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorState } from '../../../components/ui/status';
import { canManage, useArchiveClass, useRestoreClass, type Classroom } from '../api/classes';

/** Archiving and restoring, for the owner of the class and admins. */
export function ArchiveClass({ classroom }: { classroom: Classroom }) {
  const archive = useArchiveClass(classroom.id);
  const restore = useRestoreClass(classroom.id);
  if (!canManage(classroom)) return null;
  const error = archive.error ?? restore.error;
  const pending = archive.isPending || restore.isPending;
  return (
    <section className="card card--stacked" aria-labelledby="archive-heading">
      <h2 id="archive-heading" className="card__title">
        {classroom.archived ? 'Restore' : 'Archive'}
      </h2>
      {error ? <ErrorState error={error} title="Could not change the class" /> : null}
      {classroom.archived ? (
        <>
          <p>Restoring the class makes it editable again, and its join code (if it has one) works again.</p>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => {
              archive.reset();
              restore.mutate(undefined);
            }}
          >
            {restore.isPending ? 'Restoring…' : 'Restore class'}
          </button>
        </>
      ) : (
        <>
          <p>
            Archive a class when it is over. It becomes read-only: nobody can join or leave, and its details, join code,
            learners and co-instructors stay as they are until you restore it.
          </p>
          <ConfirmButton
            label="Archive class"
            question="Archive this class and make it read-only?"
            confirmLabel="Yes, archive"
            disabled={pending}
            small={false}
            onConfirm={() => {
              restore.reset();
              archive.mutate(undefined);
            }}
          />
        </>
      )}
    </section>
  );
}
