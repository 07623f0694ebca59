// The Node host's tfjs: the face code's wasm backend and nothing else started.
import { describe, expect, it } from 'vitest';
import { nodeFaceApi } from './face-models.ts';

describe('Node face models', () => {
  it('start tfjs on wasm alone: the CPU backend the build also carries is neither started nor left to start', async () => {
    const { tf } = await nodeFaceApi();
    expect(tf.getBackend()).toBe('wasm');
    expect(tf.engine().backendNames()).toEqual(['wasm']);
    expect(Object.keys(tf.engine().registry)).toEqual(['wasm']);
    expect((await nodeFaceApi()).tf).toBe(tf); // a second set-up finds it ready
  });
});
