import { useId } from 'react';
import type { Schemas } from '../../../api/client';
import { formatScore } from '../../../lib/format';
import { isFinal } from '../api/submissions';
import { RegradeNote } from './regrade-note';
import { VerdictBadge } from './verdict-badge';

type Submission = Schemas['SubmissionDetail'];
/** A submission, or a run (which has no history and is labelled as a run). */
type Graded = Pick<Submission, 'id' | 'status' | 'verdict' | 'score' | 'detail' | 'warnings' | 'tests'> &
  Partial<Pick<Submission, 'history'>>;

const VERDICT_HELP: Partial<Record<Schemas['VerdictEnum'], string>> = {
  accepted: 'Every test passed.',
  wrong_answer: 'Your answer ran, but some results were not what the tests expected.',
  runtime_error: 'Your code raised an exception while a test ran.',
  syntax_error: 'Python could not parse your code.',
  time_limit_exceeded: 'A test ran past the time limit: look for an endless loop or a slow algorithm.',
  memory_limit_exceeded: 'Your code used more memory than allowed.',
  output_limit_exceeded: 'Your code printed more than allowed.',
};

/** A submission's (or a run's) live status, then its verdict, score and what each test said. */
export function SubmissionResult({ submission, run = false }: { submission: Graded; run?: boolean }) {
  const final = isFinal(submission);
  const headingId = useId();
  return (
    <section
      className={`result result--${submission.verdict ?? submission.status}`}
      aria-labelledby={headingId}
      {...(run ? { 'data-run-id': submission.id } : { 'data-submission-id': submission.id })}
    >
      <div className="result__header">
        <h2 id={headingId} className="section-title">
          {run ? 'Run result' : 'Result'}
        </h2>
        <div aria-live="polite" className="result__status">
          {!final && <span className="spinner" aria-hidden="true" />}
          <VerdictBadge status={submission.status} verdict={submission.verdict} />
          {final && submission.status === 'completed' && (
            <span className="result__score">Score {formatScore(submission.score)}</span>
          )}
        </div>
      </div>
      {run && <p className="muted">A run against the visible tests only: not an attempt, and not graded.</p>}
      {!final && (
        <p className="muted">{submission.status === 'running' ? 'Running your tests…' : 'Waiting for a grader…'}</p>
      )}
      {submission.status === 'error' && (
        <p className="result__detail">
          {submission.detail || 'The platform could not grade this submission.'} This was not your fault: try again.
        </p>
      )}
      {final && submission.history && <RegradeNote history={submission.history} />}
      {submission.verdict && <p>{VERDICT_HELP[submission.verdict]}</p>}
      {submission.warnings.length > 0 && (
        <ul className="result__warnings">
          {submission.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {final && submission.tests.length > 0 && <TestResults tests={submission.tests} />}
    </section>
  );
}

const STATUS_ICON = { pass: '✓', fail: '✗', error: '!' } as const;
const STATUS_TEXT = { pass: 'passed', fail: 'failed', error: 'error' } as const;

export function TestResults({ tests }: { tests: Schemas['TestResult'][] }) {
  const visible = tests.filter((t) => !t.hidden);
  const hidden = tests.filter((t) => t.hidden);
  const hiddenPassed = hidden.filter((t) => t.status === 'pass').length;
  const passed = tests.filter((t) => t.status === 'pass').length;
  return (
    <div className="tests">
      <p className="tests__summary">
        {passed} of {tests.length} tests passed
      </p>
      <ul className="tests__list">
        {visible.map((test) => (
          <li key={test.name} className={`test test--${test.status}`}>
            <div className="test__head">
              <span className="test__icon" aria-hidden="true">
                {STATUS_ICON[test.status]}
              </span>
              <span className="test__name">{test.name}</span>
              <span className="visually-hidden">{STATUS_TEXT[test.status]}</span>
              <span className="test__duration">{test.duration_ms} ms</span>
            </div>
            {test.message && test.status !== 'pass' && <pre className="test__message">{test.message}</pre>}
            {test.output && (
              <details className="test__output">
                <summary>Your output</summary>
                <pre>{test.output}</pre>
              </details>
            )}
          </li>
        ))}
      </ul>
      {hidden.length > 0 && (
        <div className="tests__hidden">
          <p>
            <strong>Hidden tests:</strong> {hiddenPassed} of {hidden.length} passed.
            {hiddenPassed < hidden.length && ' Their inputs stay hidden; check the edge cases the prompt describes.'}
          </p>
          {hiddenPassed < hidden.length && (
            <ul className="tests__list">
              {hidden
                .filter((t) => t.status !== 'pass')
                .map((test) => (
                  <li key={test.name} className={`test test--${test.status}`}>
                    <div className="test__head">
                      <span className="test__icon" aria-hidden="true">
                        {STATUS_ICON[test.status]}
                      </span>
                      <span className="test__name">{test.name}</span>
                      <span className="visually-hidden">{STATUS_TEXT[test.status]}</span>
                    </div>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
