// Seeded mutants of real photos for the EXIF differential fuzz: byte changes in the EXIF block,
// truncations, and corrupted IFD fields (entry counts, value counts, types, offsets, chained-IFD
// pointers made into loops). The same (seed, file, index) always gives the same bytes, so the
// answers exiftool gave once (scripts/exif-fuzz-expectations.ts) can be checked without exiftool.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../../scripts/seeded-random.ts';

export const FUZZ_SEED = 15;
export const MUTANTS_PER_FILE = 200;
export const testdata = resolve(process.cwd(), '../shared/testdata');

/** every photo the manifest says carries a position */
export function gpsPhotos(): string[] {
  return readFileSync(resolve(testdata, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1)
    .map((l) => l.split('\t'))
    .filter((f) => f.length > 4 && /\bgps=yes\b/.test(f[4]))
    .map((f) => f[0]);
}

/** 32-bit FNV-1a of a string: seeds and fingerprints */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}


interface IfdEntry { entryAt: number; tag: number; type: number; count: number }
interface Ifd { at: number; entries: IfdEntry[]; nextAt: number }
/** where the EXIF block sits in the file and its IFDs (file offsets) */
export interface ExifLayout { tiff: number; le: boolean; ifds: Ifd[]; end: number }

/** finds the TIFF header after "Exif\0\0" (JPEG, HEIF) or at the start of a PNG eXIf chunk */
export function exifLayout(b: Uint8Array): ExifLayout | null {
  let tiff = -1;
  for (let i = 0; i + 12 < b.length && i < 4 * 2 ** 20; i++) {
    const exif = b[i] === 0x45 && b[i + 1] === 0x78 && b[i + 2] === 0x69 && b[i + 3] === 0x66;
    if (exif && b[i + 4] === 0 && b[i + 5] === 0 && (b[i + 6] === 0x49 || b[i + 6] === 0x4d)) tiff = i + 6;
    else if (b[i] === 0x65 && b[i + 1] === 0x58 && b[i + 2] === 0x49 && b[i + 3] === 0x66) tiff = i + 4; // eXIf
    if (tiff >= 0) break;
  }
  // a HEIF 'Exif' item may hold the TIFF header with no "Exif\0\0" before it
  for (let i = 0; tiff < 0 && i + 8 < b.length; i++) {
    if (b[i] === 0x49 && b[i + 1] === 0x49 && b[i + 2] === 0x2a && b[i + 3] === 0 && b[i + 4] === 8 && !b[i + 5] && !b[i + 6] && !b[i + 7]) tiff = i;
    if (b[i] === 0x4d && b[i + 1] === 0x4d && b[i + 2] === 0 && b[i + 3] === 0x2a && !b[i + 4] && !b[i + 5] && !b[i + 6] && b[i + 7] === 8) tiff = i;
  }
  if (tiff < 0) return null;
  const le = b[tiff] === 0x49;
  const u16 = (at: number) => (le ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1]);
  const u32 = (at: number) => (le ? b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24) : (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
  const ifds: Ifd[] = [];
  let end = tiff + 8;
  const todo = [u32(tiff + 4)];
  const seen = new Set<number>();
  while (todo.length && ifds.length < 8) {
    const rel = todo.shift()!;
    const at = tiff + rel;
    if (!rel || seen.has(rel) || at + 2 > b.length) continue;
    seen.add(rel);
    const n = u16(at);
    if (at + 2 + 12 * n + 4 > b.length) continue;
    const entries: IfdEntry[] = [];
    for (let i = 0; i < n; i++) {
      const e = at + 2 + 12 * i;
      const entry = { entryAt: e, tag: u16(e), type: u16(e + 2), count: u32(e + 4) };
      entries.push(entry);
      const size = entry.count * ([0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4][entry.type] ?? 1);
      if (size > 4 && size < 65536) end = Math.max(end, tiff + u32(e + 8) + size);
      if (entry.tag === 0x8769 || entry.tag === 0x8825) todo.push(u32(e + 8));
    }
    ifds.push({ at, entries, nextAt: at + 2 + 12 * n });
    end = Math.max(end, at + 2 + 12 * n + 4);
    if (ifds.length === 1) todo.push(u32(at + 2 + 12 * n));
  }
  return { tiff, le, ifds, end: Math.min(end, b.length) };
}

