import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { ProgressBar } from '../../../components/ui/progress-bar';

type Counts = Pick<Schemas['ProgressCounts'], 'solved' | 'attempted' | 'total'>;

/** The topics in order, each with its prerequisites and the learner's progress. */
export function Roadmap({ topics, progress }: { topics: Schemas['TopicSummary'][]; progress: Map<string, Counts> }) {
  const titles = new Map(topics.map((t) => [t.slug, t.title]));
  return (
    <ol className="roadmap">
      {topics.map((topic, index) => {
        const counts = progress.get(topic.slug);
        const total = counts?.total ?? topic.exercise_count;
        const solved = counts?.solved ?? 0;
        const done = total > 0 && solved === total;
        return (
          <li key={topic.slug} className={`roadmap__item${done ? ' roadmap__item--done' : ''}`}>
            <span className="roadmap__step" aria-hidden="true">
              {done ? '✓' : index + 1}
            </span>
            <div className="card roadmap__card">
              <h2 className="roadmap__title">
                <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
              </h2>
              {topic.summary && <p className="muted">{topic.summary}</p>}
              {topic.prerequisites.length > 0 && (
                <p className="roadmap__prereqs">
                  Builds on:{' '}
                  {topic.prerequisites.map((slug, i) => (
                    <span key={slug}>
                      {i > 0 && ', '}
                      <Link to={`/topics/${slug}`}>{titles.get(slug) ?? slug}</Link>
                    </span>
                  ))}
                </p>
              )}
              <div className="roadmap__progress">
                <ProgressBar value={solved} max={total} label={`${topic.title}: exercises solved`} size="sm" />
                <span className="roadmap__count">
                  {solved}/{total} solved
                </span>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
