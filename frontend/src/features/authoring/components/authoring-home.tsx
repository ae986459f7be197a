import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { DifficultyBadge, KindBadge } from '../../../components/ui/badges';
import { Empty, ErrorState, Loading } from '../../../components/ui/status';
import { useAuthoringExercises, useAuthoringTopics } from '../api/authoring';
import { authoringPaths } from '../utils/paths';
import { FileOwnedBadge } from './file-owned';

function Draft({ published }: { published: boolean }) {
  return published ? null : <span className="badge badge--pending">Draft</span>;
}

function ExerciseRows({ exercises }: { exercises: Schemas['ExerciseSummary'][] }) {
  if (exercises.length === 0) return <p className="muted">No exercises yet.</p>;
  return (
    <ul className="authoring-list">
      {exercises.map((exercise) => (
        <li key={exercise.slug} className="authoring-list__row">
          <Link to={authoringPaths.exercise(exercise.slug)}>{exercise.title}</Link> <KindBadge kind={exercise.kind} />{' '}
          <DifficultyBadge difficulty={exercise.difficulty} /> <Draft published={exercise.published} />{' '}
          {exercise.origin === 'files' ? (
            <FileOwnedBadge />
          ) : (
            <Link
              className="button button--small button--secondary"
              to={authoringPaths.exercise(exercise.slug)}
              aria-label={`Edit ${exercise.title}`}
            >
              Edit
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The author's view of the curriculum: every topic in roadmap order with its exercises,
 * drafts included. Rows the curriculum files own are marked and open read-only; the others
 * link to their forms.
 */
export function AuthoringHome() {
  const topics = useAuthoringTopics();
  const exercises = useAuthoringExercises();
  if (topics.isPending || exercises.isPending) return <Loading label="Loading the curriculum…" />;
  if (topics.isError) return <ErrorState error={topics.error} onRetry={() => void topics.refetch()} />;
  if (exercises.isError) return <ErrorState error={exercises.error} onRetry={() => void exercises.refetch()} />;

  return (
    <>
      <div className="button-row">
        <Link className="button" to={authoringPaths.newTopic}>
          New topic
        </Link>
        <Link className="button button--secondary" to={authoringPaths.newExercise()}>
          New exercise
        </Link>
      </div>
      {topics.data.length === 0 && <Empty>No topics yet. Start with a new topic.</Empty>}
      {topics.data.map((topic) => {
        const headingId = `authoring-topic-${topic.slug}`;
        return (
          <section key={topic.slug} className="card" aria-labelledby={headingId}>
            <div className="card__header">
              <h2 id={headingId} className="card__title">
                <Link to={authoringPaths.topic(topic.slug)}>{topic.title}</Link>
              </h2>
              <Draft published={topic.published} />
              {topic.origin === 'files' ? (
                <FileOwnedBadge />
              ) : (
                <Link
                  className="button button--small button--secondary"
                  to={authoringPaths.topic(topic.slug)}
                  aria-label={`Edit the topic ${topic.title}`}
                >
                  Edit
                </Link>
              )}
              <Link
                className="button button--small"
                to={authoringPaths.newExercise(topic.slug)}
                aria-label={`New exercise in ${topic.title}`}
              >
                New exercise
              </Link>
            </div>
            <ExerciseRows exercises={exercises.data.filter((exercise) => exercise.topic === topic.slug)} />
          </section>
        );
      })}
    </>
  );
}
