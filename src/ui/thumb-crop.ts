// The part of a photo a square thumbnail shows. Around a face it outlines: a square about three
// faces wide centred on that face, so the face is never cut off and is large enough to see (a
// child in a wide group photo would be a few pixels in a crop of the whole). Without a face: the
// largest centred square, as before.
import type { Box } from '../analysis/types.ts';

export interface Crop { x: number; y: number; size: number }

/** How many face widths the thumbnail spans around the face it outlines. */
const FACES_ACROSS = 3;

export function thumbCrop(width: number, height: number, focus?: Box): Crop {
  const short = Math.min(width, height);
  if (!focus) return { x: (width - short) / 2, y: (height - short) / 2, size: short };
  const faceSide = Math.max(focus.width, focus.height);
  const size = Math.min(short, Math.max(faceSide * FACES_ACROSS, short / 4));
  const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));
  return {
    x: clamp(focus.x + focus.width / 2 - size / 2, width - size),
    y: clamp(focus.y + focus.height / 2 - size / 2, height - size),
    size,
  };
}
