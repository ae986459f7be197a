import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useClassroom } from '../../features/assignments/api/assignments';
import { useDocumentTitle } from '../../lib/use-document-title';

/** An id from the URL, or undefined when it is not one. */
export function idFrom(param: string | undefined): number | undefined {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * The top of the pages about a class's work: where it sits in the instructor area, the page's
 * heading with the class's name, and the way between its assignments and its gradebook.
 */
export function ClassWorkHeader({
  classId,
  page,
  trail,
  actions,
}: {
  classId: number;
  page: string;
  trail?: { to: string; label: string } | undefined;
  actions?: ReactNode;
}) {
  const classroom = useClassroom(classId);
  const name = classroom.data?.name ?? `Class ${classId}`;
  useDocumentTitle(`${page} · ${name}`);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/instructor">Instructor</Link> <span aria-hidden="true">/</span> <span>{name}</span>{' '}
        {trail && (
          <>
            <span aria-hidden="true">/</span> <Link to={trail.to}>{trail.label}</Link>{' '}
          </>
        )}
        <span aria-hidden="true">/</span> <span aria-current="page">{page}</span>
      </nav>
      <div className="page-header">
        <h1>
          {page} <span className="page-header__sub">{name}</span>
        </h1>
        {actions}
      </div>
      <nav aria-label="This class" className="class-work-nav">
        <NavLink to={`/instructor/classes/${classId}/assignments`}>Assignments</NavLink>
        <NavLink to={`/instructor/classes/${classId}/gradebook`}>Gradebook</NavLink>
      </nav>
    </>
  );
}
