// Obscures faces the way child-safety guidance asks: coarse pixel blocks over the whole face and
// a margin around it, not a light blur that can be undone or still recognised; and lines of text
// (a phone number on a sign) the same way, in blocks at least half the line high. Pure: the
// content script runs it on a canvas's pixels, the tests in Node on sharp's.
import type { Box } from '../../analysis/types.ts';
import type { RgbaImage } from './image.ts';

/** blocks across the covered area: few enough that no feature of the face survives */
export const BLOCKS_ACROSS = 6;
/** margin around the detector's box, as a share of its size on each side (hair, ears, chin) */
export const FACE_MARGIN = 0.3;
/** margin around a line of text, as a share of its size on each side (Tesseract's box is tight) */
export const TEXT_MARGIN = 0.15;
/** smallest block, so a tiny face in a big photo still loses its features */
const MIN_BLOCK = 4;

/** The area covered for one face (or line, with its margin): the box grown by the margin, clipped to the picture. */
export function coverFor(face: Box, width: number, height: number, margin = FACE_MARGIN): Box {
  const mx = face.width * margin;
  const my = face.height * margin;
  const x0 = Math.max(0, Math.floor(face.x - mx));
  const y0 = Math.max(0, Math.floor(face.y - my));
  const x1 = Math.min(width, Math.ceil(face.x + face.width + mx));
  const y1 = Math.min(height, Math.ceil(face.y + face.height + my));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** Fills each `block`-sized square of `area` with its mean colour, in place. */
function pixelateArea(image: RgbaImage, area: Box, block: number): void {
  const { data, width } = image;
  const xEnd = area.x + area.width;
  const yEnd = area.y + area.height;
  for (let by = area.y; by < yEnd; by += block) {
    const bh = Math.min(block, yEnd - by);
    for (let bx = area.x; bx < xEnd; bx += block) {
      const bw = Math.min(block, xEnd - bx);
      const sum = [0, 0, 0, 0];
      for (let y = by; y < by + bh; y++) {
        for (let i = (y * width + bx) * 4, end = i + bw * 4; i < end; i += 4) {
          sum[0] += data[i]; sum[1] += data[i + 1]; sum[2] += data[i + 2]; sum[3] += data[i + 3];
        }
      }
      const n = bw * bh;
      const mean = sum.map((s) => Math.round(s / n));
      for (let y = by; y < by + bh; y++) {
        for (let i = (y * width + bx) * 4, end = i + bw * 4; i < end; i += 4) {
          data[i] = mean[0]; data[i + 1] = mean[1]; data[i + 2] = mean[2]; data[i + 3] = mean[3];
        }
      }
    }
  }
}

/** What a safer copy covers, in the image's pixels. */
export interface Cover { faces: readonly Box[]; text: readonly Box[] }

/** Covers the faces and the lines of text, in place. */
export function coverAll(image: RgbaImage, cover: Cover): void {
  pixelateFaces(image, cover.faces);
  pixelateText(image, cover.text);
}

/**
 * Covers every face in pixel blocks, in place. `faces` are in this image's pixels (scale them
 * first when the image is not the photo's full size). Returns the areas covered.
 */
export function pixelateFaces(image: RgbaImage, faces: readonly Box[]): Box[] {
  const covered = faces.map((f) => coverFor(f, image.width, image.height)).filter((a) => a.width > 0 && a.height > 0);
  for (const area of covered) pixelateArea(image, area, Math.max(MIN_BLOCK, Math.ceil(Math.max(area.width, area.height) / BLOCKS_ACROSS)));
  return covered;
}

/** Covers lines of text in blocks at least half the line's height (no glyph survives), in place. */
export function pixelateText(image: RgbaImage, lines: readonly Box[]): Box[] {
  const covered = lines.map((l) => coverFor(l, image.width, image.height, TEXT_MARGIN)).filter((a) => a.width > 0 && a.height > 0);
  for (const area of covered) {
    const block = Math.max(MIN_BLOCK, Math.ceil(Math.min(area.width, area.height) / 2), Math.ceil(Math.max(area.width, area.height) / BLOCKS_ACROSS));
    pixelateArea(image, area, block);
  }
  return covered;
}
