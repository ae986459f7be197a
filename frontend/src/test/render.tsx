import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { session } from '../api/client';
import { AppProvider } from '../app/provider';
import { routes } from '../app/router';
import { createQueryClient } from '../lib/query-client';

/** Renders the whole app at `path`, signed in unless told otherwise. */
export function renderApp(path: string, { signedIn = true } = {}) {
  if (signedIn) session.setTokens({ access: 'test-access', refresh: 'test-refresh' });
  else session.end('signed-out');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  const utils = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...utils, router, queryClient };
}
