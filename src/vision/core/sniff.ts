// Recognises the image format and reads the pixel size from the header alone, so a host can refuse
// a non-image or an oversized picture before decoding a single pixel.

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heif' | 'avif' | 'unknown';

export interface ImageHeader {
  format: ImageFormat;
  width?: number;
  height?: number;
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

export function sniffImage(b: Uint8Array): ImageHeader {
  const format = imageFormat(b);
  switch (format) {
    case 'jpeg': return { format, ...jpegSize(b), truncated: !hasJpegEnd(b) };
    case 'png': return b.length >= 24 ? { format, width: u32be(b, 16), height: u32be(b, 20) } : { format };
    case 'gif': return b.length >= 10 ? { format, width: u16le(b, 6), height: u16le(b, 8) } : { format };
    case 'webp': return b.length >= 30 ? { format, ...webpSize(b) } : { format };
    case 'bmp': return b.length >= 26 ? { format, width: i32le(b, 18), height: Math.abs(i32le(b, 22)) } : { format };
    case 'avif': case 'heif': return { format, ...isoSpatialExtent(b) };
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

function webpSize(b: Uint8Array): { width?: number; height?: number } {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return {};
}

/** Largest 'ispe' (image spatial extent) box in a HEIF/AVIF file: the primary or grid image. */
function isoSpatialExtent(b: Uint8Array): { width?: number; height?: number } {
  let best: { width?: number; height?: number } = {};
  const limit = Math.min(b.length - 16, 1 << 20);
  for (let o = 4; o < limit; o++) {
    if (b[o] === 0x69 && b[o + 1] === 0x73 && b[o + 2] === 0x70 && b[o + 3] === 0x65) {
      const width = u32be(b, o + 8);
      const height = u32be(b, o + 12);
      if (width * height > (best.width ?? 0) * (best.height ?? 0)) best = { width, height };
    }
  }
  return best;
}

const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
const u16be = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u16le = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u24le = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16);
const u32be = (b: Uint8Array, o: number) => ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]);
const i32le = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24);
