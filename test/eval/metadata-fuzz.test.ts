// Differential fuzz against exiftool, without exiftool: the mutants of every photo with GPS are
// made again here (test/eval/exif-mutants.ts) and held to the answers exiftool gave for them
// (exif-fuzz-expectations.json, written by scripts/exif-fuzz-expectations.ts). Wherever exiftool
// reads a position, ours must read the same one within 1e-5°; no mutant may throw or take long.
// Deliberate differences, counted and printed, not failed:
// - 0°, 0° (a receiver without a fix writes zeros) is no position for us;
// - a latitude beyond ±90° or a longitude beyond ±180° is no position either;
// - a coordinate of exactly 0 from a damaged field: exiftool prints 0 for a coordinate with no
//   value (count 0, or text with no number in it); for us one coordinate alone is no position.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhotoMetadata } from '../../src/analysis/index.ts';
import { exifLayout, FUZZ_SEED, fnv, gpsPhotos, MUTANTS_PER_FILE, mutant, testdata } from './exif-mutants.ts';

type Point = [number, number];
interface FileAnswers { sha256: string; fingerprint: number; original?: Point; answers: string; other: Record<string, Point> }
const expectations = JSON.parse(readFileSync(resolve(__dirname, 'exif-fuzz-expectations.json'), 'utf8')) as {
  seed: number; perFile: number; files: Record<string, FileAnswers>;
};

/** a mutant parsed in more than this failed: the whole read of a 25 KB photo takes ~1 ms */
const PER_MUTANT_MS = 250;

const notAPosition = ([lat, lon]: Point) => lat === 0 || lon === 0 || Math.abs(lat) > 90 || Math.abs(lon) > 180;

describe('EXIF differential fuzz against exiftool (recorded answers)', () => {
  it('covers every photo with GPS, with the same seed and mutants as when exiftool answered', () => {
    expect(expectations.seed).toBe(FUZZ_SEED);
    expect(expectations.perFile).toBe(MUTANTS_PER_FILE);
    expect(Object.keys(expectations.files).sort()).toEqual(gpsPhotos().sort());
  });

  const tally = { mutants: 0, exiftoolFound: 0, agreed: 0, deliberate: 0, oursOnly: 0, slowest: 0 };
  for (const file of gpsPhotos()) {
    it(`finds the position wherever exiftool does: mutants of ${file}`, async () => {
      const want = expectations.files[file];
      const original = new Uint8Array(readFileSync(resolve(testdata, file)));
      expect(createHash('sha256').update(original).digest('hex'), 'the photo changed: run scripts/exif-fuzz-expectations.ts').toBe(want.sha256);
      const layout = exifLayout(original);
      const mutations: string[] = [];
      const missed: string[] = [];
      for (let i = 0; i < MUTANTS_PER_FILE; i++) {
        const m = mutant(original, file, FUZZ_SEED, i, layout);
        mutations.push(m.mutation);
        let t = performance.now();
        const meta = await readPhotoMetadata(m.bytes); // never throws, by contract: a throw fails here
        let ms = performance.now() - t;
        if (ms > PER_MUTANT_MS) {
          // once more, to tell the work from a pause of the shared machine
          t = performance.now();
          await readPhotoMetadata(m.bytes);
          ms = Math.min(ms, performance.now() - t);
        }
        tally.slowest = Math.max(tally.slowest, ms);
        expect(ms, `${file} #${i} (${m.mutation})`).toBeLessThan(PER_MUTANT_MS);
        const answer = want.answers[i];
        const exiftool: Point | undefined = answer === '=' ? want.original : answer === '*' ? want.other[i] : undefined;
        tally.mutants++;
        if (!exiftool) {
          if (meta.gps) tally.oursOnly++;
          continue;
        }
        tally.exiftoolFound++;
        if (notAPosition(exiftool)) {
          tally.deliberate++;
          continue;
        }
        const ok = meta.gps && Math.abs(meta.gps.lat - exiftool[0]) <= 1e-5 && Math.abs(meta.gps.lon - exiftool[1]) <= 1e-5;
        if (ok) tally.agreed++;
        else missed.push(`#${i} (${m.mutation}): exiftool ${exiftool.join(', ')}, ours ${meta.gps ? `${meta.gps.lat}, ${meta.gps.lon}` : 'none'}`);
      }
      expect(fnv(mutations.join('\n')), 'the mutants changed: run scripts/exif-fuzz-expectations.ts').toBe(want.fingerprint);
      expect(missed, file).toEqual([]);
    }, 60_000);
  }

  it('prints the agreement', () => {
    // written for the README's figures; the assertions are in the tests above
    console.info(`EXIF fuzz: ${tally.mutants} mutants; exiftool read a position in ${tally.exiftoolFound}, ours the same in ${tally.agreed}, ` +
      `${tally.deliberate} deliberately not (a zero or out-of-range coordinate); ours alone in ${tally.oursOnly}; slowest ${tally.slowest.toFixed(1)} ms`);
    expect(tally.agreed + tally.deliberate).toBe(tally.exiftoolFound);
  });
});
