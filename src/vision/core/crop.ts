// Square crops of the photo for the face models, made in JS on the RGBA bytes: only the small model
// inputs ever become tensors, so the photo itself never takes room in tfjs' wasm heap (which never
// shrinks). Enlarging or mild shrinking samples bilinearly; shrinking by 2× or more averages each
// output pixel's whole footprint, as bilinear sampling would alias.
import type { Box } from '../../analysis/types.ts';
import type { RgbaImage } from './image.ts';

export interface Square { x: number; y: number; side: number }

/** RGB values 0..255, row-major, `size`×`size`×3, of `square` of the photo. Photo pixels outside
 *  `valid` (default: the whole photo) and anything past the photo's edge read as `fill`. */
export function cropSquare(image: RgbaImage, square: Square, size: number, fill = 0, valid?: Box): Float32Array {
  const out = new Float32Array(size * size * 3);
  cropSquareInto(out, 0, image, square, size, fill, valid);
  return out;
}

/** cropSquare written into `out` from `offset`: a batch of model inputs in one buffer, no copy each. */
export function cropSquareInto(out: Float32Array, offset: number, image: RgbaImage, square: Square, size: number, fill = 0, valid?: Box): void {
  const v = {
    x0: Math.max(0, valid?.x ?? 0),
    y0: Math.max(0, valid?.y ?? 0),
    x1: Math.min(image.width, valid ? valid.x + valid.width : image.width),
    y1: Math.min(image.height, valid ? valid.y + valid.height : image.height),
  };
  const step = square.side / size; // photo pixels per output pixel
  const target = out.subarray(offset, offset + size * size * 3);
  if (step >= 2) areaCrop(target, image, square, size, step, fill, v);
  else bilinearCrop(target, image, square, size, step, fill, v);
}

interface Valid { x0: number; y0: number; x1: number; y1: number }

function bilinearCrop(out: Float32Array, image: RgbaImage, square: Square, size: number, step: number, fill: number, v: Valid): void {
  const { width: w, height: h, data } = image;
  // Separable: each source row is first mixed along x at every output column (once, however many
  // output rows use it: a small face enlarged to 192² uses each row ~4 times), then two such rows
  // are mixed along y. The sums are the ones a per-pixel bilinear mix makes, in the same order and
  // in doubles, so the crop is the same bit for bit; it just takes ~3× less time.
  const left = new Int32Array(size), right = new Int32Array(size), wxs = new Float64Array(size);
  const inX = new Uint8Array(size);
  for (let ox = 0; ox < size; ox++) {
    const px = square.x + (ox + 0.5) * step;
    const fx = Math.min(w - 1, Math.max(0, px - 0.5));
    const x0 = Math.floor(fx);
    left[ox] = x0 * 4;
    right[ox] = Math.min(w - 1, x0 + 1) * 4;
    wxs[ox] = fx - x0;
    inX[ox] = px >= v.x0 && px < v.x1 ? 1 : 0;
  }
  // the x-mixed source rows under the current output row: y0 in `top`, y0 + 1 in `bottom`
  // (y0 only grows down the crop, so when it moves one row the old bottom becomes the new top)
  let top = new Float64Array(size * 3), bottom = new Float64Array(size * 3);
  let topRow = -1, bottomRow = -1;
  const mixRow = (y: number, row: Float64Array) => {
    const base = y * w * 4;
    for (let ox = 0, o = 0; ox < size; ox++, o += 3) {
      const a = base + left[ox], b = base + right[ox], wx = wxs[ox];
      row[o] = data[a] + (data[b] - data[a]) * wx;
      row[o + 1] = data[a + 1] + (data[b + 1] - data[a + 1]) * wx;
      row[o + 2] = data[a + 2] + (data[b + 2] - data[a + 2]) * wx;
    }
  };
  for (let oy = 0; oy < size; oy++) {
    const py = square.y + (oy + 0.5) * step;
    let o = oy * size * 3;
    if (py < v.y0 || py >= v.y1) {
      out.fill(fill, o, o + size * 3);
      continue;
    }
    const fy = Math.min(h - 1, Math.max(0, py - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(h - 1, y0 + 1);
    const wy = fy - y0;
    if (y0 !== topRow) {
      if (y0 === bottomRow) [top, bottom] = [bottom, top];
      else mixRow(y0, top);
      topRow = y0;
      bottomRow = -1;
    }
    if (y1 !== bottomRow) {
      mixRow(y1, bottom);
      bottomRow = y1;
    }
    for (let ox = 0, r = 0; ox < size; ox++, o += 3, r += 3) {
      if (!inX[ox]) {
        out[o] = out[o + 1] = out[o + 2] = fill;
        continue;
      }
      out[o] = top[r] + (bottom[r] - top[r]) * wy;
      out[o + 1] = top[r + 1] + (bottom[r + 1] - top[r + 1]) * wy;
      out[o + 2] = top[r + 2] + (bottom[r + 2] - top[r + 2]) * wy;
    }
  }
}

/** Each output pixel: the mean of its footprint, whole photo pixels between rounded edges (so
 *  footprints tile the square without gaps or overlap), the part outside `v` counted as `fill`.
 *  Summed directly, one band of footprint rows at a time: each photo pixel is read once, and no
 *  summed-area table of the photo (9.5 MB for the 1024 px face copy) is made per photo. */
function areaCrop(out: Float32Array, image: RgbaImage, square: Square, size: number, step: number, fill: number, v: Valid): void {
  const { width: w, data } = image;
  const iv = { x0: Math.round(v.x0), y0: Math.round(v.y0), x1: Math.round(v.x1), y1: Math.round(v.y1) }; // footprints are whole pixels
  const lefts = new Int32Array(size + 1);
  for (let ox = 0; ox <= size; ox++) lefts[ox] = Math.round(square.x + ox * step);
  const xa = clamp(lefts[0], iv.x0, iv.x1);
  const xb = clamp(lefts[size], iv.x0, iv.x1);
  // per band: the column totals of its rows, then their running sums along x (exact: integers in doubles)
  const columns = new Float64Array((xb - xa) * 3);
  const running = new Float64Array((xb - xa + 1) * 3);
  for (let oy = 0; oy < size; oy++) {
    const top = Math.round(square.y + oy * step);
    const bottom = Math.round(square.y + (oy + 1) * step);
    const y0 = clamp(top, iv.y0, iv.y1);
    const y1 = clamp(bottom, iv.y0, iv.y1);
    columns.fill(0);
    for (let y = y0; y < y1; y++) {
      for (let x = xa, i = (y * w + xa) * 4, c = 0; x < xb; x++, i += 4, c += 3) {
        columns[c] += data[i];
        columns[c + 1] += data[i + 1];
        columns[c + 2] += data[i + 2];
      }
    }
    for (let c = 0; c < columns.length; c++) running[c + 3] = running[c] + columns[c];
    for (let ox = 0; ox < size; ox++) {
      const left = lefts[ox];
      const right = lefts[ox + 1];
      const x0 = clamp(left, iv.x0, iv.x1);
      const x1 = clamp(right, iv.x0, iv.x1);
      const total = (right - left) * (bottom - top);
      const inside = (x1 - x0) * (y1 - y0);
      const o = (oy * size + ox) * 3;
      const a = (x0 - xa) * 3, b = (x1 - xa) * 3;
      for (let k = 0; k < 3; k++) {
        const sum = inside > 0 ? running[b + k] - running[a + k] : 0;
        out[o + k] = (sum + fill * (total - inside)) / total;
      }
    }
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
