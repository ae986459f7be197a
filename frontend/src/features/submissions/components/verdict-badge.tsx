import type { Schemas } from '../../../api/client';
import { VERDICT_LABEL } from '../utils/verdicts';

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
    return (
      <span className={`badge badge--${verdict === 'accepted' ? 'solved' : 'failed'}`}>{VERDICT_LABEL[verdict]}</span>
    );
  }
  return <span className="badge badge--pending">{status === 'running' ? 'Running' : 'Queued'}</span>;
}
