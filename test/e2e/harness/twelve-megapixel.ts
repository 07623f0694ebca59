// 12 MP test photos for the benchmarks, made from a real photo (the shared data is never edited).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { SCRATCH, testdata } from './paths.ts';

const SOURCE_12MP = testdata('exif/gps/exifsamples_iphone_hdr_YES.jpg'); // a real 8 MP iPhone photo with GPS

/** 4000×3000 JPEGs made from a real photo, EXIF kept; each run gets different bytes (no cache). */
export async function twelveMegapixelJpegs(n: number): Promise<string[]> {
  const dir = join(SCRATCH, 'bench');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = join(dir, `12mp-q${88 + i}.jpg`);
    await sharp(SOURCE_12MP).resize(4000, 3000, { fit: 'fill' }).withMetadata().jpeg({ quality: 88 + i }).toFile(file);
    files.push(file);
  }
  return files;
}

/** An 8000×6000 JPEG (48 MP, as phones with big sensors save them) made from the same real photo. */
export async function fortyEightMegapixelJpeg(): Promise<string> {
  const file = join(SCRATCH, 'bench', '48mp.jpg');
  mkdirSync(join(SCRATCH, 'bench'), { recursive: true });
  await sharp(SOURCE_12MP).resize(8000, 6000, { fit: 'fill' }).withMetadata().jpeg({ quality: 88 }).toFile(file);
  return file;
}

/** kodim15 (a young girl) stored sideways with EXIF Orientation 6, the way phones save portrait
 *  shots: displayed upright only once the orientation is applied. 6 MP (3000×2000 displayed), and
 *  37.5 MP (7500×5000), over the size above which Chromium too shrinks a JPEG while decoding it. */
export const SIDEWAYS_PHOTO = join(SCRATCH, 'bench', 'kodim15-sideways-orientation6.jpg');
export const SIDEWAYS_BIG_PHOTO = join(SCRATCH, 'bench', 'kodim15-37mp-sideways-orientation6.jpg');

export async function writeSidewaysPhotos(): Promise<string[]> {
  mkdirSync(join(SCRATCH, 'bench'), { recursive: true });
  for (const [file, width, height] of [[SIDEWAYS_PHOTO, 3000, 2000], [SIDEWAYS_BIG_PHOTO, 7500, 5000]] as const) {
    // two steps: in one pipeline sharp rotates before it resizes, which would stretch the picture
    const upright = await sharp(testdata('scenes/kodak_kodim15.png')).resize(width, height).png().toBuffer();
    await sharp(upright).rotate(270).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toFile(file);
  }
  return [SIDEWAYS_PHOTO, SIDEWAYS_BIG_PHOTO];
}
