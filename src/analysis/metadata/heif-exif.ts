// Where a HEIF/AVIF file keeps its EXIF and XMP: the 'Exif' item and the 'mime' item of type
// application/rdf+xml named in the meta box's item list ('iinf'), their bytes located by 'iloc'.
// Every count and size is checked against the box that holds it, so a damaged file costs at most
// one pass over its meta box.

const MAX_ITEMS = 4096;

const u16 = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const fourcc = (b: Uint8Array, at: number) => String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
/** a big-endian unsigned field of 0, 4 or 8 bytes (iloc's sizes) */
const uint = (b: Uint8Array, at: number, size: number) => (size === 4 ? u32(b, at) : size === 8 ? u32(b, at) * 2 ** 32 + u32(b, at + 4) : 0);

/** child boxes of [from, to) in b: type → [start of its payload, end) */
function children(b: Uint8Array, from: number, to: number): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (let at = from; at + 8 <= to; ) {
    const size = u32(b, at);
    if (size < 8 || at + size > to) break;
    const type = fourcc(b, at + 4);
    if (!out.has(type)) out.set(type, [at + 8, at + size]);
    at += size;
  }
  return out;
}

/** the id of the first item of this type ('Exif', or 'mime' with this content type) in 'iinf' */
function itemId(b: Uint8Array, [from, to]: [number, number], type: string, contentType?: string): number | undefined {
  const version = b[from];
  let at = from + 4 + (version === 0 ? 2 : 4);
  for (let i = 0; i < MAX_ITEMS && at + 8 <= to; i++) {
    const size = u32(b, at);
    if (size < 8 || at + size > to) return undefined;
    if (fourcc(b, at + 4) === 'infe' && at + 20 <= to) {
      const v = b[at + 8];
      if (v >= 2) {
        const id = v === 2 ? u16(b, at + 12) : u32(b, at + 12);
        const typeAt = at + 12 + (v === 2 ? 2 : 4) + 2;
        if (typeAt + 4 <= at + size && fourcc(b, typeAt) === type && (!contentType || cString(b, typeAt + 4, at + size, 1) === contentType)) return id;
      }
    }
    at += size;
  }
  return undefined;
}

/** the n-th (0-based) NUL-terminated string from `at`, within `end` */
function cString(b: Uint8Array, at: number, end: number, n: number): string {
  for (let k = 0; k < n; k++) {
    while (at < end && b[at] !== 0) at++;
    at++;
  }
  let s = '';
  for (; at < end && b[at] !== 0 && s.length < 64; at++) s += String.fromCharCode(b[at]);
  return s;
}

/** [offset, length] in the file of an item stored as one extent in the file itself */
function itemExtent(b: Uint8Array, [from, to]: [number, number], item: number): [number, number] | undefined {
  const version = b[from];
  if (from + 8 > to || version > 2) return undefined;
  const offsetSize = b[from + 4] >> 4;
  const lengthSize = b[from + 4] & 15;
  const baseSize = b[from + 5] >> 4;
  const indexSize = version ? b[from + 5] & 15 : 0;
  if (![0, 4, 8].includes(offsetSize) || ![0, 4, 8].includes(lengthSize) || ![0, 4, 8].includes(baseSize) || ![0, 4, 8].includes(indexSize)) return undefined;
  const count = version < 2 ? u16(b, from + 6) : u32(b, from + 6);
  let at = from + (version < 2 ? 8 : 10);
  const extentSize = indexSize + offsetSize + lengthSize;
  for (let i = 0; i < Math.min(count, MAX_ITEMS); i++) {
    const idSize = version < 2 ? 2 : 4;
    const head = idSize + (version ? 2 : 0) + 2 + baseSize + 2;
    if (at + head > to) return undefined;
    const id = idSize === 2 ? u16(b, at) : u32(b, at);
    const method = version ? u16(b, at + idSize) & 15 : 0;
    const base = uint(b, at + idSize + (version ? 2 : 0) + 2, baseSize);
    const extents = u16(b, at + head - 2);
    if (at + head + extents * extentSize > to) return undefined;
    if (id === item) {
      if (method !== 0 || extents < 1) return undefined;
      const e = at + head + indexSize;
      return [base + uint(b, e, offsetSize), uint(b, e + offsetSize, lengthSize)];
    }
    at += head + extents * extentSize;
  }
  return undefined;
}

/** The bytes of an item: its one extent in the file, cut to what the file holds. */
function item(b: Uint8Array, meta: [number, number], type: string, contentType?: string): Uint8Array | undefined {
  const boxes = children(b, meta[0] + 4, meta[1]); // 'meta' is a full box: version and flags first
  const iinf = boxes.get('iinf');
  const iloc = boxes.get('iloc');
  if (!iinf || !iloc) return undefined;
  const id = itemId(b, iinf, type, contentType);
  if (id === undefined) return undefined;
  const extent = itemExtent(b, iloc, id);
  if (!extent) return undefined;
  const [offset, length] = extent;
  // a file cut short keeps what it has of the item: the readers read only what fits
  const end = Math.min(length ? offset + length : b.length, b.length);
  return offset < end ? b.subarray(offset, end) : undefined;
}

/** The TIFF block of a HEIF/AVIF file's EXIF item; `meta` = [payload start, end) of the 'meta' box. */
export function heifExif(b: Uint8Array, meta: [number, number]): Uint8Array | undefined {
  const exif = item(b, meta, 'Exif');
  if (!exif || exif.length < 4) return undefined;
  // the item starts with the offset of the TIFF header after these four bytes ("Exif\0\0" between)
  const tiff = 4 + u32(exif, 0);
  return tiff + 8 <= exif.length ? exif.subarray(tiff) : undefined;
}

/** The XMP packet of a HEIF/AVIF file (a 'mime' item of type application/rdf+xml), at most 64 KB. */
export function heifXmp(b: Uint8Array, meta: [number, number]): Uint8Array | undefined {
  return item(b, meta, 'mime', 'application/rdf+xml')?.subarray(0, 65536);
}
