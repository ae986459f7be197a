import { describe, expect, it } from 'vitest';
import { isFinal, pollDelay } from './submissions';

describe('polling', () => {
  it('backs off from 400 ms to at most 4 s', () => {
    expect(pollDelay(0)).toBe(400);
    expect(pollDelay(1)).toBeCloseTo(640);
    expect(pollDelay(20)).toBe(4000);
  });

  it('stops at completed and error', () => {
    expect(isFinal({ status: 'queued' })).toBe(false);
    expect(isFinal({ status: 'running' })).toBe(false);
    expect(isFinal({ status: 'completed' })).toBe(true);
    expect(isFinal({ status: 'error' })).toBe(true);
  });
});
