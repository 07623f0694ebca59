// The engine split in decodeToSize: Firefox (its VideoFrame has no `rotation`) is asked for the
// upright size of any photo; Chromium only for JPEGs over 16 MP, with the size as stored; elsewhere
// null, so the caller decodes with createImageBitmap. The real decoders are exercised in test/e2e.
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_SHRINKS_ABOVE_PIXELS, decodeToSize } from './image-decoder.ts';

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
const twelveMp = { width: 4000, height: 3000, sideways: false };
const fortyEightMp = { width: 8000, height: 6000, sideways: false };

describe('decodeToSize', () => {
  it('asks a Firefox-like decoder for the upright size and closes the decoder', async () => {
    const { made, closed } = fakeBrowser(false);
    const frame = await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1067 }, { width: 1067, height: 1600, sideways: true });
    expect(frame).not.toBeNull();
    expect(made).toEqual([expect.objectContaining({ type: 'image/jpeg', desiredWidth: 1600, desiredHeight: 1067 })]);
    expect(closed).toEqual(['decoder']);
  });

  it('asks for the stored values, not converted by the colour profile (as createImageBitmap in decode.ts)', async () => {
    const { made } = fakeBrowser(false);
    await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1200 }, twelveMp);
    expect(made).toEqual([expect.objectContaining({ colorSpaceConversion: 'none' })]);
  });

  it('leaves a Chromium-like decoder (frames carry their rotation) JPEGs up to 16 MP and other types', async () => {
    const { made } = fakeBrowser(true);
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1200 }, twelveMp)).toBeNull();
    const justUnder = { width: 4618, height: 3464, sideways: false };
    expect(justUnder.width * justUnder.height).toBeLessThanOrEqual(CHROMIUM_SHRINKS_ABOVE_PIXELS);
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1200 }, justUnder)).toBeNull();
    expect(await decodeToSize(bytes, 'image/png', { width: 1600, height: 1200 }, fortyEightMp)).toBeNull();
    expect(made).toEqual([]);
  });

  it('asks a Chromium-like decoder for a big JPEG at the size as stored: sideways, the turned size', async () => {
    const { made, closed } = fakeBrowser(true);
    const justOver = { width: 4620, height: 3464, sideways: false };
    expect(justOver.width * justOver.height).toBeGreaterThan(CHROMIUM_SHRINKS_ABOVE_PIXELS);
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1200 }, justOver)).not.toBeNull();
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 1600, height: 1200 }, fortyEightMp)).not.toBeNull();
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 1200, height: 1600 }, { width: 8000, height: 6000, sideways: true })).not.toBeNull();
    expect(made.map((m) => [m.desiredWidth, m.desiredHeight])).toEqual([[1600, 1200], [1600, 1200], [1600, 1200]]);
    expect(closed).toEqual(['decoder', 'decoder', 'decoder']);
  });

  it('declines a type the decoder does not take, and where there is no ImageDecoder', async () => {
    fakeBrowser(false, false);
    expect(await decodeToSize(bytes, 'image/avif', { width: 10, height: 10 }, twelveMp)).toBeNull();
    delete g.ImageDecoder;
    expect(await decodeToSize(bytes, 'image/jpeg', { width: 10, height: 10 }, twelveMp)).toBeNull();
  });
});
