// A safer copy of one photo: drawn upright, every face found and every quoted line of text
// covered in pixel blocks, and encoded again, which leaves every piece of metadata behind (GPS, place names, camera, time).
import type { Box } from '../analysis/types.ts';
import { coverAll, type Cover } from '../vision/core/pixelate.ts';
import { fitInside } from '../vision/core/image.ts';

/** Longest side of a copy: more than any of the sites keeps, and a bounded canvas in the page. */
export const MAX_COPY_SIDE = 4096;
const JPEG_QUALITY = 0.92;

function encode(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the copy could not be encoded'))), type, JPEG_QUALITY));
}

/** `cover` is in the photo's upright pixels, as the analysis reports them. */
export async function saferCopy(file: File, cover: Cover, name: string): Promise<File> {
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
    if (cover.faces.length || cover.text.length) {
      const s = size.width / bitmap.width;
      const scaled = (b: Box) => ({ x: b.x * s, y: b.y * s, width: b.width * s, height: b.height * s });
      const pixels = ctx.getImageData(0, 0, size.width, size.height);
      coverAll(pixels, { faces: cover.faces.map(scaled), text: cover.text.map(scaled) });
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
