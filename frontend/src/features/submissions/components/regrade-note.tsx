import type { Schemas } from '../../../api/client';
import { formatDateTime, formatScore } from '../../../lib/format';
import { isVerdict, VERDICT_LABEL } from '../utils/verdicts';

type HistoryEntry = Schemas['SubmissionHistory'];

/** An earlier result in words: its verdict (or that grading failed) and its score. */
export function earlierResult(entry: Pick<HistoryEntry, 'verdict' | 'score'>): string {
  const verdict = isVerdict(entry.verdict)
    ? VERDICT_LABEL[entry.verdict]
    : entry.verdict
      ? entry.verdict.replaceAll('_', ' ')
      : 'not graded (the platform failed)';
  return entry.score === null ? verdict : `${verdict}, score ${formatScore(entry.score)}`;
}

/**
 * Says that a submission was graded again after its exercise's tests changed, why, and what
 * the result was before. `history` is newest first; older regrades fold away.
 */
export function RegradeNote({ history }: { history: HistoryEntry[] }) {
  const [latest, ...older] = history;
  if (!latest) return null;
  return (
    <div className="notice regrade-note">
      <p>
        <strong>This answer was graded again:</strong> {latest.reason}
      </p>
      <p>
        Before, it was: {earlierResult(latest)}
        {latest.graded_at && <> (graded {formatDateTime(latest.graded_at)})</>}.
      </p>
      {older.length > 0 && (
        <details>
          <summary>Earlier results ({older.length})</summary>
          <ul>
            {older.map((entry) => (
              <li key={entry.replaced_at}>
                {earlierResult(entry)}, replaced {formatDateTime(entry.replaced_at)}: {entry.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
