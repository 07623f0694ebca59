// Records exiftool's answer (the position it reads, or none) for every EXIF fuzz mutant, so the
// differential test (test/eval/metadata-fuzz.test.ts) runs without exiftool. Run it again only
// when the mutants change (seed, count, generator) or the photos do:
//   npx tsx scripts/exif-fuzz-expectations.ts      (needs Debian's exiftool)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { exifLayout, FUZZ_SEED, fnv, gpsPhotos, MUTANTS_PER_FILE, mutant, testdata } from '../test/eval/exif-mutants.ts';

type Point = [number, number];
const OUT = resolve(process.cwd(), 'test/eval/exif-fuzz-expectations.json');

/** exiftool's Composite:GPSLatitude/Longitude (the EXIF GPS with its N/S, E/W reference applied) */
function exiftoolPositions(dir: string): Map<string, Point> {
  let json = '[]';
  try {
    json = execFileSync('exiftool', ['-j', '-n', '-q', '-q', '-Composite:GPSLatitude', '-Composite:GPSLongitude', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    json = String((e as { stdout?: string }).stdout ?? '[]'); // exit 1 when some file has no tags
  }
  const out = new Map<string, Point>();
  for (const r of JSON.parse(json || '[]') as Record<string, unknown>[]) {
    if (typeof r.GPSLatitude === 'number' && typeof r.GPSLongitude === 'number') out.set(String(r.SourceFile), [r.GPSLatitude, r.GPSLongitude]);
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e7) / 1e7;
const same = (a: Point | undefined, b: Point | undefined) => !!a && !!b && Math.abs(a[0] - b[0]) < 1e-7 && Math.abs(a[1] - b[1]) < 1e-7;

const files: Record<string, unknown> = {};
let total = 0;
let found = 0;
for (const file of gpsPhotos()) {
  const original = new Uint8Array(readFileSync(resolve(testdata, file)));
  const layout = exifLayout(original);
  const dir = mkdtempSync(join(tmpdir(), 'exif-fuzz-'));
  writeFileSync(join(dir, `original${extname(file)}`), original);
  const mutations: string[] = [];
  for (let i = 0; i < MUTANTS_PER_FILE; i++) {
    const m = mutant(original, file, FUZZ_SEED, i, layout);
    mutations.push(m.mutation);
    writeFileSync(join(dir, `${i}${extname(file)}`), m.bytes);
  }
  const positions = exiftoolPositions(dir);
  const base = positions.get(join(dir, `original${extname(file)}`));
  let answers = '';
  const other: Record<number, Point> = {};
  for (let i = 0; i < MUTANTS_PER_FILE; i++) {
    const p = positions.get(join(dir, `${i}${extname(file)}`));
    if (p) found++;
    if (!p) answers += '-';
    else if (same(p, base)) answers += '=';
    else {
      answers += '*';
      other[i] = [round(p[0]), round(p[1])];
    }
  }
  total += MUTANTS_PER_FILE;
  rmSync(dir, { recursive: true });
  files[file] = {
    sha256: createHash('sha256').update(original).digest('hex'),
    fingerprint: fnv(mutations.join('\n')),
    original: base && [round(base[0]), round(base[1])],
    answers,
    other,
  };
  process.stderr.write(`${file}: exiftool reads a position in ${answers.replace(/-/g, '').length} of ${MUTANTS_PER_FILE}\n`);
}
const exiftool = execFileSync('exiftool', ['-ver'], { encoding: 'utf8' }).trim();
writeFileSync(OUT, JSON.stringify({ seed: FUZZ_SEED, perFile: MUTANTS_PER_FILE, exiftool, legend: "= the unmutated photo's position, - none, * the position in other[index]", files }, null, 1) + '\n');
process.stderr.write(`${total} mutants, exiftool reads a position in ${found}; written to ${OUT}\n`);
