import { describe, expect, it } from 'vitest';
import { lazyModel, type GraphModel } from './face-models.ts';

function fakeModel(log: string[]): GraphModel {
  return { dispose: () => log.push('dispose') } as unknown as GraphModel;
}

describe('lazyModel', () => {
  it('loads on the first get only, once, and again after a dispose', async () => {
    const log: string[] = [];
    const model = lazyModel(async () => { log.push('load'); return fakeModel(log); });
    expect(model.loaded).toBe(false);
    expect(log).toEqual([]);
    const [a, b] = await Promise.all([model.get(), model.get()]);
    expect(a).toBe(b);
    expect(log).toEqual(['load']);
    model.dispose();
    expect(model.loaded).toBe(false);
    await Promise.resolve();
    expect(log).toEqual(['load', 'dispose']);
    await model.get();
    expect(log).toEqual(['load', 'dispose', 'load']);
  });

  it('tries again after a failed load', async () => {
    let calls = 0;
    const model = lazyModel(async () => { calls++; if (calls === 1) throw new Error('fetch failed'); return fakeModel([]); });
    await expect(model.get()).rejects.toThrow('fetch failed');
    expect(model.loaded).toBe(false);
    await expect(model.get()).resolves.toBeDefined();
    expect(calls).toBe(2);
  });
});
