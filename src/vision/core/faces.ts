// Faces and their age on decoded pixels: BlazeFace finds candidates (one pass on the whole photo
// with a margin, for close-ups, and square tiles along its long side, for small faces), FaceMesh
// keeps the real faces and boxes them, face-api's age net estimates each one's age.
import type { Box, Face } from '../../analysis/types.ts';
import type { FaceModels } from './face-models.ts';
import type { RgbaImage } from './image.ts';
import type { Candidate } from './blazeface.ts';
import type { Square } from './crop.ts';
import { downscale } from './image.ts';
import { BLAZE_INPUT, detectInSquare } from './blazeface.ts';
import { MESH_BATCH, meshOnCrops } from './face-mesh.ts';
import { estimateAges } from './age.ts';
import { nextTask } from './next-task.ts';
import {
  DETECT_MARGIN, DETECT_MIN_SCORE, FACE_MAX_SIDE, MAX_CANDIDATES, MESH_CROP_SCALE, MESH_MIN_FLAG, MESH_TRIES, MESH_TRIES_SMALL, CLOSE_UP_SHARE, MIN_FACE_SIDE, TILE_OVERLAP_MIN,
} from './child-rule.ts';

/** Faces in `image`, boxes in its pixels. Works on a copy of at most FACE_MAX_SIDE: the detector
 *  sees 256×256 anyway, and tfjs' wasm heap only grows, so big tensors would stay as memory for good. */
export async function findFaces(models: FaceModels, full: RgbaImage): Promise<Face[]> {
  const image = downscale(full, FACE_MAX_SIDE);
  const back = full.width / image.width;
  const faces = await findFacesAtSize(models, image);
  return faces.map((f) => ({ ...f, box: roundBox(scale(f.box, back)) }));
}

interface Found { box: Box; score: number }

async function findFacesAtSize(models: FaceModels, image: RgbaImage): Promise<Face[]> {
  const candidates = await detectCandidates(models, image);
  const found = await confirmWithMesh(models, image, candidates);
  // ages from the box as reported (clipped to the photo, whole pixels): the settings were measured so,
  // and the age net is touchy (a box 2 px off the edge moved one adult from 19.7 to 16.1)
  const boxes = found.map((f) => roundBox(clip(f.box, image.width, image.height)));
  const ages = await estimateAges(models, image, boxes);
  return found.map((f, i) => ({
    age: Math.round(ages[i].age * 10) / 10,
    child: ages[i].child,
    box: boxes[i],
    score: Math.round(f.score * 100) / 100,
  }));
}

/** The squares BlazeFace looks at: the whole photo with a margin (a face filling the frame is only
 *  found with room around it), then, when the photo is not square, squares of its short side along
 *  the long one (a group photo's small faces are too small in the whole-photo pass). Never squares
 *  smaller than the detector's input: enlarged, a strip of text looks like faces to it. */
export function detectionSquares(width: number, height: number): Square[] {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const whole = long * (1 + 2 * DETECT_MARGIN);
  const squares: Square[] = [{ x: (width - whole) / 2, y: (height - whole) / 2, side: whole }];
  if (short < BLAZE_INPUT) return squares;
  const tiles = Math.ceil((long - short * TILE_OVERLAP_MIN) / (short * (1 - TILE_OVERLAP_MIN)));
  for (let i = 0; tiles > 1 && i < tiles; i++) {
    const at = (i * (long - short)) / (tiles - 1);
    squares.push(width >= height ? { x: at, y: 0, side: short } : { x: 0, y: at, side: short });
  }
  if (tiles <= 1) squares.push({ x: (width - long) / 2, y: (height - long) / 2, side: long }); // square-ish: the photo without margin
  return squares;
}

/** BlazeFace's candidates from every square, best first (exported for the bench). */
export async function detectCandidates(models: FaceModels, image: RgbaImage): Promise<Candidate[]> {
  const all: Candidate[] = [];
  for (const square of detectionSquares(image.width, image.height)) {
    await nextTask();
    all.push(...await detectInSquare(models.tf, models.detector, image, square, DETECT_MIN_SCORE));
  }
  return all.sort((a, b) => b.score - a.score); // no suppression here: near-identical boxes can fare differently in FaceMesh
}

/** Best candidates first, in rounds of one FaceMesh batch: a candidate that is the same face as a
 *  confirmed one (another pass saw it too) is dropped; one that is the same face as another in this
 *  round waits for the next round, in case that other one is not confirmed (on a tight close-up the
 *  best-scored box is often off the face while a lower-scored one is on it), up to MESH_TRIES times
 *  for a close-up, MESH_TRIES_SMALL for a small face (in a crowd, retries are mostly on clothes). */
export async function confirmWithMesh(models: FaceModels, image: RgbaImage, candidates: Candidate[]): Promise<Found[]> {
  const photo = { x: 0, y: 0, width: image.width, height: image.height };
  const found: Found[] = [];
  const rejected: Box[] = [];
  let pending = candidates;
  let judged = 0;
  while (pending.length > 0 && judged < MAX_CANDIDATES) {
    const round: Candidate[] = [];
    const later: Candidate[] = [];
    for (const c of pending) {
      if (found.some((f) => sameFace(f.box, c.box))) continue;
      if (rejected.filter((r) => sameFace(r, c.box)).length >= triesFor(c.box, image)) continue;
      if (round.length < MESH_BATCH && !round.some((r) => sameFace(r.box, c.box))) round.push(c);
      else later.push(c);
    }
    await nextTask();
    const meshes = await meshOnCrops(models.tf, models.mesh, image, round.map((c) => meshCrop(c.box)));
    judged += round.length;
    meshes.forEach((mesh, i) => {
      if (mesh.flag < MESH_MIN_FLAG || !centreInside(mesh.box, photo) || Math.max(mesh.box.width, mesh.box.height) < MIN_FACE_SIDE) {
        rejected.push(round[i].box);
        return;
      }
      if (!found.some((f) => sameFace(f.box, mesh.box))) found.push({ box: mesh.box, score: round[i].score });
    });
    pending = later;
  }
  return found;
}

function triesFor(box: Box, image: RgbaImage): number {
  return Math.max(box.width, box.height) >= CLOSE_UP_SHARE * Math.min(image.width, image.height) ? MESH_TRIES : MESH_TRIES_SMALL;
}

function meshCrop(box: Box): Square {
  const side = Math.max(box.width, box.height) * MESH_CROP_SCALE;
  return { x: box.x + box.width / 2 - side / 2, y: box.y + box.height / 2 - side / 2, side };
}

/** Two passes' views of one face: boxes that overlap much, or one's centre inside the other. */
function sameFace(a: Box, b: Box): boolean {
  return iou(a, b) > 0.3 || centreInside(a, b) || centreInside(b, a);
}

function clip(b: Box, w: number, h: number): Box {
  const x = Math.max(0, b.x);
  const y = Math.max(0, b.y);
  return { x, y, width: Math.max(0, Math.min(w, b.x + b.width) - x), height: Math.max(0, Math.min(h, b.y + b.height) - y) };
}

function centreInside(b: Box, outer: Box): boolean {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  return cx >= outer.x && cy >= outer.y && cx < outer.x + outer.width && cy < outer.y + outer.height;
}

function scale(b: Box, k: number): Box {
  return { x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k };
}

function roundBox(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = ix * iy;
  return inter / (a.width * a.height + b.width * b.height - inter || 1);
}
