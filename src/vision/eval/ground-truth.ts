// Reads the shared test data's ground truth (Node only: evaluation tests and benches).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/testdata, beside the repository. */
export const TESTDATA = resolve(process.cwd(), '../shared/testdata');

export interface ManifestRow { file: string; category: string; groundTruth: string; notes: string }

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(join(TESTDATA, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const head = lines[0].split('\t');
  const col = (name: string) => head.indexOf(name);
  return lines.slice(1).map((line) => {
    const f = line.split('\t').map(unquote);
    return { file: f[col('file')], category: f[col('category')], groundTruth: f[col('ground_truth')], notes: f[col('notes')] };
  });
}

/** TSV cells written CSV-style: "…" around, "" for a quote inside. */
function unquote(cell: string): string {
  return cell.startsWith('"') && cell.endsWith('"') && cell.length > 1 ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** The README's key strings: every double-quoted string in ground_truth. */
export function keyStrings(groundTruth: string): string[] {
  return [...groundTruth.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

/** README matching rule: drop whitespace and ,，:：。.()（）【】|"'- then lower-case. */
export function normaliseForMatch(s: string): string {
  return s.replace(/[\s,，:：。.()（）【】|"'-]/g, '').toLowerCase();
}

export function keyFound(key: string, ocrText: string): boolean {
  return normaliseForMatch(ocrText).includes(normaliseForMatch(key));
}

export interface FaceLabel { file: string; ageGroup: string; childUnder13: 'yes' | 'ambiguous' | 'no'; gender: string; race: string }

/** FairFace crops with labels: `faces` (160, the quick gate) or `faces-more` (800, a superset, to tune on). */
export function readFaceLabels(folder: 'faces' | 'faces-more' = 'faces'): FaceLabel[] {
  const lines = readFileSync(join(TESTDATA, folder, 'labels.tsv'), 'utf8').trim().split('\n');
  return lines.slice(1).map((l) => {
    const [file, ageGroup, childUnder13, gender, race] = l.split('\t');
    return { file, ageGroup, childUnder13: childUnder13 as FaceLabel['childUnder13'], gender, race };
  });
}

/** FairFace age groups as the gates see them. */
export function ageBand(group: string): 'child 0-9' | 'teen 10-19' | 'adult 20+' {
  if (group === '0-2' || group === '3-9') return 'child 0-9';
  if (group === '10-19') return 'teen 10-19';
  return 'adult 20+';
}

export function readBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TESTDATA, relative)));
}
