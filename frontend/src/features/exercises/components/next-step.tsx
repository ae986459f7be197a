import { Link } from 'react-router';
import type { Exercise } from '../utils/answer';

/** Where to go after an accepted answer: the next exercise on the roadmap, or back to the topic. */
export function NextStep({ exercise }: { exercise: Exercise }) {
  const next = exercise.next_exercise;
  return (
    <nav className="next-step" aria-label="Next step">
      {next ? (
        <Link to={`/exercises/${next.slug}`} className="button">
          Next exercise: {next.title}
          {next.topic !== exercise.topic && ` (${next.topic_title})`}
        </Link>
      ) : (
        <p className="next-step__end">That was the last exercise on the roadmap.</p>
      )}
      <Link to={`/topics/${exercise.topic}`} className="button button--secondary">
        Back to {exercise.topic_title}
      </Link>
    </nav>
  );
}
