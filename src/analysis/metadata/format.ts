// Image format from the first bytes (magic numbers), never from the file name.
import type { ImageFormat } from '../types.ts';

const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'heif']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** For ISO-BMFF files: avif or heic, by the major brand, else by the compatible brands. */
function isoBrand(b: Uint8Array): ImageFormat | null {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return null;
  const size = Math.min(b.length, ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0);
  const brands = [ascii(b, 8, 4)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(b, at, 4));
  if (AVIF_BRANDS.has(brands[0])) return 'avif';
  if (HEIF_BRANDS.has(brands[0]) && brands[0] !== 'mif1') return 'heic';
  if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
  if (brands.some((x) => HEIF_BRANDS.has(x))) return 'heic';
  return null;
}

export function sniffFormat(b: Uint8Array): ImageFormat | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a) return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))) return 'tiff';
  if (b.length >= 14 && b[0] === 0x42 && b[1] === 0x4d) return 'bmp';
  return isoBrand(b);
}

const MAGIC_PREFIXES = [[0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x52, 0x49, 0x46, 0x46], [0x47, 0x49, 0x46, 0x38]];

/** Too short to tell the format, but the start of one we know (cut off early): a truncated image. */
export function isCutOffImage(b: Uint8Array): boolean {
  if (MAGIC_PREFIXES.some((m) => b.length < m.length + 8 && b.every((x, i) => i >= m.length || x === m[i]))) return true;
  if (b.length >= 8 && ascii(b, 4, 4) === 'ftyp') return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0 > b.length;
  return false;
}
