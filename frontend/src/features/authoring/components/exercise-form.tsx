import { useState, type FormEvent, type ReactNode } from 'react';
import type { Schemas } from '../../../api/client';
import { KIND_LABEL } from '../../../components/ui/badges';
import { Field } from '../../../components/ui/field';
import { buildExercise, emptyKindDraft, isKind, KINDS, textRow, type ExerciseDraft } from '../utils/exercise-draft';
import { LIMIT_NAMES } from '../utils/limits';
import { errorsUnder, type FieldErrors } from '../utils/rows';
import { fieldErrorsOf, FormErrors } from './form-errors';
import { KindFields } from './kind-fields';
import { LimitsFields } from './limits-fields';
import { MarkdownField } from './markdown-field';
import { ReadOnlyContext } from './read-only';
import { RowList } from './row-list';

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/**
 * An exercise of any kind: the fields every exercise has, then the part of its kind. The
 * body sent is built from the draft (`buildExercise`); boxes that cannot be sent (JSON that
 * is not JSON, a limit out of bounds) are refused before sending, and the API's own field
 * errors show beside the fields they name. `readOnly` shows a row without letting it change.
 */
export function ExerciseForm({
  initial,
  topics,
  creating,
  readOnly = false,
  pending,
  error,
  onSubmit,
  children,
  publishAction,
}: {
  initial: ExerciseDraft;
  topics: readonly Pick<Schemas['TopicSummary'], 'slug' | 'title'>[];
  creating: boolean;
  readOnly?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (body: Schemas['ExerciseWriteRequest']) => void;
  children?: ReactNode;
  /** Offered beside a refused publication: a way to run Check there. */
  publishAction?: ReactNode;
}) {
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const [submitted, setSubmitted] = useState(0);
  const errors = fieldErrorsOf(submitted ? error : null, local);
  const set = <K extends keyof ExerciseDraft>(key: K, value: ExerciseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildExercise(draft);
    setLocal(built.errors);
    setSubmitted((n) => n + 1);
    if (!built.body) return;
    // The form shows the effective limits (the defaults when the exercise has none of its
    // own); sending them untouched would store the defaults as its own, a change of what
    // grading depends on that makes its check stale. PATCH keeps what is not sent.
    const limitsUntouched = LIMIT_NAMES.every((name) => draft.limits[name] === initial.limits[name]);
    onSubmit(!creating && limitsUntouched ? { ...built.body, limits: undefined } : built.body);
  }

  return (
    <ReadOnlyContext value={readOnly}>
      <form className="authoring-form" onSubmit={submit} noValidate aria-label={creating ? 'New exercise' : 'Exercise'}>
        <FormErrors
          error={local ? null : submitted ? error : null}
          errors={errors}
          title="The exercise was not saved"
        />
        <fieldset disabled={readOnly} className="authoring-form__body">
          <div className="authoring-form__grid">
            <Field
              label="Title"
              required
              maxLength={200}
              value={draft.title}
              onChange={(e) => set('title', e.target.value)}
              errors={errors.title}
            />
            <Field
              label="Slug"
              required
              maxLength={80}
              pattern="[-a-zA-Z0-9_]+"
              hint="Letters, digits, - and _; it is the exercise's address."
              value={draft.slug}
              onChange={(e) => set('slug', e.target.value)}
              errors={errors.slug}
            />
            <div className="field">
              <label htmlFor="exercise-topic">Topic</label>
              <select
                id="exercise-topic"
                value={draft.topic}
                onChange={(e) => set('topic', e.target.value)}
                aria-invalid={errors.topic ? true : undefined}
              >
                <option value="">Choose a topic</option>
                {topics.map((topic) => (
                  <option key={topic.slug} value={topic.slug}>
                    {topic.title}
                  </option>
                ))}
              </select>
              {errors.topic && <p className="field__error">{errors.topic.join(' ')}</p>}
            </div>
            <div className="field">
              <label htmlFor="exercise-kind">Kind</label>
              <select
                id="exercise-kind"
                value={draft.spec.kind}
                disabled={!creating}
                onChange={(e) => {
                  const kind = e.target.value;
                  if (isKind(kind)) set('spec', emptyKindDraft(kind));
                }}
              >
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABEL[kind]}
                  </option>
                ))}
              </select>
              {!creating && <p className="field__hint">The kind is chosen when the exercise is created.</p>}
              {errors.kind && <p className="field__error">{errors.kind.join(' ')}</p>}
            </div>
            <div className="field">
              <label htmlFor="exercise-difficulty">Difficulty</label>
              <select
                id="exercise-difficulty"
                value={draft.difficulty}
                onChange={(e) => {
                  const difficulty = DIFFICULTIES.find((d) => d === e.target.value);
                  if (difficulty) set('difficulty', difficulty);
                }}
              >
                {DIFFICULTIES.map((d) => (
                  <option key={d}>{d}</option>
                ))}
              </select>
            </div>
            <Field
              label="Points"
              type="number"
              min={1}
              max={100}
              hint="From 1 to 100."
              value={draft.points}
              onChange={(e) => set('points', e.target.value)}
              errors={errors.points}
            />
            <Field
              label="Order in the topic"
              type="number"
              min={0}
              max={100000}
              value={draft.order}
              onChange={(e) => set('order', e.target.value)}
              errors={errors.order}
            />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={draft.published} onChange={(e) => set('published', e.target.checked)} />{' '}
            Published (learners see it)
          </label>
          <p className="field__hint" id="published-hint">
            Publishing needs a passing Check of the exercise as saved; a new exercise starts as a draft.
          </p>
          {errors.published && (
            <div className="field__error">
              <p>{errors.published.join(' ')}</p>
              {publishAction}
            </div>
          )}
          <MarkdownField
            label="Prompt (Markdown)"
            value={draft.prompt_markdown}
            onChange={(value) => set('prompt_markdown', value)}
            errors={errors.prompt_markdown}
          />
          <RowList
            legend="Hints"
            noun="hint"
            rows={draft.hints}
            onChange={(hints) => set('hints', hints)}
            newRow={() => textRow()}
            maxRows={3}
            errors={(index) => errorsUnder(errors, `hints.${index}`)}
          >
            {(row, update) => (
              <Field
                label="Hint"
                maxLength={1000}
                value={row.value}
                onChange={(e) => update({ value: e.target.value })}
              />
            )}
          </RowList>
          <LimitsFields value={draft.limits} onChange={(limits) => set('limits', limits)} errors={errors} />
          <fieldset className="kind-fields">
            <legend>{KIND_LABEL[draft.spec.kind]}: what learners get and how answers are graded</legend>
            <KindFields draft={draft.spec} onChange={(spec) => set('spec', spec)} errors={errors} />
          </fieldset>
        </fieldset>
        {children}
        {!readOnly && (
          <div className="button-row">
            <button type="submit" className="button" disabled={pending}>
              {pending ? 'Saving…' : creating ? 'Create exercise' : 'Save exercise'}
            </button>
          </div>
        )}
      </form>
    </ReadOnlyContext>
  );
}
