import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const here = import.meta.dirname;

/** Every feature folder, read from disk so a new feature is fenced in without editing this file. */
const features = readdirSync(`${here}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** What features and routes build on: everything in src/ but the features and the routes (src/app). */
const shared = readdirSync(`${here}/src`)
  .filter((name) => name !== 'features' && name !== 'app')
  .map((name) => `./src/${name}`);

/**
 * The layers of the SPA, checked on resolved files, so a relative path, an absolute
 * `src/...` path or any alias tsconfig.json declares all count the same. Routes (src/app)
 * compose features; features use shared code and never each other; shared code uses neither.
 * The entry point and the test harness render the whole app, so only they may import it.
 */
const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature; compose them in a route (src/app/routes).',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'A feature does not import the routes; a route passes what it needs as props.',
  },
  {
    target: shared,
    from: './src/features',
    message: 'Shared code does not import a feature; move what both need into shared code.',
  },
  {
    target: shared.filter((path) => path !== './src/test' && path !== './src/main.tsx'),
    from: './src/app',
    message: 'Shared code does not import the routes.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${here}/tsconfig.json` })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: here, zones }],
      // The zones can only judge an import they can resolve; an unresolved one fails here instead.
      'import-x/no-unresolved': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser tests pass functions to page.waitForFunction, which run in the page.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, document: 'readonly' } },
  },
);
