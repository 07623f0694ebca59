// tesseract.js in Node: chi_sim + eng (4.0.0_best_int from @tesseract.js-data) must sit in ONE
// langPath folder (the worker starts with the first and loads the other on its first switch), and a
// missing file kills the process from inside the worker, so the folder is assembled and checked
// before a worker starts.
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { OCR_DATA_VERSION, OCR_LANG_DATA, OCR_LANGS } from '../asset-paths.ts';

const require = createRequire(import.meta.url);

/** Where a language's traineddata.gz ships inside node_modules. */
export function packagedLangFile(lang: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), OCR_DATA_VERSION, `${lang}.${OCR_LANG_DATA}`);
}

let langDir: string | null = null;

/** One folder holding every OCR language (node_modules/.cache, or the temp dir if that is read-only). */
export function nodeLangDir(): string {
  if (langDir) return langDir;
  const nodeModules = dirname(dirname(dirname(require.resolve('@tesseract.js-data/eng/package.json'))));
  for (const base of [join(nodeModules, '.cache'), tmpdir()]) {
    const dir = join(base, `child-guard-tessdata-${OCR_DATA_VERSION}`);
    try {
      mkdirSync(dir, { recursive: true });
      for (const lang of OCR_LANGS) {
        const from = packagedLangFile(lang);
        const to = join(dir, `${lang}.${OCR_LANG_DATA}`);
        if (!existsSync(from)) throw new Error(`OCR language data missing: ${from}`);
        if (!existsSync(to) || statSync(to).size !== statSync(from).size) copyFileSync(from, to);
      }
      return (langDir = dir);
    } catch (e) {
      if ((e as Error).message.startsWith('OCR language data missing')) throw e;
    }
  }
  throw new Error('No writable folder for the OCR language data');
}

export async function createNodeOcrWorker(): Promise<Worker> {
  const langPath = nodeLangDir();
  return createWorker(OCR_LANGS[0], OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
}
