import { describe, expect, it } from 'vitest';
import { detectionSquares } from './faces.ts';
import { DETECT_MARGIN } from './child-rule.ts';

describe('detectionSquares', () => {
  it('looks at the whole photo with a margin, then square tiles of the short side along the long one', () => {
    const [whole, ...tiles] = detectionSquares(1000, 450);
    expect(whole.side).toBeCloseTo(1000 * (1 + 2 * DETECT_MARGIN));
    expect(whole.x + whole.side / 2).toBeCloseTo(500);
    expect(tiles.length).toBe(3);
    expect(tiles.every((t) => t.side === 450 && t.y === 0)).toBe(true);
    expect(tiles[0].x).toBe(0);
    expect(tiles[tiles.length - 1].x + 450).toBe(1000);
  });

  it('tiles a portrait photo downwards, a nearly square one with two, a square one with itself', () => {
    const tiles = detectionSquares(600, 1000).slice(1);
    expect(tiles.map((t) => t.x)).toEqual([0, 0]);
    expect(tiles[1].y + 600).toBe(1000);
    expect(detectionSquares(800, 700).slice(1).map((t) => [t.x, t.side])).toEqual([[0, 700], [100, 700]]);
    expect(detectionSquares(700, 700).slice(1)).toEqual([{ x: 0, y: 0, side: 700 }]);
  });

  it('never enlarges a strip of text into tiles: below the detector input only the whole pass', () => {
    expect(detectionSquares(362, 78)).toHaveLength(1);
  });
});
