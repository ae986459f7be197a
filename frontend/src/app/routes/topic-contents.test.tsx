import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { session, type Schemas } from '../../api/client';
import { lessonHeadings } from '../../features/topics/components/lesson-contents';
import { emptyProgress, learner } from '../../test/fixtures';
import { fakeApi } from '../../test/fake-api';
import { renderApp } from '../../test/render';

afterEach(() => session.end('signed-out'));

const lesson = [
  '<h1 id="section-http">HTTP</h1><p>Intro.</p>',
  '<h2 id="section-requests">Requests</h2><p>a</p>',
  '<h3 id="section-methods">Methods &amp; verbs</h3><p>b</p>',
  '<h2>No id</h2>',
  '<h2 id="section-responses">Responses</h2><p>c</p>',
].join('');

const topic: Schemas['TopicDetail'] = {
  slug: 'http',
  title: 'HTTP',
  summary: 'How the web talks.',
  order: 1,
  prerequisites: [],
  published: true,
  exercise_count: 1,
  lesson_markdown: '',
  lesson_html: lesson,
  exercises: [
    {
      slug: 'status-codes',
      title: 'Status codes',
      topic: 'http',
      kind: 'choice',
      origin: 'api',
      difficulty: 'easy',
      points: 5,
      order: 1,
      published: true,
    },
  ],
  origin: 'files',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};

describe("a topic's lesson", () => {
  it('lists the headings with an id, second and third level, in order', () => {
    expect(lessonHeadings(lesson)).toEqual([
      { id: 'section-requests', text: 'Requests', level: 2 },
      { id: 'section-methods', text: 'Methods & verbs', level: 3 },
      { id: 'section-responses', text: 'Responses', level: 2 },
    ]);
    expect(lessonHeadings('<p>No headings</p>')).toEqual([]);
  });

  it('opens with a jump to the exercises and a table of contents linking to each heading', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/progress/': () => emptyProgress,
      'GET /api/v1/topics/': () => ({ count: 1, next: null, previous: null, results: [topic] }),
      'GET /api/v1/topics/http/': () => topic,
    });
    renderApp('/topics/http');
    const jump = await screen.findByRole('link', { name: 'Jump to the exercises' });
    expect(jump).toHaveAttribute('href', '#exercises-heading');
    expect(document.getElementById('exercises-heading')).toHaveTextContent('Exercises');
    const contents = screen.getByRole('navigation', { name: 'In this lesson' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Requests', '#section-requests'],
      ['Methods & verbs', '#section-methods'],
      ['Responses', '#section-responses'],
    ]);
    for (const link of links) expect(document.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });
});

describe('the roadmap', () => {
  it('offers to continue where the learner left off', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/progress/': () => ({
        ...emptyProgress,
        resume: { slug: 'status-codes', title: 'Status codes', topic: 'http', topic_title: 'HTTP' },
      }),
      'GET /api/v1/topics/': () => ({ count: 1, next: null, previous: null, results: [topic] }),
    });
    renderApp('/');
    const resume = await screen.findByRole('region', { name: 'Continue where you left off' });
    expect(within(resume).getByRole('link', { name: 'Status codes' })).toHaveAttribute(
      'href',
      '/exercises/status-codes',
    );
    expect(within(resume).getByRole('link', { name: 'HTTP' })).toHaveAttribute('href', '/topics/http');
  });

  it('offers nothing to continue before the first answer', async () => {
    fakeApi({
      'GET /api/v1/me/': () => learner,
      'GET /api/v1/me/progress/': () => emptyProgress,
      'GET /api/v1/topics/': () => ({ count: 1, next: null, previous: null, results: [topic] }),
    });
    renderApp('/');
    await screen.findByRole('link', { name: 'HTTP' });
    expect(screen.queryByRole('region', { name: 'Continue where you left off' })).not.toBeInTheDocument();
  });
});
