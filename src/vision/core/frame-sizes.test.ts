// The pixel limit holds for every frame a decoder may draw, read from crafted headers whose first
// size lies (1×1) while a frame, an animation step or an image item further on is huge.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sniffImage } from './sniff.ts';
import { problemBeforeDecoding, PROBLEM } from './problems.ts';

const MAX = 50_000_000;
const ALL = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif'] as const);
const problem = (b: Uint8Array) => problemBeforeDecoding(b.length, sniffImage(b), ALL, MAX);

const bytes = (...parts: (number[] | string | Uint8Array)[]) => {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrays) { out.set(a, o); o += a.length; }
  return out;
};
const le16 = (n: number) => [n & 0xff, n >> 8];
const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, n >> 16];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
const be32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

// ---- GIF ----
const gifImage = (left: number, top: number, w: number, h: number) =>
  bytes([0x2c], le16(left), le16(top), le16(w), le16(h), [0x00, 0x02, 0x02, 0x4c, 0x01, 0x00]);
const gif = (w: number, h: number, ...frames: Uint8Array[]) => bytes(
  'GIF89a', le16(w), le16(h), [0x80, 0, 0], new Uint8Array(6), // a 2-colour global table
  [0x21, 0xf9, 0x04, 0x04, 0x0a, 0x00, 0x00, 0x00], // graphic control extension
  ...frames, [0x3b],
);

// ---- PNG / APNG ----
const pngChunk = (type: string, data: number[]) => bytes(be32(data.length), type, data, [0, 0, 0, 0]);
const png = (w: number, h: number, ...chunks: Uint8Array[]) => bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk('IHDR', [...be32(w), ...be32(h), 8, 6, 0, 0, 0]),
  ...chunks, pngChunk('IDAT', [1, 2, 3]), pngChunk('IEND', []),
);
const fcTL = (w: number, h: number, x = 0, y = 0) => pngChunk('fcTL', [...be32(0), ...be32(w), ...be32(h), ...be32(x), ...be32(y), 0, 1, 0, 10, 0, 0]);

// ---- WebP ----
const riffChunk = (type: string, data: Uint8Array | number[]) => {
  const d = data instanceof Uint8Array ? data : new Uint8Array(data);
  return bytes(type, le32(d.length), d, d.length & 1 ? [0] : []);
};
const webp = (...chunks: Uint8Array[]) => {
  const body = bytes('WEBP', ...chunks);
  return bytes('RIFF', le32(body.length), body);
};
const vp8x = (w: number, h: number) => riffChunk('VP8X', [0x12, 0, 0, 0, ...le24(w - 1), ...le24(h - 1)]);
const vp8l = (w: number, h: number) => {
  const bits = ((w - 1) | ((h - 1) << 14)) >>> 0;
  return riffChunk('VP8L', [0x2f, ...le32(bits), 0, 0, 0]);
};
const anmf = (w: number, h: number, frame: Uint8Array) => riffChunk('ANMF', bytes(le24(0), le24(0), le24(w - 1), le24(h - 1), le24(100), [0], frame));

// ---- HEIF / AVIF ----
const box = (type: string, ...data: (Uint8Array | number[] | string)[]) => {
  const body = bytes(...data);
  return bytes(be32(body.length + 8), type, body);
};
const ispe = (w: number, h: number) => box('ispe', [0, 0, 0, 0], be32(w), be32(h));
const avif = (...boxes: Uint8Array[]) => bytes(box('ftyp', 'avif', [0, 0, 0, 0], 'mif1', 'avif'), ...boxes);
const meta = (...props: Uint8Array[]) => box('meta', [0, 0, 0, 0], box('hdlr', new Uint8Array(24)), box('iprp', box('ipco', ...props)));

