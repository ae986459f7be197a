/** The tools outside the SPA: the API in Swagger UI and the Django admin (full page loads). */
export function InstructorLinks() {
  return (
    <nav className="tool-links" aria-label="Instructor tools">
      <a className="button button--secondary" href="/api/v1/docs/">
        API docs (Swagger UI)
      </a>
      <a className="button button--secondary" href="/admin/">
        Django admin
      </a>
    </nav>
  );
}
