import { useNavigate } from 'react-router';
import { ClassList } from '../../features/classes/components/class-list';
import { CreateClass } from '../../features/classes/components/create-class';
import { useDocumentTitle } from '../../lib/use-document-title';
import { InstructorNav } from './instructor-nav';
import { RequireInstructor } from './require-instructor';

export const classPath = (id: number) => `/instructor/classes/${id}`;

export function InstructorClassesRoute() {
  const navigate = useNavigate();
  useDocumentTitle('Classes');
  return (
    <RequireInstructor>
      <div className="page">
        <h1>Classes</h1>
        <InstructorNav />
        <section className="card" aria-labelledby="classes-heading">
          <h2 id="classes-heading" className="card__title">
            Classes you teach
          </h2>
          <ClassList detailHref={(c) => classPath(c.id)} />
        </section>
        <CreateClass onCreated={(c) => void navigate(classPath(c.id))} />
      </div>
    </RequireInstructor>
  );
}
