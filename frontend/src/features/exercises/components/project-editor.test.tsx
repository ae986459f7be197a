import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { ProjectEditor } from './project-editor';

const spec: Schemas['DjangoSpec'] = {
  kind: 'django',
  runtime: 'django',
  files: { 'notes/urls.py': 'urlpatterns = []\n', 'notes/apps.py': 'class NotesConfig: ...\n' },
  editable: ['notes/models.py', 'notes/views.py'],
  starter: { 'notes/models.py': '', 'notes/views.py': '' },
};

describe('ProjectEditor', () => {
  it('has a tab per file, the learner’s first and the fixed ones marked read-only', () => {
    render(<ProjectEditor spec={spec} files={{}} onChange={() => {}} />);
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual([
      'notes/models.py',
      'notes/views.py',
      'notes/apps.py (read-only)',
      'notes/urls.py (read-only)',
    ]);
    expect(screen.getByRole('tab', { name: 'notes/models.py' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('You write this file.', { exact: false })).toBeInTheDocument();
  });

  it('opens a fixed file to read, saying it cannot be changed', async () => {
    const user = userEvent.setup();
    render(<ProjectEditor spec={spec} files={{}} onChange={() => {}} />);
    await user.click(screen.getByRole('tab', { name: /^notes\/urls\.py/ }));
    expect(screen.getByRole('tab', { name: /^notes\/urls\.py/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('it cannot be changed', { exact: false })).toBeInTheDocument();
  });
});
