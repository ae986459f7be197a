/**
 * Prettier settings: the style the SPA was already written in, so adopting the formatter
 * rewrapped a few hundred lines rather than most of the code. 120 columns because that is
 * the width the code kept to (at 100, four times as many lines move).
 *
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  jsxSingleQuote: false,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
  bracketSpacing: true,
  tabWidth: 2,
  useTabs: false,
  endOfLine: 'lf',
};
