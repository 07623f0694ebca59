// Node decoding with sharp: JPEG/PNG/WebP/GIF (first frame)/AVIF. Orientation applied, transparency
// flattened on white, shrunk while loading; the pixel limit is enforced by libvips before decoding.
// An embedded colour profile is not applied, as in the browsers (browser/decode.ts): each host's
// colour engine (lcms2 here, skcms in Chromium, qcms in Firefox) rounds its own way, ±1 on a few
// per cent of the values, which was enough to move a PaddleOCR box and Tesseract's reading of a
// photo's texture; the stored values themselves decode alike in all three.
import sharp from 'sharp';
import type { DecodedPhoto } from '../core/analyzer.ts';
import type { ImageFormat } from '../core/sniff.ts';
import { PROBLEM } from '../core/problems.ts';

/** sharp's prebuilt libvips has no HEVC decoder, so HEIC stays metadata-only. */
export const NODE_DECODABLE: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'gif', 'webp', 'avif']);

/** Strict first (libjpeg warnings fail); a damaged file is then decoded leniently and flagged. */
export async function decodeWithSharp(bytes: Uint8Array, limits: { maxSide: number; maxPixels: number }): Promise<DecodedPhoto> {
  try {
    return await decode(bytes, limits, 'warning');
  } catch (e) {
    if ((e as { photoProblem?: string }).photoProblem) throw e;
    return { ...(await decode(bytes, limits, 'none')), damaged: true };
  }
}

async function decode(bytes: Uint8Array, limits: { maxSide: number; maxPixels: number }, failOn: 'warning' | 'none'): Promise<DecodedPhoto> {
  const options = { limitInputPixels: limits.maxPixels, failOn, pages: 1, sequentialRead: true, ignoreIcc: true } as const;
  const meta = await sharp(bytes, options).metadata();
  if (!meta.width || !meta.height) throw Object.assign(new Error('no size'), { photoProblem: PROBLEM.undecodable });
  if (meta.width * meta.height > limits.maxPixels) {
    throw Object.assign(new Error('too large'), { photoProblem: PROBLEM.tooLarge(meta.width, meta.height, limits.maxPixels) });
  }
  const sideways = (meta.orientation ?? 1) >= 5;
  const { data, info } = await sharp(bytes, options)
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize({ width: limits.maxSide, height: limits.maxSide, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) },
    width: sideways ? meta.height : meta.width,
    height: sideways ? meta.width : meta.height,
  };
}
