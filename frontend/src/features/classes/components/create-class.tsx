import { useCreateClass, type Classroom } from '../api/classes';
import { ClassForm } from './class-form';

/** The "new class" form; you become the owner of the class you create. */
export function CreateClass({ onCreated }: { onCreated: (classroom: Classroom) => void }) {
  const create = useCreateClass();
  return (
    <section className="card card--stacked" aria-labelledby="new-class-heading">
      <h2 id="new-class-heading" className="card__title">
        New class
      </h2>
      <p className="muted">You will own the class. Learners join it with a code that you can share once it exists.</p>
      <ClassForm
        submitLabel="Create class"
        pendingLabel="Creating…"
        pending={create.isPending}
        error={create.error}
        errorTitle="Could not create the class"
        onSubmit={(values) => create.mutate(values, { onSuccess: onCreated })}
      />
    </section>
  );
}
