// A bounded reader of the TIFF-structured EXIF block: IFD0 and its chain, the Exif IFD and the
// GPS IFD, only the tags the engine uses. Every count, offset and size is checked against the
// block before anything is read or allocated; a file may hold any bytes, so nothing in it decides
// how much work is done: at most MAX_ENTRIES entries per IFD, MAX_IFDS IFDs in all, each IFD
// visited once (a pointer back to one already read is a loop), strings cut at MAX_STRING.

const MAX_ENTRIES = 1024;
const MAX_IFDS = 16;
const MAX_STRING = 256;

/** bytes per value of each TIFF type (1 BYTE … 13 IFD); 0 = unknown type */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
const ASCII = 2;
const UNDEFINED = 7;

const TAG = {
  make: 0x010f, model: 0x0110, orientation: 0x0112, imageWidth: 0x0100, imageHeight: 0x0101, modifyDate: 0x0132,
  exifIfd: 0x8769, gpsIfd: 0x8825,
  dateTimeOriginal: 0x9003, createDate: 0x9004, offsetTime: 0x9010, offsetTimeOriginal: 0x9011,
  latRef: 1, lat: 2, lonRef: 3, lon: 4, altRef: 5, alt: 6,
} as const;

export interface ExifFields {
  make?: string;
  model?: string;
  orientation?: number;
  imageWidth?: number;
  imageHeight?: number;
  dateTimeOriginal?: string;
  createDate?: string;
  modifyDate?: string;
  offsetTime?: string;
  offsetTimeOriginal?: string;
  /** signed degrees; a missing reference is read as north / east */
  latitude?: number;
  longitude?: number;
  /** metres, negative below sea level */
  altitude?: number;
}

interface Entry { type: number; count: number; at: number }

class Block {
  readonly le: boolean;
  constructor(readonly b: Uint8Array) {
    this.le = b[0] === 0x49;
  }
  fits(at: number, size: number): boolean {
    return at >= 0 && size >= 0 && at + size <= this.b.length;
  }
  u16(at: number): number {
    const b = this.b;
    return this.le ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1];
  }
  u32(at: number): number {
    const b = this.b;
    return (this.le ? b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24) : (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
  }
  /** the i-th value of an entry as a number (rationals divided out), or undefined */
  number(e: Entry, i: number): number | undefined {
    const size = TYPE_SIZE[e.type];
    const at = e.at + i * size;
    switch (e.type) {
      case 1: case 7: return this.b[at];
      case 6: return (this.b[at] << 24) >> 24;
      case 3: return this.u16(at);
      case 8: return (this.u16(at) << 16) >> 16;
      case 4: case 13: return this.u32(at);
      case 9: return this.u32(at) | 0;
      case 5: return this.u32(at) / this.u32(at + 4);
      case 10: return (this.u32(at) | 0) / (this.u32(at + 4) | 0);
      case 11: return new DataView(this.b.buffer, this.b.byteOffset + at, 4).getFloat32(0, this.le);
      case 12: return new DataView(this.b.buffer, this.b.byteOffset + at, 8).getFloat64(0, this.le);
      default: return undefined;
    }
  }
  text(e: Entry): string {
    const n = Math.min(e.count, MAX_STRING);
    let s = '';
    for (let i = 0; i < n && this.b[e.at + i] !== 0; i++) s += String.fromCharCode(this.b[e.at + i]);
    return s;
  }
}

/** The entries of one IFD that fit the block, by tag (the first of a repeated tag wins). */
function readIfd(block: Block, at: number): { entries: Map<number, Entry>; next: number } | null {
  if (!block.fits(at, 2)) return null;
  const declared = block.u16(at);
  const n = Math.min(declared, MAX_ENTRIES, Math.floor((block.b.length - at - 2) / 12));
  const entries = new Map<number, Entry>();
  for (let i = 0; i < n; i++) {
    const e = at + 2 + 12 * i;
    const tag = block.u16(e);
    const type = block.u16(e + 2);
    const count = block.u32(e + 4);
    const size = TYPE_SIZE[type] ?? 0;
    // count is checked before it is multiplied: a count larger than the block cannot fit
    if (!size || count > block.b.length || entries.has(tag)) continue;
    const bytes = count * size;
    const valueAt = bytes <= 4 ? e + 8 : block.u32(e + 8);
    if (block.fits(valueAt, bytes)) entries.set(tag, { type, count, at: valueAt });
  }
  const nextAt = at + 2 + 12 * declared;
  return { entries, next: n === declared && block.fits(nextAt, 4) ? block.u32(nextAt) : 0 };
}

function str(block: Block, e: Entry | undefined): string | undefined {
  if (!e || (e.type !== ASCII && e.type !== UNDEFINED)) return undefined;
  const s = block.text(e).trim();
  return s || undefined;
}

