import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { DifficultyBadge, KindBadge, StatusBadge, type ExerciseStatus } from '../../../components/ui/badges';
import { Empty } from '../../../components/ui/status';

/** A topic's exercises with what kind each is, how hard, and where the learner stands. */
export function ExerciseList({
  exercises,
  statusOf,
}: {
  exercises: Schemas['ExerciseSummary'][];
  statusOf: (slug: string) => ExerciseStatus;
}) {
  if (exercises.length === 0) return <Empty>This topic has no exercises yet.</Empty>;
  return (
    <ul className="exercise-list">
      {exercises.map((exercise) => (
        <li key={exercise.slug} className="exercise-list__item">
          <Link to={`/exercises/${exercise.slug}`} className="exercise-list__link">
            {exercise.title}
          </Link>
          <span className="exercise-list__meta">
            <KindBadge kind={exercise.kind} />
            <DifficultyBadge difficulty={exercise.difficulty} />
            {exercise.points !== undefined && <span className="muted">{exercise.points} pts</span>}
            <StatusBadge status={statusOf(exercise.slug)} />
          </span>
        </li>
      ))}
    </ul>
  );
}
