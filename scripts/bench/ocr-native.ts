// tesseract.js ÷ native tesseract on identical work: the product's two reading passes (chi_sim
// alone and eng alone, PSM 6, LSTM only, 4.0.0_best_int data, text output only) on the same PNM bytes
// (decoded and sized as the analyzer does), one thread each (native with OMP_THREAD_LIMIT=1).
// Per image and language: median of RUNS, js and native interleaved.
// tesseract.js (its wasm build, tesseract.js-core): the product's warm OCR thread, each picture
// handed over once, timed around a reading (so message passing is included), in Node (which picks
// the 128-bit SIMD core) and in Chromium with the extension's built worker, cores and data
// (Chromium picks the relaxed-SIMD core): the product reads text in Chromium. For comparison, in
// Node, tesseract.js' own worker (createWorker + recognize) on the same work.
// Native: the `tesseract` command minus its start-up (the same command on an 8×8 white picture).
// Where the rest goes (src/vision/README.md): inside the wasm, mostly the LSTM's int8 dot products
// (128-bit wasm SIMD against AVX2); the worker round trip and the outputs cost next to nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createWorker, OEM } from 'tesseract.js';
import { chromiumTesseract } from './_tesseract-chromium.ts';
import { median, report } from './_report.ts';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { toPnm } from '../../src/vision/core/image.ts';
import { createNodeOcrThread, packagedLangFile } from '../../src/vision/node/tesseract.ts';
import { OCR_LANGS } from '../../src/vision/asset-paths.ts';
import { readBytes } from '../../src/vision/eval/ground-truth.ts';

const IMAGES = [
  'ocr/en/easyocr_english.png', 'ocr/en/paddle_receipt_254.jpg', 'ocr/en/tesseractjs_testocr.png',
  'ocr/zh/paddle_school_test_00059985.jpg', 'ocr/zh/paddle_bank_slip_00111002.jpg', 'ocr/zh/easyocr_chinese_street_sign.jpg',
];
const PSM = '6';
const RUNS = 5;
const GOAL = 1.1;

