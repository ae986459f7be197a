import { describe, expect, it } from 'vitest';
import { isFinal, pollDelay, refusedWaitDelay } from './submissions';

describe('polling', () => {
  it('backs off from 400 ms to at most 4 s', () => {
    expect(pollDelay(0)).toBe(400);
    expect(pollDelay(1)).toBeCloseTo(640);
    expect(pollDelay(20)).toBe(4000);
  });

  it('holds back after a wait the server declined, as long as Retry-After says', () => {
    expect(refusedWaitDelay(new Headers({ 'Retry-After': '2' }))).toBe(2000);
    expect(refusedWaitDelay(new Headers({ 'Retry-After': '3600' }))).toBe(10000);
    expect(refusedWaitDelay(new Headers())).toBe(0);
    expect(refusedWaitDelay(new Headers({ 'Retry-After': 'soon' }))).toBe(0);
  });

  it('stops at completed and error', () => {
    expect(isFinal({ status: 'queued' })).toBe(false);
    expect(isFinal({ status: 'running' })).toBe(false);
    expect(isFinal({ status: 'completed' })).toBe(true);
    expect(isFinal({ status: 'error' })).toBe(true);
  });
});
