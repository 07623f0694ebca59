// The learned text model at run time: a logistic regression over hashed n-grams (features.ts),
// its weights quantised to int8 in text-model.json (built by `npm run train`). Decoded on first
// use, in the background only; no network, no Node or browser API.
import data from './text-model.json';
import { extractFeatures } from './features.ts';
import type { StackModel } from './stack.ts';

export interface Thresholds {
  /** at or above: the model adds a warning the rules did not give */
  add: number;
  /** below: the model tempers a rule warning to a caution */
  temper: number;
  /** below: the rule warning is set aside altogether (chosen so no risky training post was) */
  veto?: number;
}

export interface TextModelFile {
  hashBits: number;
  /** weight = int8 × scale */
  scale: number;
  bias: number;
  /** base64 of one int8 per bucket */
  weights: string;
  thresholds: Record<'zh' | 'en', Thresholds>;
  /** the second stage over the score and the rules' findings */
  stack?: StackModel;
  /** at or above: the model's own score adds a warning where the rules gave none (chosen where the
   *  rules meet wording they were not fitted to); 2: never */
  unseenAdd?: Record<'zh' | 'en', number>;
}

/** A feature that moved the score, with its span in the normalised text. */
export interface Contribution {
  start: number;
  end: number;
  weight: number;
}

export interface ModelScore {
  /** probability that the text describes a child at risk */
  p: number;
  lang: 'zh' | 'en';
  /** how many distinct features the text has (1: only its language, nothing to score) */
  features: number;
  /** the features with the largest pull towards risk (positive) and away from it (negative), strongest first */
  towardRisk: Contribution[];
  awayFromRisk: Contribution[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 → bytes, by hand: atob is not in every context the engine runs in */
export function fromBase64(s: string): Uint8Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? table[c] : -1;
    if (v < 0) continue; // padding and line breaks
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

export interface LoadedModel {
  /** one weight per bucket, × scale; held as int8 (256 KB stays in cache, a float table did not) */
  weights: Int8Array | Float32Array;
  scale: number;
  bias: number;
  thresholds: Record<'zh' | 'en', Thresholds>;
  stack?: StackModel;
  unseenAdd?: Record<'zh' | 'en', number>;
}

export function loadModel(file: TextModelFile): LoadedModel {
  const bytes = fromBase64(file.weights);
  // the table always has its full size: a short or empty file scores every feature 0
  const weights = new Int8Array(1 << file.hashBits);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, weights.length)));
  return { weights, scale: file.scale, bias: file.bias, thresholds: file.thresholds, stack: file.stack, unseenAdd: file.unseenAdd };
}

let shipped: LoadedModel | null = null;
/** The model built into the extension, decoded on first use. */
export function shippedModel(): LoadedModel {
  shipped ??= loadModel(data as TextModelFile);
  return shipped;
}

const TOP = 8;

/**
 * Keeps the TOP strongest contributions of one sign in `list`, strongest first: an insertion into
 * the short sorted list rather than a sort of it for every feature. A feature goes after an
 * earlier one that pulls as hard.
 */
function keepStrongest(list: Contribution[], start: number, end: number, weight: number): void {
  const pull = Math.abs(weight);
  if (list.length === TOP && pull <= Math.abs(list[TOP - 1].weight)) return;
  let at = Math.min(list.length, TOP - 1);
  for (; at > 0 && pull > Math.abs(list[at - 1].weight); at--) list[at] = list[at - 1];
  list[at] = { start, end, weight };
}

/** Each feature's raw weight, in feature order; reused between calls. */
let raw = new Float64Array(4096);

/** Scores a normalised text. Never throws; linear in the text's length. */
export function scoreText(text: string, model: LoadedModel = shippedModel()): ModelScore {
  const f = extractFeatures(text);
  const { weights } = model;
  const { buckets, starts, ends, count } = f;
  if (raw.length < count) raw = new Float64Array(2 * count);
  // The weights first, in a loop of loads alone: a text's features sit all over the 256 KB
  // table, so most loads miss the cache, and with no branch on the loaded value the processor
  // waits for many at once (with the branches below in the same loop it waited for each)
  for (let i = 0; i < count; i++) raw[i] = weights[buckets[i]];
  const value = model.scale / Math.sqrt(Math.max(1, count));
  let z = model.bias;
  const toward: Contribution[] = [];
  const away: Contribution[] = [];
  for (let i = 0; i < count; i++) {
    const w = raw[i] * value;
    z += w;
    if (starts[i] === ends[i]) continue; // the language feature quotes nothing
    if (w > 0) keepStrongest(toward, starts[i], ends[i], w);
    else if (w < 0) keepStrongest(away, starts[i], ends[i], w);
  }
  return { p: 1 / (1 + Math.exp(-z)), lang: f.lang, features: f.count, towardRisk: toward, awayFromRisk: away };
}

/**
 * The spans a person would read as the reason: the strongest features' spans, overlapping or
 * touching ones merged into one phrase, at most `max` phrases, strongest first.
 */
export function phrases(contributions: Contribution[], max = 4): { start: number; end: number }[] {
  const merged: Contribution[] = [];
  for (const c of [...contributions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      last.weight += c.weight;
    } else merged.push({ ...c });
  }
  return merged
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, max)
    .map(({ start, end }) => ({ start, end }));
}
