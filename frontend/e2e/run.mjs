// Browser tests against the real stack: backend + built SPA, in headless Chromium.
// Run after `npm run build`: `npm run e2e`. Screenshots go to <repo>/test-artifacts/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { apiClient } from './api.mjs';
import { repo, startStack } from './stack.mjs';

const artifacts = join(repo, 'test-artifacts');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GRADING_TIMEOUT = 60_000;

let stack;
let browser;
let api;
const learner = { username: `e2e_${Date.now().toString(36)}`, password: 'a-long-e2e-password-2026' };
const fixtures = {};

/** Screenshots the page and checks it with axe-core: no serious or critical WCAG A/AA violations. */
async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  // Evaluated through DevTools: the page's policy refuses inline <script>, as it should.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // CodeMirror's scroller holds a contenteditable that takes focus, which axe does not count.
    const context = { exclude: [['.cm-scroller']] };
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(context, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
  });
  assert.deepEqual(violations, [], `accessibility problems on ${name}`);
}

async function newPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Submits, waits for the result of this new submission to be final, and returns its verdict. */
async function submitAndWait(page, submit = () => page.getByRole('button', { name: 'Submit' }).click()) {
  const before = await page
    .locator('.result')
    .getAttribute('data-submission-id', { timeout: 1 })
    .catch(() => null);
  await submit();
  await page.waitForFunction(
    (previous) => {
      const result = document.querySelector('.result');
      const badge = result?.querySelector('.result__status .badge');
      return (
        result?.getAttribute('data-submission-id') !== previous &&
        badge &&
        !['Queued', 'Running'].includes(badge.textContent ?? '')
      );
    },
    before,
    { timeout: GRADING_TIMEOUT },
  );
  return (await page.locator('.result__status .badge').textContent()).trim();
}

