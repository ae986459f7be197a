import { Empty, ErrorState, Loading } from '../../components/ui/status';
import { useProgress } from '../../features/progress/api/get-progress';
import { Activity } from '../../features/progress/components/activity';
import { OverallProgress } from '../../features/progress/components/overall-progress';
import { TopicChart } from '../../features/progress/components/topic-chart';
import { SubmissionsTable } from '../../features/submissions/components/submissions-table';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ProgressRoute() {
  const progress = useProgress();
  useDocumentTitle('Progress');
  return (
    <div className="page">
      <h1>Progress</h1>
      {progress.isPending ? (
        <Loading label="Loading your progress…" />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.data.overall.total === 0 ? (
        <Empty>There are no exercises yet.</Empty>
      ) : (
        <div className="progress-grid">
          <OverallProgress overall={progress.data.overall} streak={progress.data.streak} />
          <Activity progress={progress.data} />
          <TopicChart topics={progress.data.topics} />
        </div>
      )}
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="card__title">
          Recent submissions
        </h2>
        <SubmissionsTable
          filters={{}}
          pageSize={10}
          caption="Your recent submissions"
          linkLabel="Open exercise"
          detailHref={(s) => `/exercises/${s.exercise}`}
        />
      </section>
    </div>
  );
}
