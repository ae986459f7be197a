import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';

/** "Continue where you left off": the exercise the API says to go on with, and its topic. */
export function ResumeLink({ resume }: { resume: Schemas['ExerciseLink'] }) {
  return (
    <section className="card resume" aria-labelledby="resume-heading">
      <h2 id="resume-heading" className="card__title">
        Continue where you left off
      </h2>
      <p className="resume__body">
        <Link to={`/exercises/${resume.slug}`} className="button">
          {resume.title}
        </Link>{' '}
        <span className="muted">
          in <Link to={`/topics/${resume.topic}`}>{resume.topic_title}</Link>
        </span>
      </p>
    </section>
  );
}