const COUNTS = [0, 1, 2, 3, 4, 0xff, 0xffff, 0x10000, 20_000_000, 0x7fffffff, 0x80000000, 0xffffffff];

/** Mutant `index` of `original` (named `file`) under `seed`: its bytes and what was done. */
export function mutant(original: Uint8Array, file: string, seed: number, index: number, layout = exifLayout(original)): { mutation: string; bytes: Uint8Array } {
  const rnd = seededRandom(fnv(`${seed}:${file}:${index}`));
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  let b = original.slice();
  const done: string[] = [];
  const put32 = (at: number, v: number) => {
    if (!layout || at + 4 > b.length) return;
    for (let k = 0; k < 4; k++) b[at + k] = (v >>> (layout.le ? 8 * k : 24 - 8 * k)) & 255;
  };
  const put16 = (at: number, v: number) => {
    if (!layout || at + 2 > b.length) return;
    for (let k = 0; k < 2; k++) b[at + k] = (v >>> (layout.le ? 8 * k : 8 - 8 * k)) & 255;
  };
  const entries = layout ? layout.ifds.flatMap((d) => d.entries) : [];
  const steps = 1 + int(3);
  for (let s = 0; s < steps; s++) {
    const kind = !layout ? 'truncate' : !entries.length ? pick(['flip', 'truncate']) : pick(['flip', 'flip', 'bit', 'count', 'count', 'offset', 'type', 'ifdcount', 'loop', 'truncate', 'truncate']);
    if (kind === 'truncate') {
      const cut = layout && rnd() < 0.6 ? layout.tiff + int(layout.end - layout.tiff + 2048) : int(b.length);
      b = b.slice(0, Math.min(cut, b.length));
      done.push(`cut@${cut}`);
    } else if (kind === 'flip') {
      const n = 1 + int(8);
      for (let k = 0; k < n; k++) {
        const at = layout!.tiff + int(layout!.end - layout!.tiff);
        if (at < b.length) b[at] = int(256);
        done.push(`b${at}`);
      }
    } else if (kind === 'bit') {
      const e = pick(entries);
      const at = e.entryAt + int(12);
      if (at < b.length) b[at] ^= 1 << int(8);
      done.push(`bit${at}`);
    } else if (kind === 'count') {
      const e = pick(entries);
      const v = rnd() < 0.25 ? int(2 ** 32) : rnd() < 0.2 ? e.count + pick([1, -1, 2]) : pick(COUNTS);
      put32(e.entryAt + 4, v >>> 0);
      done.push(`n${e.entryAt}=${v >>> 0}`);
    } else if (kind === 'offset') {
      const e = pick(entries);
      const len = layout!.end - layout!.tiff;
      const v = pick([0, 1, 8, int(len), len - 1, len, 0xffffffff, int(2 ** 32), e.entryAt - layout!.tiff]);
      put32(e.entryAt + 8, v >>> 0);
      done.push(`o${e.entryAt}=${v >>> 0}`);
    } else if (kind === 'type') {
      const e = pick(entries);
      const v = pick([0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 0xffff, int(65536)]);
      put16(e.entryAt + 2, v);
      done.push(`t${e.entryAt}=${v}`);
    } else if (kind === 'ifdcount') {
      const d = pick(layout!.ifds);
      const v = pick([0, 1, 0xffff, 0x8000, int(65536), d.entries.length + 1, d.entries.length - 1]);
      put16(d.at, v & 0xffff);
      done.push(`c${d.at}=${v & 0xffff}`);
    } else {
      // a pointer to an IFD made to point back at an IFD already read (or at itself)
      const d = pick(layout!.ifds);
      const target = pick(layout!.ifds).at - layout!.tiff;
      const pointers = entries.filter((e) => e.tag === 0x8769 || e.tag === 0x8825);
      if (rnd() < 0.5 || !pointers.length) {
        put32(d.nextAt, target);
        done.push(`next${d.nextAt}=${target}`);
      } else {
        const e = pick(pointers);
        put32(e.entryAt + 8, target);
        done.push(`p${e.entryAt}=${target}`);
      }
    }
  }
  return { mutation: done.join(' '), bytes: b };
}
