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


/** kodim15 (a young girl) as a 6 MP photo stored sideways with EXIF Orientation 6, the way phones
 *  save portrait shots: displayed 3000×2000 only once the orientation is applied. */
export const SIDEWAYS_PHOTO = join(SCRATCH, 'bench', 'kodim15-sideways-orientation6.jpg');

export async function writeSidewaysPhoto(): Promise<string> {
  mkdirSync(join(SCRATCH, 'bench'), { recursive: true });
  // two steps: in one pipeline sharp rotates before it resizes, which would stretch the picture
  const upright = await sharp(testdata('scenes/kodak_kodim15.png')).resize(3000, 2000).png().toBuffer();
  await sharp(upright).rotate(270).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toFile(SIDEWAYS_PHOTO);
  return SIDEWAYS_PHOTO;
}
