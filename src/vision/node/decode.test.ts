// Node's decoding gives the values stored in the file, as the browsers' decoding does
// (browser/decode.ts, NO_COLOUR_PROFILE): an embedded colour profile is not applied, since each
// host's colour engine rounds its own way and OCR read a profiled photo differently per host.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { decodeWithSharp } from './decode.ts';
import { DEFAULT_SETTINGS } from '../core/analyzer.ts';

/** A JPEG of coloured noise (where rounding differences show), with a Display P3 profile. */
async function profiledJpeg(): Promise<Uint8Array> {
  const width = 64;
  const height = 48;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < raw.length; i++) raw[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return new Uint8Array(await sharp(raw, { raw: { width, height, channels: 3 } }).withIccProfile('p3').jpeg({ quality: 90 }).toBuffer());
}

/** The same JPEG without its ICC_PROFILE segments (APP2), every other byte as it was. */
function withoutProfile(jpeg: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] !== 0xda) {
    const length = (jpeg[at + 2] << 8) | jpeg[at + 3];
    const segment = jpeg.subarray(at, at + 2 + length);
    const icc = jpeg[at + 1] === 0xe2 && new TextDecoder().decode(segment.subarray(4, 15)) === 'ICC_PROFILE';
    if (!icc) kept.push(segment);
    at += 2 + length;
  }
  kept.push(jpeg.subarray(at));
  return new Uint8Array(Buffer.concat(kept));
}

describe('decodeWithSharp', () => {
  it('gives the stored values: a colour profile in the file does not change the pixels', async () => {
    const profiled = await profiledJpeg();
    const plain = withoutProfile(profiled);
    expect((await sharp(profiled).metadata()).icc).toBeDefined();
    expect((await sharp(plain).metadata()).icc).toBeUndefined();
    expect(plain.length).toBeLessThan(profiled.length);
    const a = (await decodeWithSharp(profiled, DEFAULT_SETTINGS)).image;
    const b = (await decodeWithSharp(plain, DEFAULT_SETTINGS)).image;
    expect([a.width, a.height]).toEqual([64, 48]);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });
});
