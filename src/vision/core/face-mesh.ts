// FaceMesh as the judge of BlazeFace's candidates: on a crop around the candidate it says whether a
// face is there (its face flag) and where its 468 points lie, which gives a box that does not depend
// on which detector pass found the face.
import type { Box } from '../../analysis/types.ts';
import type { GraphModel, Tf } from './face-models.ts';
import type { RgbaImage } from './image.ts';
import { cropSquareInto, type Square } from './crop.ts';
import { inputBuffer } from './input-buffer.ts';

export const MESH_INPUT = 192;

export interface MeshFace {
  /** FaceMesh's face flag, 0..1 */
  flag: number;
  /** bounding box of the 468 mesh points, in photo pixels */
  box: Box;
}

/** Crops per FaceMesh call: a batch of 8 costs half as much per crop as one at a time (4 vs 9 ms)
 *  and keeps tfjs' wasm heap within what the age net needs anyway (33 MB). */
export const MESH_BATCH = 8;

export async function meshOnCrops(tf: Tf, model: GraphModel, image: RgbaImage, crops: Square[]): Promise<MeshFace[]> {
  const found: MeshFace[] = [];
  for (let i = 0; i < crops.length; i += MESH_BATCH) found.push(...await meshBatch(tf, model, image, crops.slice(i, i + MESH_BATCH)));
  return found;
}

/** facemesh.json's signature: output_faceflag is Identity_1, output_mesh Identity_2 (Identity is the
 *  contours head, which we do not use). */
const MESH_OUTPUTS = ['Identity_1', 'Identity_2'];

async function meshBatch(tf: Tf, model: GraphModel, image: RgbaImage, crops: Square[]): Promise<MeshFace[]> {
  const one = MESH_INPUT * MESH_INPUT * 3;
  const pixels = inputBuffer(tf, model, one * crops.length);
  crops.forEach((crop, i) => cropSquareInto(pixels, i * one, image, crop, MESH_INPUT, 0));
  for (let i = 0; i < pixels.length; i++) pixels[i] /= 255; // the model wants 0..1
  const input = tf.tensor4d(pixels, [crops.length, MESH_INPUT, MESH_INPUT, 3]);
  // only the face flag and the mesh: the contours head (its third output) is left unrun, ~10 % of the time
  const outputs = model.execute(input, MESH_OUTPUTS) as import('@tensorflow/tfjs-core').Tensor[];
  try {
    const [flagT, pointsT] = outputs; // [crops, 1] and [crops, 1404]: 468 × (x, y, z) per crop
    if (flagT.shape[1] !== 1 || pointsT.shape[1] !== 1404) throw new Error(`unexpected FaceMesh outputs ${flagT.shape} ${pointsT.shape}`);
    const [flags, points] = await Promise.all([flagT.data(), pointsT.data()]);
    return crops.map((crop, c) => {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (let i = c * 1404; i < (c + 1) * 1404; i += 3) {
        minX = Math.min(minX, points[i]);
        maxX = Math.max(maxX, points[i]);
        minY = Math.min(minY, points[i + 1]);
        maxY = Math.max(maxY, points[i + 1]);
      }
      const k = crop.side / MESH_INPUT;
      return { flag: flags[c], box: { x: crop.x + minX * k, y: crop.y + minY * k, width: (maxX - minX) * k, height: (maxY - minY) * k } };
    });
  } finally {
    tf.dispose([input, ...outputs]);
  }
}
