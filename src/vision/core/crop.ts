// Square crops of the photo for the face models, made in JS on the RGBA bytes: only the small model
// inputs ever become tensors, so the photo itself never takes room in tfjs' wasm heap (which never
// shrinks). Sampling is bilinear, averaged over up to 4×4 samples per output pixel when shrinking.
import type { Box } from '../../analysis/types.ts';
import type { RgbaImage } from './image.ts';

export interface Square { x: number; y: number; side: number }

/** RGB values 0..255, row-major, `size`×`size`×3, of `square` of the photo. Photo pixels outside
 *  `valid` (default: the whole photo) and anything past the photo's edge read as `fill`. */
export function cropSquare(image: RgbaImage, square: Square, size: number, fill = 0, valid?: Box): Float32Array {
  const { width: w, height: h, data } = image;
  const vx0 = Math.max(0, valid?.x ?? 0);
  const vy0 = Math.max(0, valid?.y ?? 0);
  const vx1 = Math.min(w, valid ? valid.x + valid.width : w);
  const vy1 = Math.min(h, valid ? valid.y + valid.height : h);
  const step = square.side / size; // photo pixels per output pixel
  const n = Math.min(4, Math.max(1, Math.ceil(step)));
  const out = new Float32Array(size * size * 3);
  const sample = [0, 0, 0];
  for (let oy = 0; oy < size; oy++) {
    for (let ox = 0; ox < size; ox++) {
      let r = 0, g = 0, b = 0;
      for (let sy = 0; sy < n; sy++) {
        const py = square.y + (oy + (sy + 0.5) / n) * step;
        for (let sx = 0; sx < n; sx++) {
          const px = square.x + (ox + (sx + 0.5) / n) * step;
          if (px < vx0 || py < vy0 || px >= vx1 || py >= vy1) {
            r += fill; g += fill; b += fill;
            continue;
          }
          bilinear(data, w, h, px - 0.5, py - 0.5, sample);
          r += sample[0]; g += sample[1]; b += sample[2];
        }
      }
      const o = (oy * size + ox) * 3;
      const k = n * n;
      out[o] = r / k;
      out[o + 1] = g / k;
      out[o + 2] = b / k;
    }
  }
  return out;
}

function bilinear(data: RgbaImage['data'], w: number, h: number, fx: number, fy: number, rgb: number[]): void {
  const x = Math.min(w - 1, Math.max(0, fx));
  const y = Math.min(h - 1, Math.max(0, fy));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(w - 1, x0 + 1);
  const y1 = Math.min(h - 1, y0 + 1);
  const wx = x - x0;
  const wy = y - y0;
  const a = (y0 * w + x0) * 4, b = (y0 * w + x1) * 4, c = (y1 * w + x0) * 4, d = (y1 * w + x1) * 4;
  for (let k = 0; k < 3; k++) {
    const top = data[a + k] + (data[b + k] - data[a + k]) * wx;
    const bottom = data[c + k] + (data[d + k] - data[c + k]) * wx;
    rgb[k] = top + (bottom - top) * wy;
  }
}
