import { useState, type FormEvent } from 'react';
import type { Schemas } from '../../../api/client';
import type { SubmissionFilters } from '../api/submissions';
import { VERDICT_LABEL, VERDICTS, verdictFrom } from '../utils/verdicts';

/** Filters for the instructors' submissions table: exercise, learner id, verdict. */
export function SubmissionFiltersForm({
  value,
  exercises,
  onChange,
}: {
  value: SubmissionFilters;
  exercises: Pick<Schemas['ExerciseSummary'], 'slug' | 'title'>[];
  onChange: (filters: SubmissionFilters) => void;
}) {
  const [user, setUser] = useState(value.user?.toString() ?? '');

  function submitUser(event: FormEvent) {
    event.preventDefault();
    const id = Number.parseInt(user, 10);
    onChange({ ...value, user: Number.isFinite(id) ? id : undefined });
  }

  return (
    <form className="filters" onSubmit={submitUser} role="search" aria-label="Filter submissions">
      <div className="field">
        <label htmlFor="filter-exercise">Exercise</label>
        <select
          id="filter-exercise"
          value={value.exercise ?? ''}
          onChange={(e) => onChange({ ...value, exercise: e.target.value || undefined })}
        >
          <option value="">All exercises</option>
          {exercises.map((ex) => (
            <option key={ex.slug} value={ex.slug}>
              {ex.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-user">Learner id</label>
        <input
          id="filter-user"
          type="number"
          min={1}
          inputMode="numeric"
          value={user}
          onChange={(e) => setUser(e.target.value)}
          onBlur={submitUser}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-verdict">Verdict</label>
        <select
          id="filter-verdict"
          value={value.verdict ?? ''}
          onChange={(e) => onChange({ ...value, verdict: verdictFrom(e.target.value) })}
        >
          <option value="">Any verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABEL[v]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Apply
      </button>
    </form>
  );
}
