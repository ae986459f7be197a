import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { submission } from '../../../test/fixtures';
import { SubmissionResult } from './submission-result';

describe('SubmissionResult', () => {
  it('says which test failed and why, and summarises hidden tests without their contents', () => {
    render(
      <SubmissionResult
        submission={submission({
          kind: 'code',
          verdict: 'wrong_answer',
          score: 0.5,
          tests: [
            {
              name: 'punctuation disappears',
              status: 'pass',
              message: 'passed',
              output: '',
              duration_ms: 3,
              hidden: false,
            },
            {
              name: 'accents are removed',
              status: 'fail',
              message: "expected 'creme', got 'crème'",
              output: 'debug print',
              duration_ms: 4,
              hidden: false,
            },
            {
              name: 'secret edge case',
              status: 'fail',
              message: 'wrong result (hidden test)',
              output: 'leak?',
              duration_ms: 1,
              hidden: true,
            },
            { name: 'another secret', status: 'pass', message: '', output: '', duration_ms: 1, hidden: true },
          ],
        })}
      />,
    );
    expect(screen.getByText('Wrong answer')).toBeInTheDocument();
    expect(screen.getByText('Score 50%')).toBeInTheDocument();
    expect(screen.getByText('2 of 4 tests passed')).toBeInTheDocument();
    const failed = screen.getByText('accents are removed').closest('li')!;
    expect(within(failed).getByText("expected 'creme', got 'crème'")).toBeInTheDocument();
    expect(within(failed).getByText('debug print')).toBeInTheDocument();
    expect(screen.getByText(/1 of 2 passed/)).toBeInTheDocument();
    expect(screen.getByText('secret edge case')).toBeInTheDocument();
    expect(screen.queryByText('leak?')).not.toBeInTheDocument();
    expect(screen.queryByText('wrong result (hidden test)')).not.toBeInTheDocument();
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
