import { describe, expect, it, vi } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-date-time';

describe('local date-times', () => {
  it('reads what was typed as wall-clock time in the viewer’s zone and sends it with that offset', () => {
    const iso = fromLocalInput('2026-03-10T09:30');
    expect(iso).toMatch(/^2026-03-10T09:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 2, 10, 9, 30).getTime());
  });

  it('writes the offset east and west of UTC, half hours included', () => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-330);
    expect(fromLocalInput('2026-03-10T09:30')).toBe('2026-03-10T09:30:00+05:30');
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(240);
    expect(fromLocalInput('2026-11-02T23:05')).toBe('2026-11-02T23:05:00-04:00');
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(0);
    expect(fromLocalInput('2026-01-01T00:00')).toBe('2026-01-01T00:00:00+00:00');
  });

  it('refuses an empty, malformed or impossible value', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(fromLocalInput('2026-02-31T10:00')).toBeNull();
  });

  it('shows an instant from the API as the viewer’s wall-clock time, and back again', () => {
    const instant = new Date(2026, 5, 1, 17, 45);
    expect(toLocalInput(instant.toISOString())).toBe('2026-06-01T17:45');
    expect(new Date(fromLocalInput(toLocalInput(instant.toISOString()))!).getTime()).toBe(instant.getTime());
    expect(toLocalInput(null)).toBe('');
  });
});
