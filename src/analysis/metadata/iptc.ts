// Place names from IPTC-IIM (a JPEG's APP13 "Photoshop 3.0" block, resource 0x0404): city,
// sublocation, province/state, country. One pass over the block; a length that overruns it ends
// the walk, an extended (over 32 KB) dataset is never a place name and ends it too.

const FIELDS = new Map([[92, 0], [90, 1], [95, 2], [101, 3]]); // Sublocation, City, Province-State, Country
const MAX_VALUE = 200;

const u16 = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const text = new TextDecoder('utf-8', { fatal: false });

function records(b: Uint8Array, from: number, to: number, out: string[][]): void {
  for (let at = from; at + 5 <= to && b[at] === 0x1c; ) {
    const len = u16(b, at + 3);
    if (len & 0x8000 || at + 5 + len > to) return;
    const slot = b[at + 1] === 2 ? FIELDS.get(b[at + 2]) : undefined;
    if (slot !== undefined && len <= MAX_VALUE) {
      const v = text.decode(b.subarray(at + 5, at + 5 + len)).replace(/\0+$/, '').trim();
      if (v) out[slot].push(v);
    }
    at += 5 + len;
  }
}

/** `segment`: the APP13 payload (starting "Photoshop 3.0\0"). Sublocation, city, state, country. */
export function placesFromIptc(segment: Uint8Array): string[] {
  const out: string[][] = [[], [], [], []];
  const b = segment;
  for (let at = 14; at + 12 <= b.length; ) {
    if (b[at] !== 0x38 || b[at + 1] !== 0x42 || b[at + 2] !== 0x49 || b[at + 3] !== 0x4d) break; // 8BIM
    const id = u16(b, at + 4);
    const nameLength = (b[at + 6] + 2) & ~1; // a Pascal string padded to an even length
    const sizeAt = at + 6 + nameLength;
    if (sizeAt + 4 > b.length) break;
    const size = u32(b, sizeAt);
    const data = sizeAt + 4;
    if (size > b.length - data) break;
    if (id === 0x0404) records(b, data, data + size, out);
    at = data + size + (size & 1);
  }
  return out.flat();
}
