// Logistic regression on hashed n-gram features, trained by AdaGrad in a seeded order: the same
// inputs give the same weights on every machine. Used by `npm run train` and by the
// cross-validation test, so the figures are those of the code that builds the shipped model.
import { extractFeatures, HASH_BITS } from '../../src/analysis/model/features.ts';
import { normalizeText } from '../../src/analysis/text/normalize.ts';
import type { Example } from './corpora.ts';
import { seededRandom as random } from '../seeded-random.ts';

export interface Vector {
  buckets: Int32Array;
  /** every feature's value: 1/√(number of features), so long texts weigh like short ones */
  value: number;
  lang: 'zh' | 'en';
  /** buckets of the rules' findings, each of value 1 */
  rules?: Int32Array;
}

export interface LearnOptions {
  epochs: number;
  /** L2 penalty per example step */
  l2: number;
  rate: number;
  seed: number;
  /** total weight of the real posts against the drafts written for the project */
  realShare: number;
}

export const DEFAULT_OPTIONS: LearnOptions = { epochs: 8, l2: 1e-5, rate: 0.2, seed: 20261207, realShare: 0.75 };

export interface Linear {
  weights: Float32Array;
  bias: number;
}

export function vectorize(text: string): Vector {
  const f = extractFeatures(normalizeText(text).text);
  return { buckets: f.buckets.slice(), value: 1 / Math.sqrt(Math.max(1, f.count)), lang: f.lang };
}


/** Example weights: each (corpus, language, label) cell gets a share of its corpus' weight, so
 *  neither the larger class, nor the drafts, nor one language sets the boundary alone. */
export function exampleWeights(examples: Example[], realShare: number): Float64Array {
  const cell = (e: Example) => `${e.corpus}|${e.corpus === 'real' ? e.lang : 'all'}|${e.label}`;
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(cell(e), (counts.get(cell(e)) ?? 0) + 1);
  const cellsOf = (corpus: string) => [...counts.keys()].filter((k) => k.startsWith(corpus + '|')).length;
  const w = new Float64Array(examples.length);
  examples.forEach((e, i) => {
    const share = e.corpus === 'real' ? realShare : 1 - realShare;
    w[i] = (share / cellsOf(e.corpus) / counts.get(cell(e))!) * examples.length;
  });
  return w;
}

export function learn(examples: Example[], vectors: Vector[], options: LearnOptions = DEFAULT_OPTIONS): Linear {
  const size = 1 << HASH_BITS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const weights = exampleWeights(examples, options.realShare);
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const v = vectors[i];
      let z = bias;
      for (const b of v.buckets) z += w[b] * v.value;
      if (v.rules) for (const b of v.rules) z += w[b];
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - examples[i].label) * weights[i];
      for (const b of v.buckets) {
        const g = err * v.value + options.l2 * w[b];
        g2[b] += g * g;
        w[b] -= (options.rate * g) / Math.sqrt(g2[b]);
      }
      if (v.rules)
        for (const b of v.rules) {
          const g = err + options.l2 * w[b];
          g2[b] += g * g;
          w[b] -= (options.rate * g) / Math.sqrt(g2[b]);
        }
      biasG2 += err * err;
      bias -= (options.rate * err) / Math.sqrt(biasG2);
    }
  }
  return { weights: Float32Array.from(w), bias };
}

export function probability(model: Linear, v: Vector): number {
  let z = model.bias;
  for (const b of v.buckets) z += model.weights[b] * v.value;
  if (v.rules) for (const b of v.rules) z += model.weights[b];
  return 1 / (1 + Math.exp(-z));
}

/** k folds stratified by source and label: each stratum dealt round-robin in a seeded order. */
export function foldsOf(examples: Example[], k: number, seed: number): Int32Array {
  const fold = new Int32Array(examples.length);
  const strata = new Map<string, number[]>();
  examples.forEach((e, i) => strata.set(e.stratum, [...(strata.get(e.stratum) ?? []), i]));
  const next = random(seed);
  let offset = 0;
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    members.forEach((m, r) => (fold[m] = (r + offset) % k));
    offset += members.length;
  }
  return fold;
}
