// Faces and their age on decoded pixels, with face-api (either build: Node wasm or browser ESM).
// The host loads the module and its weights; this file only runs them.
import type { Box, Face } from '../../analysis/types.ts';
import type { RgbaImage } from './image.ts';
import { downscale, toRgb } from './image.ts';
import {
  AGE_CROP_SCALES, CHILD_AGE_BELOW, CLOSEUP_INPUT_SIZE, CLOSEUP_MAX_SIDE, CLOSEUP_MIN_SCORE, CLOSEUP_PAD,
  CLOSEUP_WHEN_FACE_OVER, CROWD_FACES, FACE_MAX_SIDE, SCENE_MIN_SCORE,
} from './child-rule.ts';

export type FaceApi = typeof import('@vladmandic/face-api');
type Tensor3D = import('@vladmandic/face-api').tf.Tensor3D;
/** face-api's bundled typings list a few tf ops only; the runtime object is the full tfjs. */
type Tf = typeof import('@tensorflow/tfjs-core');
const fullTf = (faceapi: FaceApi) => faceapi.tf as unknown as Tf;

/** `raw` may reach past the photo's edge (a close-up): the age crops are centred on it. */
interface Found { raw: Box; score: number }

/** Faces in `image`, boxes in its pixels. Works on a copy of at most FACE_MAX_SIDE: SSD looks at
 *  512×512 anyway, and tfjs' wasm heap only grows, so big tensors would stay as memory for good. */
export async function findFaces(faceapi: FaceApi, full: RgbaImage): Promise<Face[]> {
  const image = downscale(full, FACE_MAX_SIDE);
  const back = full.width / image.width;
  const faces = await findFacesAtSize(faceapi, image);
  return faces.map((f) => ({ ...f, box: roundBox(scale(f.box, back)) }));
}

async function findFacesAtSize(faceapi: FaceApi, image: RgbaImage): Promise<Face[]> {
  const tf = faceapi.tf;
  const pixels = tf.tensor3d(toRgb(image), [image.height, image.width, 3], 'int32') as Tensor3D;
  try {
    const found = await sceneFaces(faceapi, pixels);
    const shortSide = Math.min(image.width, image.height);
    if (found.length === 0 || found.some((f) => Math.max(f.raw.width, f.raw.height) > CLOSEUP_WHEN_FACE_OVER * shortSide)) {
      for (const f of await closeUpFaces(faceapi, pixels)) {
        if (!found.some((g) => iou(g.raw, f.raw) > 0.3)) found.push(f);
      }
    }
    const ages = await estimateAges(faceapi, pixels, found.map((f) => f.raw));
    return found.map((f, i) => ({
      age: Math.round(ages[i] * 10) / 10,
      child: ages[i] < CHILD_AGE_BELOW,
      box: clip(f.raw, image.width, image.height),
      score: Math.round(f.score * 100) / 100,
    }));
  } finally {
    pixels.dispose();
  }
}

async function sceneFaces(faceapi: FaceApi, pixels: Tensor3D): Promise<Found[]> {
  const options = new faceapi.SsdMobilenetv1Options({ minConfidence: SCENE_MIN_SCORE, maxResults: 100 });
  // run(), not await: the task's then() drops rejections (the await would hang, the error go unhandled)
  const detections = await faceapi.detectAllFaces(pixels, options).run();
  return detections.map((d) => ({ raw: { x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height }, score: d.score }));
}

/** A face filling the frame: detect on a small copy padded with grey on every side. */
async function closeUpFaces(faceapi: FaceApi, pixels: Tensor3D): Promise<Found[]> {
  const tf = fullTf(faceapi);
  const [h, w] = pixels.shape;
  const scale = Math.min(1, CLOSEUP_MAX_SIDE / Math.max(w, h));
  const pad = Math.round(Math.max(w, h) * scale * CLOSEUP_PAD);
  const padded = tf.tidy(() => {
    const source = pixels as unknown as import('@tensorflow/tfjs-core').Tensor3D;
    const small = scale < 1 ? tf.image.resizeBilinear(source, [Math.round(h * scale), Math.round(w * scale)]) : source;
    return tf.pad(tf.cast(small, 'float32'), [[pad, pad], [pad, pad], [0, 0]], 128);
  }) as unknown as Tensor3D;
  try {
    const options = new faceapi.TinyFaceDetectorOptions({ inputSize: CLOSEUP_INPUT_SIZE, scoreThreshold: CLOSEUP_MIN_SCORE });
    const detections = await faceapi.detectAllFaces(padded, options).run();
    return detections.map((d) => {
      const b = d.box;
      const raw = { x: (b.x - pad) / scale, y: (b.y - pad) / scale, width: b.width / scale, height: b.height / scale };
      return { raw, score: d.score };
    }).filter((f) => centreInside(f.raw, w, h)); // a 'face' in the grey padding is noise
  } finally {
    padded.dispose();
  }
}

/** Mean age over square crops around each face (clipped to the photo, never the padding), each also
 *  mirrored. A crowd gets the 1× crop only: 4 crops × 30 faces cost seconds. */
/** Crops per age-net call: tfjs' wasm heap grows to the biggest batch and never shrinks
 *  (58 crops at once took it from 270 MB to 774 MB). */
const AGE_BATCH = 8;

async function estimateAges(faceapi: FaceApi, pixels: Tensor3D, boxes: Box[]): Promise<number[]> {
  if (boxes.length === 0) return [];
  const [h, w] = pixels.shape;
  const scales = boxes.length > CROWD_FACES ? AGE_CROP_SCALES.slice(0, 1) : AGE_CROP_SCALES;
  const rects = boxes.flatMap((box) => {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const side = Math.max(box.width, box.height);
    return scales.map((s) => new faceapi.Rect(cx - (side * s) / 2, cy - (side * s) / 2, side * s, side * s).clipAtImageBorders(w, h));
  });
  const crops = await faceapi.extractFaceTensors(pixels, rects);
  const mirrored = crops.map((c) => fullTf(faceapi).reverse(c as never, 1) as unknown as Tensor3D);
  try {
    const inputs = [...crops, ...mirrored];
    const all: number[] = [];
    for (let i = 0; i < inputs.length; i += AGE_BATCH) {
      const result = await faceapi.nets.ageGenderNet.predictAgeAndGender(inputs.slice(i, i + AGE_BATCH));
      all.push(...(Array.isArray(result) ? result : [result]).map((r) => r.age));
    }
    const perFace = scales.length;
    return boxes.map((_, i) => {
      const mine = [...all.slice(i * perFace, (i + 1) * perFace), ...all.slice(crops.length + i * perFace, crops.length + (i + 1) * perFace)];
      return mine.reduce((a, b) => a + b, 0) / mine.length;
    });
  } finally {
    for (const t of [...crops, ...mirrored]) t.dispose();
  }
}

function clip(b: Box, w: number, h: number): Box {
  const x = Math.max(0, b.x);
  const y = Math.max(0, b.y);
  return { x, y, width: Math.max(0, Math.min(w, b.x + b.width) - x), height: Math.max(0, Math.min(h, b.y + b.height) - y) };
}

function centreInside(b: Box, w: number, h: number): boolean {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  return cx >= 0 && cy >= 0 && cx < w && cy < h;
}

function scale(b: Box, k: number): Box {
  return { x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k };
}

function roundBox(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = ix * iy;
  return inter / (a.width * a.height + b.width * b.height - inter || 1);
}
