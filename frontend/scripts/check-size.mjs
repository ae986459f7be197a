// Prints the gzipped size of every built JS and CSS file and fails when the JavaScript that
// index.html loads up front (its entry script and modulepreloads) exceeds the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 250 * 1000; // bytes of gzipped initial JS
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// Everything index.html references is fetched up front; lazy chunks are not referenced there.
const initial = new Set(
  [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);

const kb = (n) => `${(n / 1000).toFixed(1).padStart(7)} kB`;
const rows = readdirSync(join(dist, 'assets'))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const path = `assets/${name}`;
    const bytes = readFileSync(join(dist, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(path) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

console.log('\nBundle sizes (gzip -9):');
for (const r of rows)
  console.log(`  ${r.initial ? 'initial' : 'lazy   '} ${kb(r.gzip)} gz ${kb(r.raw)} raw  ${r.path}`);
const total = rows.filter((r) => r.initial && r.path.endsWith('.js')).reduce((sum, r) => sum + r.gzip, 0);
console.log(`Initial JS: ${kb(total).trim()} gzipped (budget ${BUDGET / 1000} kB)\n`);
if (![...initial].some((path) => path.endsWith('.js'))) {
  console.error('No entry script found in dist/index.html');
  process.exit(1);
}
if (total > BUDGET) {
  console.error(`Initial JS is over budget by ${kb(total - BUDGET).trim()}.`);
  process.exit(1);
}
