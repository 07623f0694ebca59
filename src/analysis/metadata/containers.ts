// Walks each container's structure (never the pixel data) to find: the stored size, where the
// EXIF, XMP and IPTC blocks are, and whether the file was cut short.
import type { ImageFormat } from '../types.ts';
import { heifExif, heifXmp } from './heif-exif.ts';

export interface ContainerInfo {
  width?: number;
  height?: number;
  /** a TIFF-structured EXIF block (starts with II*\0 or MM\0*) */
  exif?: Uint8Array;
  /** an XMP packet */
  xmp?: string;
  /** a JPEG's APP13 "Photoshop 3.0" block, where IPTC-IIM lives */
  photoshop?: Uint8Array;
  truncated: boolean;
}

const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u32be = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const u16le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32le = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));
const latin1 = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(b);

/** the APP1 segment of a JPEG's XMP packet starts with this namespace */
const XMP_NS = 'http://ns.adobe.com/xap/1.0/\0';

/** Strips the "Exif\0\0" prefix some writers put before the TIFF header (II*\0 or MM\0*). */
function tiffBlock(b: Uint8Array): Uint8Array | undefined {
  const body = b.length >= 6 && ascii(b, 0, 4) === 'Exif' ? b.subarray(6) : b;
  if (body.length < 8) return undefined;
  // the byte order decides; a damaged magic number (42) does not hide the block (nor from exiftool)
  const ii = body[0] === 0x49 && body[1] === 0x49;
  const mm = body[0] === 0x4d && body[1] === 0x4d;
  return ii || mm ? body : undefined;
}

function jpeg(b: Uint8Array): ContainerInfo {
  const info: ContainerInfo = { truncated: true };
  let at = 2;
  let trailerExpected = false;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return info; // lost sync: damaged header
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const len = u16be(b, at + 2);
    if (len < 2 || at + 2 + len > b.length) {
      // cut inside the EXIF segment: what arrived of it may still hold the position
      if (marker === 0xe1 && !info.exif && len >= 2 && ascii(b, at + 4, 4) === 'Exif') info.exif = tiffBlock(b.subarray(at + 4));
      return info;
    }
    const seg = b.subarray(at + 4, at + 2 + len);
    if (marker === 0xe1 && !info.exif && ascii(seg, 0, 4) === 'Exif') info.exif = tiffBlock(seg);
    if (marker === 0xe1 && info.xmp === undefined && ascii(seg, 0, XMP_NS.length) === XMP_NS) info.xmp = latin1(seg.subarray(XMP_NS.length));
    if (marker === 0xed && !info.photoshop && ascii(seg, 0, 14) === 'Photoshop 3.0\0') info.photoshop = seg;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && seg.length >= 5) {
      info.height = u16be(seg, 1);
      info.width = u16be(seg, 3);
    }
    if (marker === 0xe1 && /MotionPhoto|MicroVideo|GContainer/.test(ascii(seg, 0, Math.min(seg.length, 4096)))) trailerExpected = true;
    if (marker === 0xda) {
      // header complete; the image data should end with EOI unless a trailer follows it
      const tail = b.subarray(Math.max(at, b.length - 64));
      let eoi = false;
      for (let i = 0; i + 1 < tail.length; i++) if (tail[i] === 0xff && tail[i + 1] === 0xd9) eoi = true;
      info.truncated = !eoi && !trailerExpected;
      return info;
    }
    at += 2 + len;
  }
  return info;
}

function png(b: Uint8Array): ContainerInfo {
  const info: ContainerInfo = { truncated: true };
  let at = 8;
  while (at + 12 <= b.length) {
    const len = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (at + 12 + len > b.length) {
      if (type === 'eXIf') info.exif ??= tiffBlock(b.subarray(at + 8)); // cut inside: keep what arrived
      return info;
    }
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR' && len >= 8) {
      info.width = u32be(data, 0);
      info.height = u32be(data, 4);
    } else if (type === 'eXIf') info.exif = tiffBlock(data);
    else if (type === 'iTXt' && ascii(data, 0, 17) === 'XML:com.adobe.xmp') info.xmp = latin1(data);
    else if (type === 'IEND') {
      info.truncated = false;
      return info;
    }
    at += 12 + len;
  }
  return info;
}

function webp(b: Uint8Array): ContainerInfo {
  const riffEnd = 8 + u32le(b, 4);
  const info: ContainerInfo = { truncated: riffEnd > b.length };
  let at = 12;
  while (at + 8 <= Math.min(b.length, riffEnd)) {
    const type = ascii(b, at, 4);
    const len = u32le(b, at + 4);
    if (at + 8 + len > b.length) {
      info.truncated = true;
      return info;
    }
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === 'VP8X' && len >= 10) {
      info.width = u24le(data, 4) + 1;
      info.height = u24le(data, 7) + 1;
    } else if (type === 'VP8 ' && len >= 10 && info.width === undefined) {
      info.width = u16le(data, 6) & 0x3fff;
      info.height = u16le(data, 8) & 0x3fff;
    } else if (type === 'VP8L' && len >= 5 && info.width === undefined) {
      const bits = u32le(data, 1);
      info.width = (bits & 0x3fff) + 1;
      info.height = ((bits >>> 14) & 0x3fff) + 1;
    } else if (type === 'EXIF') info.exif = tiffBlock(data);
    else if (type === 'XMP ') info.xmp = latin1(data);
    at += 8 + len + (len & 1);
  }
  return info;
}

/** HEIF/AVIF: top-level boxes must fit the file; the largest 'ispe' is the primary image's size. */
function isoBmff(b: Uint8Array): ContainerInfo {
  const info: ContainerInfo = { truncated: false };
  let at = 0;
  while (at + 8 <= b.length) {
    let size = u32be(b, at);
    if (size === 1 && at + 16 <= b.length) size = u32be(b, at + 8) * 2 ** 32 + u32be(b, at + 12);
    if (size === 0) break; // box runs to the end of the file
    if (size < 8 || at + size > b.length) {
      info.truncated = true;
      break;
    }
    if (ascii(b, at + 4, 4) === 'meta') {
      info.exif ??= heifExif(b, [at + 8, at + size]);
      const xmp = heifXmp(b, [at + 8, at + size]);
      if (xmp && info.xmp === undefined) info.xmp = latin1(xmp);
      const meta = b.subarray(at, at + size);
      for (let i = 0; i + 20 <= meta.length; i++) {
        if (meta[i] === 0x69 && meta[i + 1] === 0x73 && meta[i + 2] === 0x70 && meta[i + 3] === 0x65) {
          const w = u32be(meta, i + 8);
          const h = u32be(meta, i + 12);
          if (w * h > (info.width ?? 0) * (info.height ?? 0)) {
            info.width = w;
            info.height = h;
          }
        }
      }
    }
    at += size;
  }
  if (at + 8 > b.length && at < b.length) info.truncated = true; // a few stray bytes: cut mid-header
  return info;
}

export function readContainer(format: ImageFormat, b: Uint8Array): ContainerInfo {
  switch (format) {
    case 'jpeg':
      return jpeg(b);
    case 'png':
      return png(b);
    case 'webp':
      return webp(b);
    case 'heic':
    case 'avif':
      return isoBmff(b);
    case 'tiff':
      return { exif: b, truncated: false };
    case 'gif':
      return { width: u16le(b, 6), height: u16le(b, 8), truncated: b.length < 13 || b[b.length - 1] !== 0x3b };
    case 'bmp':
      return { width: u32le(b, 18), height: Math.abs(u32le(b, 22) | 0), truncated: b.length < u32le(b, 2) };
    default:
      return { truncated: false };
  }
}
