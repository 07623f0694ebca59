import { describe, expect, it } from 'vitest';
import { inputBuffer } from './input-buffer.ts';
import { nodeFaceApi } from '../node/face-models.ts';
import type { Tf } from './face-models.ts';

/** face-api's tfjs on the wasm backend, as the Node host sets it up (no models needed here). */
const wasmTf = async () => (await nodeFaceApi()).tf;

describe('inputBuffer', () => {
  it('gives each model one buffer, reused and grown as needed', async () => {
    const tf = await wasmTf();
    const a = {}, b = {};
    const first = inputBuffer(tf, a, 100);
    expect(first.length).toBe(100);
    expect(inputBuffer(tf, a, 60).buffer).toBe(first.buffer);
    expect(inputBuffer(tf, b, 60).buffer).not.toBe(first.buffer);
    const grown = inputBuffer(tf, a, 200);
    expect(grown.length).toBe(200);
    expect(inputBuffer(tf, a, 100).buffer).toBe(grown.buffer);
  });

  it('may be refilled at once: the wasm backend has copied the values into the tensor', async () => {
    const tf = await wasmTf();
    const model = {};
    const pixels = inputBuffer(tf, model, 4);
    pixels.set([1, 2, 3, 4]);
    const tensor = tf.tensor4d(pixels, [1, 2, 2, 1]);
    inputBuffer(tf, model, 4).fill(9);
    expect([...await tensor.data()]).toEqual([1, 2, 3, 4]);
    tensor.dispose();
  });

  it('gives a fresh array on any other backend (WebGL reads it later)', () => {
    const tf = { getBackend: () => 'webgl' } as unknown as Tf;
    const model = {};
    expect(inputBuffer(tf, model, 8).buffer).not.toBe(inputBuffer(tf, model, 8).buffer);
  });
});
