// tesseract.js ÷ native tesseract on identical work: the same PNM bytes (decoded and sized as the
// analyzer does), the same eng+chi_sim 4.0.0_best_int data, PSM 6, LSTM only, text output only,
// one thread each (native with OMP_THREAD_LIMIT=1). Per image: median of RUNS, interleaved.
// tesseract.js: a warm worker, timed around recognize() (so message passing is included).
// Native: the `tesseract` command minus its start-up (the same command on an 8×8 white picture),
// so neither side pays start-up; the start-up-included figure is printed as well.
// Diagnostic: native forced to 128-bit SIMD (-c dotproduct=sse), the width of wasm SIMD.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createWorker, OEM } from 'tesseract.js';
import { median, report } from './_report.ts';
import { decodeWithSharp } from '../../src/vision/node/decode.ts';
import { DEFAULT_SETTINGS } from '../../src/vision/core/analyzer.ts';
import { toPnm } from '../../src/vision/core/image.ts';
import { nodeLangDir, packagedLangFile } from '../../src/vision/node/tesseract.ts';
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
  const list = join(tmp, 'list.txt');
  writeFileSync(list, files.join('\n') + '\n');

  const native = (input: string, extra: string[] = []): number => {
    const args = [input, 'stdout', '--tessdata-dir', tessdata, '-l', OCR_LANGS.join('+'), '--psm', PSM, '--oem', '1', '-c', 'preserve_interword_spaces=1', ...extra];
    const started = performance.now();
    execFileSync('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: 'ignore' });
    return performance.now() - started;
  };
  const sse = ['-c', 'dotproduct=sse'];

  let started = performance.now();
  const worker = await createWorker([...OCR_LANGS], OEM.LSTM_ONLY, { langPath: nodeLangDir(), cacheMethod: 'none', gzip: true });
  const jsStart = performance.now() - started;
  await worker.setParameters({ tessedit_pageseg_mode: PSM as never, preserve_interword_spaces: '1' });
  const js = async (bytes: Uint8Array): Promise<number> => {
    const t = performance.now();
    await worker.recognize(bytes as never, {}, { text: true });
    return performance.now() - t;
  };

  try {
    native(blank); // file cache warm
    const startup = median(Array.from({ length: RUNS }, () => native(blank)));
    const startupSse = median(Array.from({ length: RUNS }, () => native(blank, sse)));
    let sumJs = 0;
    let sumNative = 0;
    let sumSse = 0;
    for (const [i, file] of files.entries()) {
      const bytes = new Uint8Array(readFileSync(file));
      await js(bytes); // warm-up of this picture's code paths
      const t = { js: [] as number[], native: [] as number[], sse: [] as number[] };
      for (let r = 0; r < RUNS; r++) {
        t.js.push(await js(bytes));
        t.native.push(native(file) - startup);
        t.sse.push(native(file, sse) - startupSse);
      }
      const [j, n, s] = [median(t.js), median(t.native), median(t.sse)];
      sumJs += j;
      sumNative += n;
      sumSse += s;
      console.log(`  ${IMAGES[i].padEnd(42)} js ${j.toFixed(0).padStart(5)} ms  native ${n.toFixed(0).padStart(5)} ms  ×${(j / n).toFixed(2)}  (native sse ${s.toFixed(0)} ms, ×${(j / s).toFixed(2)})`);
    }
    report(`node: tesseract.js, ${IMAGES.length} images, PSM ${PSM} (warm worker)`, sumJs, 'ms');
    report('native tesseract 5.3, same bytes/data/PSM, 1 thread (no start-up)', sumNative, 'ms');
    report('tesseract.js ÷ native tesseract (sum of per-image medians)', sumJs / sumNative, '×', GOAL);
    report('tesseract.js ÷ native at 128-bit SIMD (dotproduct=sse, diagnostic)', sumJs / sumSse, '×');

    started = performance.now();
    execFileSync('tesseract', [list, 'stdout', '--tessdata-dir', tessdata, '-l', OCR_LANGS.join('+'), '--psm', PSM, '--oem', '1', '-c', 'preserve_interword_spaces=1'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: 'ignore' });
    const nativeWhole = performance.now() - started;
    report('start-up included: js worker start + images ÷ one native run', (jsStart + sumJs) / nativeWhole, '×');
  } finally {
    await worker.terminate();
  }
}
