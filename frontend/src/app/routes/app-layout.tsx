import { useEffect, useRef } from 'react';
import { Link, NavLink, Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useSignOut } from '../../features/auth/api/sign-in';
import { useSession } from '../../lib/use-session';

export function canTeach(role: string | undefined): boolean {
  return role === 'instructor' || role === 'admin';
}

/**
 * The signed-in frame: header, navigation, and the page. Without a session it sends the
 * learner to sign in, remembering where they were (and saying so when the session expired).
 */
export function AppLayout() {
  const { signedIn, endReason } = useSession();
  const location = useLocation();
  if (!signedIn) {
    const params = new URLSearchParams();
    const here = location.pathname + location.search;
    if (here !== '/') params.set('next', here);
    if (endReason === 'expired') params.set('expired', '1');
    const query = params.toString();
    return <Navigate to={query ? `/sign-in?${query}` : '/sign-in'} replace />;
  }
  return <SignedInLayout />;
}

function SignedInLayout() {
  const me = useMe();
  const signOut = useSignOut();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);

  // Move focus to the page on navigation so keyboard and screen-reader users start at the top.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Stepwise
          </Link>
          <nav aria-label="Main" className="main-nav">
            <NavLink to="/" end>
              Roadmap
            </NavLink>
            <NavLink to="/progress">Progress</NavLink>
            <NavLink to="/my-classes">My classes</NavLink>
            <NavLink to="/account">Account</NavLink>
            {canTeach(me.data?.role) && <NavLink to="/instructor">Instructor</NavLink>}
          </nav>
          <div className="user-menu">
            {me.data && (
              <span className="user-menu__name" title={`Signed in as ${me.data.username}`}>
                {me.data.display_name || me.data.username}
              </span>
            )}
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
