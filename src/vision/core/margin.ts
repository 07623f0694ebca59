// The white margin PaddleOCR reads a picture with, also given to Tesseract's layout check: text
// that runs to a picture's edge (a crop of a sign) is found once it has a margin.
import type { RgbaImage } from './image.ts';

/** 10 % of the longer side, at least 16 px. */
export function paddingFor(width: number, height: number): number {
  return Math.max(16, Math.round(0.1 * Math.max(width, height)));
}

/** The picture on white with that margin around it. */
export function withMargin(image: RgbaImage): RgbaImage {
  const pad = paddingFor(image.width, image.height);
  const width = image.width + 2 * pad;
  const height = image.height + 2 * pad;
  const data = new Uint8Array(width * height * 4).fill(255);
  const row = image.width * 4;
  for (let y = 0; y < image.height; y++) data.set(image.data.subarray(y * row, (y + 1) * row), ((y + pad) * width + pad) * 4);
  return { width, height, data };
}
