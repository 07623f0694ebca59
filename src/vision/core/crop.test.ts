import { describe, expect, it } from 'vitest';
import { cropSquare, cropSquareInto } from './crop.ts';
import type { RgbaImage } from './image.ts';

/** A w×h photo whose red value is its x coordinate and green its y, blue 200. */
function ramp(w: number, h: number): RgbaImage {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, y, 200, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}

describe('cropSquare', () => {
  it('copies pixels 1:1 when the square is the output size', () => {
    const out = cropSquare(ramp(8, 8), { x: 2, y: 3, side: 4 }, 4);
    expect([out[0], out[1], out[2]]).toEqual([2, 3, 200]);
    expect([out[(3 * 4 + 3) * 3], out[(3 * 4 + 3) * 3 + 1]]).toEqual([5, 6]);
  });

  it('averages the whole footprint when shrinking, with no dark seams between footprints', () => {
    const out = cropSquare(ramp(200, 200), { x: 0, y: 0, side: 200 }, 64); // 3.125 px per output pixel
    for (let i = 2; i < out.length; i += 3) expect(out[i]).toBeCloseTo(200, 5); // blue is 200 everywhere
    expect(out[0]).toBeCloseTo(1, 0); // mean x of the first footprint (0..2 or 0..3)
  });

  it('fills what lies past the photo, or outside the valid box, with the fill value', () => {
    const image = ramp(10, 10);
    const past = cropSquare(image, { x: -10, y: 0, side: 20 }, 20, 7);
    expect(past[0]).toBe(7); // left half lies past the edge
    expect(past[10 * 3]).toBe(0); // x = 0 of the photo
    const outside = cropSquare(image, { x: 0, y: 0, side: 10 }, 10, 0, { x: 5, y: 0, width: 5, height: 10 });
    expect([outside[0], outside[1], outside[2]]).toEqual([0, 0, 0]);
    expect(outside[5 * 3 + 2]).toBe(200);
  });

  it('gives the same shrunken crop from any square of a flat photo (areas agree with the fill)', () => {
    const flat: RgbaImage = { width: 300, height: 100, data: new Uint8Array(300 * 100 * 4).fill(90) };
    const out = cropSquare(flat, { x: 0, y: -100, side: 300 }, 50, 90);
    for (const v of out) expect(v).toBeCloseTo(90, 5);
  });

  it('enlarges exactly as a per-pixel bilinear mix would (the separable version reuses rows, not rounding)', () => {
    const w = 40, h = 30;
    const data = new Uint8Array(w * h * 4).map((_, i) => (i * 2654435761) >>> 24); // noise: every pixel differs
    const image: RgbaImage = { width: w, height: h, data };
    for (const square of [{ x: 3.3, y: 1.7, side: 11.2 }, { x: -4, y: 20, side: 25 }, { x: 30.5, y: -2, side: 15.5 }]) {
      const size = 24;
      const step = square.side / size;
      const out = cropSquare(image, square, size, 9);
      for (let oy = 0; oy < size; oy++) for (let ox = 0; ox < size; ox++) {
        const px = square.x + (ox + 0.5) * step, py = square.y + (oy + 0.5) * step;
        const o = (oy * size + ox) * 3;
        if (px < 0 || py < 0 || px >= w || py >= h) {
          expect(out[o]).toBe(9);
          continue;
        }
        const fx = Math.min(w - 1, Math.max(0, px - 0.5)), fy = Math.min(h - 1, Math.max(0, py - 0.5));
        const x0 = Math.floor(fx), y0 = Math.floor(fy), x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
        for (let k = 0; k < 3; k++) {
          const at = (x: number, y: number) => data[(y * w + x) * 4 + k];
          const top = at(x0, y0) + (at(x1, y0) - at(x0, y0)) * (fx - x0);
          const bottom = at(x0, y1) + (at(x1, y1) - at(x0, y1)) * (fx - x0);
          expect(out[o + k]).toBe(Math.fround(top + (bottom - top) * (fy - y0)));
        }
      }
    }
  });

  it('shrinks to the exact mean of each whole-pixel footprint, the part outside counted as fill', () => {
    const w = 90, h = 70;
    const data = new Uint8Array(w * h * 4).map((_, i) => (i * 2654435761) >>> 24);
    const image: RgbaImage = { width: w, height: h, data };
    const cases = [
      { square: { x: 0, y: 0, side: 70 }, valid: undefined },
      { square: { x: -20.4, y: -7.7, side: 131.3 }, valid: undefined },
      { square: { x: 10.2, y: 5.6, side: 47.9 }, valid: { x: 12.4, y: 8, width: 30, height: 40.6 } },
    ];
    for (const { square, valid } of cases) {
      const size = 16, fill = 5, step = square.side / size;
      const out = cropSquare(image, square, size, fill, valid);
      const v = { x0: Math.round(Math.max(0, valid?.x ?? 0)), y0: Math.round(Math.max(0, valid?.y ?? 0)), x1: Math.round(Math.min(w, valid ? valid.x + valid.width : w)), y1: Math.round(Math.min(h, valid ? valid.y + valid.height : h)) };
      for (let oy = 0; oy < size; oy++) for (let ox = 0; ox < size; ox++) {
        const left = Math.round(square.x + ox * step), right = Math.round(square.x + (ox + 1) * step);
        const top = Math.round(square.y + oy * step), bottom = Math.round(square.y + (oy + 1) * step);
        for (let k = 0; k < 3; k++) {
          let sum = 0;
          for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) {
            sum += x >= v.x0 && x < v.x1 && y >= v.y0 && y < v.y1 ? data[(y * w + x) * 4 + k] : fill;
          }
          expect(out[(oy * size + ox) * 3 + k]).toBe(Math.fround(sum / ((right - left) * (bottom - top))));
        }
      }
    }
  });

  it('writes into a batch buffer at an offset, as cropSquare would, and nothing around it', () => {
    const image = ramp(50, 50);
    for (const square of [{ x: 5, y: 5, side: 10 }, { x: 0, y: 0, side: 50 }]) { // enlarged and shrunken
      const batch = new Float32Array(3 * 8 * 8 * 3).fill(-1);
      cropSquareInto(batch, 8 * 8 * 3, image, square, 8);
      expect([...batch.subarray(8 * 8 * 3, 2 * 8 * 8 * 3)]).toEqual([...cropSquare(image, square, 8)]);
      expect(batch.subarray(0, 8 * 8 * 3).every((x) => x === -1)).toBe(true);
      expect(batch.subarray(2 * 8 * 8 * 3).every((x) => x === -1)).toBe(true);
    }
  });
});
