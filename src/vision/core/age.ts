// Age of each face: face-api's age net on square crops around the face box, each also mirrored; the
// face's age is the mean. A crop is clipped to the photo and centred with black around it, as
// face-api's own extractFaceTensors + padToSquare would: what the net was made for.
import type { Box } from '../../analysis/types.ts';
import type { FaceModels } from './face-models.ts';
import type { RgbaImage } from './image.ts';
import { cropSquare } from './crop.ts';
import { AGE_CROP_SCALES, CROWD_FACES } from './child-rule.ts';

const AGE_INPUT = 112;

export async function estimateAges(models: FaceModels, image: RgbaImage, boxes: Box[]): Promise<number[]> {
  // a crowd gets the first crop (and its mirror) only: 4 crops × 30 faces cost seconds
  const scales = boxes.length > CROWD_FACES ? AGE_CROP_SCALES.slice(0, 1) : AGE_CROP_SCALES;
  const perCrop = await agesOfCrops(models, image, boxes, scales);
  return perCrop.map((ages) => ages.reduce((a, b) => a + b, 0) / ages.length);
}

/** Every crop's age, per face: [each scale, then each scale mirrored]. One crop per call: face-api
 *  runs the net in one tidy, so a batch keeps every activation of every crop alive at once and tfjs'
 *  wasm heap, which never shrinks, grows to that (8 crops: +50 MB; 1 crop: +14 MB). */
export async function agesOfCrops(models: FaceModels, image: RgbaImage, boxes: Box[], scales: readonly number[]): Promise<number[][]> {
  const { faceapi, tf } = models;
  const result: number[][] = [];
  for (const box of boxes) {
    const crops = scales.map((s) => ageCrop(image, box, s));
    const ages: number[] = [];
    for (const pixels of [...crops, ...crops.map(mirror)]) {
      const input = tf.tensor3d(pixels, [AGE_INPUT, AGE_INPUT, 3]);
      try {
        const out = await faceapi.nets.ageGenderNet.predictAgeAndGender(input as never);
        ages.push((Array.isArray(out) ? out[0] : out).age);
      } finally {
        input.dispose();
      }
    }
    result.push(ages);
  }
  return result;
}

function ageCrop(image: RgbaImage, box: Box, scale: number): Float32Array {
  const side = Math.max(box.width, box.height) * scale;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const x0 = Math.max(0, cx - side / 2), y0 = Math.max(0, cy - side / 2);
  const clipped = { x: x0, y: y0, width: Math.min(image.width, cx + side / 2) - x0, height: Math.min(image.height, cy + side / 2) - y0 };
  const kept = Math.max(clipped.width, clipped.height);
  const square = { x: clipped.x + clipped.width / 2 - kept / 2, y: clipped.y + clipped.height / 2 - kept / 2, side: kept };
  return cropSquare(image, square, AGE_INPUT, 0, clipped);
}

function mirror(pixels: Float32Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let y = 0; y < AGE_INPUT; y++) {
    for (let x = 0; x < AGE_INPUT; x++) {
      const from = (y * AGE_INPUT + x) * 3;
      const to = (y * AGE_INPUT + (AGE_INPUT - 1 - x)) * 3;
      out[to] = pixels[from];
      out[to + 1] = pixels[from + 1];
      out[to + 2] = pixels[from + 2];
    }
  }
  return out;
}
