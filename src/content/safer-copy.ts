// A safer copy of one photo: drawn upright, every face found covered in pixel blocks, and
// encoded again, which leaves every piece of metadata behind (GPS, place names, camera, time).
import type { Box } from '../analysis/types.ts';
import { pixelateFaces } from '../vision/core/pixelate.ts';
import { fitInside } from '../vision/core/image.ts';

/** Longest side of a copy: more than any of the sites keeps, and a bounded canvas in the page. */
export const MAX_COPY_SIDE = 4096;
const JPEG_QUALITY = 0.92;

function encode(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the copy could not be encoded'))), type, JPEG_QUALITY));
}

/** `faces` are in the photo's upright pixels, as the analysis reports them. */
export async function saferCopy(file: File, faces: readonly Box[], name: string): Promise<File> {
  // createImageBitmap turns the picture by its EXIF orientation, as the analysis did
  const bitmap = await createImageBitmap(file);
  try {
    const size = fitInside(bitmap.width, bitmap.height, MAX_COPY_SIDE);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no canvas to draw the copy on');
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    if (faces.length) {
      const s = size.width / bitmap.width;
      const pixels = ctx.getImageData(0, 0, size.width, size.height);
      pixelateFaces(pixels, faces.map((f) => ({ x: f.x * s, y: f.y * s, width: f.width * s, height: f.height * s })));
      ctx.putImageData(pixels, 0, 0);
    }
    // PNG stays PNG (screenshots, transparency); everything else becomes JPEG
    const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const blob = await encode(canvas, type);
    canvas.width = canvas.height = 0; // give the pixels back now, not at the next collection
    return new File([blob], `${name}.${type === 'image/png' ? 'png' : 'jpg'}`, { type, lastModified: Date.now() });
  } finally {
    bitmap.close();
  }
}
