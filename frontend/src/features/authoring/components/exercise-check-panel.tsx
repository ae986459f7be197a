/**
 * The place for an exercise's check: running its reference solution, starter and wrong
 * answers in the sandbox before it can be published. The API does not offer the check yet
 * (`POST /api/v1/exercises/{slug}/checks/` is planned); until it does, the panel says so and
 * makes no call.
 */
export function ExerciseCheckPanel({ slug }: { slug: string }) {
  return (
    <section className="card" aria-labelledby={`check-${slug}`}>
      <h2 id={`check-${slug}`} className="card__title">
        Check
      </h2>
      <p className="muted">
        Checking an exercise (its reference solution must pass, its starter and wrong answers must fail) will appear
        here. Until then, run <code>manage.py content_check</code> or submit the reference yourself.
      </p>
    </section>
  );
}
