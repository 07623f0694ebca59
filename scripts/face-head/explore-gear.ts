// `npx tsx scripts/face-head/explore-gear.ts`: does GEAR (gear.ts: P(under 20), its other age
// classes, gender, race) as a third opinion beside face-api's and FaceRes' ages call more children
// 0-9 child without more adults? Samples: .cache/face-samples.json (extract.ts, with GEAR).
// Fixed in advance, before any figure was seen:
// 1. Everything is chosen on the TUNE half (stratifiedSubset(…, 2, 0)): teens left out, the product's
//    rule (child-rule.ts) calls 166/183 children and 2/181 adults there.
// 2. Rules: a face face-api reads from CHILD_AGE_BELOW up to A (FaceRes no child) is a child when
//    GEAR's P(under 20) in view V is above T; T the lowest that adds at most `extra` tune adults.
//    Heads: logistic (logistic.ts) on the two ages + a few GEAR values, L2 by 5-fold out-of-fold
//    scores, threshold the lowest with at most `maxAdults` tune adults above it, alone or OR the rule.
// 3. The candidate of each family: most tune children with at most 2 tune adults called child in
//    all (the rule's own 2), ties: fewer adults, then the simpler (narrower band / higher L2).
//    THE candidate (the one that would ship): the family best with more tune children; a tie goes
//    to the rule. Both are read once on the held-out half, all 800 and faces/; only THE candidate
//    decides: ship if held-out children > 163/177 with adults ≤ 5/159, and faces/ ≥ 67/70, ≤ 1/70.
// GEAR is read on the biggest face of a crop only (the samples'); the product would read every face.
import { readFileSync } from 'node:fs';
import { ageBand, readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { stratifiedSubset } from '../../src/vision/eval/face-eval.ts';
import { CHILD_AGE_BELOW, FACERES_CHILD_BELOW } from '../../src/vision/core/child-rule.ts';
import { fitHead, folds, headScore, outOfFoldScores } from './logistic.ts';
import { SAMPLES_FILE } from './extract.ts';
import type { FaceSample } from './features.ts';
import { GEAR_VIEWS, type GearView } from './gear.ts';

const FOLDS = 5;
const SEED = 20261207;
const MAX_TUNE_ADULTS = 2;

const samples: FaceSample[] = JSON.parse(readFileSync(SAMPLES_FILE, 'utf8'));
const labels = readFaceLabels('faces-more');
const raceOf = new Map(labels.map((l) => [l.file, l.race]));
const tuneFiles = new Set(stratifiedSubset(labels, 2, 0).map((l) => l.file));
const quick = new Set(readFaceLabels('faces').map((l) => l.file));
const label = (s: FaceSample) => (ageBand(s.ageGroup) === 'child 0-9' ? 1 : 0);
const rule = (s: FaceSample) => s.found && (s.faceapiAge < CHILD_AGE_BELOW || s.faceresAge < FACERES_CHILD_BELOW);
const views = Object.keys(GEAR_VIEWS) as GearView[];
const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
const pU20 = (s: FaceSample, v: GearView) => s.gear![v]![0];

const tune = samples.filter((s) => tuneFiles.has(s.file) && ageBand(s.ageGroup) !== 'teen 10-19');
const found = tune.filter((s) => s.found);
const count = (called: (s: FaceSample) => boolean, rows = tune) => ({
  children: rows.filter((s) => label(s) === 1 && called(s)).length,
  adults: rows.filter((s) => label(s) === 0 && called(s)).length,
});
const base = count((s) => s.productChild);
console.log(`tune half: ${tune.filter((s) => label(s) === 1).length} children, ${tune.filter((s) => label(s) === 0).length} adults, a face on ${found.length}; product ${base.children} / ${base.adults} (rule on the samples: ${JSON.stringify(count(rule))})`);

// how GEAR alone separates children from adults on the tune half's faces
console.log('\nGEAR P(under 20) alone on tune faces (children / adults above each T):');
for (const v of views) {
  const cells = [0.5, 0.7, 0.9, 0.95, 0.99].map((t) => { const c = count((s) => s.found && pU20(s, v) > t); return `>${t}: ${c.children}/${c.adults}`; });
  console.log(`  ${v.padEnd(9)} ${cells.join('  ')}`);
}
console.log('  among faces the rule misses (face-api 17+, FaceRes 6+): children / adults above T');
for (const v of views) {
  const cells = [0.5, 0.7, 0.9, 0.95, 0.99].map((t) => { const c = count((s) => s.found && !rule(s) && pU20(s, v) > t); return `>${t}: ${c.children}/${c.adults}`; });
  console.log(`  ${v.padEnd(9)} ${cells.join('  ')}`);
}

interface Candidate { name: string; children: number; adults: number; simplicity: number; called: (s: FaceSample) => boolean }
const better = (a: Candidate, b: Candidate | null) => !b || a.children > b.children || (a.children === b.children && (a.adults < b.adults || (a.adults === b.adults && a.simplicity > b.simplicity)));

// --- rules: band [17, A), GEAR P(under 20) > T
console.log('\nrules on the tune half: face-api 17..A, FaceRes no child, GEAR P(<20) > T (T at +0 / +1 / +2 tune adults): children / adults in all');
let bestRule: Candidate | null = null;
for (const v of views) {
  for (const A of [20, 22, 25, 30, 35, 40, 100]) {
    const inBand = (s: FaceSample) => s.found && !rule(s) && s.faceapiAge < A;
    const adultScores = found.filter((s) => label(s) === 0 && inBand(s)).map((s) => pU20(s, v)).sort((a, b) => b - a);
    const cells: string[] = [];
    for (const extra of [0, 1, 2]) {
      const t = Math.max(adultScores[extra] ?? 0, 0.5);
      const called = (s: FaceSample) => s.productChild || (inBand(s) && pU20(s, v) > t);
      const c = count(called);
      cells.push(`+${extra} (T ${t.toFixed(3)}): ${c.children}/${c.adults}`);
      if (c.adults <= MAX_TUNE_ADULTS) {
        const cand = { name: `rule ${v} face-api 17..${A} P(<20) > ${t.toFixed(4)}`, ...c, simplicity: -A, called };
        if (better(cand, bestRule)) bestRule = cand;
      }
    }
    console.log(`  ${v.padEnd(9)} A ${String(A).padEnd(4)} ${cells.join('   ')}`);
  }
}

// --- heads
type Featurize = (s: FaceSample) => number[];
const sets: Record<string, Featurize> = {};
for (const v of views) {
  sets[`ages+pU20 ${v}`] = (s) => [s.faceapiAge, s.faceresAge, logit(pU20(s, v))];
  sets[`ages+age7 ${v}`] = (s) => [s.faceapiAge, s.faceresAge, ...s.gear![v]!.slice(0, 7).map((p) => Math.log(Math.max(p, 1e-6)))];
  sets[`ages+all14 ${v}`] = (s) => [s.faceapiAge, s.faceresAge, ...s.gear![v]!.map((p) => Math.log(Math.max(p, 1e-6)))];
}
sets['ages+pU20 all views'] = (s) => [s.faceapiAge, s.faceresAge, ...views.map((v) => logit(pU20(s, v)))];
sets['ages (no GEAR)'] = (s) => [s.faceapiAge, s.faceresAge];
const fold = folds(found.map(label), FOLDS, SEED);
const outOfFold = (f: Featurize, l2: number) => outOfFoldScores(found, fold, FOLDS, label, f, l2);
console.log('\nheads, out of fold on the tune half (threshold at ≤ N tune adults): children / adults called child in all');
let bestHead: Candidate | null = null;
const L2S = [0.01, 0.1, 0.3, 1, 3, 10];
for (const [name, f] of Object.entries(sets)) {
  for (const l2 of L2S) {
    const oof = outOfFold(f, l2);
    const scoreOf = new Map(found.map((s, i) => [s.file, oof[i]]));
    const adultScores = found.filter((s) => label(s) === 0).map((s) => scoreOf.get(s.file)!).sort((a, b) => b - a);
    for (const withRule of [false, true]) {
      const cells: string[] = [];
      for (const maxAdults of [0, 1, 2, 3]) {
        const t = adultScores[maxAdults];
        const oofCalled = (s: FaceSample) => (s.found && scoreOf.get(s.file)! > t) || (withRule && s.productChild);
        const c = count(oofCalled);
        cells.push(`≤${maxAdults}: ${c.children}/${c.adults}`);
        if (c.adults <= MAX_TUNE_ADULTS && name !== 'ages (no GEAR)') {
          const spec = { name: `head ${name} l2 ${l2} ≤${maxAdults} ${withRule ? 'or the rule' : 'alone'}`, ...c, simplicity: l2 - f(found[0]).length };
          if (better({ ...spec, called: oofCalled }, bestHead)) {
            // the shipped head: fitted on all tune faces, threshold from the out-of-fold scores
            const head = fitHead(found.map(f), found.map(label), l2);
            bestHead = { ...spec, called: (s) => (s.found && headScore(head, f(s)) > t) || (withRule && s.productChild) };
          }
        }
      }
      console.log(`  ${name.padEnd(22)} l2 ${String(l2).padEnd(5)} ${withRule ? 'or rule' : 'alone  '} ${cells.join('  ')}`);
    }
  }
}

console.log(`\nbest rule on the tune half: ${bestRule?.name ?? 'none'} ${bestRule ? `${bestRule.children}/${bestRule.adults}` : ''}`);
console.log(`best head on the tune half (out of fold): ${bestHead?.name ?? 'none'} ${bestHead ? `${bestHead.children}/${bestHead.adults}` : ''}`);
const the = [bestRule, bestHead].filter((c): c is Candidate => c !== null).reduce<Candidate | null>((a, c) => (a === null || c.children > a.children ? c : a), null);
console.log(`THE candidate: ${the?.name ?? 'none'}`);
if (process.env.READ_HELD_OUT !== '1') {
  console.log('\n(held-out not read: READ_HELD_OUT=1 reads it, once)');
  process.exit(0);
}

// --- read once
const groups = ['0-2', '3-9', 'child 0-9', '10-19', '20-29', '30-39', '40-49', '50+', 'adult 20+'];
const inGroup = (s: FaceSample, g: string) => (g === 'child 0-9' ? ageBand(s.ageGroup) === 'child 0-9' : g === 'adult 20+' ? ageBand(s.ageGroup) === 'adult 20+' : g === '50+' ? ['50-59', '60-69', 'more than 70'].includes(s.ageGroup) : s.ageGroup === g);
function table(title: string, called: (s: FaceSample) => boolean) {
  console.log(`\n${title}: called child, candidate (product)`);
  const parts: [string, (f: string) => boolean][] = [['tune half', (f) => tuneFiles.has(f)], ['held-out half', (f) => !tuneFiles.has(f)], ['all 800', () => true], ['faces/ (160)', (f) => quick.has(f)]];
  console.log(`  ${'group'.padEnd(10)} ${parts.map(([n]) => n.padEnd(22)).join('')}`);
  for (const g of groups) {
    const cells = parts.map(([, keep]) => {
      const rows = samples.filter((s) => keep(s.file) && inGroup(s, g));
      return `${rows.filter(called).length}/${rows.length} (${rows.filter((s) => s.productChild).length})`.padEnd(22);
    });
    console.log(`  ${g.padEnd(10)} ${cells.join('')}`);
  }
  console.log('  by race, all 800 / held-out half: children 0-9 | adults 20+');
  for (const race of [...new Set(labels.map((l) => l.race))].sort()) {
    const cell = (keep: (f: string) => boolean, b: string) => {
      const rows = samples.filter((s) => keep(s.file) && raceOf.get(s.file) === race && ageBand(s.ageGroup) === b);
      return `${rows.filter(called).length}/${rows.length} (${rows.filter((s) => s.productChild).length})`;
    };
    console.log(`  ${race.padEnd(16)} all ${cell(() => true, 'child 0-9')} | ${cell(() => true, 'adult 20+')}   held-out ${cell((f) => !tuneFiles.has(f), 'child 0-9')} | ${cell((f) => !tuneFiles.has(f), 'adult 20+')}`);
  }
  const changed = samples.filter((s) => called(s) !== s.productChild);
  console.log(`  changed calls: ${changed.map((s) => `${s.file} ${s.ageGroup} ${raceOf.get(s.file)} ${tuneFiles.has(s.file) ? 'tune' : 'held-out'} ${s.productChild ? 'child→no' : 'no→child'}`).join('; ')}`);
}
for (const c of [bestRule, bestHead]) if (c) table(`${c === the ? 'THE candidate' : 'for information'}: ${c.name}`, c.called);
