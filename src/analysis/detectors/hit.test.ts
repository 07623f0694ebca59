import { describe, expect, it } from 'vitest';
import { overlaps, SpanIndex } from './hit.ts';

/** a fixed pseudo-random sequence, so a failure can be replayed */
function lcg(seed: number) {
  return (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
}

const brute = {
  overlaps: (spans: { start: number; end: number }[], q: { start: number; end: number }) => spans.some((x) => overlaps(x, q)),
  distance: (spans: { start: number; end: number }[], q: { start: number; end: number }) =>
    spans.reduce((d, x) => Math.min(d, overlaps(x, q) ? 0 : x.end <= q.start ? q.start - x.end : x.start - q.end), Infinity),
};

describe('SpanIndex', () => {
  it('answers like a scan of every span, for a few spans and for thousands', () => {
    const next = lcg(7);
    for (const count of [0, 1, 5, 64, 65, 200, 3000]) {
      const span = () => {
        const start = next(5000);
        return { start, end: start + 1 + next(12) };
      };
      const spans = Array.from({ length: count }, span);
      const index = new SpanIndex(spans);
      for (let q = 0; q < 300; q++) {
        const query = span();
        expect(index.overlaps(query.start, query.end)).toBe(brute.overlaps(spans, query));
        expect(index.distance(query.start, query.end)).toBe(brute.distance(spans, query));
      }
    }
  });
  it('says how far the nearest span is on either side', () => {
    const index = new SpanIndex(Array.from({ length: 20 }, (_, k) => ({ start: k * 100, end: k * 100 + 10 })));
    expect(index.distance(15, 20)).toBe(5);
    expect(index.distance(90, 95)).toBe(5);
    expect(index.distance(5, 6)).toBe(0);
    expect(index.overlaps(10, 100)).toBe(false);
    expect(index.overlaps(10, 101)).toBe(true);
  });
});
