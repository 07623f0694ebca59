// Detection and age settings, picked from measurements on ../shared/testdata/faces (160 FairFace
// crops, labels.tsv) and scenes (see test/eval/faces.test.ts and scenes.test.ts for the figures).

/** A face whose estimated age is below this counts as a child's. */
export const CHILD_AGE_BELOW = 16;

/** Faces are looked for on a copy at most this large (the detector sees 256×256 squares). */
export const FACE_MAX_SIDE = 1024;

/** Whole-photo pass: margin on every side, as a share of the long side. */
export const DETECT_MARGIN = 0.25;
/** Tiles along the long side overlap by at least this share of a tile. */
export const TILE_OVERLAP_MIN = 0.25;
/** BlazeFace score from which a candidate goes to FaceMesh. */
export const DETECT_MIN_SCORE = 0.3;
/** At most this many candidates are judged by FaceMesh (each costs ~8 ms). */
export const MAX_CANDIDATES = 80;
/** FaceMesh runs on a square this many times the candidate's box (Human's own crop). */
export const MESH_CROP_SCALE = 1.4;
/** FaceMesh face flag from which a candidate is a face. */
export const MESH_MIN_FLAG = 0.5;

/** Age = mean over square crops of these multiples of the face box, each also mirrored. */
export const AGE_CROP_SCALES = [1.0, 1.25] as const;
/** More faces than this: the first crop (and its mirror) only. */
export const CROWD_FACES = 4;
