// tesseract.js ÷ native tesseract on identical work: the product's two reading passes (chi_sim
// alone and eng alone, PSM 6, LSTM only, 4.0.0_best_int data, text output only) on the same PNM bytes
// (decoded and sized as the analyzer does), one thread each (native with OMP_THREAD_LIMIT=1).
// Per image and language: median of RUNS, js and native interleaved.
// tesseract.js: a warm worker, timed around recognize() (so message passing is included).
// Native: the `tesseract` command minus its start-up (the same command on an 8×8 white picture).
// Where the rest goes (src/vision/README.md): inside the wasm, mostly the LSTM's int8 dot products
// (128-bit wasm SIMD against AVX2); the worker round trip and the outputs cost next to nothing.
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

  let sumJs = 0;
  let sumNative = 0;
  for (const lang of OCR_LANGS) {
    const native = (input: string): number => {
      const args = [input, 'stdout', '--tessdata-dir', tessdata, '-l', lang, '--psm', PSM, '--oem', '1', '-c', 'preserve_interword_spaces=1'];
      const started = performance.now();
      execFileSync('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: 'ignore' });
      return performance.now() - started;
    };
    const worker = await createWorker(lang, OEM.LSTM_ONLY, { langPath: nodeLangDir(), cacheMethod: 'none', gzip: true });
    try {
      await worker.setParameters({ tessedit_pageseg_mode: PSM as never, preserve_interword_spaces: '1' });
      native(blank); // file cache warm
      const startup = median(Array.from({ length: RUNS }, () => native(blank)));
      let langJs = 0;
      let langNative = 0;
      for (const [i, file] of files.entries()) {
        const bytes = new Uint8Array(readFileSync(file));
        const js = async (): Promise<number> => {
          const t = performance.now();
          await worker.recognize(bytes as never, {}, { text: true });
          return performance.now() - t;
        };
        await js(); // warm-up of this picture's code paths
        const t = { js: [] as number[], native: [] as number[] };
        for (let r = 0; r < RUNS; r++) {
          t.js.push(await js());
          t.native.push(native(file) - startup);
        }
        const [j, n] = [median(t.js), median(t.native)];
        langJs += j;
        langNative += n;
        console.log(`  ${lang.padEnd(8)} ${IMAGES[i].padEnd(42)} js ${j.toFixed(0).padStart(5)} ms  native ${n.toFixed(0).padStart(5)} ms  ×${(j / n).toFixed(2)}`);
      }
      report(`tesseract.js ÷ native, ${lang} PSM ${PSM}, ${IMAGES.length} images`, langJs / langNative, '×');
      sumJs += langJs;
      sumNative += langNative;
    } finally {
      await worker.terminate();
    }
  }
  report(`node: tesseract.js, ${IMAGES.length} images × ${OCR_LANGS.join(' + ')} (warm worker)`, sumJs, 'ms');
  report('native tesseract 5.3, same bytes/data/PSM, 1 thread (no start-up)', sumNative, 'ms');
  report('tesseract.js ÷ native tesseract (sum of per-image medians)', sumJs / sumNative, '×', GOAL);
}
