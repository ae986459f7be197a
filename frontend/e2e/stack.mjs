// Starts the real backend for the browser tests: a fresh SQLite database in a temp dir,
// migrated, with the curriculum and the demo accounts, served by `runserver` (which also
// serves the built SPA from frontend/dist). Grading runs in-process in the real sandbox.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repo = resolve(frontend, '..');
const backend = join(repo, 'backend');
const dist = join(frontend, 'dist');

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

// uv as the Makefile finds it: on PATH, or as a module of the system Python.
const uv = spawnSync('uv', ['--version']).status === 0 ? ['uv'] : ['python3', '-m', 'uv'];

function manage(env, ...args) {
  const [command, ...prefix] = uv;
  const result = spawnSync(command, [...prefix, 'run', 'python', 'manage.py', ...args], {
    cwd: backend,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`manage.py ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForHealth(url, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the backend exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the backend did not answer /healthz within ${timeoutMs / 1000} s`);
}

/** Starts the stack; returns its base URL and a stop() that always kills the server. */
export async function startStack() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('frontend/dist is missing: run `npm run build` first (make test-e2e does).');
  }
  const tmp = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
  const env = {
    ...process.env,
    DJANGO_SETTINGS_MODULE: 'config.settings.development',
    DATABASE_URL: `sqlite:///${join(tmp, 'e2e.sqlite3')}`,
    THROTTLE_AUTH: '1000/min',
    THROTTLE_SUBMISSIONS: '1000/min',
    STEPWISE_SPA_DIST: dist,
    PYTHONUNBUFFERED: '1',
  };
  delete env.CELERY_BROKER_URL; // grade in-process (Celery eager mode)

  manage(env, 'migrate', '--no-input', '-v0');
  // E2E_CONTENT_PATH lets a developer point at another content folder while the curriculum is in flux.
  manage(env, 'content_sync', ...(process.env.E2E_CONTENT_PATH ? ['--path', process.env.E2E_CONTENT_PATH] : []));
  manage(env, 'demo_accounts');

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = [];
  const [command, ...prefix] = uv;
  const server = spawn(
    command,
    [...prefix, 'run', 'python', 'manage.py', 'runserver', `127.0.0.1:${port}`, '--noreload'],
    {
      cwd: backend,
      env,
      detached: true, // its own process group, so stop() also ends anything it started
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk) => log.push(chunk.toString());
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  try {
    await waitForHealth(url, server);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n--- backend log ---\n${log.join('')}`);
  }
  return { url, stop, log };
}
