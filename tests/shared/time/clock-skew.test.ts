// The verdict on a sender's clock from its offset bounds: ahead, behind, an old bundle, or in step.
import { describe, expect, it } from 'vitest';
import {
  isSkewWarning,
  mirrorVerdict,
  SKEW_OLD_FLAG_MS,
  SKEW_TOLERANCE_MS,
  skewVerdict,
} from '../../../shared/time/clock-skew.ts';

const DAY = 86_400_000;

describe('skewVerdict', () => {
  it('a lower bound past the tolerance proves the sender ahead, with the upper bound as its limit', () => {
    expect(skewVerdict({ lowMs: 2 * DAY, highMs: 4 * DAY })).toEqual({
      side: 'ahead',
      atLeastMs: 2 * DAY,
      atMostMs: 4 * DAY,
    });
    expect(skewVerdict({ lowMs: SKEW_TOLERANCE_MS + 1, highMs: null })).toMatchObject({ side: 'ahead' });
    expect(skewVerdict({ lowMs: SKEW_TOLERANCE_MS, highMs: null })).toEqual({ side: 'in-step' });
  });

  it('only a round trip proves a sender behind: without one, a late bundle is just old', () => {
    expect(skewVerdict({ lowMs: -40 * DAY, highMs: -30 * DAY })).toEqual({
      side: 'behind',
      atLeastMs: 30 * DAY,
      atMostMs: 40 * DAY,
    });
    expect(skewVerdict({ lowMs: -40 * DAY, highMs: null })).toEqual({ side: 'old', ageMs: 40 * DAY });
    // A bundle three days on the road from a correct clock: the round trip shows no skew.
    expect(skewVerdict({ lowMs: -3 * DAY, highMs: 2 * DAY })).toEqual({ side: 'in-step' });
  });

  it('warns for a proven skew or a bundle older than a month, not for a slow stick', () => {
    expect(isSkewWarning(skewVerdict({ lowMs: 1 * DAY, highMs: null }))).toBe(true);
    expect(isSkewWarning(skewVerdict({ lowMs: -2 * DAY, highMs: -DAY }))).toBe(true);
    expect(isSkewWarning(skewVerdict({ lowMs: -5 * DAY, highMs: null }))).toBe(false);
    expect(isSkewWarning(skewVerdict({ lowMs: -SKEW_OLD_FLAG_MS - 1, highMs: null }))).toBe(true);
  });

  it('mirrors a verdict to the other PC', () => {
    expect(mirrorVerdict({ side: 'ahead', atLeastMs: DAY, atMostMs: null })).toEqual({
      side: 'behind',
      atLeastMs: DAY,
      atMostMs: null,
    });
    expect(mirrorVerdict({ side: 'in-step' })).toEqual({ side: 'in-step' });
  });
});
