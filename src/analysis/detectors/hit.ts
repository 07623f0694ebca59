// What every detector returns: a finding at [start, end) of the normalised text.
import { worthScanning } from '../lexicon/compile.ts';
import { allMatches, type Pattern, type ScannedText } from '../lexicon/patterns.ts';

export interface Hit {
  /** detector-specific code: a category ('lost', 'child', 'phone-number'…) */
  code: string;
  start: number;
  end: number;
  /** how much this finding counts (vulnerability weights; 1 elsewhere) */
  weight: number;
  /** extra, detector-specific: the age in years, the kind of phone, 'masked'… */
  detail?: string | number;
}

/** The pattern's matches in the text as hits of one code (an English regex is not run on a text
 *  without Latin letters, nor a Chinese one on a text without Chinese characters or digits). */
export function findAll(p: Pattern, scan: ScannedText, code: string, weight = 1): Hit[] {
  const hits: Hit[] = [];
  const found = allMatches(p, scan, worthScanning);
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (m[0].length) hits.push({ code, start: m.index, end: m.index + m[0].length, weight });
  }
  return hits;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Units between two spans: 0 when they overlap. */
export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return overlaps(a, b) ? 0 : a.end <= b.start ? b.start - a.end : a.start - b.end;
}

/** index of the first of the sorted `values` that is ≥ x (values.length when none) */
function firstAtLeast(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** up to this many spans, or for the first few questions, a plain scan answers faster than
 *  sorting the spans first */
const SCAN_AT_MOST = 64;
const SCAN_QUESTIONS = 16;

/**
 * Spans (hits) to ask of another span whether one of them overlaps it and how far the nearest one
 * is. A post has a few dozen hits and a plain scan answers; a 100,000-character paste has
 * thousands, and asking each against all the others was quadratic: there the spans are sorted
 * once (after a few questions) and each further question takes log time.
 */
export class SpanIndex {
  private starts: Int32Array | null = null;
  /** maxEnd[k]: the largest end among the k + 1 spans that start first */
  private maxEnd: Int32Array | null = null;
  private ends: Int32Array | null = null;
  private asked = 0;

  constructor(private readonly spans: readonly { start: number; end: number }[]) {}

  private sorted(): boolean {
    if (this.spans.length <= SCAN_AT_MOST || ++this.asked <= SCAN_QUESTIONS) return false;
    if (!this.starts) {
      const byStart = [...this.spans].sort((a, b) => a.start - b.start);
      this.starts = Int32Array.from(byStart, (x) => x.start);
      this.maxEnd = new Int32Array(byStart.length);
      for (let k = 0; k < byStart.length; k++) this.maxEnd[k] = Math.max(byStart[k].end, k ? this.maxEnd[k - 1] : -1);
      this.ends = Int32Array.from(this.spans, (x) => x.end).sort();
    }
    return true;
  }

  /** Whether one of the spans overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    if (!this.sorted()) {
      for (const x of this.spans) if (x.start < end && start < x.end) return true;
      return false;
    }
    const before = firstAtLeast(this.starts!, end); // the spans that start before `end`
    return before > 0 && this.maxEnd![before - 1] > start;
  }

  /** Units between [start, end) and the nearest span: 0 when one overlaps, Infinity when none. */
  distance(start: number, end: number): number {
    if (!this.sorted()) {
      let nearest = Infinity;
      for (const x of this.spans) nearest = Math.min(nearest, distance(x, { start, end }));
      return nearest;
    }
    if (this.overlaps(start, end)) return 0;
    let nearest = Infinity;
    const endedBefore = firstAtLeast(this.ends!, start + 1); // spans ending at or before `start`
    if (endedBefore > 0) nearest = start - this.ends![endedBefore - 1];
    const after = firstAtLeast(this.starts!, end);
    if (after < this.starts!.length) nearest = Math.min(nearest, this.starts![after] - end);
    return nearest;
  }
}

/** `hits` (in order of start) with `extra` merged in; the same array when there is nothing to add. */
export function withExtra(hits: Hit[], extra: Hit[]): Hit[] {
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

/** Drops hits that overlap any of `masks`. */
export function outside(hits: Hit[], masks: Hit[]): Hit[] {
  if (!masks.length) return hits;
  const index = new SpanIndex(masks);
  return hits.filter((h) => !index.overlaps(h.start, h.end));
}
