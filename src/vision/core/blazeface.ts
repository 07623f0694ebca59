// BlazeFace full range ("back camera" model, 256×256 input, 896 anchors): candidate faces in one
// square region of the photo. The region may reach past the photo's edges; that part reads as black.
import type { Box } from '../../analysis/types.ts';
import type { GraphModel, Tf } from './face-models.ts';
import type { RgbaImage } from './image.ts';
import { cropSquareInto, type Square } from './crop.ts';
import { inputBuffer } from './input-buffer.ts';

export const BLAZE_INPUT = 256;

/** MediaPipe's anchors for this model: a 16×16 grid with 2 anchors per cell, then 8×8 with 6. */
const ANCHORS: [number, number][] = (() => {
  const out: [number, number][] = [];
  for (const [stride, perCell] of [[16, 2], [32, 6]]) {
    const cells = BLAZE_INPUT / stride;
    for (let y = 0; y < cells; y++) for (let x = 0; x < cells; x++) for (let k = 0; k < perCell; k++) out.push([(x + 0.5) * stride, (y + 0.5) * stride]);
  }
  return out;
})();

export interface Candidate { box: Box; score: number }

export async function detectInSquare(tf: Tf, model: GraphModel, image: RgbaImage, region: Square, minScore: number): Promise<Candidate[]> {
  const pixels = inputBuffer(tf, model, BLAZE_INPUT * BLAZE_INPUT * 3);
  cropSquareInto(pixels, 0, image, region, BLAZE_INPUT);
  for (let i = 0; i < pixels.length; i++) pixels[i] = pixels[i] / 127.5 - 1; // the model wants -1..1
  const input = tf.tensor4d(pixels, [1, BLAZE_INPUT, BLAZE_INPUT, 3]);
  const outputs = model.execute(input) as import('@tensorflow/tfjs-core').Tensor[];
  try {
    // four outputs: scores and boxes of the 16×16 grid (512 rows) and of the 8×8 grid (384 rows)
    const bySize = [...outputs].sort((a, b) => a.size - b.size); // 384×1, 512×1, 384×16, 512×16
    const [scores384, scores512, boxes384, boxes512] = await Promise.all(bySize.map((t) => t.data() as Promise<Float32Array>));
    const logits = [...scores512, ...scores384];
    const raw = new Float32Array(boxes512.length + boxes384.length);
    raw.set(boxes512);
    raw.set(boxes384, boxes512.length);
    const k = region.side / BLAZE_INPUT;
    const found: Candidate[] = [];
    for (let i = 0; i < ANCHORS.length; i++) {
      const score = 1 / (1 + Math.exp(-logits[i]));
      if (score < minScore) continue;
      const [dx, dy, bw, bh] = raw.subarray(i * 16, i * 16 + 4);
      const cx = ANCHORS[i][0] + dx;
      const cy = ANCHORS[i][1] + dy;
      found.push({ score, box: { x: region.x + (cx - bw / 2) * k, y: region.y + (cy - bh / 2) * k, width: bw * k, height: bh * k } });
    }
    return found;
  } finally {
    tf.dispose([input, ...outputs]);
  }
}
