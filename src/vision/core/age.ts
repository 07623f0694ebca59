// Age of each face. face-api's age net on square crops around the face box (clipped to the photo
// and centred with black around, as face-api's own extractFaceTensors + padToSquare would), each
// also mirrored, mean of them; then, for a face it reads as no child, FaceRes as a second opinion:
// face-api reads some babies as adults (FairFace 1109: 40), FaceRes reads them as babies.
import type { Box } from '../../analysis/types.ts';
import type { FaceModels } from './face-models.ts';
import type { RgbaImage } from './image.ts';
import { cropSquare } from './crop.ts';
import { nextTask } from './next-task.ts';
import { AGE_CROP_SCALES, CHILD_AGE_BELOW, CROWD_FACES, FACERES_CHILD_BELOW, FACERES_CROP_SCALE } from './child-rule.ts';

export const AGE_INPUT = 112;
const FACERES_INPUT = 224;

export interface AgeCall { age: number; child: boolean }

export async function estimateAges(models: FaceModels, image: RgbaImage, boxes: Box[]): Promise<AgeCall[]> {
  // a crowd gets the first crop (and its mirror) only and no second opinion: each crop costs 10–20 ms
  const crowd = boxes.length > CROWD_FACES;
  const perCrop = await agesOfCrops(models, image, boxes, crowd ? AGE_CROP_SCALES.slice(0, 1) : AGE_CROP_SCALES);
  const calls: AgeCall[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const age = mean(perCrop[i]);
    if (age < CHILD_AGE_BELOW || crowd) {
      calls.push({ age, child: age < CHILD_AGE_BELOW });
      continue;
    }
    const second = await faceresAge(models, image, boxes[i]);
    calls.push(second < FACERES_CHILD_BELOW ? { age: second, child: true } : { age, child: false });
  }
  return calls;
}

/** Every crop's age, per face: [each scale, then each scale mirrored]. One crop per call: face-api
 *  runs the net in one tidy, so a batch keeps every activation of every crop alive at once and tfjs'
 *  wasm heap, which never shrinks, grows to that (8 crops: +50 MB; 1 crop: +14 MB). */
export async function agesOfCrops(models: FaceModels, image: RgbaImage, boxes: Box[], scales: readonly number[]): Promise<number[][]> {
  const { faceapi, tf } = models;
  const result: number[][] = [];
  for (const box of boxes) {
    await nextTask();
    const crops = scales.map((s) => ageCrop(image, box, s));
    const ages: number[] = [];
    for (const pixels of [...crops, ...crops.map((c) => mirror(c, AGE_INPUT))]) {
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

/** FaceRes' age (mean of the crop and its mirror), decoded as Human does: the most likely of its
 *  100 one-year classes, moved towards the likelier neighbour. */
export async function faceresAge(models: FaceModels, image: RgbaImage, box: Box): Promise<number> {
  const { tf } = models;
  const faceres = await models.faceres.get();
  await nextTask();
  const side = Math.max(box.width, box.height) * FACERES_CROP_SCALE;
  const crop = cropSquare(image, { x: box.x + box.width / 2 - side / 2, y: box.y + box.height / 2 - side / 2, side }, FACERES_INPUT);
  const ages: number[] = [];
  for (const pixels of [crop, mirror(crop, FACERES_INPUT)]) {
    const input = tf.tensor4d(pixels, [1, FACERES_INPUT, FACERES_INPUT, 3]); // 0..255, as Human feeds it
    const outputs = faceres.execute(input) as import('@tensorflow/tfjs-core').Tensor[];
    try {
      const p = await outputs.find((t) => t.shape[t.shape.length - 1] === 100)!.data();
      let best = 0;
      for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
      const before = p[best - 1] ?? 0;
      const after = p[best + 1] ?? 0;
      ages.push(before > after ? best - 10 * before : best + 10 * after);
    } finally {
      tf.dispose([input, ...outputs]);
    }
  }
  return mean(ages);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** face-api's input for the age net: a square `scale` times the face box, clipped to the photo. */
export function ageCrop(image: RgbaImage, box: Box, scale: number): Float32Array {
  const side = Math.max(box.width, box.height) * scale;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const x0 = Math.max(0, cx - side / 2), y0 = Math.max(0, cy - side / 2);
  const clipped = { x: x0, y: y0, width: Math.min(image.width, cx + side / 2) - x0, height: Math.min(image.height, cy + side / 2) - y0 };
  const kept = Math.max(clipped.width, clipped.height);
  const square = { x: clipped.x + clipped.width / 2 - kept / 2, y: clipped.y + clipped.height / 2 - kept / 2, side: kept };
  return cropSquare(image, square, AGE_INPUT, 0, clipped);
}

export function mirror(pixels: Float32Array, size: number): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 3;
      const to = (y * size + (size - 1 - x)) * 3;
      out[to] = pixels[from];
      out[to + 1] = pixels[from + 1];
      out[to + 2] = pixels[from + 2];
    }
  }
  return out;
}
