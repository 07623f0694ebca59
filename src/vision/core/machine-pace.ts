// How much slower than the reference machine this one runs now, told by work of known size that
// every photo does anyway: the sign copy (threshold.ts), the same integer arithmetic for each pixel
// whatever the picture shows. The OCR budget is stretched by this factor, so a slow or busy machine
// reads as much of a picture as the reference machine does in the budget (src/vision/README.md,
// "OCR budget and the machine's pace").

/** The sign copy's time per pixel on the reference machine (the 2-core machine of 6 Dec: 12 MP
 *  photo warm in 0.57–0.75 s in Chromium), as the product makes it: while the OCR thread looks for
 *  text blocks on the other core, median over testdata/ocr at the analysis size (22–44 ns a pixel
 *  from picture to picture; alone, without the OCR thread beside it, 22–28). */
export const REFERENCE_NS_PER_PIXEL = 35;
/** The budget is stretched at most this much: 4 s × 2 stays under Send's 9 s wait for a photo. */
export const MAX_SLOWDOWN = 2;
/** Below this many pixels the copy takes too little time to tell the machine's pace. */
const MIN_PIXELS = 100_000;
/** Paces remembered: one picture's copy can be slowed by a collection or a cold JIT. */
const REMEMBERED = 5;

/** The factor (1 … MAX_SLOWDOWN) for a pace of `nsPerPixel`. */
export function slowdown(nsPerPixel: number): number {
  return Math.min(MAX_SLOWDOWN, Math.max(1, nsPerPixel / REFERENCE_NS_PER_PIXEL));
}

/** The machine's pace over its last few sign copies. */
export class MachinePace {
  private readonly paces: number[] = [];

  /** Records a sign copy of `pixels` pixels that took `ms`; returns the factor for the budget:
   *  the median of the remembered paces (1 until a copy large enough to tell has been timed). */
  observe(ms: number, pixels: number): number {
    if (pixels >= MIN_PIXELS && ms > 0) {
      this.paces.push((ms * 1e6) / pixels);
      if (this.paces.length > REMEMBERED) this.paces.shift();
    }
    if (this.paces.length === 0) return 1;
    const sorted = [...this.paces].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return slowdown(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  }
}
