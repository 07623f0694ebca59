// WebCodecs' ImageDecoder where it decodes a big photo straight to (or near) the size asked, so the
// photo never exists at full size. First frame only (an animated GIF's first).
// - Firefox decodes to the size asked, upright: used whenever a photo is shrunk (peak over five
//   12 MP photos: 631 → 495 MB).
// - Chromium shrinks JPEGs only by eighths, in the DCT, and only JPEGs. For a 12 MP photo (→ 2000 px)
//   that picture came out sharper than the full decode scaled with a filter, and OCR read the test
//   photo's flowers as letters (2–3 of six photos, +1–2 s each) to save a ~36 MB spike of 0.1 s; so
//   up to CHROMIUM_SHRINKS_ABOVE_PIXELS Chromium keeps createImageBitmap (decode.ts). Above it the
//   full decode is the cost: a 48 MP JPEG is 192 MB at once (the extension's process peaked at
//   426–447 MB), by quarters it is 12 MB.

type Size = { width: number; height: number };

/** The part of WebCodecs' types we use (lib.dom of this TypeScript has no ImageDecoder). */
interface WebCodecsImageDecoder {
  decode(options?: { frameIndex?: number }): Promise<{ image: VideoFrame; complete: boolean }>;
  close(): void;
}
type ImageDecoderConstructor = (new (init: { data: BufferSource; type: string; desiredWidth?: number; desiredHeight?: number; colorSpaceConversion?: 'none' | 'default' }) => WebCodecsImageDecoder)
  & { isTypeSupported(type: string): Promise<boolean> };

/** Chromium decodes bigger JPEGs than this (16 MP: 64 MB of pixels) shrunk in the DCT. */
export const CHROMIUM_SHRINKS_ABOVE_PIXELS = 16_000_000;

/** The photo as stored: its size, and whether it is turned sideways (EXIF orientation 5–8). */
export interface Stored { width: number; height: number; sideways: boolean }

/**
 * The first frame at (Firefox) or near (Chromium: the next eighth up) `upright`, the size wanted
 * once the EXIF orientation is applied; drawn, it comes out upright. Null where ImageDecoder does
 * not shrink while decoding, or is not worth it (above), or does not take `mime`. Rejects on data
 * it cannot decode.
 */
export async function decodeToSize(data: Uint8Array<ArrayBuffer>, mime: string, upright: Size, stored: Stored): Promise<VideoFrame | null> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderConstructor }).ImageDecoder;
  if (!Decoder || typeof VideoFrame === 'undefined' || !mime) return null;
  const firefoxLike = !('rotation' in VideoFrame.prototype);
  if (!firefoxLike && (mime !== 'image/jpeg' || stored.width * stored.height <= CHROMIUM_SHRINKS_ABOVE_PIXELS)) return null;
  if (!(await Decoder.isTypeSupported(mime))) return null;
  // Firefox turns the pixels itself and takes the desired size upright. Chromium takes it as stored
  // and hands out the frame as stored, its turn in `VideoFrame.rotation`, applied when drawn.
  const desired = firefoxLike || !stored.sideways ? upright : { width: upright.height, height: upright.width };
  // the stored values, as createImageBitmap gives them (decode.ts: NO_COLOUR_PROFILE)
  const decoder = new Decoder({ data, type: mime, desiredWidth: desired.width, desiredHeight: desired.height, colorSpaceConversion: 'none' });
  try {
    return (await decoder.decode({ frameIndex: 0 })).image;
  } finally {
    decoder.close();
  }
}
