// Square crops of the photo for the face models, made in JS on the RGBA bytes: only the small model
// inputs ever become tensors, so the photo itself never takes room in tfjs' wasm heap (which never
// shrinks). Enlarging or mild shrinking samples bilinearly; shrinking by 2× or more averages each
// output pixel's whole footprint (a summed-area table), as bilinear sampling would alias.
import type { Box } from '../../analysis/types.ts';
import type { RgbaImage } from './image.ts';

export interface Square { x: number; y: number; side: number }

/** RGB values 0..255, row-major, `size`×`size`×3, of `square` of the photo. Photo pixels outside
 *  `valid` (default: the whole photo) and anything past the photo's edge read as `fill`. */
export function cropSquare(image: RgbaImage, square: Square, size: number, fill = 0, valid?: Box): Float32Array {
  const v = {
    x0: Math.max(0, valid?.x ?? 0),
    y0: Math.max(0, valid?.y ?? 0),
    x1: Math.min(image.width, valid ? valid.x + valid.width : image.width),
    y1: Math.min(image.height, valid ? valid.y + valid.height : image.height),
  };
  const step = square.side / size; // photo pixels per output pixel
  return step >= 2 ? areaCrop(image, square, size, step, fill, v) : bilinearCrop(image, square, size, step, fill, v);
}

interface Valid { x0: number; y0: number; x1: number; y1: number }

function bilinearCrop(image: RgbaImage, square: Square, size: number, step: number, fill: number, v: Valid): Float32Array {
  const { width: w, height: h, data } = image;
  const out = new Float32Array(size * size * 3);
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
  return out;
}

function areaCrop(image: RgbaImage, square: Square, size: number, step: number, fill: number, v: Valid): Float32Array {
  const table = summedArea(image);
  const iv = { x0: Math.round(v.x0), y0: Math.round(v.y0), x1: Math.round(v.x1), y1: Math.round(v.y1) }; // table indices are whole pixels
  const stride = image.width + 1;
  const out = new Float32Array(size * size * 3);
  for (let oy = 0; oy < size; oy++) {
    const top = Math.round(square.y + oy * step);
    const bottom = Math.round(square.y + (oy + 1) * step);
    const y0 = clamp(top, iv.y0, iv.y1);
    const y1 = clamp(bottom, iv.y0, iv.y1);
    for (let ox = 0; ox < size; ox++) {
      const left = Math.round(square.x + ox * step);
      const right = Math.round(square.x + (ox + 1) * step);
      const x0 = clamp(left, iv.x0, iv.x1);
      const x1 = clamp(right, iv.x0, iv.x1);
      const total = (right - left) * (bottom - top);
      const inside = (x1 - x0) * (y1 - y0);
      const o = (oy * size + ox) * 3;
      const a = (y0 * stride + x0) * 3, b = (y0 * stride + x1) * 3, c = (y1 * stride + x0) * 3, d = (y1 * stride + x1) * 3;
      for (let k = 0; k < 3; k++) {
        const sum = inside > 0 ? table[d + k] - table[b + k] - table[c + k] + table[a + k] : 0;
        out[o + k] = (sum + fill * (total - inside)) / total;
      }
    }
  }
  return out;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** (w+1)×(h+1)×3 running sums of the RGB values, made once per photo (the passes share it). */
const tables = new WeakMap<object, Uint32Array>();

function summedArea(image: RgbaImage): Uint32Array {
  const cached = tables.get(image.data);
  if (cached) return cached;
  const { width: w, height: h, data } = image;
  const stride = w + 1;
  const table = new Uint32Array(stride * (h + 1) * 3);
  for (let y = 0; y < h; y++) {
    let r = 0, g = 0, b = 0;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      r += data[i];
      g += data[i + 1];
      b += data[i + 2];
      const o = ((y + 1) * stride + x + 1) * 3;
      const above = (y * stride + x + 1) * 3;
      table[o] = table[above] + r;
      table[o + 1] = table[above + 1] + g;
      table[o + 2] = table[above + 2] + b;
    }
  }
  tables.set(image.data, table);
  return table;
}
