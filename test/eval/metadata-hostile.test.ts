// Photo metadata under hostile or damaged EXIF: real photos with one field changed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhotoMetadata } from '../../src/analysis/index.ts';
import { exifLayout, gpsPhotos, testdata } from './exif-mutants.ts';

const bytes = (rel: string) => new Uint8Array(readFileSync(resolve(testdata, rel)));

/** the manifest's position of each photo with GPS */
const truth = new Map(
  readFileSync(resolve(testdata, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => {
    const [file, , , , gt] = l.split('\t');
    return [file, { lat: Number(/lat=([-\d.]+)/.exec(gt)?.[1]), lon: Number(/lon=([-\d.]+)/.exec(gt)?.[1]) }] as const;
  }),
);

/** a copy of the photo with fields of its EXIF entries rewritten, in the block's byte order */
function edit(file: string, change: (put: { u16(at: number, v: number): void; u32(at: number, v: number): void; byte(at: number, v: number): void }, entry: (tag: number, ifd?: 'gps') => number, layout: NonNullable<ReturnType<typeof exifLayout>>) => void): Uint8Array {
  const b = bytes(file);
  const layout = exifLayout(b)!;
  const put = (at: number, v: number, n: number) => {
    for (let k = 0; k < n; k++) b[at + k] = (v >>> (layout.le ? 8 * k : 8 * (n - 1 - k))) & 255;
  };
  const entry = (tag: number, ifd?: 'gps') => {
    const gpsIfd = layout.ifds.find((d) => d.entries.some((e) => e.tag === 2) && d.entries.some((e) => e.tag === 4));
    const pool = ifd === 'gps' ? gpsIfd!.entries : layout.ifds.flatMap((d) => d.entries);
    return pool.find((e) => e.tag === tag)?.entryAt ?? -1;
  };
  change({ u16: (at, v) => put(at, v, 2), u32: (at, v) => put(at, v, 4), byte: (at, v) => (b[at] = v) }, entry, layout);
  return b;
}

/** the best of three runs: the work itself, not what other processes on a shared machine add */
async function timed(b: Uint8Array) {
  let ms = Infinity;
  let meta = await readPhotoMetadata(b);
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    meta = await readPhotoMetadata(b);
    ms = Math.min(ms, performance.now() - t);
  }
  return { meta, ms };
}

describe('a hostile count field', () => {
  // the shape that cost 2.8 s and 540 MB: an IFD0 entry that claims 20 million rationals
  for (const file of ['exif/gps/exiftool_GPS.jpg', 'exif/gps/exifr_issue-exifr-59.jpg', 'exif/gps/exiftool_Google.jpg']) {
    it(`neither works hard nor hides the position: ${file}`, async () => {
      const copyright = 0x8298;
      const hostile = edit(file, (put, entry) => {
        const at = entry(copyright) >= 0 ? entry(copyright) : entry(0x0110);
        put.u16(at + 2, 5);
        put.u32(at + 4, 20_000_000);
      });
      await readPhotoMetadata(bytes(file)); // warm: the first call loads the reader
      const before = process.memoryUsage().rss;
      const { meta, ms } = await timed(hostile);
      expect(ms).toBeLessThan(50);
      expect(process.memoryUsage().rss - before).toBeLessThan(50 * 2 ** 20);
      expect(meta.gps!.lat).toBeCloseTo(truth.get(file)!.lat, 5);
      expect(meta.gps!.lon).toBeCloseTo(truth.get(file)!.lon, 5);
    });
  }
  it('ignores counts and offsets that point outside the block, reading the rest', async () => {
    const file = 'exif/gps/exifsamples_DSCN0010.jpg';
    for (const count of [0xffffffff, 0x7fffffff, 0x10000000]) {
      const b = edit(file, (put, entry) => {
        put.u32(entry(0x0110) + 4, count); // Model
        put.u32(entry(0x010f) + 8, 0xfffffff0); // Make's offset
      });
      const { meta, ms } = await timed(b);
      expect(ms).toBeLessThan(50);
      expect(meta.gps!.lat).toBeCloseTo(43.467448, 5);
      expect(meta.device).toBeUndefined();
    }
  });
});

