import { useState } from 'react';
import { useLocation } from 'react-router';
import { joinedMessage } from '../../features/classes/api/my-classes';
import { JoinClassForm } from '../../features/classes/components/join-class';
import { MyClassList } from '../../features/classes/components/my-class-list';
import { useDocumentTitle } from '../../lib/use-document-title';

/** What the join page leaves in the location's state after a join that worked. */
export type JoinedState = { joined: string };

function isJoinedState(state: unknown): state is JoinedState {
  return typeof state === 'object' && state !== null && 'joined' in state && typeof state.joined === 'string';
}

export function MyClassesRoute() {
  const location = useLocation();
  const [notice, setNotice] = useState(isJoinedState(location.state) ? location.state.joined : '');
  useDocumentTitle('My classes');
  return (
    <div className="page">
      <h1>My classes</h1>
      <p role="status" className="notice notice--success status-line">
        {notice}
      </p>
      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading" className="card__title">
          Join a class
        </h2>
        <JoinClassForm onJoined={(result) => setNotice(joinedMessage(result))} />
      </section>
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading" className="section-title">
          Classes you are in
        </h2>
        <MyClassList onLeft={(c) => setNotice(`You left ${c.name}.`)} />
      </section>
    </div>
  );
}
