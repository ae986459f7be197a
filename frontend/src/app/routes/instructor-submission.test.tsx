import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../api/client';
import { instructor, submission } from '../../test/fixtures';
import { fakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

describe('a submission as an instructor reads it', () => {
  it('shows each file of a Django answer under its path', async () => {
    const answer = {
      kind: 'django' as const,
      files: { 'notes/views.py': 'def index(request): ...\n', 'notes/urls.py': 'urlpatterns = []\n' },
    };
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/submissions/5/': () => submission({ id: 5, kind: 'django', answer }),
    });
    renderApp('/instructor/submissions/5');
    const views = await screen.findByRole('region', { name: 'notes/views.py' });
    expect(within(views).getByText('def index(request): ...')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'notes/urls.py' })).toHaveTextContent('urlpatterns = []');
  });

  it('shows the SQL a learner sent', async () => {
    fakeApi({
      'GET /api/v1/me/': () => instructor,
      'GET /api/v1/submissions/6/': () =>
        submission({ id: 6, kind: 'sql', answer: { kind: 'sql', query: 'SELECT name FROM city;' } }),
    });
    renderApp('/instructor/submissions/6');
    expect(await screen.findByText('SELECT name FROM city;')).toBeInTheDocument();
  });
});
