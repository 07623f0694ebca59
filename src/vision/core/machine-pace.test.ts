// The machine's pace from the sign copies' times, and the budget factor it gives.
import { describe, expect, it } from 'vitest';
import { MachinePace, MAX_SLOWDOWN, REFERENCE_NS_PER_PIXEL, slowdown } from './machine-pace.ts';

/** ms for a copy of `pixels` pixels at `nsPerPixel`. */
const copyMs = (nsPerPixel: number, pixels = 1_000_000) => (nsPerPixel * pixels) / 1e6;

describe('machine pace', () => {
  it('stretches the budget by how much slower than the reference the copy ran, between 1 and MAX_SLOWDOWN', () => {
    expect(slowdown(REFERENCE_NS_PER_PIXEL)).toBe(1);
    expect(slowdown(REFERENCE_NS_PER_PIXEL / 3)).toBe(1); // a faster machine keeps the budget
    expect(slowdown(REFERENCE_NS_PER_PIXEL * 1.5)).toBeCloseTo(1.5);
    expect(slowdown(REFERENCE_NS_PER_PIXEL * 10)).toBe(MAX_SLOWDOWN);
  });

  it('says 1 until a copy large enough to tell has been timed', () => {
    const pace = new MachinePace();
    expect(pace.observe(50, 2)).toBe(1); // 2 pixels: 25 s a megapixel means nothing
    expect(pace.observe(0, 2_000_000)).toBe(1);
    expect(pace.observe(copyMs(REFERENCE_NS_PER_PIXEL * 1.5, 200_000), 200_000)).toBeCloseTo(1.5);
  });

  it('takes the median of the last five copies: one slow copy (a collection, a cold JIT) does not move it', () => {
    const pace = new MachinePace();
    for (let i = 0; i < 4; i++) pace.observe(copyMs(REFERENCE_NS_PER_PIXEL * 1.2), 1_000_000);
    expect(pace.observe(copyMs(REFERENCE_NS_PER_PIXEL * 6), 1_000_000)).toBeCloseTo(1.2);
    // the machine got slower (another program took the cores): five slow copies later it counts
    for (let i = 0; i < 2; i++) pace.observe(copyMs(REFERENCE_NS_PER_PIXEL * 1.8), 1_000_000);
    expect(pace.observe(copyMs(REFERENCE_NS_PER_PIXEL * 1.8), 1_000_000)).toBeCloseTo(1.8);
  });
});
