import { Link, useNavigate, useParams } from 'react-router';
import { joinedMessage } from '../../features/classes/api/my-classes';
import { JoinWithCode } from '../../features/classes/components/join-class';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { JoinedState } from './my-classes';

/** Where a join link lands: the code from the address and a "Join" button. */
export function JoinRoute() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle('Join a class');
  return (
    <div className="page page--narrow">
      <h1>Join a class</h1>
      <JoinWithCode
        key={code}
        code={code}
        onJoined={(result) => {
          const state: JoinedState = { joined: joinedMessage(result) };
          void navigate('/my-classes', { state });
        }}
      />
      <p>
        <Link to="/my-classes">Type a different code</Link>
      </p>
    </div>
  );
}
