import { describe, expect, it } from 'vitest';
import { verdictFrom } from './verdicts';

describe('verdicts', () => {
  it('reads a verdict from text and nothing else', () => {
    expect(verdictFrom('wrong_answer')).toBe('wrong_answer');
    expect(verdictFrom('wrong answer')).toBeUndefined();
    expect(verdictFrom('toString')).toBeUndefined();
    expect(verdictFrom('')).toBeUndefined();
    expect(verdictFrom(null)).toBeUndefined();
  });
});
