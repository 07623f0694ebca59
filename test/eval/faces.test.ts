// Faces gate on the 160 FairFace crops (../shared/testdata/faces/labels.tsv), through the same
// decode + face code the analyzer runs (OCR left out: it plays no part in a face's age).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { loadNodeFaceModels } from '../../src/vision/node/face-models.ts';
import { unloadFaceModels, wasmHeapBytes, type FaceModels } from '../../src/vision/core/face-models.ts';
import { findFaces } from '../../src/vision/core/faces.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { ageBand, readBytes, readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { evalReport } from './eval-report.ts';

const report = evalReport('faces');

let models: FaceModels;
const calledChild = new Map<string, { band: string; child: boolean; ages: number[] }>();

beforeAll(async () => {
  models = await loadNodeFaceModels();
  for (const label of readFaceLabels()) {
    const { image } = await decodeWithSharp(readBytes(`faces/${label.file}`), DEFAULT_SETTINGS);
    const faces = await findFaces(models, image);
    calledChild.set(label.file, { band: ageBand(label.ageGroup), child: faces.some((f) => f.child), ages: faces.map((f) => f.age) });
  }
  const bands = ['child 0-9', 'teen 10-19', 'adult 20+'];
  const figures = bands.map((band) => {
    const rows = [...calledChild.entries()].filter(([, r]) => r.band === band);
    const n = rows.filter(([, r]) => r.child).length;
    return `faces ${band}: called child ${n}/${rows.length} (${((100 * n) / rows.length).toFixed(1)}%)`;
  });
  for (const line of figures) report.line(line);
  for (const [file, r] of calledChild) {
    const wrong = (r.band === 'child 0-9' && !r.child) || (r.band === 'adult 20+' && r.child);
    if (wrong) report.line(`  miss ${r.band} ${file}: ages ${r.ages.join(', ') || 'no face found'}`);
  }
  report.summary(figures);
}, 600_000);

afterAll(() => unloadFaceModels(models));

function rate(band: string): number {
  const rows = [...calledChild.values()].filter((r) => r.band === band);
  return rows.filter((r) => r.child).length / rows.length;
}

describe('child faces on FairFace crops', () => {
  it('calls children aged 0-9 child at least 95% of the time (the issue goal; measured 67/70)', () => {
    expect(rate('child 0-9')).toBeGreaterThanOrEqual(0.95);
  });

  it('calls adults (20+) child at most 2% of the time', () => {
    expect(rate('adult 20+')).toBeLessThanOrEqual(0.02);
  });

  it('reports the ambiguous 10-19 group separately (no gate: it straddles the line)', () => {
    const teen = rate('teen 10-19');
    expect(teen).toBeGreaterThan(0); // some teenagers look and are children
    expect(teen).toBeLessThan(1);
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
