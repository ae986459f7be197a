import { useRef } from 'react';
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
  const ref = useRef<HTMLPreElement>(null);
  useCodeHighlighting(ref, submission.id);
  const answer = submission.answer as Record<string, unknown>;
  if (Array.isArray(answer.choices)) return <p>Chose: {answer.choices.join(', ')}</p>;
  const text = [answer.source, answer.query, answer.text].find((v): v is string => typeof v === 'string') ?? '';
  return (
    <pre className="code-block" ref={ref}>
      <code className={submission.kind === 'sql' ? 'language-sql' : submission.kind === 'text' ? '' : 'language-python'}>
        {text}
      </code>
    </pre>
  );
}
