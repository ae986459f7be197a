import { describe, expect, it } from 'vitest';
import { cursorOf, formatDate, formatScore, pageOf, percent, safeNext } from './format';

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

  it('reads the page number out of a "next" link', () => {
    expect(pageOf('http://x/api/v1/classes/?page=3&page_size=50')).toBe(3);
    expect(pageOf('http://x/api/v1/classes/')).toBe(1);
    expect(pageOf(null)).toBeUndefined();
  });

  it('shows a calendar date as the same day in any time zone', () => {
    const shown = formatDate('2026-09-01');
    expect(shown).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 8, 1)));
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('formats scores and percentages', () => {
    expect(formatScore(0.857)).toBe('86%');
    expect(formatScore(null)).toBe('—');
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
