// The engine split in decodeToSize: ImageDecoder is used only where it turns and scales to the size
// asked (Firefox: its VideoFrame has no `rotation`), with the upright size; elsewhere null, so the
// caller decodes with createImageBitmap. The real decoders are exercised in test/e2e (cross-host).
import { afterEach, describe, expect, it } from 'vitest';
import { decodeToSize } from './image-decoder.ts';

const g = globalThis as Record<string, unknown>;
const saved = { ImageDecoder: g.ImageDecoder, VideoFrame: g.VideoFrame };
afterEach(() => Object.assign(g, saved));

function fakeBrowser(frameHasRotation: boolean, supported = true) {
  const made: { desiredWidth?: number; desiredHeight?: number; type: string }[] = [];
  const closed: string[] = [];
  class FakeFrame { close() { closed.push('frame'); } }
  if (frameHasRotation) Object.defineProperty(FakeFrame.prototype, 'rotation', { get: () => 0 });
  g.VideoFrame = FakeFrame;
  g.ImageDecoder = class {
    static async isTypeSupported() { return supported; }
    constructor(init: { desiredWidth?: number; desiredHeight?: number; type: string }) { made.push(init); }
    async decode() { return { image: new FakeFrame(), complete: true }; }
    close() { closed.push('decoder'); }
  };
  return { made, closed };
}

const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

describe('decodeToSize', () => {
  it('asks a Firefox-like decoder for the upright size and closes the decoder', async () => {
    const { made, closed } = fakeBrowser(false);
    const frame = await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1067 });
    expect(frame).not.toBeNull();
    expect(made).toEqual([expect.objectContaining({ type: 'image/jpeg', desiredWidth: 1600, desiredHeight: 1067 })]);
    expect(closed).toEqual(['decoder']);
  });

  it('declines where frames carry their rotation (Chromium: it would shrink by eighths only)', async () => {
    const { made } = fakeBrowser(true);
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1200 })).toBeNull();
    expect(made).toEqual([]);
  });

  it('declines a type the decoder does not take, and where there is no ImageDecoder', async () => {
    fakeBrowser(false, false);
    expect(await decodeToSize(bytes, 'image/avif', { width: 10, height: 10 })).toBeNull();
    delete g.ImageDecoder;
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 10, height: 10 })).toBeNull();
  });
});
