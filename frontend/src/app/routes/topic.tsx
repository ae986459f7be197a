import { Link, useParams } from 'react-router';
import { exerciseStatus } from '../../components/ui/badges';
import { HtmlContent } from '../../components/ui/html-content';
import { ProgressBar } from '../../components/ui/progress-bar';
import { LoadError } from '../../components/ui/load-error';
import { Loading } from '../../components/ui/status';
import { useProgress } from '../../features/progress/api/get-progress';
import { useTopic, useTopics } from '../../features/topics/api/get-topics';
import { ExerciseList } from '../../features/topics/components/exercise-list';
import { LessonContents } from '../../features/topics/components/lesson-contents';
import { useDocumentTitle } from '../../lib/use-document-title';

export function TopicRoute() {
  const { slug = '' } = useParams();
  const topic = useTopic(slug);
  const progress = useProgress();
  const topics = useTopics();
  useDocumentTitle(topic.data?.title);

  if (topic.isPending) return <Loading label="Loading the topic…" />;
  if (topic.isError)
    return (
      <LoadError
        error={topic.error}
        onRetry={() => void topic.refetch()}
        notFoundTitle="Topic not found"
        notFoundMessage="No topic has this address: it may have been renamed, or it is not published."
      />
    );

  const t = topic.data;
  const mine = progress.data?.topics.find((p) => p.slug === slug);
  const byExercise = new Map(mine?.exercises.map((e) => [e.slug, e]) ?? []);
  const exercises = [...t.exercises].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

  return (
    <div className="page topic-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Roadmap</Link> <span aria-hidden="true">/</span> <span aria-current="page">{t.title}</span>
      </nav>
      <h1>{t.title}</h1>
      {t.summary && <p className="lead">{t.summary}</p>}
      {exercises.length > 0 && (
        <p className="jump-link">
          <a href="#exercises-heading">Jump to the exercises</a>
        </p>
      )}
      {t.prerequisites.length > 0 && (
        <p className="muted">
          Builds on:{' '}
          {t.prerequisites.map((p, i) => (
            <span key={p}>
              {i > 0 && ', '}
              <Link to={`/topics/${p}`}>{topics.data?.find((other) => other.slug === p)?.title ?? p}</Link>
            </span>
          ))}
        </p>
      )}
      <div className="topic-layout">
        <article className="card lesson" aria-label="Lesson">
          <LessonContents html={t.lesson_html} />
          <HtmlContent html={withoutLeadingTitle(t.lesson_html, t.title)} />
        </article>
        <aside className="topic-aside">
          <section className="card" aria-labelledby="exercises-heading">
            <h2 id="exercises-heading" className="card__title" tabIndex={-1}>
              Exercises
            </h2>
            {mine && (
              <div className="topic-aside__progress">
                <ProgressBar value={mine.solved} max={mine.total} label={`${t.title}: exercises solved`} size="sm" />
                <span className="muted">
                  {mine.solved}/{mine.total} solved
                </span>
              </div>
            )}
            <ExerciseList exercises={exercises} statusOf={(s) => exerciseStatus(byExercise.get(s))} />
          </section>
        </aside>
      </div>
    </div>
  );
}

/** Lessons open with their title as an `<h1>`; the page already has it, and one `<h1>` is enough. */
export function withoutLeadingTitle(html: string, title: string): string {
  const match = /^\s*<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!match) return html;
  const text = (match[1] ?? '').replace(/<[^>]+>/g, '').trim();
  return text.toLowerCase() === title.trim().toLowerCase() ? html.slice(match[0].length) : html;
}
