import { describe, expect, it } from 'vitest';
import { readExifBlock } from './exif-walk.ts';

/** a little-endian TIFF block of `size` bytes; IFDs are written with `ifd(at, entries, next)` */
function tiff(size: number) {
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  b.set([0x49, 0x49, 0x2a, 0]);
  v.setUint32(4, 8, true);
  const ifd = (at: number, entries: [tag: number, type: number, count: number, value: number][], next = 0, declared = entries.length) => {
    v.setUint16(at, declared, true);
    entries.forEach(([tag, type, count, value], i) => {
      v.setUint16(at + 2 + 12 * i, tag, true);
      v.setUint16(at + 4 + 12 * i, type, true);
      v.setUint32(at + 6 + 12 * i, count, true);
      v.setUint32(at + 10 + 12 * i, value, true);
    });
    if (declared === entries.length) v.setUint32(at + 2 + 12 * entries.length, next, true);
  };
  const rationals = (at: number, ...xs: number[]) => xs.forEach((x, i) => (v.setUint32(at + 8 * i, x, true), v.setUint32(at + 8 * i + 4, 1, true)));
  return { b, ifd, rationals };
}

/** a GPS IFD at 200 reading 10° S, 20° W; its values at 400 */
function withGps(t: ReturnType<typeof tiff>, ref = 'S') {
  t.ifd(200, [[1, 2, 2, ref.charCodeAt(0)], [2, 5, 3, 400], [3, 2, 2, 'W'.charCodeAt(0)], [4, 5, 3, 424]]);
  t.rationals(400, 10, 0, 0);
  t.rationals(424, 20, 0, 0);
}

describe('the bounded EXIF walk', () => {
  it('reads the GPS IFD and applies S and W', () => {
    const t = tiff(512);
    t.ifd(8, [[0x8825, 4, 1, 200]]);
    withGps(t);
    expect(readExifBlock(t.b)).toMatchObject({ latitude: -10, longitude: -20 });
  });
  it('reads no more than the entries that fit, and at most 1024 of 65535 declared', () => {
    // IFD0 declares 65535 entries (786 KB of them); the GPS pointer is entry `index`, the others
    // empty; the GPS IFD lies past them all
    const gpsPointerAt = (index: number, size = 2 ** 20) => {
      const t = tiff(size);
      const gpsAt = size - 512;
      t.ifd(8, [...Array.from({ length: index }, () => [0, 0, 0, 0] as [number, number, number, number]), [0x8825, 4, 1, gpsAt]], 0, 65535);
      t.ifd(gpsAt, [[1, 2, 2, 'S'.charCodeAt(0)], [2, 5, 3, gpsAt + 100], [3, 2, 2, 'W'.charCodeAt(0)], [4, 5, 3, gpsAt + 124]]);
      t.rationals(gpsAt + 100, 10, 0, 0);
      t.rationals(gpsAt + 124, 20, 0, 0);
      return readExifBlock(t.b);
    };
    expect(gpsPointerAt(1023)).toMatchObject({ latitude: -10, longitude: -20 });
    expect(gpsPointerAt(1024).latitude).toBeUndefined();
    // a block too small for the entries declared (16 KB: 1364 fit) still gives those it holds
    expect(gpsPointerAt(1023, 2 ** 14)).toMatchObject({ latitude: -10, longitude: -20 });
  });
  it('stops at a chain of IFDs that loops, and follows a long chain for 14 IFDs, leaving room for the GPS IFD', () => {
    const loop = tiff(512);
    loop.ifd(8, [[0x8825, 4, 1, 200]], 100);
    loop.ifd(100, [], 8); // back to IFD0
    withGps(loop);
    expect(readExifBlock(loop.b).latitude).toBe(-10);
    // a chain of 4000 IFDs with the GPS pointer in IFD number `k`: the chain is followed for 14
    // IFDs, which leaves room in the 16 for the Exif and GPS IFDs they point to
    const gpsInChainAt = (k: number) => {
      const long = tiff(1 << 17);
      const ifdAt = (j: number) => 1000 + 26 * j;
      for (let j = 0; j < 4000; j++) long.ifd(ifdAt(j), j === k ? [[0x8825, 4, 1, 200]] : [], ifdAt(j + 1));
      long.ifd(8, k === -1 ? [[0x8825, 4, 1, 200]] : [], ifdAt(0));
      withGps(long);
      return readExifBlock(long.b);
    };
    expect(gpsInChainAt(-1).latitude).toBe(-10); // the pointer in IFD0
    expect(gpsInChainAt(12).latitude).toBe(-10); // IFD0 + 13 chained
    expect(gpsInChainAt(13)).toEqual({});
  });
  it('skips a value whose count or offset does not fit, without allocating for it', () => {
    const t = tiff(512);
    t.ifd(8, [[0x010f, 2, 0xffffffff, 16], [0x0110, 5, 20_000_000, 300], [0x0112, 3, 1, 6], [0x8825, 4, 1, 200]]);
    withGps(t);
    expect(readExifBlock(t.b)).toEqual({ orientation: 6, latitude: -10, longitude: -20 });
  });
  it('honours a lower-case reference, and reads none as north and east', () => {
    const lower = tiff(512);
    lower.ifd(8, [[0x8825, 4, 1, 200]]);
    withGps(lower, 's');
    expect(readExifBlock(lower.b).latitude).toBe(-10);
    const none = tiff(512);
    none.ifd(8, [[0x8825, 4, 1, 200]]);
    none.ifd(200, [[2, 5, 3, 400], [4, 5, 3, 424]]);
    none.rationals(400, 10, 30, 0);
    none.rationals(424, 20, 0, 36);
    expect(readExifBlock(none.b)).toEqual({ latitude: 10.5, longitude: 20.01 });
  });
  it('survives blocks too short or empty', () => {
    expect(readExifBlock(new Uint8Array(0))).toEqual({});
    expect(readExifBlock(new Uint8Array([0x4d, 0x4d, 0, 0x2a, 0xff, 0xff, 0xff, 0xff]))).toEqual({});
  });
});
