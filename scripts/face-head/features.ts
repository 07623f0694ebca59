// What the child head reads about a face, for training it (scripts/train-face-head.ts): the
// product's own face finding on each labelled FairFace crop, then, for the biggest face found,
// face-api's age-net features (mean over the product's age crops) and both age estimates.
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { findFaces } from '../../src/vision/core/faces.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { AGE_INPUT, ageCrop, faceresAge, mirror } from '../../src/vision/core/age.ts';
import { AGE_CROP_SCALES } from '../../src/vision/core/child-rule.ts';
import type { Box } from '../../src/analysis/types.ts';
import type { RgbaImage } from '../../src/vision/core/image.ts';
import type { FaceModels } from '../../src/vision/core/face-models.ts';
import { readBytes, type FaceLabel } from '../../src/vision/eval/ground-truth.ts';
import type { GraphModel } from '../../src/vision/core/face-models.ts';
import { GEAR_VIEWS, gearOutputs, type GearView } from './gear.ts';

export interface FaceSample {
  file: string;
  ageGroup: string;
  /** no face found: nothing to learn from, and the product calls no child */
  found: boolean;
  /** the product's call on the crop (any face called child) */
  productChild: boolean;
  faceapiAge: number;
  faceresAge: number;
  features: number[];
  /** GEAR's 14 outputs per view (gear.ts), when a GEAR model was given */
  gear?: Partial<Record<GearView, number[]>>;
}

export async function faceSamples(models: FaceModels, folder: string, labels: FaceLabel[], onEach?: (i: number) => void, gear?: GraphModel): Promise<FaceSample[]> {
  const samples: FaceSample[] = [];
  for (const [i, label] of labels.entries()) {
    const { image } = await decodeWithSharp(readBytes(`${folder}/${label.file}`), DEFAULT_SETTINGS);
    const faces = await findFaces(models, image);
    const base = { file: label.file, ageGroup: label.ageGroup, productChild: faces.some((f) => f.child) };
    const biggest = [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
    if (!biggest) samples.push({ ...base, found: false, faceapiAge: NaN, faceresAge: NaN, features: [] });
    else {
      const { age, features } = await ageFeatures(models, image, biggest.box);
      const sample: FaceSample = { ...base, found: true, faceapiAge: age, faceresAge: await faceresAge(models, image, biggest.box), features: [...features] };
      if (gear) {
        sample.gear = {};
        for (const view of Object.keys(GEAR_VIEWS) as GearView[]) sample.gear[view] = await gearOutputs(models.tf, gear, image, biggest.box, view);
      }
      samples.push(sample);
    }
    onEach?.(i);
  }
  return samples;
}

/** face-api's age net as two steps: its features (the pooled 512 values its two heads read) and
 *  its age head on them. The age head is linear, so the age of the mean features is the mean age. */
interface AgeNetParts {
  faceFeatureExtractor: { forward(input: unknown): Promise<import('@tensorflow/tfjs-core').Tensor4D> };
  params: { fc: { age: { weights: import('@tensorflow/tfjs-core').Tensor2D; bias: import('@tensorflow/tfjs-core').Tensor1D } } };
}

/** The age net's features of a face (mean over the age crops and their mirrors) and its age. */
async function ageFeatures(models: FaceModels, image: RgbaImage, box: Box, scales: readonly number[] = AGE_CROP_SCALES): Promise<{ age: number; features: Float32Array }> {
  const { tf } = models;
  const net = models.faceapi.nets.ageGenderNet as unknown as AgeNetParts;
  const crops = scales.map((s) => ageCrop(image, box, s));
  let sum: Float32Array | null = null;
  for (const pixels of [...crops, ...crops.map((c) => mirror(c, AGE_INPUT))]) {
    const input = tf.tensor3d(pixels, [AGE_INPUT, AGE_INPUT, 3]);
    const bottleneck = await net.faceFeatureExtractor.forward(input);
    const pooled = tf.tidy(() => tf.reshape(tf.avgPool(bottleneck, [7, 7], [2, 2], 'valid'), [-1]));
    try {
      const values = await pooled.data() as Float32Array;
      if (!sum) sum = new Float32Array(values.length);
      for (let i = 0; i < values.length; i++) sum[i] += values[i];
    } finally {
      tf.dispose([input, bottleneck, pooled]);
    }
  }
  const features = sum!.map((v) => v / (2 * crops.length));
  const age = tf.tidy(() => tf.add(tf.matMul(tf.tensor2d(features, [1, features.length]), net.params.fc.age.weights), net.params.fc.age.bias).dataSync()[0]);
  return { age, features };
}