async function replaceEditorText(page, text) {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function signIn(page, username, password) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('Stepwise in a browser', () => {
  let page;

  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    stack = await startStack();
    api = apiClient(stack.url);
    const { access } = await api.signIn('instructor', 'teach-python-2026');
    fixtures.code = await api.pickExercise(access, 'code', 'slugify-a-title');
    fixtures.choice = await api.pickExercise(access, 'choice');
    fixtures.pytest = await api.pickExercise(access, 'pytest', 'pytest-parametrize-slugify');
    fixtures.django = await api.pickExercise(access, 'django', 'drf-notes-owned-by-their-author');
    assert.ok(fixtures.code.private_spec?.solution, 'the instructor can read the reference solution');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await newPage();
  });

  after(async () => {
    await browser?.close();
    stack?.stop();
  });

  it('a new learner registers and lands on the roadmap', async () => {
    await page.goto(`${stack.url}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, 'sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Username').fill(learner.username);
    await page.getByLabel('Email').fill(`${learner.username}@example.com`);
    await page.getByLabel('Display name (optional)').fill('E2E Learner');
    await page.getByLabel('Password').fill(learner.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Roadmap' }).waitFor();
    await page.locator('.roadmap__item').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Instructor' }).count(), 0, 'no instructor link for a learner');
    await shot(page, 'roadmap');
  });

  it('opens the topic of a code exercise and reads its lesson', async () => {
    const topic = fixtures.code.topic;
    await page.locator(`a[href="/topics/${topic}"]`).first().click();
    await page.getByRole('heading', { name: 'Exercises' }).waitFor();
    await page.locator('.lesson .prose').waitFor();
    const item = page.locator('.exercise-list__item', { hasText: fixtures.code.title });
    assert.equal((await item.locator('.badge--not-started').textContent()).trim(), 'Not started');
    await shot(page, 'topic');
  });

  it('submits a wrong answer to a code exercise and sees which test failed and why', async () => {
    await page.getByRole('link', { name: fixtures.code.title }).click();
    await page.getByRole('heading', { name: fixtures.code.title }).waitFor();
    await page.locator('.cm-content').waitFor();
    // The editor opens on the starter, which is the wrong answer.
    const firstLine = fixtures.code.spec.starter.split('\n').find((l) => l.trim());
    assert.ok((await page.locator('.cm-content').innerText()).includes(firstLine.trim()));
    const verdict = await submitAndWait(page);
    assert.notEqual(verdict, 'Accepted');
    const failed = page.locator('.test--fail, .test--error');
    assert.ok((await failed.count()) > 0, 'a failed test is listed');
    const visibleFailure = page
      .locator('.tests__list .test--fail .test__message, .tests__list .test--error .test__message')
      .first();
    if (await visibleFailure.count()) {
      assert.ok((await visibleFailure.innerText()).trim().length > 0, 'the failure says why');
    }
    await page.locator('.history__item').first().waitFor();
    await shot(page, 'exercise-wrong-answer');
  });

  it('fixes the answer with the reference solution and sees it accepted', async () => {
    await replaceEditorText(page, fixtures.code.private_spec.solution);
    assert.equal(await submitAndWait(page), 'Accepted');
    await page.locator('.history__item').nth(1).waitFor();
    assert.equal(await page.locator('.history__item').count(), 2, 'both attempts are in the history');
    await page
      .getByRole('navigation', { name: 'Next step' })
      .getByRole('link', { name: /^Next exercise: / })
      .waitFor();
    await shot(page, 'exercise-accepted');
  });

  it('loads an earlier attempt back into the editor', async () => {
    await page.locator('.history__item').nth(1).getByRole('button', { name: 'Load into editor' }).click();
    const firstLine = fixtures.code.spec.starter
      .split('\n')
      .find((l) => l.trim())
      .trim();
    await page.waitForFunction((line) => document.querySelector('.cm-content')?.textContent?.includes(line), firstLine);
  });

  it('keeps a draft across a reload, and runs it on the visible tests without adding an attempt', async () => {
    const draft = `${fixtures.code.private_spec.solution}\n# kept as a draft\n`;
    await replaceEditorText(page, draft);
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    await page.reload();
    await page.locator('.cm-content').waitFor();
    await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent?.includes('# kept as a draft'));
    await page.locator('.history__item').nth(1).waitFor();
    const attempts = await page.locator('.history__item').count();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const result = page.locator('.result[data-run-id]');
    await result.waitFor();
    await page.waitForFunction(
      () => {
        const badge = document.querySelector('.result[data-run-id] .result__status .badge');
        return badge && !['Queued', 'Running'].includes(badge.textContent ?? '');
      },
      undefined,
      { timeout: GRADING_TIMEOUT },
    );
    assert.equal((await result.locator('.result__status .badge').textContent()).trim(), 'Accepted');
    assert.ok((await result.locator('.tests__list .test').count()) > 0, 'the visible tests are listed');
    assert.equal(await result.locator('.tests__hidden').count(), 0, 'a run shows no hidden test');
    assert.equal(await page.locator('.history__item').count(), attempts, 'a run is not an attempt');
    await shot(page, 'exercise-run');
  });

  it('sees their progress move', async () => {
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    const solved = page.locator('.stat', { hasText: 'exercises solved' }).locator('.stat__value');
    await page.waitForFunction(
      () => /^1\/\d+$/.test(document.querySelector('.stat__value')?.textContent ?? ''),
      undefined,
      { timeout: 5000 },
    );
    assert.match(await solved.innerText(), /^1\/\d+$/);
    const streak = await page.locator('.activity__streak strong').innerText();
    assert.equal(streak, '1');
    await page.locator('.table tbody tr').nth(1).waitFor();
    await shot(page, 'progress');
  });

  it('on a 390 px phone no page scrolls sideways; the editor closes brackets; Ctrl-Enter submits', async () => {
    const phone = await newPage({ width: 390, height: 844 });
    const exercise = fixtures.code;
    await phone.goto(`${stack.url}/progress`);
    await signIn(phone, learner.username, learner.password);
    await phone.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    await phone.locator('.table tbody tr').first().waitFor();
    // eslint-disable-next-line no-undef
    const sideways = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await sideways()) <= 0, 'the progress page fits the phone');
    await shot(phone, 'progress-phone');

    await phone.goto(`${stack.url}/`);
    await phone.getByRole('region', { name: 'Continue where you left off' }).waitFor();
    assert.ok((await sideways()) <= 0, 'the roadmap fits the phone');
    await phone.goto(`${stack.url}/topics/${exercise.topic}`);
    await phone.locator('.lesson .prose').waitFor();
    assert.ok((await sideways()) <= 0, 'the topic fits the phone');

    await phone.goto(`${stack.url}/exercises/${exercise.slug}`);
    await phone.locator('.cm-content').waitFor();
    assert.ok((await sideways()) <= 0, 'the exercise fits the phone');
    await replaceEditorText(phone, 'x = ');
    await phone.keyboard.type('(');
    assert.equal((await phone.locator('.cm-content').innerText()).trim(), 'x = ()', 'the bracket is closed');
    // Ctrl-Enter submits from anywhere in the form: here on a choice exercise, solved again.
    const choice = fixtures.choice;
    await phone.goto(`${stack.url}/exercises/${choice.slug}`);
    await phone.getByRole('heading', { name: choice.title }).waitFor();
    for (const id of choice.private_spec.correct) {
      const option = choice.spec.options.find((o) => o.id === id);
      const box = phone.locator('label.choice', { hasText: option.text });
      if (!(await box.locator('input').isChecked())) await box.click();
    }
    await phone.locator('label.choice input').first().focus();
    const verdict = await submitAndWait(phone, () => phone.keyboard.press('Control+Enter'));
    assert.equal(verdict, 'Correct'); // a choice is worded as an answer, not as tests
    assert.ok(
      await phone.evaluate(() => document.activeElement?.querySelector('.result') !== null),
      'the result has the focus',
    );
    await phone.getByRole('link', { name: /^Next exercise: / }).waitFor();
    assert.ok((await sideways()) <= 0, 'the result fits the phone');
    await shot(phone, 'exercise-phone');
    await phone.context().close();
  });

  it('writes the tests of a pytest exercise and sees which bugs they caught', async () => {
    const exercise = fixtures.pytest;
    await page.goto(`${stack.url}/exercises/${exercise.slug}`);
    await page.getByRole('heading', { name: exercise.title }).waitFor();
    await page.getByRole('heading', { name: 'Module under test' }).waitFor();
    await page.locator('.cm-content').waitFor();
    assert.equal(await submitAndWait(page), 'Wrong answer');
    // The starter catches some bugs: caught ones are named, missed ones give a hint.
    await page.locator('.result', { hasText: /not caught/ }).waitFor();
    await replaceEditorText(page, exercise.private_spec.solution);
    assert.equal(await submitAndWait(page), 'Accepted');
    await page.locator('.result', { hasText: /caught: / }).waitFor();
    await shot(page, 'exercise-pytest');
  });

  it('completes a Django project file by file and sees it accepted', async () => {
    const exercise = fixtures.django;
    await page.goto(`${stack.url}/exercises/${exercise.slug}`);
    await page.getByRole('heading', { name: exercise.title }).waitFor();
    const fixed = Object.keys(exercise.spec.files)[0];
    await page.getByRole('tab', { name: new RegExp(`^${fixed}`) }).click();
    await page.getByText('it cannot be changed', { exact: false }).waitFor();
    for (const path of exercise.spec.editable) {
      await page.getByRole('tab', { name: path, exact: true }).click();
      await page.locator('.cm-content').waitFor();
      await replaceEditorText(page, exercise.private_spec.solution[path]);
    }
    assert.equal(await submitAndWait(page), 'Accepted');
    await shot(page, 'exercise-django');
  });

  it('answers a choice exercise', async () => {
    const { access } = await api.signIn('instructor', 'teach-python-2026');
    const choice = await api.get(`/api/v1/exercises/${fixtures.choice.slug}/`, access);
    await page.goto(`${stack.url}/exercises/${choice.slug}`);
    await page.getByRole('heading', { name: choice.title }).waitFor();
    for (const id of choice.private_spec.correct) {
      const option = choice.spec.options.find((o) => o.id === id);
      await page.locator('label.choice', { hasText: option.text }).click();
    }
    // A choice is an answer, not a program: its result reads as one.
    assert.equal(await submitAndWait(page), 'Correct');
    await page.getByText('That is right.').waitFor();
    await page.locator('.history__item').first().waitFor();
    await shot(page, 'exercise-choice');
  });

  it('returns to sign-in when the session expires, then back to the same page', async () => {
    const where = `/exercises/${fixtures.choice.slug}`;
    const refresh = await page.evaluate(() => sessionStorage.getItem('stepwise.refresh'));
    assert.ok(refresh, 'the refresh token is kept for the tab');
    await api.logout(refresh); // the server blacklists it, as when a session runs out
    await page.reload(); // the access token was in memory only: the SPA must refresh, and cannot
    await page.getByText('Your session has expired').waitFor();
    assert.ok(page.url().includes(`next=${encodeURIComponent(where)}`));
    await shot(page, 'session-expired');
    await signIn(page, learner.username, learner.password);
    await page.getByRole('heading', { name: fixtures.choice.title }).waitFor();
    assert.equal(new URL(page.url()).pathname, where);
  });

  it('a learner cannot open the instructor area', async () => {
    await page.goto(`${stack.url}/instructor`);
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await shot(page, 'instructor-not-allowed');
  });

  // Instructors read the work of the learners they teach only: the learner joins a class first.
  it('an instructor creates a class, the learner joins with its link, and shows up in the roster', async () => {
    const instructor = await newPage();
    await instructor.goto(`${stack.url}/instructor/classes`);
    await signIn(instructor, 'instructor', 'teach-python-2026');
    await instructor.getByRole('heading', { name: 'Classes', level: 1 }).waitFor();
    const name = `E2E class ${Date.now().toString(36)}`;
    await instructor.getByLabel('Name', { exact: true }).fill(name);
    await instructor.getByLabel('Starts on (optional)').fill('2026-09-01');
    await instructor.getByRole('button', { name: 'Create class' }).click();
    await instructor.getByRole('heading', { name, level: 1 }).waitFor();
    const link = await instructor.getByLabel('Join link').inputValue();
    assert.match(link, /\/join\/[A-Z0-9]+$/);
    await shot(instructor, 'class');

    await page.goto(link); // the learner's tab, still signed in
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText(`You joined ${name}.`).waitFor();
    await page.getByRole('heading', { name, level: 3 }).waitFor();
    await shot(page, 'my-classes');

    await instructor.reload();
    const roster = instructor.getByRole('table', { name: `Learners of ${name}` });
    await roster.getByRole('cell', { name: learner.username, exact: true }).waitFor();
    await instructor.context().close();
  });

  it("the instructor finds the learner's submissions and the exercise stats", async () => {
    const { access } = await api.signIn(learner.username, learner.password);
    const me = await api.get('/api/v1/me/', access);
    const instructor = await newPage();
    await instructor.goto(`${stack.url}/instructor`);
    await signIn(instructor, 'instructor', 'teach-python-2026');
    await instructor.getByRole('heading', { name: 'Instructor', level: 1 }).waitFor();
    assert.equal(
      await instructor.getByRole('link', { name: 'API docs (Swagger UI)' }).getAttribute('href'),
      '/api/v1/docs/',
    );
    assert.equal(
      await instructor.getByRole('link', { name: 'Write topics and exercises' }).getAttribute('href'),
      '/instructor/content',
    );

    await instructor.getByLabel('Exercise').selectOption(fixtures.code.slug);
    await instructor.getByLabel('Learner id').fill(String(me.id));
    await instructor.getByRole('button', { name: 'Apply' }).click();
    await instructor.getByRole('heading', { name: `Statistics: ${fixtures.code.title}` }).waitFor();
    const attempts = await instructor.locator('.stat', { hasText: 'attempts' }).locator('.stat__value').innerText();
    assert.ok(Number(attempts) >= 2);
    const rows = instructor.locator('.table tbody tr');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2, "the learner's two submissions to the exercise");
    assert.ok((await rows.first().innerText()).includes(learner.username));
    await shot(instructor, 'instructor');

    await instructor.getByLabel('Verdict').selectOption('accepted');
    await instructor.waitForFunction(() => document.querySelectorAll('.table tbody tr').length === 1);
    await rows.first().getByRole('link').click();
    await instructor.getByRole('heading', { name: 'Answer' }).waitFor();
    await instructor.getByText('Accepted').first().waitFor();
    await shot(instructor, 'instructor-submission');
    await instructor.context().close();
  });

  it('an instructor writes a topic with a previewed lesson, then a code exercise with two tests, and finds it listed', async () => {
    const suffix = Date.now().toString(36);
    const topicTitle = `Iterators by hand ${suffix}`;
    const exerciseTitle = `Double every item ${suffix}`;
    const instructor = await newPage();
    await instructor.goto(`${stack.url}/instructor`);
    await signIn(instructor, 'instructor', 'teach-python-2026');
    await instructor.getByRole('link', { name: 'Write topics and exercises' }).click();
    await instructor.getByRole('heading', { name: 'Content', level: 1 }).waitFor();
    await instructor.getByText('Managed by the curriculum files: read-only').first().waitFor();

    await instructor.getByRole('link', { name: 'New topic' }).click();
    const topicForm = instructor.getByRole('form', { name: 'New topic' });
    await topicForm.getByLabel('Title', { exact: true }).fill(topicTitle);
    await topicForm.getByLabel('Slug', { exact: true }).fill(`e2e-iterators-${suffix}`);
    await topicForm
      .getByLabel('Lesson (Markdown)', { exact: true })
      .fill('# Iterators\n\nCall `next()` until **StopIteration**.\n\n<script>alert(1)</script>');
    await topicForm.getByRole('button', { name: 'Preview' }).click();
    const preview = topicForm.getByRole('region', { name: 'Lesson (Markdown): preview' });
    await preview.getByRole('heading', { name: 'Iterators' }).waitFor();
    assert.equal(await preview.locator('strong').innerText(), 'StopIteration');
    assert.equal(await preview.locator('script').count(), 0, 'the preview is the sanitised HTML');
    await shot(instructor, 'authoring-topic');
    await topicForm.getByRole('button', { name: 'Create topic' }).click();

    const card = instructor.getByRole('region', { name: topicTitle });
    await card.getByRole('link', { name: `New exercise in ${topicTitle}` }).click();
    const form = instructor.getByRole('form', { name: 'New exercise' });
    await form.getByLabel('Title', { exact: true }).fill(exerciseTitle);
    await form.getByLabel('Slug', { exact: true }).fill(`e2e-double-${suffix}`);
    assert.equal(await form.getByLabel('Topic', { exact: true }).inputValue(), `e2e-iterators-${suffix}`);
    await form.getByLabel('Prompt (Markdown)', { exact: true }).fill('Write `double(items)`: each item times two.');
    await form.getByRole('textbox', { name: 'Starter code' }).click();
    await instructor.keyboard.insertText('def double(items):\n    pass\n');
    await form.getByRole('textbox', { name: 'Reference solution' }).click();
    await instructor.keyboard.insertText('def double(items):\n    return [2 * x for x in items]\n');
    const first = form.getByRole('listitem', { name: 'test 1' });
    await first.getByLabel('Test name').fill('doubles each item');
    await first.getByLabel('Function called').fill('double');
    await first.getByLabel('Arguments (JSON array)').fill('[[1, 2]]');
    await first.getByLabel('Expected value (JSON)').fill('[2, 4]');
    await form.getByRole('button', { name: 'Add a test' }).click();
    const second = form.getByRole('listitem', { name: 'test 2' });
    await second.getByLabel('Test name').fill('keeps an empty list empty');
    await second.getByLabel('Function called').fill('double');
    await second.getByLabel('Arguments (JSON array)').fill('[[]]');
    await second.getByLabel('Expected value (JSON)').fill('[]');
    await second.getByLabel('Hidden from learners').check();
    await shot(instructor, 'authoring-exercise');
    await form.getByRole('button', { name: 'Create exercise' }).click();

    await instructor.getByRole('heading', { name: 'Content', level: 1 }).waitFor();
    await card.getByRole('link', { name: exerciseTitle, exact: true }).waitFor();
    await shot(instructor, 'authoring-list');
    const { access } = await api.signIn('instructor', 'teach-python-2026');
    const saved = await api.get(`/api/v1/exercises/e2e-double-${suffix}/`, access);
    assert.deepEqual(
      saved.private_spec.tests.map((t) => [t.name, t.hidden, t.args, t.expect]),
      [
        ['doubles each item', false, [[1, 2]], [2, 4]],
        ['keeps an empty list empty', true, [[]], []],
      ],
    );
    assert.equal(saved.published, false, 'a new exercise is a draft');

    // Check it (the reference must pass, the starter fail), then publish it.
    await card.getByRole('link', { name: exerciseTitle, exact: true }).click();
    const panel = instructor.getByRole('region', { name: 'Check' });
    await panel.getByText('Not checked yet.').waitFor();
    await panel.getByRole('button', { name: 'Check' }).click();
    await panel.getByText('Passed', { exact: true }).waitFor({ timeout: 15_000 });
    await panel.getByRole('list', { name: 'Answers' }).getByText('Reference solution').waitFor();
    await shot(instructor, 'authoring-check');
    const editForm = instructor.getByRole('form', { name: 'Exercise' });
    await editForm.getByLabel('Published (learners see it)').check();
    await editForm.getByRole('button', { name: 'Save exercise' }).click();
    await instructor.getByRole('heading', { name: 'Content', level: 1 }).waitFor();
    const published = await api.get(`/api/v1/exercises/e2e-double-${suffix}/`, access);
    assert.equal(published.published, true);
    await instructor.context().close();
  });

  it('an instructor sets an assignment; the learner sees it on landing; the gradebook counts the answer', async () => {
    const { access } = await api.signIn('instructor', 'teach-python-2026');
    const klass = await api.post('/api/v1/classes/', access, { name: `E2E assignments ${Date.now().toString(36)}` });
    const learnerAccess = (await api.signIn(learner.username, learner.password)).access;
    await api.post('/api/v1/classes/join/', learnerAccess, { code: klass.join_code });
    // datetime-local wants the wall clock of the browser, which runs in this process's zone.
    const local = (ms) => {
      const d = new Date(Date.now() + ms);
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    };

    const instructor = await newPage();
    await instructor.goto(`${stack.url}/instructor/classes/${klass.id}/assignments/new`);
    await signIn(instructor, 'instructor', 'teach-python-2026');
    await instructor.getByLabel('Title', { exact: true }).fill('E2E week');
    await instructor.getByLabel('Opens').fill(local(-3600_000));
    await instructor.getByLabel('Due').fill(local(7 * 86400_000));
    await instructor.getByLabel('Add an exercise').selectOption(fixtures.choice.slug);
    await instructor.getByRole('button', { name: 'Add', exact: true }).click();
    await instructor.getByRole('button', { name: 'Create assignment' }).click();
    await instructor.getByRole('link', { name: 'E2E week' }).waitFor();

    const choice = await api.get(`/api/v1/exercises/${fixtures.choice.slug}/`, access);
    await api.post('/api/v1/submissions/', learnerAccess, {
      exercise: choice.slug,
      answer: { kind: 'choice', choices: choice.private_spec.correct },
    });
    await page.goto(`${stack.url}/`);
    const mine = page.getByRole('region', { name: 'Your assignments' });
    await mine.getByRole('heading', { name: 'E2E week' }).waitFor();
    await mine.getByText('Solved', { exact: true }).waitFor();
    await shot(page, 'your-assignments');

    await instructor.getByRole('link', { name: 'Gradebook', exact: true }).click();
    const row = instructor.getByRole('row', { name: new RegExp(learner.username) });
    await row
      .getByRole('cell', { name: String(choice.points), exact: true })
      .first()
      .waitFor();
    await shot(instructor, 'gradebook');

    // Work after the due time: a second assignment, due yesterday, counts late work at half.
    const slug = `e2e-header-${Date.now().toString(36)}`;
    await api.post('/api/v1/exercises/', access, {
      topic: choice.topic,
      slug,
      title: 'E2E redirect header',
      kind: 'text',
      points: 10,
      prompt_markdown: 'Which header carries the address of a redirect?',
      spec: { kind: 'text' },
      private_spec: { kind: 'text', match: 'case_insensitive', accepted: ['Location'] },
    });
    // A new exercise is a draft; publishing it needs a passing check of its content.
    const check = await api.post(`/api/v1/exercises/${slug}/checks/`, access);
    assert.equal(check.passed, true, JSON.stringify(check.problems));
    await api.patch(`/api/v1/exercises/${slug}/`, access, { published: true });
    const day = 86400_000;
    await api.post(`/api/v1/classes/${klass.id}/assignments/`, access, {
      title: 'E2E late week',
      opens_at: new Date(Date.now() - 2 * day).toISOString(),
      due_at: new Date(Date.now() - day).toISOString(),
      late_multiplier: 0.5,
      exercises: [slug],
    });
    await api.post('/api/v1/submissions/', learnerAccess, {
      exercise: slug,
      answer: { kind: 'text', text: 'Location' },
    });
    await instructor.reload();
    await row.getByText('late', { exact: true }).waitFor();
    await row
      .getByRole('cell', { name: /^5(\.0)?\b/ })
      .first()
      .waitFor(); // 10 points x 0.5
    const [download] = await Promise.all([
      instructor.waitForEvent('download'),
      instructor.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const csvRow = csv.split(/\r?\n/).find((line) => line.startsWith(`${learner.username},`));
    assert.ok(csvRow?.includes(',L,'), `the CSV flags the late work: ${csvRow}`);

    // The tests change; a regrade of the class takes the late points away, with the reason kept.
    // Changing the tests of a published exercise: unpublished in the same edit, checked again.
    await api.patch(`/api/v1/exercises/${slug}/`, access, {
      published: false,
      private_spec: { kind: 'text', match: 'case_insensitive', accepted: ['Content-Location'] },
    });
    await api.post(`/api/v1/exercises/${slug}/checks/`, access);
    await api.patch(`/api/v1/exercises/${slug}/`, access, { published: true });
    await instructor.goto(`${stack.url}/instructor`);
    await instructor.getByLabel('Exercise').selectOption(slug);
    await instructor.getByRole('button', { name: 'Apply' }).click();
    await instructor.getByLabel('Whose submissions').selectOption({ label: klass.name });
    await instructor.getByRole('button', { name: 'Regrade submissions' }).click();
    await instructor
      .locator('.regrade')
      .getByText(/Done: 1 of 1 regraded, 1 result changed/)
      .waitFor();
    await shot(instructor, 'regrade');
    const history = (await api.get(`/api/v1/submissions/?exercise=${slug}`, learnerAccess)).results[0];
    const detail = await api.get(`/api/v1/submissions/${history.id}/`, learnerAccess);
    assert.equal(detail.verdict, 'wrong_answer');
    assert.match(detail.history[0].reason, /tests changed/);
    await instructor.context().close();
  });
});
