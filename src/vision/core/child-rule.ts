// Detection and age settings, picked from measurements on ../shared/testdata/faces (160 FairFace
// crops, labels.tsv) and scenes (see test/eval/faces.test.ts and scenes.test.ts for the figures).

/** A face whose estimated age is below this counts as a child's. face-api's age net is noisy
 *  (children of 3-9 read as 2-40): below 16 caught 90% of children 0-9 and no adult (youngest adult read 18.2). */
export const CHILD_AGE_BELOW = 16;

/** Faces are looked for on a copy at most this large (SSD resizes to 512×512 itself). */
export const FACE_MAX_SIDE = 1024;

/** SSD MobileNet v1 on the whole photo: finds small faces in group photos (29/29 in Solvay 1927). */
export const SCENE_MIN_SCORE = 0.4;

/** Close-up pass: a face that fills the frame is missed by both detectors unless the picture is
 *  padded. Padding by the picture's own size on every side (3× wider) gave the best recall. */
export const CLOSEUP_PAD = 1.0;
/** The close-up pass runs on a small copy: a face filling the frame needs few pixels. */
export const CLOSEUP_MAX_SIDE = 320;
export const CLOSEUP_INPUT_SIZE = 416;
export const CLOSEUP_MIN_SCORE = 0.2;
/** Run the close-up pass when the scene pass found nothing or a face this large (share of the short side). */
export const CLOSEUP_WHEN_FACE_OVER = 0.4;

/** Age = mean over crops of 1× and 1.25× the face box, each also mirrored: steadier than one crop. */
export const AGE_CROP_SCALES = [1.0, 1.25] as const;
/** More faces than this: the 1× crop (and its mirror) only. On FairFace 1× + mirror scored the same. */
export const CROWD_FACES = 4;
