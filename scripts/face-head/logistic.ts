// A small L2-regularised logistic regression (full-batch gradient descent with a fixed step count,
// so the same data gives the same weights) and the folds it is cross-validated on.
import { seededRandom } from '../seeded-random.ts';

export interface Head { mean: number[]; scale: number[]; weights: number[]; bias: number }

/** Features standardised on the training rows (mean 0, sd 1 each), then fitted. */
export function fitHead(x: number[][], y: number[], l2: number, steps = 600, rate = 0.5 / (1 + l2)): Head {
  const d = x[0].length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j], 0) / x.length);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / x.length) || 1);
  const z = x.map((r) => r.map((v, j) => (v - mean[j]) / scale[j]));
  // classes weighted equally, whatever their counts
  const pos = y.filter((v) => v === 1).length;
  const weightOf = (label: number) => (label === 1 ? x.length / (2 * pos) : x.length / (2 * (x.length - pos)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      const err = (sigmoid(dot(w, z[i]) + b) - y[i]) * weightOf(y[i]);
      for (let j = 0; j < d; j++) gw[j] += err * z[i][j];
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (gw[j] / z.length + l2 * w[j]);
    b -= rate * gb / z.length;
  }
  return { mean, scale, weights: w, bias: b };
}

/** The head's log-odds that the face is a child's. */
export function headScore(head: Head, x: number[]): number {
  let s = head.bias;
  for (let j = 0; j < x.length; j++) s += head.weights[j] * (x[j] - head.mean[j]) / head.scale[j];
  return s;
}

/** Fold of each row (0..k-1), shuffled within each label so every fold has both. */
export function folds(y: number[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(y.length).fill(0);
  for (const label of [0, 1]) {
    const rows = y.map((v, i) => [v, i] as const).filter(([v]) => v === label).map(([, i]) => i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    rows.forEach((row, n) => { fold[row] = n % k; });
  }
  return fold;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/** Each sample's score from a head fitted without its fold (5-fold cross-validation's out-of-fold
 *  scores), for choosing a head's L2 and threshold on the tune half alone. */
export function outOfFoldScores<T>(samples: T[], fold: number[], k: number, label: (s: T) => number, featurize: (s: T) => number[], l2: number): number[] {
  const oof = new Array<number>(samples.length).fill(0);
  for (let f = 0; f < k; f++) {
    const rows = samples.filter((_, i) => fold[i] !== f);
    const head = fitHead(rows.map(featurize), rows.map(label), l2);
    samples.forEach((s, i) => { if (fold[i] === f) oof[i] = headScore(head, featurize(s)); });
  }
  return oof;
}
