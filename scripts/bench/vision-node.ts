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
import { loadNodeFaceApi } from '../../src/vision/node/face-api.ts';
import { findFaces } from '../../src/vision/core/faces.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { toRgb } from '../../src/vision/core/image.ts';
import { CLOSEUP_INPUT_SIZE, SCENE_MIN_SCORE } from '../../src/vision/core/child-rule.ts';
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
  const faceapi = await loadNodeFaceApi();
  const group = new Uint8Array(await sharp(readBytes('scenes/human_solvay1927.jpg')).resize({ width: 1000 }).png().toBuffer());
  const { image: groupImage } = await decodeWithSharp(group, DEFAULT_SETTINGS);
  const pixels = faceapi.tf.tensor3d(toRgb(groupImage), [groupImage.height, groupImage.width, 3], 'int32');
  for (const [label, options] of [
    ['SSD MobileNet v1 (scene pass)', new faceapi.SsdMobilenetv1Options({ minConfidence: SCENE_MIN_SCORE })],
    ['tiny detector 416 (close-up pass)', new faceapi.TinyFaceDetectorOptions({ inputSize: CLOSEUP_INPUT_SIZE })],
  ] as const) {
    await faceapi.detectAllFaces(pixels, options);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await faceapi.detectAllFaces(pixels, options);
      times.push(performance.now() - started);
    }
    report(`node: detection only, ${label}, 1000 px (median of 5)`, median(times), 'ms', 150);
  }
  pixels.dispose();
  for (const [label, file] of [['group photo', 'scenes/human_solvay1927.jpg'], ['portrait', 'scenes/kodak_kodim15.png']]) {
    const resized = new Uint8Array(await sharp(readBytes(file)).resize({ width: 1000 }).png().toBuffer());
    const { image } = await decodeWithSharp(resized, DEFAULT_SETTINGS);
    await findFaces(faceapi, image); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await findFaces(faceapi, image);
      times.push(performance.now() - started);
    }
    report(`node: all face work (both passes + age) on a 1000 px ${label} (median of 5)`, median(times), 'ms');
  }
}
