// Every page of the site loads only from its own server and stays within its
// Content-Security-Policy: the SPA, Swagger UI, ReDoc and the Django admin, each used a little
// in headless Chromium. A request to any other origin, a CSP violation or a Permissions-Policy
// error fails the test. Run after `npm run build` (make test-e2e does).
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { apiClient } from './api.mjs';
import { startStack } from './stack.mjs';

let stack;
let browser;
let page;
let seen;

/** A fresh page that records what leaves the server's origin and what its policy refuses. */
async function watchedPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const records = { foreign: [], violations: [] };
  const origin = new URL(stack.url).origin;
  // A violation event carries what was blocked and where, even when the console does not.
  await context.exposeBinding('reportCspViolation', (_source, text) => records.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // eslint-disable-next-line no-undef
      reportCspViolation(
        `${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const created = await context.newPage();
  created.setDefaultTimeout(20_000);
  // A blob: URL carries the origin of the page that made it; data: URLs never reach a network.
  const isLocal = (url) => url.startsWith('data:') || new URL(url).origin === origin;
  created.on('request', (request) => {
    if (!isLocal(request.url())) records.foreign.push(request.url());
  });
  created.on('websocket', (socket) => {
    if (!isLocal(socket.url())) records.foreign.push(socket.url());
  });
  created.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Permissions-Policy/i.test(message.text())) {
      records.violations.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  return { page: created, records };
}

/** Opens `path` and checks the document came with a policy that refuses inline script. */
async function open(path) {
  const response = await page.goto(`${stack.url}${path}`);
  const policy = response.headers()['content-security-policy'] ?? '';
  assert.match(policy, /(^|; )script-src 'self'(;|$)/, `${path} is served with a script-src of 'self' only`);
  assert.match(policy, /(^|; )frame-ancestors 'none'(;|$)/, `${path} cannot be framed`);
  return response;
}

describe('every page stays on its own server and within its policy', () => {
  before(async () => {
    stack = await startStack();
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
  });

  after(async () => {
    await browser?.close();
    stack?.stop();
  });

  beforeEach(async () => {
    ({ page, records: seen } = await watchedPage());
  });

  afterEach(async () => {
    // Let late requests (images, workers, lazy chunks) start before the verdict.
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.context().close();
    assert.deepEqual(seen.foreign, [], 'requests to another origin');
    assert.deepEqual(seen.violations, [], 'Content-Security-Policy violations');
  });

  it('the SPA: sign in, the roadmap, a topic, a code exercise in the editor, progress', async () => {
    const api = apiClient(stack.url);
    const { access } = await api.signIn('instructor', 'teach-python-2026');
    const exercise = await api.pickExercise(access, 'code', 'slugify-a-title');
    await open('/');
    await page.getByLabel('Username').fill('learner');
    await page.getByLabel('Password').fill('learn-python-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.roadmap__item').first().waitFor();
    await page.locator(`a[href="/topics/${exercise.topic}"]`).first().click();
    await page.locator('.lesson .prose').waitFor();
    await page.getByRole('link', { name: exercise.title }).click();
    // CodeMirror loads on demand and themes itself with a <style> element.
    await page.locator('.cm-content').click();
    await page.keyboard.insertText('# a comment\n');
    assert.ok((await page.locator('.cm-content').innerText()).includes('# a comment'));
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
  });

  it('Swagger UI: loads the schema and tries an operation', async () => {
    await open('/api/v1/docs/');
    const operation = page.locator('.opblock', { hasText: '/api/v1/topics/' }).first();
    await operation.locator('.opblock-summary').click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();
    await operation.locator('.live-responses-table').waitFor();
    await page.getByRole('button', { name: 'Authorize' }).first().click();
    await page.locator('.modal-ux').waitFor();
  });

  it('ReDoc: renders the reference, searches it, and shows a local image for its credit', async () => {
    await open('/api/v1/redoc/');
    await page.locator('.api-content').waitFor();
    // The search index runs in a worker the bundle starts from a blob: URL.
    await page.getByPlaceholder('Search...').pressSequentially('submission');
    await page.locator('[data-role="search:results"] li').first().waitFor();
    // The vendored bundle's credit image came from cdn.redoc.ly; the served one is local.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(seen.foreign, [], 'requests to another origin');
    const logo = page.locator('img[alt="redocly logo"]');
    await logo.waitFor();
    assert.match(await logo.getAttribute('src'), /^\/static\//);
    assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the image loaded');
  });

  it('the Django admin: the login page, then signing in', async () => {
    await open('/admin/login/');
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill('admin-python-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Site administration' }).waitFor();
  });
});
