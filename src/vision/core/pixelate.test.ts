import { describe, expect, it } from 'vitest';
import { BLOCKS_ACROSS, coverFor, pixelateFaces, pixelateText } from './pixelate.ts';
import type { RgbaImage } from './image.ts';

/** A w×h picture whose red value is its x coordinate and green its y, blue 200, alpha 255. */
function ramp(w: number, h: number): RgbaImage {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, y, 200, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}
const px = (img: RgbaImage, x: number, y: number) => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];

describe('coverFor', () => {
  it('grows the face box by its margin on every side', () => {
    expect(coverFor({ x: 100, y: 100, width: 50, height: 60 }, 1000, 1000)).toEqual({ x: 85, y: 82, width: 80, height: 96 });
  });
  it('clips to the picture', () => {
    expect(coverFor({ x: -5, y: 190, width: 20, height: 20 }, 200, 200)).toEqual({ x: 0, y: 184, width: 21, height: 16 });
  });
});

describe('pixelateFaces', () => {
  it('fills each block with its mean colour, inside the covered area only', () => {
    const img = ramp(240, 240);
    const [area] = pixelateFaces(img, [{ x: 60, y: 60, width: 100, height: 100 }]);
    expect(area).toEqual({ x: 30, y: 30, width: 160, height: 160 });
    const block = Math.ceil(160 / BLOCKS_ACROSS); // 27
    // the first block spans x 30..56, y 30..56: mean x = 43, mean y = 43
    expect(px(img, 30, 30)).toEqual([43, 43, 200, 255]);
    expect(px(img, 30 + block - 1, 30 + block - 1)).toEqual([43, 43, 200, 255]);
    // the next block to the right
    expect(px(img, 30 + block, 30)).toEqual([43 + block, 43, 200, 255]);
    // outside the area: untouched
    expect(px(img, 29, 29)).toEqual([29, 29, 200, 255]);
    expect(px(img, 190, 100)).toEqual([190, 100, 200, 255]);
  });

  it('leaves no more distinct colours across the area than blocks', () => {
    const img = ramp(240, 240);
    const [a] = pixelateFaces(img, [{ x: 60, y: 60, width: 100, height: 100 }]);
    const colours = new Set<string>();
    for (let y = a.y; y < a.y + a.height; y++) for (let x = a.x; x < a.x + a.width; x++) colours.add(px(img, x, y).join());
    expect(colours.size).toBeLessThanOrEqual(BLOCKS_ACROSS * BLOCKS_ACROSS);
  });

  it('covers a face at the picture edge, and a tiny face with blocks of at least 4 px', () => {
    const img = ramp(100, 100);
    const areas = pixelateFaces(img, [{ x: 90, y: 90, width: 20, height: 20 }, { x: 10, y: 10, width: 6, height: 6 }]);
    expect(areas[0]).toEqual({ x: 84, y: 84, width: 16, height: 16 });
    expect(px(img, 99, 99)).toEqual(px(img, 96, 96));
    expect(areas[1]).toEqual({ x: 8, y: 8, width: 10, height: 10 });
    expect(px(img, 8, 8)).toEqual(px(img, 11, 11)); // one 4 px block
  });

  it('skips a face wholly outside the picture', () => {
    const img = ramp(50, 50);
    const before = img.data.slice();
    expect(pixelateFaces(img, [{ x: 200, y: 200, width: 10, height: 10 }])).toEqual([]);
    expect(img.data).toEqual(before);
  });
});

describe('pixelateText', () => {
  it('covers a line with its margin in blocks at least half its height', () => {
    const img = ramp(240, 100);
    const [area] = pixelateText(img, [{ x: 20, y: 40, width: 60, height: 20 }]);
    expect(area).toEqual({ x: 11, y: 37, width: 78, height: 26 });
    // blocks of 13 px (half of 26): x 11..23 is one block
    expect(px(img, 11, 37)).toEqual(px(img, 23, 49));
    expect(px(img, 24, 37)).not.toEqual(px(img, 23, 37));
    expect(px(img, 10, 50)).toEqual([10, 50, 200, 255]); // outside: untouched
  });
});
