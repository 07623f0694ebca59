// Recognises the image format and reads the pixel size from the header alone, so a host can refuse
// a non-image or an oversized picture before decoding a single pixel.
import { gifFrames, isoFrames, pngFrames, webpFrames } from './frame-sizes.ts';

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heif' | 'avif' | 'unknown';

export interface ImageHeader {
  format: ImageFormat;
  width?: number;
  height?: number;
  /** the most pixels one canvas or frame needs (every frame of a GIF, APNG, animated WebP; every
   *  HEIF/AVIF image): what the pixel limit checks; width × height when absent */
  pixels?: number;
  /** a JPEG without its end marker: cut off in transfer, only the top may decode */
  truncated?: boolean;
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The format from the first bytes alone (64 are enough): what a file is, whatever its name or type. */
export function imageFormat(b: Uint8Array): ImageFormat {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return 'png';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (b.length >= 14 && ascii(b, 0, 2) === 'BM') return 'bmp';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brands = [ascii(b, 8, 4)];
    const ftypEnd = Math.min(u32be(b, 0), b.length);
    for (let o = 16; o + 4 <= ftypEnd; o += 4) brands.push(ascii(b, o, 4));
    if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
    if (brands.some((x) => HEIF_BRANDS.has(x))) return 'heif';
  }
  return 'unknown';
}

/** Pixels the decoder may allocate for the largest canvas or frame. */
export const headerPixels = (h: ImageHeader): number => Math.max(h.pixels ?? 0, (h.width ?? 0) * (h.height ?? 0));

export function sniffImage(b: Uint8Array): ImageHeader {
  const format = imageFormat(b);
  switch (format) {
    case 'jpeg': return { format, ...jpegSize(b), truncated: !hasJpegEnd(b) };
    case 'png': return { format, ...pngFrames(b) };
    case 'gif': return { format, ...gifFrames(b) };
    case 'webp': return { format, ...webpFrames(b) };
    case 'bmp': return b.length >= 26 ? { format, width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) } : { format };
    case 'avif': case 'heif': return { format, ...isoFrames(b) };
    default: return { format };
  }
}

function jpegSize(b: Uint8Array): { width?: number; height?: number } {
  let o = 2;
  while (o + 9 < b.length) {
    if (b[o] !== 0xff) return {};
    const marker = b[o + 1];
    if (marker === 0xff) { o += 1; continue; } // fill byte
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { o += 2; continue; }
    const len = u16be(b, o + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: u16be(b, o + 5), width: u16be(b, o + 7) };
    o += 2 + len;
  }
  return {};
}

/** EOI (FF D9) near the end; some cameras append a few bytes after it. */
function hasJpegEnd(b: Uint8Array): boolean {
  for (let o = b.length - 2; o >= Math.max(2, b.length - 4096); o--) if (b[o] === 0xff && b[o + 1] === 0xd9) return true;
  return false;
}

const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
const u16be = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32be = (b: Uint8Array, o: number) => ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]);
const i32le = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24);
