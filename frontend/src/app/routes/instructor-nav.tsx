import { NavLink } from 'react-router';

/** The pages of the instructor area. */
export function InstructorNav() {
  return (
    <nav aria-label="Instructor area" className="sub-nav">
      <NavLink to="/instructor" end>
        Submissions
      </NavLink>
      <NavLink to="/instructor/classes">Classes</NavLink>
      <NavLink to="/instructor/content">Content</NavLink>
    </nav>
  );
}
