// Vision figures in Node: cold start, face detection on a 1000 px photo, a 12 MP JPEG fully
// analysed, and tesseract.js ÷ native tesseract (one thread, same images, same best_int data).
// The Chromium figures (warm 12 MP ≤ 1.5 s, peak memory ≤ 200 MB) come from the e2e bench through
// the built extension: see "Measuring in Chromium" in src/vision/README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { createWorker, OEM } from 'tesseract.js';
import { median, report } from './_report.ts';
import { createNodePhotoAnalyzer } from '../../src/vision/node.ts';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { loadNodeFaceApi } from '../../src/vision/node/face-api.ts';
import { findFaces } from '../../src/vision/core/faces.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { toRgb } from '../../src/vision/core/image.ts';
import { CLOSEUP_INPUT_SIZE, SCENE_MIN_SCORE } from '../../src/vision/core/child-rule.ts';
import { nodeLangDir, packagedLangFile } from '../../src/vision/node/tesseract.ts';
import { OCR_LANGS } from '../../src/vision/asset-paths.ts';
import { readBytes, TESTDATA } from '../../src/vision/eval/ground-truth.ts';

const OCR_IMAGES = [
  'ocr/en/easyocr_english.png', 'ocr/en/paddle_receipt_254.jpg', 'ocr/en/tesseractjs_testocr.png',
  'ocr/zh/paddle_school_test_00059985.jpg', 'ocr/zh/paddle_bank_slip_00111002.jpg', 'ocr/zh/easyocr_chinese_street_sign.jpg',
];

export default async function visionNode(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'cg-bench-vision-'));
  try {
    await coldAndTwelveMegapixels(tmp);
    await faceDetection();
    await tesseractRatio(tmp);
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

/** Same images (PNG), PSM 6, LSTM, eng+chi_sim best_int, one thread each; native reads them in one run. */
async function tesseractRatio(tmp: string): Promise<void> {
  const tessdata = join(tmp, 'tessdata');
  execFileSync('mkdir', ['-p', tessdata]);
  for (const lang of OCR_LANGS) writeFileSync(join(tessdata, `${lang}.traineddata`), gunzipSync(readFileSync(packagedLangFile(lang))));
  const files = OCR_IMAGES.map((f, i) => join(tmp, `ocr${i}.png`));
  for (let i = 0; i < files.length; i++) writeFileSync(files[i], await sharp(join(TESTDATA, OCR_IMAGES[i])).rotate().png().toBuffer());
  writeFileSync(join(tmp, 'list.txt'), files.join('\n') + '\n');

  const worker = await createWorker([...OCR_LANGS], OEM.LSTM_ONLY, { langPath: nodeLangDir(), cacheMethod: 'none', gzip: true });
  await worker.setParameters({ tessedit_pageseg_mode: '6' as never, preserve_interword_spaces: '1' });
  await worker.recognize(readFileSync(files[0])); // warm
  let started = performance.now();
  for (const f of files) await worker.recognize(readFileSync(f));
  const js = performance.now() - started;
  await worker.terminate();

  const args = [join(tmp, 'list.txt'), 'stdout', '--tessdata-dir', tessdata, '-l', OCR_LANGS.join('+'), '--psm', '6', '--oem', '1', '-c', 'preserve_interword_spaces=1'];
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  execFileSync('tesseract', args, { env, stdio: 'ignore' }); // warm the file cache
  started = performance.now();
  execFileSync('tesseract', args, { env, stdio: 'ignore' });
  const native = performance.now() - started;
  report(`node: tesseract.js ${OCR_IMAGES.length} images (warm worker)`, js, 'ms');
  report('native tesseract 5.3, same images and best_int data (1 thread, incl. start)', native, 'ms');
  report('tesseract.js ÷ native tesseract', js / native, '×', 1.1);
}
