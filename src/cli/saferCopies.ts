// `scan --safer-copies DIR`: the extension's safer copy, for photos on disk. Each photo is drawn
// upright, every face found and every line of text the verdict quotes is covered in pixel blocks
// (the extension's own pixelate.ts), and it is encoded again without any metadata (no GPS, place,
// camera or time). Written as DIR/<name>-safer.jpg (PNG stays PNG); never over an existing file.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import sharp from 'sharp';
import type { Box, PhotoFacts } from '../analysis/types.ts';
import { coverAll } from '../vision/core/pixelate.ts';

export async function writeSaferCopy(source: string, facts: PhotoFacts, coverText: readonly Box[], dir: string): Promise<string> {
  const { data, info } = await sharp(source, { limitInputPixels: 60_000_000 }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const image = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  // the analysis boxes are in the photo's upright pixels, as this decode is
  coverAll(image, { faces: facts.faces.map((f) => f.box), text: coverText });
  const png = extname(source).toLowerCase() === '.png';
  const raw = sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), { raw: { width: image.width, height: image.height, channels: 4 } });
  // sharp writes no metadata unless asked (withMetadata): the copy carries none
  const bytes = png ? await raw.png().toBuffer() : await raw.flatten({ background: '#ffffff' }).jpeg({ quality: 92 }).toBuffer();
  await mkdir(dir, { recursive: true });
  const out = join(dir, `${basename(source, extname(source))}-safer.${png ? 'png' : 'jpg'}`);
  await writeFile(out, bytes, { flag: 'wx' });
  return out;
}
