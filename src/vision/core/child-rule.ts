// Detection and age settings, picked from measurements on ../shared/testdata/faces (160 FairFace
// crops, labels.tsv) and scenes/negatives (MANIFEST.tsv), then checked on faces-more (800 FairFace
// crops, a superset: 360 aged 0-9, 340 adults), tuned on its stratified half and read on the other
// ("tune" / "held-out" below); test/eval/faces.test.ts, scenes.test.ts and `npm run eval:faces`
// print the figures. "Kids" below = FairFace 0-9 (70 in faces, 360 in faces-more), "adults" = 20+.
// On faces-more no setting measured beat these on the tune half (src/vision/README.md has the table).

/** face-api's mean age below this counts as a child's. With AGE_CROP_SCALES (+ mirrors) on FaceMesh
 *  boxes: < 17 → 66/70 kids, 1/70 adults (youngest adults read 15.7 and 18.9); < 16 → 65 kids;
 *  < 18 → the same 66 kids with a 0.9-year margin to the next adult only. Adults in the scenes read
 *  ≥ 20.0. Teens 10-19 (no gate): 12/20 called child. faces-more, tune / held-out half, kids and
 *  adults called child: < 16 164/183, 1/181 / 162/177, 4/159; < 17 166/183, 2/181 / 163/177, 5/159;
 *  < 18 166/183, 4/181 / 163/177, 7/159. */
export const CHILD_AGE_BELOW = 17;

/** Second opinion for faces face-api reads as adults: FaceRes' age below this is a child's. It
 *  recovers a baby face-api reads as 40 (FairFace 1109: FaceRes 0) → 67/70 kids; any value from 4
 *  to 9 gives the same result (no adult, no adult in the scenes, reads under 10). faces-more, tune /
 *  held-out: below 6 166/183, 2/181 / 163/177, 5/159; below 10 or 15 +1 kid, +1 adult / the same
 *  kids and adults; below 20 +2 kids, +5 adults / +0 kids, +3 adults (FaceRes reads most adults 28-30). */
export const FACERES_CHILD_BELOW = 6;
/** FaceRes sees the FaceMesh box itself (1.2 and 1.4 gave no more kids and read kodim12's man as 9). */
export const FACERES_CROP_SCALE = 1.0;

/** Faces are looked for on a copy at most this large (the detector sees 256×256 squares). */
export const FACE_MAX_SIDE = 1024;

/** Whole-photo pass: margin on every side, as a share of the long side. Without it BlazeFace found
 *  158/160 FairFace faces (face filling the frame), with 0.25 all 160. faces-more: faces found on
 *  763/800 (no face on 6 of 360 kids, 6 teens, 25 adults). On those 37, a second pass at margin 0.5,
 *  0.1 or 0 finds 15 faces, FaceMesh on the whole crop (flag ≥ 0.8) 12; the 4 kids' faces so found
 *  are read as adults (23-48): no kid more called child, so no fallback pass. */
export const DETECT_MARGIN = 0.25;
/** Tiles along the long side overlap by at least this share of a tile. The tiles are what finds
 *  Solvay 1927's small faces: the whole-photo pass alone found 26 of 29 at a margin of 0.25. */
export const TILE_OVERLAP_MIN = 0.25;
/** BlazeFace score from which a candidate goes to FaceMesh (real faces in the scenes scored
 *  0.34–0.95; FaceMesh removes what else comes in). faces-more: from 0.1 instead, 6 of the 37
 *  crops without a face get one, none a child's called child. */
export const DETECT_MIN_SCORE = 0.3;
/** At most this many candidates are judged by FaceMesh (~4 ms each, in batches of 8). */
export const MAX_CANDIDATES = 64;
/** FaceMesh runs on a square this many times the candidate's box (Human's own crop). */
export const MESH_CROP_SCALE = 1.4;
/** FaceMesh face flag from which a candidate is a face: real faces read 0.82–1.00, the Kodak
 *  negatives' candidates ≤ 0.61 (kodim03's hats 0.51–0.61); 0.65 let text crops through. */
export const MESH_MIN_FLAG = 0.8;
/** Candidates of one place tried before giving up on it: on tight FairFace crops the best-scored
 *  boxes are often off the face (3 tries: 12/160 faces lost, 10 tries: 9, all adults or teens but
 *  327, a child in profile). */
export const MESH_TRIES = 10;
/** For a face smaller than CLOSE_UP_SHARE of the photo's short side, FaceMesh's first verdict: on
 *  Solvay 1927 that is 48 mesh runs instead of 64 for the same 33 faces (canon-ixus: 5 for 11, same
 *  faces); retries there were spent on clothes and hands. */
export const MESH_TRIES_SMALL = 1;
export const CLOSE_UP_SHARE = 0.25;
/** Smaller faces (in the ≤ FACE_MAX_SIDE copy) are dropped: the test photos' real faces are 24 px
 *  and up (Solvay 25–37, kodim12 24, canon-ixus 24–26); what FaceMesh passed on signs and posters
 *  was 13 and 21 px — and an age read off fewer pixels than that means little. */
export const MIN_FACE_SIDE = 22;

/** Age = mean over square crops of these multiples of the FaceMesh box, each also mirrored. 1.25
 *  comes first: a crowd gets it alone (+ mirror), the best single crop (adults in scenes ≥ 21.6,
 *  with 1.0 alone ≥ 18.0). */
export const AGE_CROP_SCALES = [1.25, 1.0] as const;
/** More faces than this: the first crop (and its mirror) only, and no FaceRes second opinion. */
export const CROWD_FACES = 4;
