// One Float32Array per model for its input, reused photo after photo instead of a new one each
// call (BlazeFace: 0.8 MB a pass, FaceMesh: 3.5 MB a batch). Firefox collects such garbage late:
// what it keeps after a few photos is mostly buffers like these (src/vision/README.md).
import type { Tf } from './face-models.ts';

const buffers = new WeakMap<object, Float32Array>();

/** `length` floats for `model`'s next input. Fill it and make the tensor with no `await` in
 *  between: another analyzer sharing the models may fill it next. Held as long as the model is. */
export function inputBuffer(tf: Tf, model: object, length: number): Float32Array {
  // the wasm backend copies the values into its heap when the tensor is made; others may read the
  // array later (WebGL uploads it at first use), so they get a fresh one
  if (tf.getBackend() !== 'wasm') return new Float32Array(length);
  let buffer = buffers.get(model);
  if (!buffer || buffer.length < length) {
    buffer = new Float32Array(length);
    buffers.set(model, buffer);
  }
  return buffer.subarray(0, length);
}
