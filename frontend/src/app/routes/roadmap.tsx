import { MyAssignments } from '../../features/assignments/components/my-assignments';
import { useProgress } from '../../features/progress/api/get-progress';
import { OverallProgress } from '../../features/progress/components/overall-progress';
import { ResumeLink } from '../../features/progress/components/resume-link';
import { useTopics } from '../../features/topics/api/get-topics';
import { Roadmap } from '../../features/topics/components/roadmap';
import { Empty, ErrorState, Loading } from '../../components/ui/status';
import { useDocumentTitle } from '../../lib/use-document-title';

export function RoadmapRoute() {
  const topics = useTopics();
  const progress = useProgress();
  useDocumentTitle('Roadmap');
  const counts = new Map(progress.data?.topics.map((t) => [t.slug, t]) ?? []);
  return (
    <div className="page">
      <h1>Roadmap</h1>
      <p className="lead">Work through the topics in order; each one builds on the ones it lists.</p>
      {progress.data?.resume && <ResumeLink resume={progress.data.resume} />}
      <MyAssignments />
      {progress.data && <OverallProgress overall={progress.data.overall} streak={progress.data.streak} />}
      {progress.isError && <ErrorState error={progress.error} title="Could not load your progress" />}
      {topics.isPending ? (
        <Loading label="Loading the roadmap…" />
      ) : topics.isError ? (
        <ErrorState error={topics.error} onRetry={() => void topics.refetch()} />
      ) : topics.data.length === 0 ? (
        <Empty>No topics are published yet.</Empty>
      ) : (
        <Roadmap topics={topics.data} progress={counts} />
      )}
    </div>
  );
}
