import { Link } from 'react-router';

/** Where instructors write content (the SPA's authoring pages) and the API in Swagger UI (a full page load). */
export function InstructorLinks() {
  return (
    <nav className="tool-links" aria-label="Instructor tools">
      <Link className="button" to="/instructor/content">
        Write topics and exercises
      </Link>
      <a className="button button--secondary" href="/api/v1/docs/">
        API docs (Swagger UI)
      </a>
    </nav>
  );
}
