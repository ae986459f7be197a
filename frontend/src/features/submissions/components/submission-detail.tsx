import { useRef, type JSX } from 'react';
import type { Schemas } from '../../../api/client';
import { ErrorState, Loading } from '../../../components/ui/status';
import { formatDateTime } from '../../../lib/format';
import { useCodeHighlighting } from '../../../lib/use-code-highlighting';
import { useSubmission } from '../api/submissions';
import { SubmissionResult } from './submission-result';

/** Everything about one submission: who, when, the answer as sent, and the results. */
export function SubmissionDetail({ id }: { id: number }) {
  const query = useSubmission(id);
  if (query.isPending) return <Loading label="Loading the submission…" />;
  if (query.isError) return <ErrorState error={query.error} />;
  const s = query.data;
  return (
    <div className="stack">
      <dl className="meta-grid">
        <dt>Learner</dt>
        <dd>
          {s.user.display_name || s.user.username} (#{s.user.id}, {s.user.username})
        </dd>
        <dt>Exercise</dt>
        <dd>{s.exercise_title}</dd>
        <dt>Submitted</dt>
        <dd>{formatDateTime(s.created_at)}</dd>
        {s.duration_ms != null && (
          <>
            <dt>Grading time</dt>
            <dd>{s.duration_ms} ms</dd>
          </>
        )}
        {s.peak_memory_kb != null && (
          <>
            <dt>Peak memory</dt>
            <dd>{Math.round(s.peak_memory_kb / 1024)} MB</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading" className="section-title">
          Answer
        </h2>
        <AnswerView submission={s} />
      </section>
      <SubmissionResult submission={s} />
    </div>
  );
}

function AnswerView({ submission }: { submission: Schemas['SubmissionDetail'] }) {
  const ref = useRef<HTMLDivElement>(null);
  useCodeHighlighting(ref, submission.id);
  return (
    <div ref={ref}>
      <AnswerBody answer={submission.answer} />
    </div>
  );
}

/**
 * The answer as the learner sent it, shown the way its kind is written. The declared return
 * type makes the switch exhaustive: a kind the contract adds fails the type-check here.
 */
function AnswerBody({ answer }: { answer: Schemas['Answer'] }): JSX.Element {
  switch (answer.kind) {
    case 'choice':
      return <p>Chose: {answer.choices.join(', ')}</p>;
    case 'text':
      return <CodeBlock text={answer.text} />;
    case 'sql':
      return <CodeBlock text={answer.query} language="sql" />;
    case 'code':
    case 'http':
    case 'pytest':
      return <CodeBlock text={answer.source} language="python" />;
    case 'django':
      return (
        <>
          {Object.entries(answer.files)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([path, text]) => (
              <section key={path} aria-label={path}>
                <h3 className="section-title">
                  <code>{path}</code>
                </h3>
                <CodeBlock text={text} language="python" />
              </section>
            ))}
        </>
      );
  }
}

function CodeBlock({ text, language }: { text: string; language?: 'python' | 'sql' }) {
  return (
    <pre className="code-block">
      <code className={language ? `language-${language}` : ''}>{text}</code>
    </pre>
  );
}
