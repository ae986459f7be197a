import { useId, useState } from 'react';

export type PickedExercise = { slug: string; title: string };

/**
 * Chooses exercises from the catalogue and puts them in order. The order is the order the
 * learners are asked to work in; each move is announced for screen-reader users.
 */
export function ExercisePicker({
  value,
  catalogue,
  onChange,
  errors,
}: {
  value: PickedExercise[];
  catalogue: PickedExercise[];
  onChange: (next: PickedExercise[]) => void;
  errors?: string[] | undefined;
}) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const chosen = new Set(value.map((e) => e.slug));
  const available = catalogue.filter((e) => !chosen.has(e.slug));
  const errorId = `${id}-error`;

  function add() {
    const exercise = catalogue.find((e) => e.slug === choice);
    if (!exercise) return;
    onChange([...value, exercise]);
    setChoice('');
    setAnnouncement(`Added ${exercise.title} as number ${value.length + 1}.`);
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const item = value[index];
    if (!item || target < 0 || target >= value.length) return;
    const next = [...value];
    next.splice(index, 1);
    next.splice(target, 0, item);
    onChange(next);
    setAnnouncement(`Moved ${item.title} to number ${target + 1}.`);
  }

  function remove(index: number) {
    const item = value[index];
    if (!item) return;
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${item.title}.`);
  }

  return (
    <fieldset className="picker" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="field__label">Exercises, in the order learners should do them</legend>
      {value.length === 0 ? (
        <p className="muted">No exercises yet: add at least one.</p>
      ) : (
        <ol className="picker__list">
          {value.map((exercise, index) => (
            <li key={exercise.slug} className="picker__item">
              <span className="picker__title">
                {exercise.title} <span className="muted">({exercise.slug})</span>
              </span>
              <span className="picker__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move ${exercise.title} up`}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => move(index, 1)}
                  disabled={index === value.length - 1}
                  aria-label={`Move ${exercise.title} down`}
                >
                  Down
                </button>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => remove(index)}
                  aria-label={`Remove ${exercise.title}`}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="picker__add">
        <div className="field">
          <label htmlFor={`${id}-choice`}>Add an exercise</label>
          <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose an exercise…</option>
            {available.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={add} disabled={!choice}>
          Add
        </button>
      </div>
      {errors?.length ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
