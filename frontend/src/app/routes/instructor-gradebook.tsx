import { Link, useParams, useSearchParams } from 'react-router';
import { useGradebook } from '../../features/assignments/api/gradebook';
import { GradebookTable, LearnerBreakdown } from '../../features/assignments/components/gradebook-table';
import { SubmissionsTable } from '../../features/submissions/components/submissions-table';
import { ClassWorkHeader, idFrom } from './class-work-header';
import { NotFoundRoute } from './not-found';
import { RequireInstructor } from './require-instructor';

/**
 * `/instructor/classes/:id/gradebook`: the class's gradebook. `?learner=<id>` opens one
 * learner's breakdown and submissions under it, so the view can be shared and reloaded.
 */
export function InstructorGradebookRoute() {
  const classId = idFrom(useParams().id);
  if (classId === undefined) return <NotFoundRoute />;
  return (
    <RequireInstructor>
      <Gradebook classId={classId} />
    </RequireInstructor>
  );
}

function Gradebook({ classId }: { classId: number }) {
  const [params] = useSearchParams();
  const learner = idFrom(params.get('learner') ?? undefined);
  return (
    <div className="page">
      <ClassWorkHeader classId={classId} page="Gradebook" />
      <p className="lead">
        Each cell holds the points that count: the best on-time result per exercise, late work multiplied by the
        assignment's late multiplier. Choose a learner to see their work.
      </p>
      <GradebookTable classId={classId} learnerHref={(p) => `?learner=${p.id}`} selectedLearner={learner} />
      {learner !== undefined && <LearnerWork classId={classId} learner={learner} />}
    </div>
  );
}

function LearnerWork({ classId, learner }: { classId: number; learner: number }) {
  const book = useGradebook(classId);
  const person = book.data?.rows.find((r) => r.learner.id === learner)?.learner;
  const name = person ? person.display_name || person.username : `learner ${learner}`;
  return (
    <section className="card stack" aria-labelledby="learner-work-heading">
      <div className="page-header">
        <h2 id="learner-work-heading" className="card__title">
          Work by {name}
        </h2>
        <Link to="?" className="button button--secondary button--small">
          Close
        </Link>
      </div>
      <LearnerBreakdown classId={classId} learner={learner} />
      <h3 className="section-title">Submissions</h3>
      <SubmissionsTable
        filters={{ user: learner, class: classId }}
        caption={`Submissions by ${name}`}
        detailHref={(s) => `/instructor/submissions/${s.id}`}
      />
    </section>
  );
}
