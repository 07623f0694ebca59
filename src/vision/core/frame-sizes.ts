// The size of every frame a decoder may draw, read from the container's own structures, not from
// the first header alone: a GIF whose screen says 1×1 can hold a 23000×23000 frame, which Chromium
// grows its canvas to and decodes in full. Each walker jumps from block to block by the lengths in
// the file (no pixel data is read), so even a 32 MB file takes a few thousand steps.

export interface FrameSizes {
  /** the picture as displayed: the canvas, grown to the first frame where a decoder does that */
  width?: number;
  height?: number;
  /** the most pixels one canvas or frame needs (frame offsets included): what the pixel limit checks */
  pixels?: number;
}

type Size = { width: number; height: number };

const area = (w: number, h: number) => w * h;

/** GIF: the logical screen and every image descriptor (left, top, width, height). */
export function gifFrames(b: Uint8Array): FrameSizes {
  if (b.length < 13) return {};
  let width = u16le(b, 6);
  let height = u16le(b, 8);
  let pixels = area(width, height);
  let o = 13 + colorTableBytes(b[10]);
  let first = true;
  while (o < b.length) {
    const block = b[o];
    if (block === 0x3b) break; // trailer
    if (block === 0x21) { // extension: label, then data sub-blocks
      o = skipSubBlocks(b, o + 2);
    } else if (block === 0x2c) { // image descriptor
      if (o + 10 > b.length) break;
      const left = u16le(b, o + 1), top = u16le(b, o + 3), w = u16le(b, o + 5), h = u16le(b, o + 7);
      pixels = Math.max(pixels, area(left + w, top + h));
      if (first) { // decoders grow the screen to the first frame
        width = Math.max(width, left + w);
        height = Math.max(height, top + h);
        first = false;
      }
      o = skipSubBlocks(b, o + 10 + colorTableBytes(b[o + 9]) + 1); // + LZW minimum code size
    } else {
      break; // not a GIF block: decoders stop here too
    }
  }
  return { width, height, pixels };
}

const colorTableBytes = (flags: number) => (flags & 0x80 ? 3 * (1 << ((flags & 7) + 1)) : 0);

function skipSubBlocks(b: Uint8Array, o: number): number {
  while (o < b.length && b[o] !== 0) o += b[o] + 1;
  return o + 1;
}

/** PNG and APNG: IHDR and every fcTL (frame control: width, height, x and y offsets). */
export function pngFrames(b: Uint8Array): FrameSizes {
  let size: Size | undefined;
  let pixels = 0;
  for (let o = 8; o + 8 <= b.length;) {
    const len = u32be(b, o);
    const type = ascii(b, o + 4, 4);
    const data = o + 8;
    if (type === 'IHDR' && data + 8 <= b.length) {
      size = { width: u32be(b, data), height: u32be(b, data + 4) };
      pixels = Math.max(pixels, area(size.width, size.height));
    } else if (type === 'fcTL' && data + 20 <= b.length) {
      const w = u32be(b, data + 4), h = u32be(b, data + 8), x = u32be(b, data + 12), y = u32be(b, data + 16);
      pixels = Math.max(pixels, area(x + w, y + h));
    } else if (type === 'IEND') {
      break;
    }
    o = data + len + 4; // + CRC
  }
  return size ? { ...size, pixels } : {};
}

/** WebP: the VP8X canvas, every ANMF frame (offset and size) and every VP8/VP8L bitstream's own size. */
export function webpFrames(b: Uint8Array): FrameSizes {
  let canvas: Size | undefined;
  let firstBitstream: Size | undefined;
  let pixels = 0;
  const chunks = (from: number, to: number, inFrame: boolean) => {
    for (let o = from; o + 8 <= to;) {
      const type = ascii(b, o, 4);
      const len = u32le(b, o + 4);
      const data = o + 8;
      const bitstream = type === 'VP8 ' || type === 'VP8L' ? vp8Size(b, data, type) : undefined;
      if (bitstream) {
        firstBitstream ??= bitstream;
        pixels = Math.max(pixels, area(bitstream.width, bitstream.height));
      } else if (type === 'VP8X' && !inFrame && data + 10 <= b.length) {
        canvas = { width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1 };
        pixels = Math.max(pixels, area(canvas.width, canvas.height));
      } else if (type === 'ANMF' && !inFrame && data + 16 <= b.length) {
        const x = u24le(b, data) * 2, y = u24le(b, data + 3) * 2;
        const w = u24le(b, data + 6) + 1, h = u24le(b, data + 9) + 1;
        pixels = Math.max(pixels, area(x + w, y + h));
        chunks(data + 16, Math.min(data + len, to), true);
      }
      o = data + len + (len & 1);
    }
  };
  chunks(12, b.length, false);
  const size = canvas ?? firstBitstream;
  return size ? { ...size, pixels } : {};
}

function vp8Size(b: Uint8Array, data: number, type: string): Size | undefined {
  if (type === 'VP8 ' && data + 10 <= b.length) return { width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff };
  if (type === 'VP8L' && data + 5 <= b.length) {
    const bits = (b[data + 1] | (b[data + 2] << 8) | (b[data + 3] << 16) | (b[data + 4] << 24)) >>> 0;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

/** ISO boxes that hold other boxes, and how many bytes of their own come first (full box header…). */
const ISO_CONTAINERS: Record<string, number> = {
  meta: 4, iprp: 0, ipco: 0, moov: 0, trak: 0, mdia: 0, minf: 0, stbl: 0, stsd: 8,
};
/** visual sample entries of image sequences: width and height at bytes 24 and 26 of their data */
const VISUAL_ENTRIES = new Set(['av01', 'hvc1', 'hev1', 'avc1', 'avc3']);

/** HEIF/AVIF: every 'ispe' (image spatial extent) property and every sequence's sample size,
 *  wherever the boxes are in the file (a 'meta' after a large 'mdat' too). The largest is the size. */
export function isoFrames(b: Uint8Array): FrameSizes {
  let best: Size | undefined;
  const consider = (width: number, height: number) => {
    if (!best || area(width, height) > area(best.width, best.height)) best = { width, height };
  };
  const boxes = (from: number, to: number, depth: number) => {
    for (let o = from; o + 8 <= to;) {
      let size = u32be(b, o);
      const type = ascii(b, o + 4, 4);
      let header = 8;
      if (size === 1 && o + 16 <= to) { // 64-bit size
        size = u32be(b, o + 8) * 2 ** 32 + u32be(b, o + 12);
        header = 16;
      } else if (size === 0) {
        size = to - o; // to the end of the file
      }
      if (size < header) break;
      const data = o + header;
      const end = Math.min(o + size, to);
      if (type === 'ispe' && data + 12 <= end) consider(u32be(b, data + 4), u32be(b, data + 8));
      else if (VISUAL_ENTRIES.has(type) && data + 28 <= end) consider(u16be(b, data + 24), u16be(b, data + 26));
      else if (type in ISO_CONTAINERS && depth < 8) boxes(data + ISO_CONTAINERS[type], end, depth + 1);
      o += size;
    }
  };
  boxes(0, b.length, 0);
  return best ? { ...best, pixels: area(best.width, best.height) } : {};
}

const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
const u16be = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u16le = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u24le = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16);
const u32be = (b: Uint8Array, o: number) => ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]);
const u32le = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
