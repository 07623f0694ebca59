// Browser decoding (the analysis document in Chrome and Firefox), drawn upright, on white (no
// transparency), at the analysis size. Firefox decodes big photos straight to that size, Chromium
// very big JPEGs near it (image-decoder.ts); otherwise, or when that fails, createImageBitmap.
import type { DecodedPhoto, DecodeLimits } from '../core/analyzer.ts';
import type { ImageFormat, ImageHeader } from '../core/sniff.ts';
import { fitInside } from '../core/image.ts';
import { pixelProblem, PROBLEM } from '../core/problems.ts';
import { decodeToSize } from './image-decoder.ts';

/** Chrome and Firefox decode these natively; neither decodes HEIC. */
export const BROWSER_DECODABLE: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif']);

const MIME: Partial<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', avif: 'image/avif',
};

type Size = { width: number; height: number };

export async function decodeInBrowser(bytes: Uint8Array, header: ImageHeader, limits: DecodeLimits): Promise<DecodedPhoto> {
  const { width, height } = header;
  // Without a size in the header we cannot keep the pixel budget: refuse rather than decode blind.
  if (!width || !height) throw Object.assign(new Error('no size'), { photoProblem: PROBLEM.undecodable });
  const tooLarge = pixelProblem(header, limits.maxPixels);
  if (tooLarge) throw Object.assign(new Error('too large'), { photoProblem: tooLarge });
  const data = withJpegEnd(bytes, header);
  const orientation = limits.orientation ?? 1;
  const upright = orientation >= 5 ? { width: height, height: width } : { width, height };
  const target = fitInside(upright.width, upright.height, limits.maxSide);
  const mime = MIME[header.format] ?? '';
  const shrink = target.width < upright.width;
  const frame = shrink ? await decodeToSize(data, mime, target, { width, height, sideways: orientation >= 5 }).catch(() => null) : null;
  if (frame) {
    try {
      // a frame turned otherwise than the metadata we read says would be drawn stretched: decoded again below
      if ((frame.displayWidth >= frame.displayHeight) === (target.width >= target.height)) return draw(frame, target, upright);
    } finally {
      frame.close();
    }
  }
  return decodeWithBitmap(data, mime, { width, height }, shrink ? target.width : undefined, limits.maxSide);
}

/** The stored values, not converted by an embedded colour profile: Chromium's and Firefox's colour
 *  engines and Node's (libvips: lcms2) round differently, ±1 on 3–5 % of the values of an Adobe RGB
 *  photo, enough to change what OCR reads; without the conversion the three decode to the same
 *  pixels (node/decode.ts skips it too). Colours of a wide-gamut photo come out a little flat,
 *  which neither OCR nor the face models measured here depend on. */
export const NO_COLOUR_PROFILE = { colorSpaceConversion: 'none' } as const;

/** createImageBitmap applies the EXIF orientation itself; asked for the analysis width, Chromium
 *  156 still decodes fully, then scales. 'low' quality: for a 12 MP JPEG → 1600 px in a bare page,
 *  'high' and 'medium' build mipmaps that Skia's cache keeps (15 MB, still there 40 s later; peak
 *  +68 MB against +50 MB) and take 190–230 ms against 140 ms, and 'low' is nearer than they are
 *  to libvips' lanczos3 (Node's decode): mean difference 0.44 against 0.65 per channel value. */
async function decodeWithBitmap(data: Uint8Array<ArrayBuffer>, mime: string, stored: Size, resizeWidth: number | undefined, maxSide: number): Promise<DecodedPhoto> {
  // the width only: the true aspect ratio even if the orientation read from the metadata were wrong
  const bitmap = await createImageBitmap(new Blob([data], { type: mime }), { ...NO_COLOUR_PROFILE, ...(resizeWidth ? { resizeWidth, resizeQuality: 'low' } : {}) });
  try {
    const size = fitInside(bitmap.width, bitmap.height, maxSide);
    const turned = (bitmap.width > bitmap.height) !== (stored.width > stored.height);
    return draw(bitmap, size, turned ? { width: stored.height, height: stored.width } : stored);
  } finally {
    bitmap.close();
  }
}

/** `source` drawn at `size` on white; `displayed` is the photo's full upright size. */
function draw(source: CanvasImageSource, size: Size, displayed: Size): DecodedPhoto {
  const canvas = makeCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2d context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, size.width, size.height);
  const pixels = ctx.getImageData(0, 0, size.width, size.height);
  // a canvas' pixels are freed only when the canvas is garbage-collected, which back-to-back photos
  // outrun; emptied now, six 12 MP photos in a row peaked ~35 MB lower in Chromium
  canvas.width = 0;
  canvas.height = 0;
  return { image: { width: pixels.width, height: pixels.height, data: pixels.data }, ...displayed };
}

/** Chrome refuses a JPEG that stops short; given an end marker it decodes what arrived (the rest
 *  grey), as Firefox and libvips do. The analyzer still reports the photo as truncated. */
function withJpegEnd(bytes: Uint8Array, header: ImageHeader): Uint8Array<ArrayBuffer> {
  if (header.format !== 'jpeg' || !header.truncated) return bytes as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(bytes.length + 2);
  out.set(bytes);
  out.set([0xff, 0xd9], bytes.length);
  return out;
}

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}
