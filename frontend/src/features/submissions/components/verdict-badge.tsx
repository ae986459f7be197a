import type { Schemas } from '../../../api/client';

export const VERDICT_LABEL: Record<Schemas['VerdictEnum'], string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  syntax_error: 'Syntax error',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  output_limit_exceeded: 'Output limit exceeded',
};

/** A submission's state in one badge: its verdict when graded, else where it is in the queue. */
export function VerdictBadge({
  status,
  verdict,
}: {
  status: Schemas['SubmissionStatusEnum'] | undefined;
  verdict: Schemas['VerdictEnum'] | null | undefined;
}) {
  if (status === 'error') return <span className="badge badge--error">Grading failed</span>;
  if (verdict) {
    return <span className={`badge badge--${verdict === 'accepted' ? 'solved' : 'failed'}`}>{VERDICT_LABEL[verdict]}</span>;
  }
  return <span className="badge badge--pending">{status === 'running' ? 'Running' : 'Queued'}</span>;
}
