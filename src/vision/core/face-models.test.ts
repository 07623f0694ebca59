import { describe, expect, it } from 'vitest';
import { lazyModel, startWasmBackend, type GraphModel, type Tf } from './face-models.ts';

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

/** tfjs' engine as the browser build registers it: CPU, WebGL and wasm, none started. */
function fakeTf(log: string[], { wasmStarts = true } = {}) {
  const factories = ['cpu', 'webgl', 'wasm'];
  let current: string | null = null;
  const tf = {
    engine: () => ({ backendName: current, backendNames: () => [...factories] }),
    getBackend: () => { log.push('getBackend'); current ??= factories.includes('webgl') ? 'webgl' : factories[0]; return current; },
    removeBackend: (name: string) => { log.push(`remove ${name}`); factories.splice(factories.indexOf(name), 1); },
    setBackend: async (name: string) => { log.push(`set ${name}`); if (wasmStarts) current = name; return wasmStarts; },
    ready: async () => { log.push('ready'); },
  };
  return tf as unknown as Tf;
}

describe('startWasmBackend', () => {
  it('takes the other backends out before starting wasm, so WebGL never starts, and only once', async () => {
    const log: string[] = [];
    const tf = fakeTf(log);
    await startWasmBackend(tf, () => log.push('paths'));
    expect(log).toEqual(['remove cpu', 'remove webgl', 'paths', 'set wasm', 'ready']);
    await startWasmBackend(tf, () => log.push('paths'));
    expect(log).toHaveLength(5);
  });

  it('says so when wasm does not start', async () => {
    await expect(startWasmBackend(fakeTf([], { wasmStarts: false }), () => undefined)).rejects.toThrow('tfjs wasm backend unavailable');
  });
});
