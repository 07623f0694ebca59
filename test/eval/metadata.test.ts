// Photo metadata against the real files in ../shared/testdata/exif and their MANIFEST.tsv.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photoFactsFromMetadata, readPhotoMetadata } from '../../src/analysis/index.ts';

const testdata = resolve(process.cwd(), '../shared/testdata');
const bytes = (rel: string) => new Uint8Array(readFileSync(resolve(testdata, rel)));

/** MANIFEST.tsv: file → ground_truth fields (gps=yes lat=… lon=… Orientation=… type=… size=WxH) */
const manifest = new Map(
  readFileSync(resolve(testdata, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
    const [file, , , , truth] = line.split('\t');
    const fields = Object.fromEntries([...truth.matchAll(/(\w+)=([^;\s]+)/g)].map((m) => [m[1], m[2]]));
    return [file, fields] as const;
  }),
);

const list = (dir: string) => readdirSync(resolve(testdata, dir)).map((f) => `${dir}/${f}`);

describe('photo metadata: GPS', () => {
  for (const file of list('exif/gps')) {
    it(`reads the position of ${file}`, async () => {
      const truth = manifest.get(file);
      expect(truth?.gps).toBe('yes');
      const meta = await readPhotoMetadata(bytes(file));
      expect(meta.error).toBeUndefined();
      expect(meta.gps).not.toBeNull();
      expect(Math.abs(meta.gps!.lat - Number(truth!.lat))).toBeLessThan(1e-4);
      expect(Math.abs(meta.gps!.lon - Number(truth!.lon))).toBeLessThan(1e-4);
    });
  }
  for (const file of list('exif/no_gps')) {
    it(`finds no position in ${file}`, async () => {
      expect(manifest.get(file)?.gps).toBe('no');
      const meta = await readPhotoMetadata(bytes(file));
      expect(meta.error).toBeUndefined();
      expect(meta.gps).toBeNull();
    });
  }
});

describe('photo metadata: formats and fields', () => {
  it('reads WebP through its EXIF chunk (exifr alone cannot)', async () => {
    const meta = await readPhotoMetadata(bytes('exif/no_gps/pillow_flower.webp'));
    expect(meta).toMatchObject({ format: 'webp', device: 'Canon PowerShot S40', capturedAt: '2003-12-14T12:01:44', width: 480, height: 360 });
  });
  it('reads GPS from a PNG eXIf chunk', async () => {
    const meta = await readPhotoMetadata(bytes('exif/gps/exifr_png_with_exif_and_gps.png'));
    expect(meta).toMatchObject({ format: 'png', device: 'Canon PowerShot S40', width: 1, height: 1 });
    expect(meta.gps!.lat).toBeCloseTo(50.299603, 5);
  });
  it('reads HEIC (iPhone, with time zone) and HEIF (Nokia, 16 MP)', async () => {
    const iphone = await readPhotoMetadata(bytes('exif/gps/exifsamples_IMG_5195.HEIC'));
    expect(iphone).toMatchObject({ format: 'heic', device: 'Apple iPhone 11 Pro Max', capturedAt: '2021-04-11T15:47:53-05:00', width: 2566, height: 3313 });
    const nokia = await readPhotoMetadata(bytes('exif/gps/exifsamples_HMD_Nokia_8.3_5G_hdr.heif'));
    expect(nokia).toMatchObject({ format: 'heic', width: 4608, height: 3456 });
  });
  it('reads AVIF', async () => {
    const meta = await readPhotoMetadata(bytes('exif/no_gps/exifr_Irvine_CA.avif'));
    expect(meta).toMatchObject({ format: 'avif', device: 'Apple iPhone 3GS', capturedAt: '2010-05-11T10:51:45', gps: null, width: 480, height: 640 });
  });
  it('reports Orientation=6', async () => {
    const meta = await readPhotoMetadata(bytes('exif/no_gps/exifsamples_orientation_landscape_6.jpg'));
    expect(meta.orientation).toBe(6);
  });
  it('reads IPTC place names', async () => {
    const meta = await readPhotoMetadata(bytes('exif/gps/exifr_iptc-agency-photographer-example.jpg'));
    expect(meta.places).toEqual(expect.arrayContaining(['Lincoln Memorial', 'Washington', 'United States of America']));
  });
  it('matches the manifest on device, capture time, orientation and size for every file', async () => {
    for (const file of [...list('exif/gps'), ...list('exif/no_gps')]) {
      const truth = manifest.get(file)!;
      const meta = await readPhotoMetadata(bytes(file));
      if (truth.Model) expect(meta.device, file).toContain(truth.Model);
      if (truth.DateTimeOriginal) expect(meta.capturedAt?.slice(0, 19), file).toBe(truth.DateTimeOriginal.replace(/^(\d{4}):(\d{2}):(\d{2})$/, '$1-$2-$3') + meta.capturedAt?.slice(10, 19));
      if (truth.Orientation) expect(meta.orientation, file).toBe(Number(truth.Orientation));
      if (truth.size) expect(`${meta.width}x${meta.height}`, file).toBe(truth.size);
    }
  });
  it('reads pictures without metadata as such', async () => {
    expect(await readPhotoMetadata(bytes('exif/no_gps/exifr_noexif.jpg'))).toEqual({ format: 'jpeg', gps: null, width: 250, height: 188 });
  });
  it('turns metadata into photo facts for hosts to fill in', async () => {
    const facts = photoFactsFromMetadata('abc', 'x.jpg', await readPhotoMetadata(bytes('exif/gps/exiftool_GPS.jpg')));
    expect(facts).toMatchObject({ id: 'abc', name: 'x.jpg', faces: [], text: '', checked: { metadata: true, faces: false, text: false } });
    expect(facts.gps?.lat).toBeCloseTo(54.989667, 5);
  });
});

describe('photo metadata: bad input never throws', () => {
  it('zero bytes', async () => {
    expect(await readPhotoMetadata(new Uint8Array(0))).toEqual({ format: null, gps: null, error: 'empty file' });
  });
  it('not an image: text, random junk', async () => {
    expect((await readPhotoMetadata(bytes('README.md'))).error).toBe('not an image');
    const junk = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect((await readPhotoMetadata(junk)).error).toBe('not an image');
  });
  it('truncated files of every format', async () => {
    for (const file of ['exif/gps/exifsamples_iphone_hdr_YES.jpg', 'exif/gps/exifr_png_with_exif_and_gps.png', 'exif/no_gps/pillow_flower.webp', 'exif/gps/exifsamples_IMG_5195.HEIC', 'exif/no_gps/exifr_Irvine_CA.avif']) {
      const whole = bytes(file);
      for (const cut of [8, 20, 100, 1000, whole.length >> 1, whole.length - 3]) {
        const meta = await readPhotoMetadata(whole.slice(0, cut));
        expect(meta.error, `${file} cut at ${cut}`).toBe('truncated file');
      }
    }
  });
  it('a valid header followed by junk', async () => {
    const junk = new Uint8Array(2048).fill(0xff);
    junk.set([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]);
    const meta = await readPhotoMetadata(junk);
    expect(meta.format).toBe('jpeg');
    expect(meta.error).toBeDefined();
  });
  it('not a Uint8Array at all', async () => {
    expect((await readPhotoMetadata(null as unknown as Uint8Array)).error).toBe('empty file');
  });
});
