import { describe, expect, it } from 'vitest';
import { cursorOf, formatScore, percent, safeNext } from './format';

describe('format helpers', () => {
  it('only goes back to paths on this site after signing in', () => {
    expect(safeNext('/exercises/slugify')).toBe('/exercises/slugify');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('reads the cursor out of a "next" link', () => {
    expect(cursorOf('http://x/api/v1/submissions/?cursor=cD0yMDI2&page_size=10')).toBe('cD0yMDI2');
    expect(cursorOf(null)).toBeUndefined();
  });

  it('formats scores and percentages', () => {
    expect(formatScore(0.857)).toBe('86%');
    expect(formatScore(null)).toBe('—');
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
