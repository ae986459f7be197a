import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { ErrorState } from '../../../components/ui/status';
import { formatDateTime } from '../../../lib/format';
import { useClassChoices } from '../api/class-choices';
import { instructorKeys } from '../api/instructor-keys';
import { isActive, useRegradeJob, useRegrades, useStartRegrade, type RegradeJob } from '../api/regrades';

/**
 * Grades an exercise's submissions again against its current tests, for one class or all of
 * them, and follows the job until it is done. Opening the page while a regrade runs picks it
 * up. `onFinished` runs once when a job followed here finishes, so the caller can refresh
 * what the new results change.
 */
export function RegradeControl({ slug, onFinished }: { slug: string; onFinished?: () => void }) {
  const id = useId();
  const classes = useClassChoices();
  const jobs = useRegrades(slug);
  const start = useStartRegrade(slug);
  const [scope, setScope] = useState('');
  const [startedId, setStartedId] = useState<number>();
  const followedId = startedId ?? jobs.data?.[0]?.id;
  const job = useRegradeJob(slug, followedId);
  const running = isActive(job.data);

  const queryClient = useQueryClient();
  const watched = useRef(new Set<number>());
  const finishedId = job.data?.status === 'done' ? job.data.id : undefined;
  useEffect(() => {
    if (running && job.data) watched.current.add(job.data.id);
  }, [running, job.data]);
  useEffect(() => {
    if (finishedId === undefined || !watched.current.has(finishedId)) return;
    watched.current.delete(finishedId);
    void queryClient.invalidateQueries({ queryKey: instructorKeys.stats(slug) });
    onFinished?.();
  }, [finishedId, slug, queryClient, onFinished]);

  function submit(event: FormEvent) {
    event.preventDefault();
    start.mutate(scope ? Number(scope) : null, {
      onSuccess: (started) => {
        if (isActive(started)) watched.current.add(started.id);
        setStartedId(started.id);
      },
    });
  }

  const className = (job: RegradeJob) =>
    job.class_id === null
      ? job.everyone
        ? 'every learner'
        : 'all your classes'
      : (classes.data?.find((c) => c.id === job.class_id)?.name ?? `class ${job.class_id}`);

  return (
    <section className="regrade" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section-title">
        Regrade submissions
      </h3>
      <p className="muted">
        After this exercise's tests change, grade its submissions again. Each earlier result stays in the submission's
        history, and learners see why their result changed.
      </p>
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-scope`}>Whose submissions</label>
          <select
            id={`${id}-scope`}
            value={scope}
            onChange={(e) => setScope(e.target.value)}
            aria-describedby={`${id}-hint`}
          >
            <option value="">All my classes</option>
            {classes.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.archived ? ' (archived)' : ''}
              </option>
            ))}
          </select>
          <p id={`${id}-hint`} className="field__hint">
            For an admin, “All my classes” means every learner.
          </p>
        </div>
        <button type="submit" className="button" disabled={start.isPending || running}>
          {start.isPending ? 'Starting…' : 'Regrade submissions'}
        </button>
      </form>
      {start.isError && <ErrorState error={start.error} title="The regrade did not start" />}
      {job.isError && <ErrorState error={job.error} title="Could not follow the regrade" />}
      {job.data && <RegradeProgress job={job.data} scope={className(job.data)} />}
    </section>
  );
}

export function regradeSummary(job: Pick<RegradeJob, 'status' | 'total' | 'regraded' | 'changed'>): string {
  const changed = job.changed === 1 ? '1 result changed' : `${job.changed} results changed`;
  switch (job.status) {
    case 'queued':
      return `Waiting for a worker: ${job.total} to regrade.`;
    case 'running':
      return `Regrading: ${job.regraded} of ${job.total} done, ${changed} so far.`;
    case 'done':
      return job.total === 0
        ? 'Nothing to regrade: every submission was already graded against the current tests.'
        : `Done: ${job.regraded} of ${job.total} regraded, ${changed}.`;
    case 'superseded':
      return `Replaced by a newer regrade after ${job.regraded} of ${job.total} (${changed}).`;
  }
}

function RegradeProgress({ job, scope }: { job: RegradeJob; scope: string }) {
  return (
    <div className="regrade__job">
      <p className="muted">
        Regrade of {scope} against version {job.tests_version} of the tests, started {formatDateTime(job.created_at)}.
      </p>
      {job.total > 0 && <ProgressBar value={job.regraded} max={job.total} label="Submissions regraded" />}
      <p role="status" className="regrade__status">
        {isActive(job) && <span className="spinner" aria-hidden="true" />} {regradeSummary(job)}
      </p>
    </div>
  );
}
