import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ClassShortcuts } from '../../features/instructor/components/class-shortcuts';
import { ExerciseStats } from '../../features/instructor/components/exercise-stats';
import { InstructorLinks } from '../../features/instructor/components/instructor-links';
import { useAllExercises } from '../../features/exercises/api/get-exercises';
import { submissionKeys } from '../../features/submissions/api/submission-keys';
import type { SubmissionFilters } from '../../features/submissions/api/submissions';
import { SubmissionFiltersForm } from '../../features/submissions/components/submission-filters';
import { SubmissionsTable } from '../../features/submissions/components/submissions-table';
import { verdictFrom } from '../../features/submissions/utils/verdicts';
import { InstructorNav } from './instructor-nav';
import { RequireInstructor } from './require-instructor';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InstructorRoute() {
  return (
    <RequireInstructor>
      <InstructorPage />
    </RequireInstructor>
  );
}

/** Filters live in the URL, so a filtered view can be shared and survives a reload. */
function filtersFrom(params: URLSearchParams): SubmissionFilters {
  const user = Number.parseInt(params.get('user') ?? '', 10);
  return {
    exercise: params.get('exercise') || undefined,
    user: Number.isFinite(user) ? user : undefined,
    verdict: verdictFrom(params.get('verdict')),
  };
}

function InstructorPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const exercises = useAllExercises();
  const queryClient = useQueryClient();
  useDocumentTitle('Instructor');
  const title = exercises.data?.find((e) => e.slug === filters.exercise)?.title ?? filters.exercise ?? '';

  function applyFilters(next: SubmissionFilters) {
    const search = new URLSearchParams();
    if (next.exercise) search.set('exercise', next.exercise);
    if (next.user !== undefined) search.set('user', String(next.user));
    if (next.verdict) search.set('verdict', next.verdict);
    setParams(search, { replace: true });
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>Instructor</h1>
        <InstructorLinks />
      </div>
      <InstructorNav />
      <SubmissionFiltersForm
        key={params.toString()}
        value={filters}
        exercises={exercises.data ?? []}
        onChange={applyFilters}
      />
      {filters.exercise ? (
        <ExerciseStats
          slug={filters.exercise}
          title={title}
          onRegraded={() => void queryClient.invalidateQueries({ queryKey: submissionKeys.all })}
        />
      ) : (
        <p className="muted">
          Choose an exercise to see its statistics: attempts, pass rate and the tests that fail most.
        </p>
      )}
      <section className="card" aria-labelledby="submissions-heading">
        <h2 id="submissions-heading" className="card__title">
          Submissions
        </h2>
        <SubmissionsTable
          filters={filters}
          showUser
          caption="Submissions matching the filters"
          detailHref={(s) => `/instructor/submissions/${s.id}`}
        />
      </section>
      <ClassShortcuts />
    </div>
  );
}
