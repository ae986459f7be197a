import { useId } from 'react';
import type { Schemas } from '../../../api/client';
import { HtmlContent } from '../../../components/ui/html-content';
import { formatScore } from '../../../lib/format';
import { isFinal } from '../api/submissions';
import { RegradeNote } from './regrade-note';
import { VerdictBadge } from './verdict-badge';

type Submission = Schemas['SubmissionDetail'];
/** A submission, or a run (which has no history or explanation and is labelled as a run). */
type Graded = Pick<
  Submission,
  'id' | 'kind' | 'status' | 'verdict' | 'score' | 'detail' | 'warnings' | 'tests' | 'message' | 'error_line'
> &
  Partial<Pick<Submission, 'history' | 'explanation_html'>>;
type Test = Schemas['TestResult'];

/** Kinds whose answer is compared, not run: their result reads as an answer, not as tests. */
const ANSWER_KINDS: ReadonlySet<Schemas['ExerciseKindEnum']> = new Set(['choice', 'text']);

/** What a verdict means for code that was run; `message` (what happened) follows it. */
const VERDICT_HELP: Record<Schemas['VerdictEnum'], string> = {
  accepted: 'Every test passed.',
  wrong_answer: 'Your code ran, but some results were not what the tests expected.',
  runtime_error: 'Your code raised an exception.',
  syntax_error: 'Python could not parse your code.',
  time_limit_exceeded: 'A test ran past the time limit: look for an endless loop or a slow algorithm.',
  memory_limit_exceeded: 'Your code used more memory than allowed.',
  output_limit_exceeded: 'Your code printed more than allowed.',
};

/** A submission's (or a run's) live status, then its verdict, score and what each test said. */
export function SubmissionResult({ submission, run = false }: { submission: Graded; run?: boolean }) {
  const final = isFinal(submission);
  const headingId = useId();
  const answerKind = ANSWER_KINDS.has(submission.kind);
  const graded = final && submission.status === 'completed';
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
          {answerKind && graded && submission.verdict ? (
            <AnswerBadge accepted={submission.verdict === 'accepted'} />
          ) : (
            <VerdictBadge status={submission.status} verdict={submission.verdict} />
          )}
          {graded && !answerKind && <span className="result__score">Score {formatScore(submission.score)}</span>}
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
      {graded && submission.verdict && answerKind && <AnswerFeedback submission={submission} />}
      {graded && submission.verdict && !answerKind && <CodeSummary submission={submission} />}
      {submission.warnings.length > 0 && (
        <ul className="result__warnings">
          {submission.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {final && !answerKind && submission.tests.length > 0 && <TestResults tests={submission.tests} />}
    </section>
  );
}

function AnswerBadge({ accepted }: { accepted: boolean }) {
  return (
    <span className={`badge badge--${accepted ? 'solved' : 'failed'}`}>{accepted ? 'Correct' : 'Not the answer'}</span>
  );
}

/** A choice or text answer: right or not, why not, and the exercise's explanation when given. */
function AnswerFeedback({ submission }: { submission: Graded }) {
  const accepted = submission.verdict === 'accepted';
  const why = submission.tests.find((t) => t.status !== 'pass')?.message;
  return (
    <div className="result__answer">
      <p>{accepted ? 'That is right.' : `That is not the answer${why ? `: ${why}` : ''}.`}</p>
      {submission.explanation_html ? (
        <section className="result__explanation" aria-labelledby="explanation-heading">
          <h3 id="explanation-heading" className="section-title">
            Explanation
          </h3>
          <HtmlContent html={submission.explanation_html} />
        </section>
      ) : (
        !accepted && <p className="muted">Try again: the explanation appears once you have answered correctly.</p>
      )}
    </div>
  );
}

/** What happened to code that was run, said once: the verdict's meaning, then the details. */
function CodeSummary({ submission }: { submission: Graded }) {
  const verdict = submission.verdict;
  if (!verdict) return null;
  const line = submission.error_line;
  let lead = VERDICT_HELP[verdict];
  if (verdict === 'syntax_error') {
    lead = line ? `Your code did not compile: line ${line}.` : 'Your code did not compile.';
  } else if (verdict === 'runtime_error' && line) {
    lead = `Your code raised an exception while it loaded: line ${line}.`;
  }
  return (
    <div className="result__summary">
      <p>{lead}</p>
      {submission.message && <pre className="result__message">{submission.message}</pre>}
    </div>
  );
}

const STATUS_ICON = { pass: '✓', fail: '✗', error: '!', not_run: '–' } as const;
const STATUS_TEXT = { pass: 'passed', fail: 'failed', error: 'error', not_run: 'not run' } as const;

/** A measured duration: sub-millisecond ones keep their tenth, and below that say so. */
function formatDuration(ms: number): string {
  if (ms < 0.1) return '< 0.1 ms';
  return ms < 1 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

const failed = (test: Test) => test.status === 'fail' || test.status === 'error';

export function TestResults({ tests }: { tests: Test[] }) {
  const visible = tests.filter((t) => !t.hidden);
  const hidden = tests.filter((t) => t.hidden);
  const hiddenPassed = hidden.filter((t) => t.status === 'pass').length;
  const hiddenNotRun = hidden.filter((t) => t.status === 'not_run').length;
  const passed = tests.filter((t) => t.status === 'pass').length;
  const notRun = tests.filter((t) => t.status === 'not_run').length;
  const hiddenShown = hidden.filter((t) => t.status !== 'pass');
  return (
    <div className="tests">
      <p className="tests__summary">
        {passed} of {tests.length} tests passed
        {notRun > 0 && `, ${notRun} not run`}
      </p>
      <ul className="tests__list">
        {visible.map((test) => (
          <li key={test.name} className={`test test--${test.status}`}>
            <TestHead test={test} />
            {test.call && failed(test) && <TestCall call={test.call} />}
            {test.message && failed(test) && <pre className="test__message">{test.message}</pre>}
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
            <strong>Hidden tests:</strong> {hiddenPassed} of {hidden.length} passed
            {hiddenNotRun > 0 && `, ${hiddenNotRun} not run`}.
            {hiddenPassed + hiddenNotRun < hidden.length &&
              ' Their inputs stay hidden; check the edge cases the prompt describes.'}
          </p>
          {hiddenShown.length > 0 && (
            <ul className="tests__list">
              {hiddenShown.map((test) => (
                <li key={test.name} className={`test test--${test.status}`}>
                  <TestHead test={test} />
                  {test.real_message !== null && (
                    <div className="test__instructor">
                      <p className="muted">What the learner does not see:</p>
                      {test.call && <TestCall call={test.call} />}
                      <pre className="test__message">{test.real_message}</pre>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function TestHead({ test }: { test: Test }) {
  return (
    <div className="test__head">
      <span className="test__icon" aria-hidden="true">
        {STATUS_ICON[test.status]}
      </span>
      <span className="test__name">{test.name}</span>
      <span className={test.status === 'not_run' ? 'test__state' : 'visually-hidden'}>{STATUS_TEXT[test.status]}</span>
      {test.duration_ms !== null && <span className="test__duration">{formatDuration(test.duration_ms)}</span>}
    </div>
  );
}

function TestCall({ call }: { call: string }) {
  return (
    <p className="test__call">
      <span className="test__call-label">Test:</span> <code>{call}</code>
    </p>
  );
}
