// Clear, user-facing reasons why a photo could not be (fully) checked.
import { headerPixels, type ImageFormat, type ImageHeader } from './sniff.ts';

export const PROBLEM = {
  empty: 'The file is empty (0 bytes): there is no picture to check.',
  notImage: 'This file is not a picture that can be checked (unknown or unsupported format).',
  heif: 'HEIC/HEIF photo: its metadata was read, but the picture itself could not be checked here (no HEIC decoder).',
  undecodable: 'The picture could not be decoded (the file is damaged or truncated).',
  truncated: 'The file is truncated: only the part of the picture that arrived could be checked.',
  damaged: 'The picture file is damaged: parts of it may not have been checked.',
  faces: 'Faces could not be checked in this picture.',
  text: 'The text in this picture could not be read.',
  cancelled: 'The photo check was cancelled.',
  tooLarge: (w: number, h: number, maxPixels: number) =>
    `The picture is too large to check (${w}×${h}, over ${Math.round(maxPixels / 1e6)} megapixels).`,
  frameTooLarge: (pixels: number, maxPixels: number) =>
    `The picture holds a frame too large to check (${Math.round(pixels / 1e6)} megapixels, over ${Math.round(maxPixels / 1e6)}).`,
} as const;

/** A reason to stop before decoding, or null when the host should try to decode. */
export function problemBeforeDecoding(size: number, header: ImageHeader, decodable: ReadonlySet<ImageFormat>, maxPixels: number): string | null {
  if (size === 0) return PROBLEM.empty;
  if (header.format === 'heif' && !decodable.has('heif')) return PROBLEM.heif;
  if (header.format === 'unknown' || !decodable.has(header.format)) return PROBLEM.notImage;
  return pixelProblem(header, maxPixels);
}

/** The picture or one of its frames has more pixels than a decode may allocate; null when it fits. */
export function pixelProblem(header: ImageHeader, maxPixels: number): string | null {
  const { width = 0, height = 0 } = header;
  const pixels = headerPixels(header);
  if (pixels <= maxPixels) return null;
  return width * height === pixels ? PROBLEM.tooLarge(width, height, maxPixels) : PROBLEM.frameTooLarge(pixels, maxPixels);
}