export default async function ocrNative(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'cg-bench-ocr-'));
  try {
    await compare(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function compare(tmp: string): Promise<void> {
  const tessdata = join(tmp, 'tessdata');
  execFileSync('mkdir', ['-p', tessdata]);
  for (const lang of OCR_LANGS) writeFileSync(join(tessdata, `${lang}.traineddata`), gunzipSync(readFileSync(packagedLangFile(lang))));
  const files: string[] = [];
  for (const [i, name] of IMAGES.entries()) {
    const { image } = await decodeWithSharp(readBytes(name), DEFAULT_SETTINGS);
    files.push(join(tmp, `ocr${i}.pnm`));
    writeFileSync(files[i], toPnm(image));
  }
  const blank = join(tmp, 'blank.pnm');
  writeFileSync(blank, toPnm({ width: 8, height: 8, data: new Uint8Array(8 * 8 * 4).fill(255) }));

  const native = nativeTimer(tessdata);
  const node = { js: 0, native: 0 };
  const thread = await createNodeOcrThread();
  try {
    for (const [i, f] of files.entries()) await thread.setPicture(`p${i}`, new Uint8Array(readFileSync(f)));
    for (const lang of OCR_LANGS) {
      const sums = await compareLang('node', lang, files, async (i) => { await thread.read({ lang, picture: `p${i}`, mode: PSM }); }, native);
      node.js += sums.js;
      node.native += sums.native;
    }
  } finally {
    await thread.terminate();
  }
  report(`node: the OCR thread (tesseract.js-core), ${IMAGES.length} images × ${OCR_LANGS.join(' + ')}`, node.js, 'ms');
  report('native tesseract 5.3, same bytes/data/PSM, 1 thread (no start-up)', node.native, 'ms');
  report('node: tesseract.js ÷ native tesseract (sum of per-image medians)', node.js / node.native, '×', GOAL);
  // where the gap is: native tesseract held to its 128-bit SSE code (the width of wasm SIMD)
  const sse = nativeTimer(tessdata, 'sse');
  let sseSum = 0;
  for (const lang of OCR_LANGS) for (const f of files) sseSum += median(Array.from({ length: RUNS }, () => sse(lang, f)));
  report('native tesseract with its 128-bit SSE code (dotproduct=sse) ÷ its default (AVX2 here)', sseSum / node.native, '×');
  report('node: tesseract.js ÷ native tesseract with its SSE code (for comparison)', node.js / sseSum, '×');

  const stock = { js: 0, native: 0 };
  for (const lang of OCR_LANGS) {
    const worker = await createWorker(lang, OEM.LSTM_ONLY, { langPath: dirname(packagedLangFile(lang)), cacheMethod: 'none', gzip: true });
    try {
      await worker.setParameters({ tessedit_pageseg_mode: PSM as never, preserve_interword_spaces: '1' });
      const pictures = files.map((f) => new Uint8Array(readFileSync(f)));
      const sums = await compareLang('stock', lang, files, async (i) => { await worker.recognize(pictures[i] as never, {}, { text: true }); }, native);
      stock.js += sums.js;
      stock.native += sums.native;
    } finally {
      await worker.terminate();
    }
  }
  report('node: tesseract.js\' own worker ÷ native, same work (for comparison)', stock.js / stock.native, '×');

  const page = await chromiumTesseract(files.map((f) => readFileSync(f)));
  const browser = { js: 0, native: 0 };
  try {
    for (const lang of OCR_LANGS) {
      const sums = await compareLang('chromium', lang, files, (i) => page.recognize(lang, PSM, i), native);
      browser.js += sums.js;
      browser.native += sums.native;
    }
  } finally {
    await page.close();
  }
  report(`chromium: the OCR thread (extension's files), ${IMAGES.length} images × 2`, browser.js, 'ms');
  report('chromium: tesseract.js ÷ native tesseract (sum of per-image medians)', browser.js / browser.native, '×', GOAL);
}

type Native = (lang: string, file: string) => number;

/** Native run time of one file, the start-up of the same command (on an 8×8 picture) subtracted.
 *  `dotproduct`: the SIMD code Tesseract uses for its matrix products (default: the best the CPU has). */
function nativeTimer(tessdata: string, dotproduct?: 'sse'): Native {
  const run = (lang: string, input: string): number => {
    const args = [input, 'stdout', '--tessdata-dir', tessdata, '-l', lang, '--psm', PSM, '--oem', '1', '-c', 'preserve_interword_spaces=1'];
    if (dotproduct) args.push('-c', `dotproduct=${dotproduct}`);
    const started = performance.now();
    execFileSync('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: 'ignore' });
    return performance.now() - started;
  };
  const startup = new Map<string, number>();
  return (lang, file) => {
    if (!startup.has(lang)) {
      const blank = join(dirname(file), 'blank.pnm');
      run(lang, blank); // file cache warm
      startup.set(lang, median(Array.from({ length: RUNS }, () => run(lang, blank))));
    }
    return run(lang, file) - startup.get(lang)!;
  };
}

/** Per image: one warm-up, then RUNS of each side interleaved; medians printed and summed. */
async function compareLang(host: string, lang: string, files: string[], recognize: (i: number) => Promise<void>, native: Native) {
  const sums = { js: 0, native: 0 };
  for (const [i, file] of files.entries()) {
    await recognize(i); // warm-up of this picture's code paths
    const t = { js: [] as number[], native: [] as number[] };
    for (let r = 0; r < RUNS; r++) {
      const started = performance.now();
      await recognize(i);
      t.js.push(performance.now() - started);
      t.native.push(native(lang, file));
    }
    const [j, n] = [median(t.js), median(t.native)];
    sums.js += j;
    sums.native += n;
    console.log(`  ${host.padEnd(8)} ${lang.padEnd(8)} ${IMAGES[i].padEnd(42)} js ${j.toFixed(0).padStart(5)} ms  native ${n.toFixed(0).padStart(5)} ms  ×${(j / n).toFixed(2)}`);
  }
  report(`${host}: tesseract.js ÷ native, ${lang} PSM ${PSM}, ${IMAGES.length} images`, sums.js / sums.native, '×');
  return sums;
}
