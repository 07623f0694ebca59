import { describe, expect, it } from 'vitest';
import { pgmFile, rotate180, toPnm } from './image.ts';
import { sniffImage } from './sniff.ts';

describe('pixel helpers', () => {
  it('turns a picture upside down', () => {
    const image = { width: 2, height: 1, data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) };
    expect([...rotate180(image).data]).toEqual([5, 6, 7, 8, 1, 2, 3, 4]);
  });

  it('writes a binary PNM Tesseract can read, without the alpha channel', () => {
    const pnm = toPnm({ width: 1, height: 1, data: new Uint8Array([9, 8, 7, 255]) });
    expect(new TextDecoder().decode(pnm.subarray(0, 11))).toBe('P6\n1 1\n255\n');
    expect([...pnm.subarray(11)]).toEqual([9, 8, 7]);
  });

  it('writes a one-byte-a-pixel PGM, its pixels in place', () => {
    const pgm = pgmFile(2, 1);
    pgm.pixels.set([0, 255]);
    expect(new TextDecoder().decode(pgm.file.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.file.subarray(11)]).toEqual([0, 255]);
    expect(pgm.file.length).toBe(13);
  });
});

describe('header sniffing', () => {
  it('reads format and size without decoding', () => {
    const png = new Uint8Array(32);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 0); // signature, IHDR
    png.set([0, 0, 0x27, 0x10, 0, 0, 0x17, 0x70], 16); // 10000 x 6000
    expect(sniffImage(png)).toEqual({ format: 'png', width: 10_000, height: 6_000, pixels: 60_000_000 });
    expect(sniffImage(new TextEncoder().encode('not a picture at all')).format).toBe('unknown');
  });
});