describe('the pixel limit holds for every frame, before anything decodes', () => {
  it('GIF: a 1×1 screen whose first frame is 23000×23000 is refused (decoders grow the screen to it)', () => {
    const huge = gif(1, 1, gifImage(0, 0, 23000, 23000));
    expect(sniffImage(huge)).toMatchObject({ format: 'gif', width: 23000, height: 23000 });
    expect(problem(huge)).toBe(PROBLEM.tooLarge(23000, 23000, MAX));
  });

  it('GIF: a small first frame and a huge later one (or one placed far off) is refused', () => {
    expect(problem(gif(100, 100, gifImage(0, 0, 10, 10), gifImage(0, 0, 9000, 9000)))).toBe(PROBLEM.frameTooLarge(81_000_000, MAX));
    expect(problem(gif(100, 100, gifImage(0, 0, 10, 10), gifImage(60000, 60000, 1, 1)))).not.toBeNull();
  });

  it('GIF: an ordinary animation passes, its size as its screen', () => {
    const ok = gif(640, 480, gifImage(0, 0, 640, 480), gifImage(10, 10, 100, 100));
    expect(sniffImage(ok)).toEqual({ format: 'gif', width: 640, height: 480, pixels: 640 * 480 });
    expect(problem(ok)).toBeNull();
  });

  it('APNG: a 1×1 IHDR with a 20000×20000 fcTL frame is refused', () => {
    expect(problem(png(1, 1, pngChunk('acTL', [0, 0, 0, 1, 0, 0, 0, 0]), fcTL(20000, 20000)))).toBe(PROBLEM.frameTooLarge(400_000_000, MAX));
    expect(problem(png(1, 1, fcTL(1, 1, 9000, 9000)))).not.toBeNull(); // a frame placed far off the canvas
    expect(problem(png(640, 480, fcTL(640, 480)))).toBeNull();
  });

  it('WebP: a 1×1 VP8X canvas with a 16384×16384 animation frame, or bitstream, is refused', () => {
    expect(problem(webp(vp8x(1, 1), riffChunk('ANIM', new Uint8Array(6)), anmf(16384, 16384, vp8l(16, 16))))).not.toBeNull();
    expect(problem(webp(vp8x(1, 1), riffChunk('ANIM', new Uint8Array(6)), anmf(16, 16, vp8l(16384, 16384))))).not.toBeNull();
    expect(problem(webp(vp8x(1, 1), vp8l(16384, 16384)))).not.toBeNull();
    const ok = webp(vp8x(800, 600), riffChunk('ANIM', new Uint8Array(6)), anmf(800, 600, vp8l(800, 600)));
    expect(sniffImage(ok)).toEqual({ format: 'webp', width: 800, height: 600, pixels: 480_000 });
  });

  it('AVIF: an image size ("ispe") after 2 MB of picture data is found and refused', () => {
    const late = avif(box('mdat', new Uint8Array(2 << 20)), meta(ispe(1, 1), ispe(20000, 20000)));
    expect(sniffImage(late)).toMatchObject({ format: 'avif', width: 20000, height: 20000 });
    expect(problem(late)).toBe(PROBLEM.tooLarge(20000, 20000, MAX));
    expect(problem(avif(meta(ispe(4032, 3024)), box('mdat', [1, 2, 3])))).toBeNull();
  });

  it('AVIF image sequence: the sample entry\'s size counts', () => {
    const entry = box('av01', new Uint8Array(24), [0x4e, 0x20, 0x4e, 0x20], new Uint8Array(50)); // 20000×20000
    const stsd = box('stsd', [0, 0, 0, 0], be32(1), entry);
    const seq = avif(box('moov', box('trak', box('mdia', box('minf', box('stbl', stsd))))));
    expect(problem(seq)).toBe(PROBLEM.tooLarge(20000, 20000, MAX));
  });

  it('JPEG: the frame header (SOF) size counts, past the APP segments', () => {
    const app1 = bytes([0xff, 0xe1, 0x00, 0x10], new Uint8Array(14));
    const sof = bytes([0xff, 0xc0, 0x00, 0x11, 0x08], [0x27, 0x10], [0x27, 0x10], [3], new Uint8Array(9)); // 10000×10000
    const jpeg = bytes([0xff, 0xd8], app1, sof, [0xff, 0xd9]);
    expect(problem(jpeg)).toBe(PROBLEM.tooLarge(10000, 10000, MAX));
  });

  it('real photos keep their sizes', () => {
    const read = (p: string) => new Uint8Array(readFileSync(resolve(process.cwd(), '../shared/testdata', p)));
    expect(sniffImage(read('scenes/kodak_kodim15.png'))).toMatchObject({ format: 'png', width: 768, height: 512 });
    expect(sniffImage(read('exif/no_gps/pillow_flower.webp'))).toMatchObject({ format: 'webp' });
    expect(sniffImage(read('exif/no_gps/exifr_Irvine_CA.avif')).width).toBeGreaterThan(0);
    expect(sniffImage(read('exif/gps/exifsamples_IMG_5195.HEIC'))).toMatchObject({ format: 'heif' });
    expect(sniffImage(read('exif/gps/exifsamples_IMG_5195.HEIC')).width).toBeGreaterThan(1000);
  });
});
