// Light text on dark ground (street signs, shop signs, screens) as dark text on white for Tesseract.
// Tesseract's layout analysis thresholds the whole picture at one level (Otsu) and expects dark
// text: white letters on a blue sign inside a bright street scene come out as one dark blob. So the
// picture is inverted and thresholded locally (Sauvola: each pixel against the mean and spread of
// its own neighbourhood), which turns each sign's letters into black strokes on white.
import type { RgbaImage } from './image.ts';

/** One byte a pixel. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Rec. 601 luma × 1000 of row `y`, integers, into `out` from `at`: window sums stay exact, so
 *  every host thresholds alike. */
export function luma1000Row(image: RgbaImage, y: number, out: Uint32Array, at = 0): void {
  const { data, width } = image;
  for (let x = 0, i = y * width * 4; x < width; x++, i += 4) out[at + x] = 299 * data[i] + 587 * data[i + 1] + 114 * data[i + 2];
}

/**
 * Sauvola threshold of the inverted picture: ink (black) where the inverted pixel is at most
 * mean · (1 + k · (sd / 128 − 1)) over the (2·radius+1)² window around it. radius 15 at the ≤ 1600 px
 * analysis size is about one character of sign text; on testdata/ocr radius 8 and 30 found fewer
 * key strings (src/vision/README.md). k = 0.2 is Sauvola's usual value.
 * Sliding column sums over a ring of the 2·radius+2 rows in use keep memory at O(width · radius)
 * (integral images of a 1600² picture would be 40 MB, its luma alone 10 MB); all sums are
 * integers below 2⁵³, exact in doubles.
 * `into` (width·height bytes) takes the result in place of a new array: the pixels of a PGM file.
 */
export function invertedSauvola(image: RgbaImage, { radius = 15, k = 0.2, into }: { radius?: number; k?: number; into?: Uint8Array } = {}): GreyImage {
  const { width: w, height: h } = image;
  if (into && into.length !== w * h) throw new Error(`invertedSauvola: ${into.length} bytes for ${w}×${h} pixels`);
  const ringRows = 2 * radius + 2; // rows y - radius - 1 … y + radius
  const ring = new Uint32Array(ringRows * w);
  const rowAt = (y: number) => (y % ringRows) * w;
  const out = into ?? new Uint8Array(w * h);
  const colSum = new Float64Array(w);
  const colSq = new Float64Array(w);
  const addRow = (y: number) => {
    const o = rowAt(y);
    luma1000Row(image, y, ring, o);
    for (let x = 0; x < w; x++) {
      const v = 255_000 - ring[o + x]; // inverted
      ring[o + x] = v;
      colSum[x] += v;
      colSq[x] += v * v;
    }
  };
  const dropRow = (y: number) => {
    for (let x = 0, o = rowAt(y); x < w; x++) {
      const v = ring[o + x];
      colSum[x] -= v;
      colSq[x] -= v * v;
    }
  };
  for (let y = 0; y < Math.min(h, radius); y++) addRow(y);
  for (let y = 0; y < h; y++) {
    if (y + radius < h) addRow(y + radius);
    if (y - radius - 1 >= 0) dropRow(y - radius - 1);
    const rows = Math.min(h - 1, y + radius) - Math.max(0, y - radius) + 1;
    const row = rowAt(y);
    let sum = 0;
    let sq = 0;
    for (let x = 0; x < Math.min(w, radius); x++) {
      sum += colSum[x];
      sq += colSq[x];
    }
    for (let x = 0; x < w; x++) {
      if (x + radius < w) {
        sum += colSum[x + radius];
        sq += colSq[x + radius];
      }
      if (x - radius - 1 >= 0) {
        sum -= colSum[x - radius - 1];
        sq -= colSq[x - radius - 1];
      }
      const n = rows * (Math.min(w - 1, x + radius) - Math.max(0, x - radius) + 1);
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
      const threshold = mean * (1 + k * (sd / 128_000 - 1));
      out[y * w + x] = ring[row + x] > threshold ? 255 : 0; // Sauvola: ink where value ≤ threshold
    }
  }
  return { width: w, height: h, data: out };
}
