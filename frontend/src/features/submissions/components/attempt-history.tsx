import type { Schemas } from '../../../api/client';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTime, formatScore } from '../../../lib/format';
import { useSubmissions } from '../api/submissions';
import { VerdictBadge } from './verdict-badge';

/** The learner's earlier answers to one exercise; any of them can be loaded back into the editor. */
export function AttemptHistory({
  exercise,
  activeId,
  onLoad,
  onShow,
}: {
  exercise: string;
  activeId: number | undefined;
  onLoad: (submission: Schemas['SubmissionSummary']) => void;
  onShow: (submission: Schemas['SubmissionSummary']) => void;
}) {
  const history = useSubmissions({ exercise }, 10);
  if (history.isPending) return <Loading label="Loading your attempts…" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const attempts = history.data.pages.flatMap((p) => p.results);
  if (attempts.length === 0) return <Empty>No attempts yet. Your submissions will be listed here.</Empty>;
  return (
    <div>
      <ol className="history">
        {attempts.map((attempt) => (
          <li key={attempt.id} className={`history__item${attempt.id === activeId ? ' history__item--active' : ''}`}>
            <span className="history__when">{formatDateTime(attempt.created_at)}</span>
            <VerdictBadge status={attempt.status} verdict={attempt.verdict} />
            <span className="history__score">{formatScore(attempt.score)}</span>
            <span className="history__actions">
              <button type="button" className="button button--link" onClick={() => onShow(attempt)}>
                Show result
              </button>
              <button type="button" className="button button--link" onClick={() => onLoad(attempt)}>
                {attempt.kind === 'choice' || attempt.kind === 'text' ? 'Load this answer' : 'Load into editor'}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Older attempts'}
        </button>
      )}
    </div>
  );
}
