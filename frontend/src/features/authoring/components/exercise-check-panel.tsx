/**
 * An exercise's check: its reference solution must pass, its starter and wrong answers must
 * fail. The panel shows the latest check (so it survives a reload), follows it while the
 * workers grade, and says when the exercise changed since. Publishing needs a passing one.
 */
import { ErrorState, Loading } from '../../../components/ui/status';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useLatestCheck, useRunCheck, type ExerciseCheck } from '../api/authoring';

const ROLE_LABEL: Record<ExerciseCheck['results'][number]['role'], string> = {
  reference: 'Reference solution',
  starter: 'Starter',
  wrong: 'Wrong answer',
};

/** The "Check" button; also offered beside a refused publication. */
export function RunCheckButton({ slug, label = 'Check' }: { slug: string; label?: string }) {
  const run = useRunCheck(slug);
  return (
    <>
      <button type="button" className="button" disabled={run.isPending} onClick={() => run.mutate()}>
        {run.isPending ? 'Starting the check…' : label}
      </button>
      {run.isError && <ErrorState error={run.error} />}
    </>
  );
}

function CheckResult({ check }: { check: ExerciseCheck }) {
  const running = check.status === 'queued' || check.status === 'running';
  return (
    <div className="check-result">
      {!check.is_current && (
        <p className="notice" role="note">
          The exercise changed since this check: run Check again before publishing.
        </p>
      )}
      <div aria-live="polite">
        {running ? (
          <>
            <p>
              {check.checked} of {check.total} answers checked
            </p>
            <ProgressBar value={check.checked} max={check.total} label="Answers checked" />
          </>
        ) : check.status === 'error' ? (
          <p className="field__error">The check could not finish: {check.error || 'an error in the grader.'}</p>
        ) : (
          <p>
            <strong>{check.passed ? 'Passed' : 'Failed'}</strong>: {check.checked} of {check.total} answers checked.
          </p>
        )}
      </div>
      {check.problems.length > 0 && (
        <ul className="check-result__problems" aria-label="Problems">
          {check.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <ul className="check-result__answers" aria-label="Answers">
        {check.results.map((answer, index) => (
          <li key={`${answer.role}-${index}`}>
            <p>
              <strong>
                {ROLE_LABEL[answer.role]}
                {answer.role === 'wrong' && answer.name ? ` (${answer.name})` : ''}
              </strong>
              {': '}
              {answer.ok === null ? 'not graded yet' : answer.ok ? 'as it must' : 'not as it must'}
              {answer.ok !== null && ` (must ${answer.must_pass ? 'pass' : 'fail'}; verdict ${answer.verdict})`}
            </p>
            {answer.error && <p className="field__error">{answer.error}</p>}
            {answer.failing_tests.length > 0 && (
              <ul aria-label={`Tests ${ROLE_LABEL[answer.role].toLowerCase()} did not pass`}>
                {answer.failing_tests.map((test) => (
                  <li key={test.name}>
                    <code>{test.name}</code> ({test.status}){test.message && `: ${test.message}`}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ExerciseCheckPanel({ slug }: { slug: string }) {
  const latest = useLatestCheck(slug);
  const running = latest.data?.status === 'queued' || latest.data?.status === 'running';
  return (
    <section className="card" aria-labelledby={`check-${slug}`} id="check">
      <h2 id={`check-${slug}`} className="card__title">
        Check
      </h2>
      <p className="muted">
        Grades the saved exercise: its reference solution must pass every test, its starter and each wrong answer must
        fail one. Publishing needs a passing check of the current content.
      </p>
      {!running && <RunCheckButton slug={slug} />}
      {latest.isPending ? (
        <Loading />
      ) : latest.isError ? (
        <ErrorState error={latest.error} />
      ) : latest.data ? (
        <CheckResult check={latest.data} />
      ) : (
        <p>Not checked yet.</p>
      )}
    </section>
  );
}
