import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/status';
import { canManage, useClass, type Classroom } from '../../features/classes/api/classes';
import { ArchiveClass } from '../../features/classes/components/archive-class';
import { ClassDetails } from '../../features/classes/components/class-details';
import { CoInstructors } from '../../features/classes/components/co-instructors';
import { JoinCode } from '../../features/classes/components/join-code';
import { Roster } from '../../features/classes/components/roster';
import { roleLabel } from '../../features/classes/utils/labels';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireInstructor } from './require-instructor';

/** The address a learner opens to join with `code` (see the /join/:code route). */
export const joinLink = (code: string) => `${location.origin}/join/${encodeURIComponent(code)}`;

export function InstructorClassRoute() {
  const { id = '' } = useParams();
  const classId = Number(id);
  return (
    <RequireInstructor>
      {Number.isInteger(classId) && classId > 0 ? (
        <ClassPage id={classId} />
      ) : (
        <div className="page page--narrow">
          <h1>Class not found</h1>
          <Link to="/instructor/classes">Back to your classes</Link>
        </div>
      )}
    </RequireInstructor>
  );
}

function ClassPage({ id }: { id: number }) {
  const classroom = useClass(id);
  useDocumentTitle(classroom.data?.name ?? 'Class');
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/instructor">Instructor</Link> <span aria-hidden="true">/</span>{' '}
        <Link to="/instructor/classes">Classes</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{classroom.data?.name ?? `Class ${id}`}</span>
      </nav>
      {classroom.isPending ? (
        <Loading label="Loading the class…" />
      ) : classroom.isError ? (
        <>
          <h1>Class {id}</h1>
          <ErrorState error={classroom.error} onRetry={() => void classroom.refetch()} />
        </>
      ) : (
        <ClassSections classroom={classroom.data} />
      )}
    </div>
  );
}

function ClassSections({ classroom }: { classroom: Classroom }) {
  return (
    <>
      <div className="class-header">
        <h1>{classroom.name}</h1>
        <span className="badge badge--kind">
          <span className="visually-hidden">Your role: </span>
          {roleLabel(classroom.role)}
        </span>
        {classroom.archived && <span className="badge badge--archived">Archived</span>}
      </div>
      {classroom.archived && (
        <p className="notice">
          This class is archived and read-only: nobody can join or leave it, and its details, join code, learners and
          co-instructors cannot change.{' '}
          {canManage(classroom) ? 'Restore it to make changes.' : 'Its owner or an admin can restore it.'}
        </p>
      )}
      <nav aria-label="Coursework" className="class-links">
        <Link to={`/instructor/classes/${classroom.id}/assignments`}>Assignments</Link>
        <Link to={`/instructor/classes/${classroom.id}/gradebook`}>Gradebook</Link>
      </nav>
      <ClassDetails classroom={classroom} />
      <JoinCode classroom={classroom} joinLink={joinLink} />
      <Roster classroom={classroom} />
      <CoInstructors classroom={classroom} />
      <ArchiveClass classroom={classroom} />
    </>
  );
}
