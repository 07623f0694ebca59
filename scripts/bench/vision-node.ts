// Vision figures in Node: cold start, face detection on a 1000 px photo, a 12 MP JPEG fully
// analysed. tesseract.js ÷ native tesseract is in ocr-native.ts.
// The Chromium figures (warm 12 MP ≤ 1.5 s, peak memory ≤ 200 MB) come from the e2e bench through
// the built extension: see "Measuring in Chromium" in src/vision/README.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { median, report } from './_report.ts';
import { createNodePhotoAnalyzer } from '../../src/vision/node.ts';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { loadNodeFaceModels } from '../../src/vision/node/face-models.ts';
import { confirmWithMesh, detectCandidates, findFaces } from '../../src/vision/core/faces.ts';
import { wasmHeapBytes } from '../../src/vision/core/face-models.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { readBytes } from '../../src/vision/eval/ground-truth.ts';

export default async function visionNode(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'cg-bench-vision-'));
  try {
    await coldAndTwelveMegapixels(tmp);
    await faceDetection();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function coldAndTwelveMegapixels(tmp: string): Promise<void> {
  const analyzer = createNodePhotoAnalyzer();
  let started = performance.now();
  await analyzer.analyze(readBytes('scenes/kodak_kodim15.png'));
  report('node: cold start, first photo (kodim15, faces + OCR)', performance.now() - started, 'ms');

  const twelve = await sharp(readBytes('exif/gps/exifsamples_iphone_hdr_YES.jpg')).resize(4000, 3000).jpeg({ quality: 90 }).toBuffer();
  writeFileSync(join(tmp, '12mp.jpg'), twelve);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const bytes = new Uint8Array(twelve.length + 1);
    bytes.set(twelve);
    bytes[twelve.length] = i; // different bytes each run: no cache hit
    started = performance.now();
    const facts = await analyzer.analyze(bytes);
    times.push(performance.now() - started);
    if (facts.error) console.log(`  12 MP: ${facts.error}`);
  }
  report('node: 12 MP JPEG fully analysed, warm (median of 3)', median(times), 'ms', 1500);
  await analyzer.dispose();
}

async function faceDetection(): Promise<void> {
  const models = await loadNodeFaceModels();
  const load = async (file: string) => (await decodeWithSharp(new Uint8Array(await sharp(readBytes(file)).resize({ width: 1000 }).png().toBuffer()), DEFAULT_SETTINGS)).image;
  const group = await load('scenes/human_solvay1927.jpg');
  const portrait = await load('scenes/kodak_kodim15.png');
  const candidates = await detectCandidates(models, group);
  const timed = async (label: string, run: () => Promise<unknown>, goal?: number) => {
    await run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    report(`node: ${label} (median of 5)`, median(times), 'ms', goal);
  };
  // model calls per detection: the time is mostly BlazeFace (~20 ms a pass) and FaceMesh (~4 ms a crop)
  // on the wasm backend, so the counts tell a slower machine from more work
  const calls = { blaze: 0, mesh: 0 };
  for (const [model, key] of [[models.detector, 'blaze'], [models.mesh, 'mesh']] as const) {
    const execute = model.execute.bind(model);
    model.execute = ((input: { shape: number[] }, outputs?: string[]) => {
      calls[key] += input.shape[0];
      return execute(input as never, outputs);
    }) as typeof model.execute;
  }
  for (const [label, image] of [['group photo', group], ['portrait', portrait]] as const) {
    calls.blaze = calls.mesh = 0;
    const faces = await confirmWithMesh(models, image, await detectCandidates(models, image));
    console.log(`node: detection on the 1000 px ${label}: ${calls.blaze} BlazeFace passes, ${calls.mesh} FaceMesh crops, ${faces.length} faces`);
  }
  await timed('BlazeFace passes, 1000 px group photo', () => detectCandidates(models, group), 150);
  await timed('FaceMesh confirming those candidates, same photo', () => confirmWithMesh(models, group, candidates));
  await timed('detection (both), same photo', async () => confirmWithMesh(models, group, await detectCandidates(models, group)), 150);
  await timed('detection (both), 1000 px portrait', async () => confirmWithMesh(models, portrait, await detectCandidates(models, portrait)), 150);
  for (const [label, image] of [['group photo (Solvay, 29 faces)', group], ['portrait (kodim15)', portrait]] as const) {
    await timed(`all face work (detection + age) on a 1000 px ${label}`, () => findFaces(models, image));
  }
  // after the 12 MP photos above (same process, same tfjs) and these: the heap's high-water mark
  report('node: tfjs wasm heap after all of the above', wasmHeapBytes(models) / 2 ** 20, 'MB', 60);
}
