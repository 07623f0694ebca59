// Runs the face code on labelled FairFace crops and tabulates "called child" per age band and per
// race group (Node only: the faces evaluation test and `npm run eval:faces`).
import { decodeWithSharp } from '../node/decode.ts';
import { findFaces } from '../core/faces.ts';
import { DEFAULT_SETTINGS } from '../core/analyzer.ts';
import type { FaceModels } from '../core/face-models.ts';
import { ageBand, readBytes, type FaceLabel } from './ground-truth.ts';

export interface FaceCall { label: FaceLabel; child: boolean; ages: number[] }

export async function callFaces(models: FaceModels, folder: string, labels: FaceLabel[]): Promise<FaceCall[]> {
  const calls: FaceCall[] = [];
  for (const label of labels) {
    const { image } = await decodeWithSharp(readBytes(`${folder}/${label.file}`), DEFAULT_SETTINGS);
    const faces = await findFaces(models, image);
    calls.push({ label, child: faces.some((f) => f.child), ages: faces.map((f) => f.age) });
  }
  return calls;
}

/** Share of `calls` called child (0 for none). */
export function childRate(calls: FaceCall[]): number {
  return calls.length === 0 ? 0 : calls.filter((c) => c.child).length / calls.length;
}

export function inBand(calls: FaceCall[], band: ReturnType<typeof ageBand>): FaceCall[] {
  return calls.filter((c) => ageBand(c.label.ageGroup) === band);
}

/** Finer bands for the report: FairFace's own groups, adults of 50 and over together (few). */
export function reportBand(group: string): string {
  if (['50-59', '60-69', 'more than 70'].includes(group)) return 'adult 50+';
  if (ageBand(group) === 'adult 20+') return `adult ${group}`;
  return group === '10-19' ? 'teen 10-19' : `child ${group}`;
}

/** Lines to print: called child per age band, per race (children 0-9 and adults 20+), and the misses. */
export function faceReport(title: string, calls: FaceCall[]): string[] {
  const line = (name: string, rows: FaceCall[]) => {
    const n = rows.filter((c) => c.child).length;
    return `  ${name.padEnd(24)} called child ${String(n).padStart(3)}/${String(rows.length).padEnd(3)} ${(100 * childRate(rows)).toFixed(1).padStart(5)} %`;
  };
  const out = [`${title}: ${calls.length} crops`];
  for (const band of ['child 0-9', 'teen 10-19', 'adult 20+'] as const) out.push(line(band, inBand(calls, band)));
  out.push(' by age group:');
  const groups = [...new Set(calls.map((c) => reportBand(c.label.ageGroup)))].sort((a, b) => order(a) - order(b));
  for (const g of groups) out.push(line(g, calls.filter((c) => reportBand(c.label.ageGroup) === g)));
  out.push(' by race (children 0-9 | adults 20+):');
  for (const race of [...new Set(calls.map((c) => c.label.race))].sort()) {
    const of = (band: 'child 0-9' | 'adult 20+') => inBand(calls, band).filter((c) => c.label.race === race);
    out.push(`${line(race, of('child 0-9'))} |${line('', of('adult 20+')).slice(26)}`);
  }
  for (const c of calls) {
    const band = ageBand(c.label.ageGroup);
    if ((band === 'child 0-9' && !c.child) || (band === 'adult 20+' && c.child)) {
      out.push(`  miss ${c.label.ageGroup} ${c.label.race} ${c.label.file}: ages ${c.ages.join(', ') || 'no face found'}`);
    }
  }
  return out;
}

function order(band: string): number {
  const n = parseInt(band.replace(/^\D+/, ''), 10);
  return band.startsWith('child') ? n : band.startsWith('teen') ? 10 : 20 + n;
}

/** A fixed subset stratified by age group and race: every `every`-th crop of each stratum, in the
 *  labels' file-number order (so the same crops whatever the file's row order). */
export function stratifiedSubset(labels: FaceLabel[], every: number, offset = 0): FaceLabel[] {
  const strata = new Map<string, FaceLabel[]>();
  for (const l of labels) {
    const key = `${l.ageGroup}|${l.race}`;
    strata.set(key, [...(strata.get(key) ?? []), l]);
  }
  const kept = new Set<string>();
  for (const rows of strata.values()) {
    rows.sort((a, b) => fileNumber(a.file) - fileNumber(b.file)).forEach((l, i) => { if (i % every === offset) kept.add(l.file); });
  }
  return labels.filter((l) => kept.has(l.file));
}

const fileNumber = (file: string) => parseInt(file.replace(/\D+/g, ''), 10);
