import { useState, type FormEvent } from 'react';
import type { Schemas } from '../../../api/client';
import { Field, TextAreaField } from '../../../components/ui/field';
import { fieldErrorsOf, FormErrors } from './form-errors';
import { MarkdownField } from './markdown-field';
import { ReadOnlyContext } from './read-only';

type TopicFields = Pick<
  Schemas['TopicDetail'],
  'slug' | 'title' | 'summary' | 'order' | 'prerequisites' | 'published' | 'lesson_markdown'
>;

const EMPTY: TopicFields = {
  slug: '',
  title: '',
  summary: '',
  order: 0,
  prerequisites: [],
  published: false,
  lesson_markdown: '',
};

/**
 * A topic: title, slug, summary, order, prerequisites (other topics), published, and its
 * lesson in Markdown with a preview. The API's field errors show beside their fields.
 */
export function TopicForm({
  initial = EMPTY,
  topics,
  creating,
  readOnly = false,
  pending,
  error,
  onSubmit,
}: {
  initial?: TopicFields;
  topics: readonly Pick<Schemas['TopicSummary'], 'slug' | 'title'>[];
  creating: boolean;
  readOnly?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (body: Schemas['TopicWriteRequest']) => void;
}) {
  const [form, setForm] = useState({ ...initial, order: String(initial.order) });
  const [localOrder, setLocalOrder] = useState<string[] | null>(null);
  const errors = fieldErrorsOf(error, localOrder ? { order: localOrder } : null);
  const others = topics.filter((topic) => topic.slug !== initial.slug);

  function submit(event: FormEvent) {
    event.preventDefault();
    const order = Number(form.order || '0');
    if (!Number.isInteger(order) || order < 0 || order > 100_000) {
      setLocalOrder(['A whole number from 0 to 100000.']);
      return;
    }
    setLocalOrder(null);
    onSubmit({
      slug: form.slug.trim(),
      title: form.title.trim(),
      summary: form.summary,
      order,
      prerequisites: form.prerequisites,
      published: form.published,
      lesson_markdown: form.lesson_markdown,
    });
  }

  function togglePrerequisite(slug: string, on: boolean) {
    setForm((f) => ({
      ...f,
      prerequisites: on ? [...f.prerequisites, slug] : f.prerequisites.filter((s) => s !== slug),
    }));
  }

  return (
    <ReadOnlyContext value={readOnly}>
      <form className="authoring-form" onSubmit={submit} noValidate aria-label={creating ? 'New topic' : 'Topic'}>
        <FormErrors error={localOrder ? null : error} errors={errors} title="The topic was not saved" />
        <fieldset disabled={readOnly} className="authoring-form__body">
          <div className="authoring-form__grid">
            <Field
              label="Title"
              required
              maxLength={200}
              value={form.title}
              onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))}
              errors={errors.title}
            />
            <Field
              label="Slug"
              required
              maxLength={80}
              pattern="[-a-zA-Z0-9_]+"
              hint="Letters, digits, - and _; it is the topic's address."
              value={form.slug}
              onChange={(e) => setForm((f) => ({ ...f, slug: e.target.value }))}
              errors={errors.slug}
            />
            <Field
              label="Order on the roadmap"
              type="number"
              min={0}
              max={100000}
              value={form.order}
              onChange={(e) => setForm((f) => ({ ...f, order: e.target.value }))}
              errors={errors.order}
            />
          </div>
          <TextAreaField
            label="Summary"
            rows={2}
            maxLength={500}
            value={form.summary}
            onChange={(e) => setForm((f) => ({ ...f, summary: e.target.value }))}
            errors={errors.summary}
          />
          <fieldset className="prerequisites">
            <legend>Prerequisites</legend>
            {others.length === 0 && <p className="muted">No other topics yet.</p>}
            {others.map((topic) => (
              <label key={topic.slug} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.prerequisites.includes(topic.slug)}
                  onChange={(e) => togglePrerequisite(topic.slug, e.target.checked)}
                />{' '}
                {topic.title}
              </label>
            ))}
            {errors.prerequisites && <p className="field__error">{errors.prerequisites.join(' ')}</p>}
          </fieldset>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.published}
              onChange={(e) => setForm((f) => ({ ...f, published: e.target.checked }))}
            />{' '}
            Published (learners see it)
          </label>
          <MarkdownField
            label="Lesson (Markdown)"
            rows={18}
            value={form.lesson_markdown}
            onChange={(lesson_markdown) => setForm((f) => ({ ...f, lesson_markdown }))}
            errors={errors.lesson_markdown}
          />
        </fieldset>
        {!readOnly && (
          <div className="button-row">
            <button type="submit" className="button" disabled={pending}>
              {pending ? 'Saving…' : creating ? 'Create topic' : 'Save topic'}
            </button>
          </div>
        )}
      </form>
    </ReadOnlyContext>
  );
}
