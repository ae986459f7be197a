import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { ExercisePrompt } from './exercise-prompt';

const prompt_html = '<p>Write the tests.</p>';

describe('ExercisePrompt for a pytest exercise', () => {
  it('names the module and the bugs, and shows no project for plain Python', () => {
    const spec: Schemas['PytestSpec'] = {
      kind: 'pytest',
      module: 'slugs',
      starter: '',
      runtime: 'django',
      bug_count: 4,
    };
    render(<ExercisePrompt exercise={{ prompt_html, spec }} />);
    expect(screen.getByText('slugs')).toBeInTheDocument();
    expect(screen.getByText(/each of 4 buggy implementations/)).toBeInTheDocument();
    expect(screen.queryByText(/inside a Django project/)).not.toBeInTheDocument();
  });

  it('shows the fixed files of the Django project the tests run in, read-only', () => {
    const spec: Schemas['PytestSpec'] = {
      kind: 'pytest',
      module: 'notes.views',
      starter: '',
      runtime: 'django',
      bug_count: 3,
      project: {
        files: { 'notes/urls.py': 'urlpatterns = []\n', 'notes/models.py': 'class Note: ...\n' },
        apps: ['notes'],
      },
    };
    render(<ExercisePrompt exercise={{ prompt_html, spec }} />);
    expect(screen.getByText(/inside a Django project \(apps: notes\)/)).toBeInTheDocument();
    expect(screen.getByText('@pytest.mark.django_db')).toBeInTheDocument();
    const files = screen.getAllByText(/^notes\/.*\.py$/).map((node) => node.textContent);
    expect(files).toEqual(['notes/models.py', 'notes/urls.py']);
    expect(screen.getByText('class Note: ...', { exact: false })).toBeInTheDocument();
  });
});