describe('IFD loops and oversized IFDs', () => {
  const file = 'exif/gps/exiftool_GPS.jpg';
  it('an IFD chain that points back at itself, and an Exif IFD pointer to IFD0', async () => {
    const b = edit(file, (put, entry, layout) => {
      const ifd0 = layout.ifds[0];
      put.u32(ifd0.nextAt, ifd0.at - layout.tiff);
      put.u32(entry(0x8769) + 8, ifd0.at - layout.tiff);
    });
    const { meta, ms } = await timed(b);
    expect(ms).toBeLessThan(50);
    expect(meta.gps!.lat).toBeCloseTo(54.989667, 5);
  });
  it('a GPS IFD whose chain points at itself', async () => {
    const b = edit(file, (put, _entry, layout) => {
      const gps = layout.ifds.find((d) => d.entries.some((e) => e.tag === 2))!;
      put.u32(gps.nextAt, gps.at - layout.tiff);
    });
    expect((await timed(b)).meta.gps!.lon).toBeCloseTo(-1.914167, 5);
  });
});

describe('GPS references', () => {
  it('honours lower-case s and w', async () => {
    const b = edit('exif/gps/exifsamples_DSCN0010.jpg', (put, entry) => {
      put.byte(entry(1, 'gps') + 8, 's'.charCodeAt(0));
      put.byte(entry(3, 'gps') + 8, 'w'.charCodeAt(0));
    });
    const meta = await readPhotoMetadata(b);
    expect(meta.gps!.lat).toBeCloseTo(-43.467448, 5);
    expect(meta.gps!.lon).toBeCloseTo(-11.885127, 5);
  });
  it('reads upper-case S and W as before, lower-case n and e as north and east', async () => {
    const south = edit('exif/gps/exifsamples_DSCN0010.jpg', (put, entry) => {
      put.byte(entry(1, 'gps') + 8, 'S'.charCodeAt(0));
      put.byte(entry(3, 'gps') + 8, 'e'.charCodeAt(0));
    });
    const meta = await readPhotoMetadata(south);
    expect(meta.gps!.lat).toBeCloseTo(-43.467448, 5);
    expect(meta.gps!.lon).toBeCloseTo(11.885127, 5);
  });
});

describe('photos cut short after their EXIF', () => {
  for (const file of gpsPhotos()) {
    it(`keeps the position of ${file}`, async () => {
      const whole = bytes(file);
      const layout = exifLayout(whole)!;
      for (const cut of [layout.end + 16, Math.max(layout.end + 16, whole.length >> 1), whole.length - 3]) {
        if (cut >= whole.length) continue;
        const meta = await readPhotoMetadata(whole.slice(0, cut));
        expect(meta.error, `${file} cut at ${cut}`).toBe('truncated file');
        expect(meta.gps, `${file} cut at ${cut}`).not.toBeNull();
        expect(meta.gps!.lat).toBeCloseTo(truth.get(file)!.lat, 4);
        expect(meta.gps!.lon).toBeCloseTo(truth.get(file)!.lon, 4);
      }
    });
  }
});

describe('hostile XMP and IPTC', () => {
  const segment = (marker: number, body: Uint8Array) => new Uint8Array([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body]);
  const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  const jpeg = (...segments: Uint8Array[]) => new Uint8Array([0xff, 0xd8, ...segments.flatMap((s) => [...s]), 0xff, 0xda, 0, 5, 0, 0, 0, 1, 2, 0xff, 0xd9]);
  it('an XMP packet of 3,500 unclosed elements (about 1 s in exifr) is read in a few milliseconds', async () => {
    const packet = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>' + '<rdf:Description>'.repeat(3500);
    const { meta, ms } = await timed(jpeg(segment(0xe1, ascii(`http://ns.adobe.com/xap/1.0/\0${packet}`.slice(0, 65000)))));
    expect(ms).toBeLessThan(50);
    expect(meta.format).toBe('jpeg');
  });
  it('IPTC place names, and a record whose length overruns the block', async () => {
    const record = (dataset: number, value: string) => [0x1c, 2, dataset, 0, value.length, ...ascii(value)];
    const iptc = [...record(90, 'Wuhan'), ...record(101, 'China'), 0x1c, 2, 92, 0x7f, 0xff, ...ascii('cut')];
    const block = [...ascii('Photoshop 3.0\0'), ...ascii('8BIM'), 4, 4, 0, 0, 0, 0, 0, iptc.length, ...iptc];
    const { meta, ms } = await timed(jpeg(segment(0xed, new Uint8Array(block))));
    expect(meta.places).toEqual(['Wuhan', 'China']);
    expect(ms).toBeLessThan(50);
  });
});
