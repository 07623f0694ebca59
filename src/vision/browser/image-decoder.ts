// WebCodecs' ImageDecoder, asked for a smaller picture than stored: both browsers then shrink while
// decoding instead of holding every pixel. Its first frame only (an animated GIF's first).

type Size = { width: number; height: number };

/** The part of WebCodecs' types we use (lib.dom of this TypeScript has no ImageDecoder). */
interface WebCodecsImageDecoder {
  decode(options?: { frameIndex?: number }): Promise<{ image: VideoFrame; complete: boolean }>;
  close(): void;
}
type ImageDecoderConstructor = (new (init: { data: BufferSource; type: string; desiredWidth?: number; desiredHeight?: number }) => WebCodecsImageDecoder)
  & { isTypeSupported(type: string): Promise<boolean> };

/** Wanted sizes: `stored` in the photo's stored orientation, `upright` once turned by its EXIF
 *  orientation. */
export interface DesiredSize { stored: Size; upright: Size }

/**
 * The first frame, upright, at about the size desired; null when this browser has no ImageDecoder
 * for `mime`. Rejects on data it cannot decode. The browsers differ on EXIF orientation:
 * - Chromium hands out the frame as stored, with the turn in `VideoFrame.rotation`/`flip`, applied
 *   when the frame is drawn; desiredWidth/Height are the stored sides.
 * - Firefox (no `rotation` on its VideoFrame) turns the pixels itself; desiredWidth/Height are the
 *   upright sides (given the stored ones, it squeezes the turned picture into them).
 */
export async function decodeSmall(data: Uint8Array<ArrayBuffer>, mime: string, desired?: DesiredSize): Promise<VideoFrame | null> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderConstructor }).ImageDecoder;
  if (!Decoder || !mime || !(await Decoder.isTypeSupported(mime))) return null;
  const size = desired && (framesCarryRotation() ? desired.stored : desired.upright);
  const decoder = new Decoder({ data, type: mime, ...(size ? { desiredWidth: size.width, desiredHeight: size.height } : {}) });
  try {
    return (await decoder.decode({ frameIndex: 0 })).image;
  } finally {
    decoder.close();
  }
}

function framesCarryRotation(): boolean {
  return typeof VideoFrame !== 'undefined' && 'rotation' in VideoFrame.prototype;
}