function num(block: Block, e: Entry | undefined): number | undefined {
  if (!e || e.count < 1 || e.type === ASCII) return undefined;
  const v = block.number(e, 0);
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/** degrees + minutes/60 + seconds/3600 from up to three values, of whatever type the file used;
 *  unsigned (the reference gives the sign), as exiftool reads it */
function degrees(block: Block, e: Entry | undefined): number | undefined {
  if (!e || e.count < 1) return undefined;
  let parts: number[];
  // text (and undefined bytes, which exiftool reads as text): the numbers written in it
  if (e.type === ASCII || e.type === UNDEFINED) parts = (block.text(e).match(/[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? []).slice(0, 3).map(Number);
  else parts = Array.from({ length: Math.min(e.count, 3) }, (_, i) => block.number(e, i) ?? NaN);
  if (!parts.length) return undefined;
  const v = Math.abs((parts[0] ?? 0) + (parts[1] ?? 0) / 60 + (parts[2] ?? 0) / 3600);
  return Number.isFinite(v) ? v : undefined;
}

/** A reference letter ('S', 'W', also lower case) from a text value; numbers are no letter. */
function refLetter(block: Block, e: Entry | undefined): string {
  if (!e || e.count < 1 || (e.type !== ASCII && e.type !== UNDEFINED)) return '';
  return String.fromCharCode(block.b[e.at]).toUpperCase();
}

/** Reads a block that starts with a TIFF header (II*\0 or MM\0*). Never throws. */
export function readExifBlock(bytes: Uint8Array): ExifFields {
  const out: ExifFields = {};
  if (bytes.length < 8) return out;
  const block = new Block(bytes);
  // each IFD is read once, whichever pointer leads to it (a damaged chain may lead to the GPS IFD)
  const read = new Map<number, ReturnType<typeof readIfd>>();
  const visit = (at: number) => {
    if (read.has(at)) return read.get(at)!;
    if (at < 8 || read.size >= MAX_IFDS) return null;
    const ifd = readIfd(block, at);
    read.set(at, ifd);
    return ifd;
  };
  let gpsAt = 0;
  let exifAt = 0;
  // IFD0 and the IFDs chained after it (IFD1 is the thumbnail's; a GPS pointer may sit in either);
  // a chain that comes back to an IFD it passed is a loop
  const chain = new Set<number>();
  // the chain stops two IFDs short of the bound: the Exif and GPS IFDs it points to are still read
  for (let at = block.u32(4), first = true; at && !chain.has(at) && chain.size < MAX_IFDS - 2; first = false) {
    chain.add(at);
    const ifd = visit(at);
    if (!ifd) break;
    const e = ifd.entries;
    if (first) {
      out.make = str(block, e.get(TAG.make));
      out.model = str(block, e.get(TAG.model));
      out.orientation = num(block, e.get(TAG.orientation));
      out.imageWidth = num(block, e.get(TAG.imageWidth));
      out.imageHeight = num(block, e.get(TAG.imageHeight));
      out.modifyDate = str(block, e.get(TAG.modifyDate));
    }
    exifAt ||= num(block, e.get(TAG.exifIfd)) ?? 0;
    gpsAt ||= num(block, e.get(TAG.gpsIfd)) ?? 0;
    at = ifd.next;
  }
  const exif = exifAt ? visit(exifAt) : null;
  if (exif) {
    out.dateTimeOriginal = str(block, exif.entries.get(TAG.dateTimeOriginal));
    out.createDate = str(block, exif.entries.get(TAG.createDate));
    out.offsetTime = str(block, exif.entries.get(TAG.offsetTime));
    out.offsetTimeOriginal = str(block, exif.entries.get(TAG.offsetTimeOriginal));
    gpsAt ||= num(block, exif.entries.get(TAG.gpsIfd)) ?? 0;
  }
  const gps = gpsAt ? visit(gpsAt) : null;
  if (gps) {
    const g = gps.entries;
    const lat = degrees(block, g.get(TAG.lat));
    const lon = degrees(block, g.get(TAG.lon));
    if (lat !== undefined && lon !== undefined) {
      out.latitude = refLetter(block, g.get(TAG.latRef)) === 'S' ? -lat : lat;
      out.longitude = refLetter(block, g.get(TAG.lonRef)) === 'W' ? -lon : lon;
    }
    const alt = num(block, g.get(TAG.alt));
    if (alt !== undefined) out.altitude = num(block, g.get(TAG.altRef)) === 1 ? -alt : alt;
  }
  for (const k of Object.keys(out) as (keyof ExifFields)[]) if (out[k] === undefined) delete out[k];
  return out;
}
