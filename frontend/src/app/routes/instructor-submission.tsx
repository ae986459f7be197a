import { Link, useParams } from 'react-router';
import { SubmissionDetail } from '../../features/submissions/components/submission-detail';
import { RequireInstructor } from './require-instructor';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InstructorSubmissionRoute() {
  const { id = '' } = useParams();
  useDocumentTitle(`Submission ${id}`);
  const submissionId = Number.parseInt(id, 10);
  return (
    <RequireInstructor>
      <div className="page">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/instructor">Instructor</Link> <span aria-hidden="true">/</span>{' '}
          <span aria-current="page">Submission {id}</span>
        </nav>
        <h1>Submission {id}</h1>
        {Number.isFinite(submissionId) ? <SubmissionDetail id={submissionId} /> : <p>No such submission.</p>}
      </div>
    </RequireInstructor>
  );
}
