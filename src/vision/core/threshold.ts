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

/** Rec. 601 luma × 1000, an integer: window sums stay exact, so every host thresholds alike. */
export function luma1000(image: RgbaImage): Uint32Array {
  const { data } = image;
  const out = new Uint32Array(image.width * image.height);
  for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = 299 * data[i] + 587 * data[i + 1] + 114 * data[i + 2];
  return out;
}

/**
 * Sauvola threshold of the inverted picture: ink (black) where the inverted pixel is at most
 * mean · (1 + k · (sd / 128 − 1)) over the (2·radius+1)² window around it. radius 15 at the ≤ 1600 px
 * analysis size is about one character of sign text; on testdata/ocr radius 8 and 30 found fewer
 * key strings (src/vision/README.md). k = 0.2 is Sauvola's usual value.
 * Sliding column sums keep memory at O(width) (integral images of a 1600² picture would be 40 MB);
 * all sums are integers below 2⁵³, exact in doubles.
 */
export function invertedSauvola(image: RgbaImage, radius = 15, k = 0.2): GreyImage {
  const { width: w, height: h } = image;
  const grey = luma1000(image);
  for (let i = 0; i < grey.length; i++) grey[i] = 255_000 - grey[i];
  const out = new Uint8Array(w * h);
  const colSum = new Float64Array(w);
  const colSq = new Float64Array(w);
  const addRow = (y: number, sign: 1 | -1) => {
    for (let x = 0, o = y * w; x < w; x++) {
      const v = grey[o + x];
      colSum[x] += sign * v;
      colSq[x] += sign * v * v;
    }
  };
  for (let y = 0; y < Math.min(h, radius); y++) addRow(y, 1);
  for (let y = 0; y < h; y++) {
    if (y + radius < h) addRow(y + radius, 1);
    if (y - radius - 1 >= 0) addRow(y - radius - 1, -1);
    const rows = Math.min(h - 1, y + radius) - Math.max(0, y - radius) + 1;
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
      out[y * w + x] = grey[y * w + x] > threshold ? 255 : 0; // Sauvola: ink where value ≤ threshold
    }
  }
  return { width: w, height: h, data: out };
}
