import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { submission, testResult } from '../../../test/fixtures';
import { SubmissionResult } from './submission-result';

describe('SubmissionResult', () => {
  it('says which test failed and why, with its call, and summarises hidden tests without their contents', () => {
    render(
      <SubmissionResult
        submission={submission({
          kind: 'code',
          verdict: 'wrong_answer',
          score: 0.5,
          tests: [
            testResult({ name: 'punctuation disappears', duration_ms: 3.2 }),
            testResult({ name: 'empty title', duration_ms: 0.004 }),
            testResult({
              name: 'accents are removed',
              status: 'fail',
              message: "expected 'creme', got 'crème'",
              output: 'debug print',
              duration_ms: 0.4,
              call: "slugify('crème')",
            }),
            testResult({
              name: 'secret edge case',
              status: 'fail',
              message: 'wrong result (hidden test)',
              output: 'leak?',
              duration_ms: null,
              hidden: true,
            }),
            testResult({ name: 'another secret', message: '', duration_ms: null, hidden: true }),
          ],
        })}
      />,
    );
    expect(screen.getByText('Wrong answer')).toBeInTheDocument();
    expect(screen.getByText('Score 50%')).toBeInTheDocument();
    expect(screen.getByText('3 of 5 tests passed')).toBeInTheDocument();
    const failed = screen.getByText('accents are removed').closest('li')!;
    expect(within(failed).getByText("expected 'creme', got 'crème'")).toBeInTheDocument();
    expect(within(failed).getByText("slugify('crème')")).toBeInTheDocument();
    expect(within(failed).getByText('0.4 ms')).toBeInTheDocument();
    expect(within(failed).getByText('debug print')).toBeInTheDocument();
    expect(screen.getByText('3 ms')).toBeInTheDocument();
    expect(screen.getByText('< 0.1 ms')).toBeInTheDocument();
    expect(screen.getByText(/1 of 2 passed/)).toBeInTheDocument();
    const secret = screen.getByText('secret edge case').closest('li')!;
    expect(within(secret).queryByText(/ms$/)).not.toBeInTheDocument();
    expect(screen.queryByText('leak?')).not.toBeInTheDocument();
    expect(screen.queryByText('wrong result (hidden test)')).not.toBeInTheDocument();
    expect(screen.queryByText(/What the learner does not see/)).not.toBeInTheDocument();
  });

  it('says a syntax error once, with its line, and lists the tests as not run', () => {
    const notRun = { status: 'not_run', message: 'not run: your code did not load', duration_ms: null } as const;
    render(
      <SubmissionResult
        submission={submission({
          kind: 'code',
          verdict: 'syntax_error',
          message: "SyntaxError: '(' was never closed (line 3 of your code) while loading your code",
          error_line: 3,
          tests: [
            testResult({ name: 'first', ...notRun }),
            testResult({ name: 'second', ...notRun }),
            testResult({ name: 'hidden one', ...notRun, hidden: true }),
          ],
        })}
      />,
    );
    expect(screen.getByText('Syntax error')).toBeInTheDocument();
    expect(screen.getByText('Your code did not compile: line 3.')).toBeInTheDocument();
    expect(screen.getAllByText(/was never closed/)).toHaveLength(1);
    expect(screen.getByText('0 of 3 tests passed, 3 not run')).toBeInTheDocument();
    const first = screen.getByText('first').closest('li')!;
    expect(first).toHaveClass('test--not_run');
    expect(within(first).getByText('not run')).toBeInTheDocument();
    expect(screen.queryByText(/did not load/)).not.toBeInTheDocument();
    expect(screen.getByText(/0 of 1 passed, 1 not run\./)).toBeInTheDocument();
    expect(screen.queryByText(/Their inputs stay hidden/)).not.toBeInTheDocument();
  });

  it('says what an answer that raised raised, as a runtime error', () => {
    render(
      <SubmissionResult
        submission={submission({
          kind: 'code',
          verdict: 'runtime_error',
          message: "in test 'halves': ZeroDivisionError: division by zero (line 4 of your code)",
          tests: [
            testResult({ status: 'error', message: 'ZeroDivisionError: division by zero (line 4 of your code)' }),
          ],
        })}
      />,
    );
    expect(screen.getByText('Runtime error')).toBeInTheDocument();
    expect(screen.getByText('Your code raised an exception.')).toBeInTheDocument();
    expect(screen.getByText(/in test 'halves': ZeroDivisionError/)).toBeInTheDocument();
    expect(screen.queryByText(/results were not what the tests expected/)).not.toBeInTheDocument();
  });

  it('shows an instructor the real message and call of a failing hidden test', () => {
    render(
      <SubmissionResult
        submission={submission({
          kind: 'code',
          tests: [
            testResult({
              name: 'secret edge case',
              status: 'error',
              message: 'failed with an error (hidden test)',
              duration_ms: null,
              hidden: true,
              call: "slugify('')",
              real_message: 'IndexError: list index out of range (line 3 of your code)',
            }),
          ],
        })}
      />,
    );
    const secret = screen.getByText('secret edge case').closest('li')!;
    expect(within(secret).getByText(/What the learner does not see/)).toBeInTheDocument();
    expect(within(secret).getByText("slugify('')")).toBeInTheDocument();
    expect(within(secret).getByText(/IndexError: list index out of range/)).toBeInTheDocument();
  });

  it('words a choice or text result as an answer, with the explanation when there is one', () => {
    const wrong = submission({
      kind: 'choice',
      answer: { kind: 'choice', choices: ['a'] },
      tests: [testResult({ name: 'your choice', status: 'fail', message: 'not the right option', duration_ms: null })],
    });
    const { rerender } = render(<SubmissionResult submission={wrong} />);
    expect(screen.getByText('Not the answer')).toBeInTheDocument();
    expect(screen.getByText('That is not the answer: not the right option.')).toBeInTheDocument();
    expect(screen.getByText(/the explanation appears once you have answered correctly/)).toBeInTheDocument();
    expect(screen.queryByText(/tests passed/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Your code ran/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Score/)).not.toBeInTheDocument();

    rerender(
      <SubmissionResult
        submission={{
          ...wrong,
          verdict: 'accepted',
          score: 1,
          tests: [testResult({ name: 'your choice', message: 'correct', duration_ms: null })],
          explanation_html: '<p><strong>201 Created</strong> says a resource was made.</p>',
        }}
      />,
    );
    expect(screen.getByText('Correct')).toBeInTheDocument();
    expect(screen.getByText('That is right.')).toBeInTheDocument();
    const explanation = screen.getByRole('region', { name: 'Explanation' });
    expect(within(explanation).getByText('201 Created')).toBeInTheDocument();
  });

  it('shows a live status while the submission is graded, and no verdict yet', () => {
    render(<SubmissionResult submission={submission({ status: 'running', verdict: null, score: null })} />);
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(screen.getByText('Running your tests…')).toBeInTheDocument();
    expect(screen.queryByText(/Score/)).not.toBeInTheDocument();
  });

  it('explains a platform error as not the learner’s fault', () => {
    render(
      <SubmissionResult
        submission={submission({ status: 'error', verdict: null, score: null, detail: 'The grader timed out.' })}
      />,
    );
    expect(screen.getByText('Grading failed')).toBeInTheDocument();
    expect(screen.getByText(/The grader timed out\. This was not your fault/)).toBeInTheDocument();
  });

  it('says when an answer was graded again, why, and what the result was before', () => {
    render(
      <SubmissionResult
        submission={submission({
          verdict: 'accepted',
          score: 1,
          regraded_at: '2026-05-03T09:00:00Z',
          history: [
            {
              verdict: 'wrong_answer',
              score: 0.4,
              tests_version: 1,
              graded_at: '2026-05-01T10:00:01Z',
              replaced_at: '2026-05-03T09:00:00Z',
              reason: "The exercise's tests changed (version 1 to 2): graded again.",
            },
          ],
        })}
      />,
    );
    expect(screen.getByText("The exercise's tests changed (version 1 to 2): graded again.")).toBeInTheDocument();
    expect(screen.getByText('This answer was graded again:')).toBeInTheDocument();
    expect(screen.getByText(/Before, it was: Wrong answer, score 40%/)).toBeInTheDocument();
  });

  it('says nothing about regrading an answer graded once', () => {
    render(<SubmissionResult submission={submission()} />);
    expect(screen.queryByText(/graded again/)).not.toBeInTheDocument();
  });
});
