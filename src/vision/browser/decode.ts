// Browser decoding (Chrome offscreen document, Firefox background page): createImageBitmap applies
// EXIF orientation; big pictures are shrunk while decoding; drawn on white to drop transparency.
import type { DecodedPhoto } from '../core/analyzer.ts';
import type { ImageFormat, ImageHeader } from '../core/sniff.ts';
import { fitInside } from '../core/image.ts';
import { PROBLEM } from '../core/problems.ts';

/** Chrome and Firefox decode these natively; neither decodes HEIC. */
export const BROWSER_DECODABLE: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif']);

/** Up to this many pixels decode at full size first (exact orientation); above, shrink while decoding. */
const FULL_DECODE_PIXELS = 24_000_000;

const MIME: Partial<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', avif: 'image/avif',
};

export async function decodeInBrowser(bytes: Uint8Array, header: ImageHeader, limits: { maxSide: number; maxPixels: number }): Promise<DecodedPhoto> {
  const { width, height } = header;
  // Without a size in the header we cannot keep the pixel budget: refuse rather than decode blind.
  if (!width || !height) throw Object.assign(new Error('no size'), { photoProblem: PROBLEM.undecodable });
  if (width * height > limits.maxPixels) {
    throw Object.assign(new Error('too large'), { photoProblem: PROBLEM.tooLarge(width, height, limits.maxPixels) });
  }
  const blob = new Blob(withJpegEnd(bytes, header), { type: MIME[header.format] ?? '' });
  const shrink = width * height > FULL_DECODE_PIXELS ? fitInside(width, height, limits.maxSide * 2) : null;
  const bitmap = await createImageBitmap(blob, shrink ? { resizeWidth: shrink.width, resizeHeight: shrink.height, resizeQuality: 'high' } : {});
  try {
    const target = fitInside(bitmap.width, bitmap.height, limits.maxSide);
    const canvas = makeCanvas(target.width, target.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, target.width, target.height);
    ctx.drawImage(bitmap, 0, 0, target.width, target.height);
    const pixels = ctx.getImageData(0, 0, target.width, target.height);
    // shrunk: full displayed size = header size, swapped if orientation turned the picture sideways
    const turned = shrink !== null && (bitmap.width > bitmap.height) !== (width > height);
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
