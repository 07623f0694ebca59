// Trains the second stage (src/analysis/model/stack.ts) on out-of-fold model scores, and chooses
// its thresholds by a cross-validation of its own over those rows: no threshold comes from scores
// the stage was fitted on.
import { stackFeatures, stackProbability, type StackModel } from '../../src/analysis/model/stack.ts';
import { chooseThresholds, type Prepared, type Row } from './cross-validate.ts';
import { DEFAULT_OPTIONS, exampleWeights, foldsOf } from './learn.ts';

export interface StackOptions {
  /** L2 penalty on the weights (not the bias), per unit of total example weight */
  l2: number;
  iterations: number;
}

export const DEFAULT_STACK: StackOptions = { l2: 0.01, iterations: 300 };

const featuresOf = (data: Prepared, r: Row) => stackFeatures(data.signals[r.index], data.judgements[r.index], r.p!, data.vectors[r.index].lang);

/** Weighted logistic regression by full-batch AdaGrad: deterministic, a few hundred features at most. */
export function fitStack(data: Prepared, rows: Row[], options: StackOptions = DEFAULT_STACK): StackModel {
  const scored = rows.filter((r) => r.p !== null);
  const feats = scored.map((r) => featuresOf(data, r));
  const names = [...new Set(feats.flatMap((f) => [...f.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const x = feats.map((f) => [...f].map(([n, v]) => [index.get(n)!, v] as [number, number]));
  const y = scored.map((r) => data.examples[r.index].label);
  const weights = exampleWeights(scored.map((r) => data.examples[r.index]), DEFAULT_OPTIONS.realShare);
  const total = weights.reduce((a, b) => a + b, 0);
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length + 1).fill(1e-8);
  let bias = 0;
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (let j = 0; j < x.length; j++) {
      let z = bias;
      for (const [k, v] of x[j]) z += w[k] * v;
      const err = ((1 / (1 + Math.exp(-z)) - y[j]) * weights[j]) / total;
      gb += err;
      for (const [k, v] of x[j]) grad[k] += err * v;
    }
    for (let k = 0; k < names.length; k++) {
      const g = grad[k] + options.l2 * w[k];
      g2[k] += g * g;
      w[k] -= (0.5 * g) / Math.sqrt(g2[k]);
    }
    g2[names.length] += gb * gb;
    bias -= (0.5 * gb) / Math.sqrt(g2[names.length]);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { bias: round(bias), weights: Object.fromEntries(names.map((n, k) => [n, round(w[k])])), thresholds: { zh: { add: 2, temper: 0 }, en: { add: 2, temper: 0 } } };
}

/** The second stage fitted on `rows` (out-of-fold model scores), its thresholds from its own k folds. */
export function learnStack(data: Prepared, rows: Row[], k: number, seed: number, options: StackOptions = DEFAULT_STACK): StackModel {
  const folds = foldsOf(rows.map((r) => data.examples[r.index]), k, seed);
  const out: Row[] = [];
  for (let f = 0; f < k; f++) {
    const stage = fitStack(data, rows.filter((_, j) => folds[j] !== f), options);
    rows.forEach((r, j) => {
      if (folds[j] === f) out.push({ index: r.index, p: r.p === null ? null : stackProbability(stage, featuresOf(data, r)) });
    });
  }
  const thresholds = chooseThresholds(data, out);
  for (const lang of ['zh', 'en'] as const) thresholds[lang].veto = chooseVeto(data, out, lang, thresholds[lang].temper);
  return { ...fitStack(data, rows, options), thresholds };
}

/** A margin under the lowest risky score: a new text scores a little differently. (1, no margin,
 *  let one risky English post of 195 through in the nested CV; 0.7 none.) */
const VETO_MARGIN = 0.7;

/** The highest score below which no risky text the rules warned on lies (out of fold), at most `temper`. */
export function chooseVeto(data: Prepared, rows: Row[], lang: 'zh' | 'en', temper: number): number {
  let lowest = temper;
  for (const r of rows) {
    const e = data.examples[r.index];
    if (r.p === null || data.vectors[r.index].lang !== lang || e.label !== 1 || data.rules[r.index].level !== 'warn') continue;
    lowest = Math.min(lowest, r.p);
  }
  return lowest * VETO_MARGIN;
}
