// WebCodecs' ImageDecoder where it decodes a big photo straight to the size asked (Firefox): a
// 12 MP JPEG then never exists at full size (Firefox's peak over five 12 MP photos: 631 → 495 MB).
// Chromium's ImageDecoder only shrinks JPEGs by eighths, in the DCT; those pictures came out
// sharper than a full decode scaled with a filter, OCR read flowers as letters (2–3 of six 12 MP
// photos, +1–2 s each), and the peak did not drop (it comes later, in OCR). Chromium keeps
// createImageBitmap (decode.ts). First frame only (an animated GIF's first).

type Size = { width: number; height: number };

/** The part of WebCodecs' types we use (lib.dom of this TypeScript has no ImageDecoder). */
interface WebCodecsImageDecoder {
  decode(options?: { frameIndex?: number }): Promise<{ image: VideoFrame; complete: boolean }>;
  close(): void;
}
type ImageDecoderConstructor = (new (init: { data: BufferSource; type: string; desiredWidth?: number; desiredHeight?: number }) => WebCodecsImageDecoder)
  & { isTypeSupported(type: string): Promise<boolean> };

/**
 * The first frame, upright, at `upright` (the size wanted once the EXIF orientation is applied);
 * null where ImageDecoder does not decode to size or does not take `mime`. Rejects on data it
 * cannot decode.
 */
export async function decodeToSize(data: Uint8Array<ArrayBuffer>, mime: string, upright: Size): Promise<VideoFrame | null> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderConstructor }).ImageDecoder;
  if (!Decoder || !turnsAndScales() || !mime || !(await Decoder.isTypeSupported(mime))) return null;
  const decoder = new Decoder({ data, type: mime, desiredWidth: upright.width, desiredHeight: upright.height });
  try {
    return (await decoder.decode({ frameIndex: 0 })).image;
  } finally {
    decoder.close();
  }
}

/** Firefox turns the pixels upright itself and takes the desired size as the upright one; its
 *  VideoFrame has no `rotation`. Chromium hands out the frame as stored with the turn in
 *  `VideoFrame.rotation` (applied when drawn), and takes the desired size as the stored one. */
function turnsAndScales(): boolean {
  return typeof VideoFrame !== 'undefined' && !('rotation' in VideoFrame.prototype);
}
