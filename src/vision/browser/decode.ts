// Browser decoding (the analysis document in Chrome and Firefox): createImageBitmap applies
// EXIF orientation; big pictures are asked for at the analysis size; drawn on white to drop transparency.
import type { DecodedPhoto, DecodeLimits } from '../core/analyzer.ts';
import type { ImageFormat, ImageHeader } from '../core/sniff.ts';
import { fitInside } from '../core/image.ts';
import { PROBLEM } from '../core/problems.ts';

/** Chrome and Firefox decode these natively; neither decodes HEIC. */
export const BROWSER_DECODABLE: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif']);

const MIME: Partial<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', avif: 'image/avif',
};

export async function decodeInBrowser(bytes: Uint8Array, header: ImageHeader, limits: DecodeLimits): Promise<DecodedPhoto> {
  const { width, height } = header;
  // Without a size in the header we cannot keep the pixel budget: refuse rather than decode blind.
  if (!width || !height) throw Object.assign(new Error('no size'), { photoProblem: PROBLEM.undecodable });
  if (width * height > limits.maxPixels) {
    throw Object.assign(new Error('too large'), { photoProblem: PROBLEM.tooLarge(width, height, limits.maxPixels) });
  }
  const blob = new Blob(withJpegEnd(bytes, header), { type: MIME[header.format] ?? '' });
  // Larger than the analysis size: ask the decoder for the analysis size, which it may reach while
  // decoding (Chromium 156 measured no faster, no leaner: it decodes fully, then scales). The
  // browser resizes after turning the picture upright; giving the width only keeps the true aspect
  // ratio even if the orientation read from the metadata were wrong.
  const sideways = (limits.orientation ?? 1) >= 5;
  const upright = sideways ? { width: height, height: width } : { width, height };
  const fit = fitInside(upright.width, upright.height, limits.maxSide);
  const shrink = fit.width < upright.width;
  const bitmap = await createImageBitmap(blob, shrink ? { resizeWidth: fit.width, resizeQuality: 'high' } : {});
  try {
    const target = fitInside(bitmap.width, bitmap.height, limits.maxSide);
    const canvas = makeCanvas(target.width, target.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, target.width, target.height);
    ctx.drawImage(bitmap, 0, 0, target.width, target.height);
    const pixels = ctx.getImageData(0, 0, target.width, target.height);
    // shrunk: full displayed size = header size, swapped if the browser turned the picture sideways
    const turned = shrink && (bitmap.width > bitmap.height) !== (width > height);
    const displayed = !shrink ? { width: bitmap.width, height: bitmap.height } : turned ? { width: height, height: width } : { width, height };
    return { image: { width: pixels.width, height: pixels.height, data: pixels.data }, ...displayed };
  } finally {
    bitmap.close();
  }
}

/** Chrome refuses a JPEG that stops short; given an end marker it decodes what arrived (the rest
 *  grey), as Firefox and libvips do. The analyzer still reports the photo as truncated. */
function withJpegEnd(bytes: Uint8Array, header: ImageHeader): BlobPart[] {
  const parts: BlobPart[] = [bytes as Uint8Array<ArrayBuffer>];
  if (header.format === 'jpeg' && header.truncated) parts.push(new Uint8Array([0xff, 0xd9]));
  return parts;
}

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}
