// Decoded pixels as every host hands them to the core: RGBA, EXIF orientation applied,
// transparency flattened on white, already downscaled to the analysis size.

export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes, row-major RGBA */
  data: Uint8Array | Uint8ClampedArray;
}

/** RGB bytes without alpha (face-api and PNM both want 3 channels), from `offset` of a buffer of
 *  `offset` extra bytes in front. */
export function toRgb(image: RgbaImage, offset = 0): Uint8Array {
  const { data } = image;
  const out = new Uint8Array(offset + image.width * image.height * 3);
  for (let i = 0, j = offset; i < data.length; i += 4, j += 3) {
    out[j] = data[i];
    out[j + 1] = data[i + 1];
    out[j + 2] = data[i + 2];
  }
  return out;
}

/** Binary PNM (P6): the cheapest format Tesseract's Leptonica reads, built without any codec, in
 *  one buffer (the pixels of a 1600 px picture are 6 MB, every copy is garbage until collected). */
export function toPnm(image: RgbaImage): Uint8Array {
  const header = new TextEncoder().encode(`P6\n${image.width} ${image.height}\n255\n`);
  const out = toRgb(image, header.length);
  out.set(header, 0);
  return out;
}

/** Binary PGM (P5): one byte a pixel, for pictures reduced to grey or black and white. The file
 *  and a view on its pixels, for the caller to write in place (no second copy of the picture). */
export function pgmFile(width: number, height: number): { file: Uint8Array; pixels: Uint8Array } {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const file = new Uint8Array(header.length + width * height);
  file.set(header, 0);
  return { file, pixels: file.subarray(header.length) };
}

/** The same picture turned upside down (for the OCR 180° retry). */
export function rotate180(image: RgbaImage): RgbaImage {
  // Uint32 view needs 4-byte alignment; Node's pooled Buffers may not have it.
  const bytes = image.data.byteOffset % 4 === 0 ? image.data : new Uint8Array(image.data);
  const src = new Uint32Array(bytes.buffer, bytes.byteOffset, image.width * image.height);
  const dst = new Uint32Array(src.length);
  for (let i = 0, n = src.length; i < n; i++) dst[i] = src[n - 1 - i];
  return { width: image.width, height: image.height, data: new Uint8Array(dst.buffer) };
}

/** Size that fits inside `maxSide` keeping the aspect ratio (never enlarges). */
export function fitInside(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Bilinear downscale so the longest side is at most `maxSide` (returns the input when it fits). */
export function downscale(image: RgbaImage, maxSide: number): RgbaImage {
  const { width: tw, height: th } = fitInside(image.width, image.height, maxSide);
  if (tw === image.width && th === image.height) return image;
  const src = image.data;
  const out = new Uint8Array(tw * th * 4);
  const sx = image.width / tw;
  const sy = image.height / th;
  for (let y = 0; y < th; y++) {
    const fy = Math.min(image.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < tw; x++) {
      const fx = Math.min(image.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const wx = fx - x0;
      const a = (y0 * image.width + x0) * 4;
      const b = (y0 * image.width + x1) * 4;
      const c = (y1 * image.width + x0) * 4;
      const d = (y1 * image.width + x1) * 4;
      const o = (y * tw + x) * 4;
      for (let k = 0; k < 4; k++) {
        const top = src[a + k] + (src[b + k] - src[a + k]) * wx;
        const bottom = src[c + k] + (src[d + k] - src[c + k]) * wx;
        out[o + k] = Math.round(top + (bottom - top) * wy);
      }
    }
  }
  return { width: tw, height: th, data: out };
}
