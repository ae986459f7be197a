import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/status';
import { useAssignment } from '../../features/assignments/api/assignments';
import { AssignmentForm } from '../../features/assignments/components/assignment-form';
import { AssignmentList } from '../../features/assignments/components/assignment-list';
import { Extensions } from '../../features/assignments/components/extensions';
import { useAllExercises } from '../../features/exercises/api/get-exercises';
import { ClassWorkHeader, idFrom } from './class-work-header';
import { NotFoundRoute } from './not-found';
import { RequireInstructor } from './require-instructor';

const listPath = (classId: number) => `/instructor/classes/${classId}/assignments`;

/** `/instructor/classes/:id/assignments`: the class's assignments. */
export function InstructorAssignmentsRoute() {
  const classId = idFrom(useParams().id);
  if (classId === undefined) return <NotFoundRoute />;
  return (
    <RequireInstructor>
      <div className="page">
        <ClassWorkHeader
          classId={classId}
          page="Assignments"
          actions={
            <Link className="button" to={`${listPath(classId)}/new`}>
              New assignment
            </Link>
          }
        />
        <AssignmentList classId={classId} editHref={(a) => `${listPath(classId)}/${a.id}`} />
      </div>
    </RequireInstructor>
  );
}

/** `/instructor/classes/:id/assignments/new`: the form, empty; back to the list once created. */
export function InstructorAssignmentNewRoute() {
  const classId = idFrom(useParams().id);
  const navigate = useNavigate();
  const exercises = useAllExercises();
  if (classId === undefined) return <NotFoundRoute />;
  return (
    <RequireInstructor>
      <div className="page page--form">
        <ClassWorkHeader
          classId={classId}
          page="New assignment"
          trail={{ to: listPath(classId), label: 'Assignments' }}
        />
        {exercises.isPending ? (
          <Loading label="Loading the exercises…" />
        ) : exercises.isError ? (
          <ErrorState error={exercises.error} onRetry={() => void exercises.refetch()} />
        ) : (
          <section className="card">
            <AssignmentForm classId={classId} catalogue={exercises.data} onSaved={() => navigate(listPath(classId))} />
          </section>
        )}
      </div>
    </RequireInstructor>
  );
}

/** `/instructor/classes/:id/assignments/:aid`: change an assignment, and its extensions. */
export function InstructorAssignmentEditRoute() {
  const params = useParams();
  const classId = idFrom(params.id);
  const assignmentId = idFrom(params.aid);
  if (classId === undefined || assignmentId === undefined) return <NotFoundRoute />;
  return (
    <RequireInstructor>
      <EditAssignment classId={classId} assignmentId={assignmentId} />
    </RequireInstructor>
  );
}

function EditAssignment({ classId, assignmentId }: { classId: number; assignmentId: number }) {
  const assignment = useAssignment(classId, assignmentId);
  const exercises = useAllExercises();
  return (
    <div className="page page--form">
      <ClassWorkHeader
        classId={classId}
        page={assignment.data?.title ?? 'Assignment'}
        trail={{ to: listPath(classId), label: 'Assignments' }}
      />
      {assignment.isPending || exercises.isPending ? (
        <Loading label="Loading the assignment…" />
      ) : assignment.isError ? (
        <ErrorState error={assignment.error} onRetry={() => void assignment.refetch()} />
      ) : exercises.isError ? (
        <ErrorState error={exercises.error} onRetry={() => void exercises.refetch()} />
      ) : (
        <>
          <section className="card stack" aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="card__title">
              Details
            </h2>
            <AssignmentForm
              key={assignment.data.id}
              classId={classId}
              assignment={assignment.data}
              catalogue={exercises.data}
            />
          </section>
          <Extensions classId={classId} assignment={assignment.data} />
        </>
      )}
    </div>
  );
}
