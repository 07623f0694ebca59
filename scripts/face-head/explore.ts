// `npx tsx scripts/face-head/explore.ts`: can a logistic head on face-api's age-net features (the
// 512 pooled values its age and gender heads read, mean over the product's age crops), with or
// without the two ages, call children better than the product's age rule (child-rule.ts)?
// 1. Chosen on the TUNE half of faces-more only (every 2nd crop of each age × race stratum):
//    5-fold out-of-fold scores, the threshold the lowest that keeps at most N tune adults above it.
// 2. Then read once on the held-out half, the quarter test/eval/faces.test.ts gates on, and the
//    crops of faces/ outside the tune half. Features: .cache/face-samples.json (extract.ts; made
//    first if missing, ~25 min on a shared 2-core machine). Deterministic: fixed folds and steps.
import { existsSync, readFileSync } from 'node:fs';
import { ageBand, readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { stratifiedSubset } from '../../src/vision/eval/face-eval.ts';
import { CHILD_AGE_BELOW, FACERES_CHILD_BELOW } from '../../src/vision/core/child-rule.ts';
import { fitHead, folds, headScore, outOfFoldScores } from './logistic.ts';
import { extractSamples, SAMPLES_FILE } from './extract.ts';
import type { FaceSample } from './features.ts';

const FOLDS = 5;
const SEED = 20261207;
/** Read on the held-out crops after the tune half's table: the best of each feature set there. */
const HELD_OUT_READS = [{ set: 'feats+ages', l2: 0.1, maxAdults: 2 }, { set: 'feats+ages', l2: 0.01, maxAdults: 1 }, { set: 'feats+ages', l2: 3, maxAdults: 1 }] as const;

if (!existsSync(SAMPLES_FILE)) await extractSamples();
const samples: FaceSample[] = JSON.parse(readFileSync(SAMPLES_FILE, 'utf8'));
const labels = readFaceLabels('faces-more');
const tuneFiles = new Set(stratifiedSubset(labels, 2, 0).map((l) => l.file));
const quarter = new Set(stratifiedSubset(labels, 4, 1).map((l) => l.file));
const quick = new Set(readFaceLabels('faces').map((l) => l.file));
const label = (s: FaceSample) => (ageBand(s.ageGroup) === 'child 0-9' ? 1 : 0);
const product = (s: FaceSample) => s.found && (s.faceapiAge < CHILD_AGE_BELOW || s.faceresAge < FACERES_CHILD_BELOW);

type Featurize = (s: FaceSample) => number[];
const sets: Record<string, Featurize> = {
  ages: (s) => [s.faceapiAge, s.faceresAge],
  feats: (s) => s.features,
  'feats+ages': (s) => [...s.features, s.faceapiAge, s.faceresAge],
};
const tune = samples.filter((s) => tuneFiles.has(s.file) && ageBand(s.ageGroup) !== 'teen 10-19');
const found = tune.filter((s) => s.found);
const fold = folds(found.map(label), FOLDS, SEED);
console.log(`tune half: ${tune.filter((s) => label(s) === 1).length} children 0-9, ${tune.filter((s) => label(s) === 0).length} adults; a face found on ${found.length}`);
console.log(`the product's rule on it: ${tune.filter((s) => label(s) === 1 && product(s)).length} children, ${tune.filter((s) => label(s) === 0 && product(s)).length} adults called child`);

const outOfFold = (f: Featurize, l2: number) => outOfFoldScores(found, fold, FOLDS, label, f, l2);

/** The lowest threshold with at most `maxAdults` tune adults scored above it. */
function threshold(oof: number[], maxAdults: number): number {
  return found.map((s, i) => (label(s) === 0 ? oof[i] : -Infinity)).sort((a, b) => b - a)[maxAdults];
}

for (const [name, f] of Object.entries(sets)) {
  for (const l2 of [0.01, 0.1, 0.3, 1, 3, 10]) {
    const oof = outOfFold(f, l2);
    for (const withRule of [false, true]) {
      const cells = [0, 1, 2, 3].map((maxAdults) => {
        const t = threshold(oof, maxAdults);
        const called = found.filter((s, i) => oof[i] > t || (withRule && product(s)));
        return `≤${maxAdults}: ${called.filter((s) => label(s) === 1).length} children / ${called.filter((s) => label(s) === 0).length}`;
      });
      console.log(`${name.padEnd(11)} l2 ${String(l2).padEnd(5)} ${withRule ? 'or the rule' : 'alone      '}  ${cells.join('   ')}`);
    }
  }
}

console.log('\nread once on crops no setting was chosen on (head alone; the product rule in brackets):');
const train = found;
for (const read of HELD_OUT_READS) {
  const f = sets[read.set];
  const t = threshold(outOfFold(f, read.l2), read.maxAdults);
  const head = fitHead(train.map(f), train.map(label), read.l2);
  const called = (s: FaceSample) => s.found && headScore(head, f(s)) > t;
  const line = (name: string, keep: (file: string) => boolean) => {
    const rows = samples.filter((s) => keep(s.file));
    const band = (b: string) => rows.filter((s) => ageBand(s.ageGroup) === b);
    const cell = (b: string) => `${band(b).filter(called).length}/${band(b).length} (${band(b).filter((s) => s.productChild).length})`;
    return `  ${name.padEnd(28)} children ${cell('child 0-9')}  adults ${cell('adult 20+')}  teens ${cell('teen 10-19')}`;
  };
  console.log(`${read.set}, l2 ${read.l2}, threshold at ≤${read.maxAdults} tune adults (${t.toFixed(2)}):`);
  console.log(line('held-out half', (file) => !tuneFiles.has(file)));
  console.log(line('held-out quarter (the gate)', (file) => quarter.has(file)));
  console.log(line('faces/ outside the tune half', (file) => quick.has(file) && !tuneFiles.has(file)));
}
