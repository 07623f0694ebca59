import { describe, expect, it } from 'vitest';
import { invertedSauvola, luma1000Row } from './threshold.ts';
import type { RgbaImage } from './image.ts';

/** A dark sign (grey 40) with a light vertical stroke (grey 230) in the middle, on a bright wall. */
function sign(): RgbaImage {
  const width = 60;
  const height = 40;
  const data = new Uint8Array(width * height * 4).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inSign = x >= 10 && x < 50 && y >= 5 && y < 35;
      const stroke = inSign && x >= 28 && x < 32 && y >= 10 && y < 30;
      const v = stroke ? 230 : inSign ? 40 : 200;
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

describe('light text on dark ground', () => {
  it('turns a light stroke on a dark sign into black on white', () => {
    const out = invertedSauvola(sign(), { radius: 6 });
    const at = (x: number, y: number) => out.data[y * out.width + x];
    expect(at(30, 20)).toBe(0); // the stroke is ink
    expect(at(20, 20)).toBe(255); // the sign around it is background
    expect(at(22, 20)).toBe(255);
    expect(out.data.length).toBe(60 * 40);
  });

  it('uses exact integer luma (the same threshold in every host)', () => {
    const px = { width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]) };
    const row = new Uint32Array(3);
    luma1000Row(px, 0, row, 1);
    expect([...row]).toEqual([0, 299 * 255, 114 * 255]);
  });

  it('writes into the bytes it is given (a PGM file\'s pixels), the same as into its own array', () => {
    const file = new Uint8Array(7 + 60 * 40);
    const out = invertedSauvola(sign(), { radius: 6, into: file.subarray(7) });
    expect(out.data.buffer).toBe(file.buffer);
    expect([...file.subarray(7)]).toEqual([...invertedSauvola(sign(), { radius: 6 }).data]);
    expect(() => invertedSauvola(sign(), { into: new Uint8Array(10) })).toThrow(/10 bytes for 60×40/);
  });

  it('copes with pictures smaller than the window', () => {
    const tiny = { width: 1, height: 1, data: new Uint8Array([0, 0, 0, 255]) };
    expect(invertedSauvola(tiny).data.length).toBe(1);
  });
});
