// Text in the picture with tesseract.js: one worker, one language initialised at a time. The recipe,
// measured on testdata/ocr (figures in src/vision/README.md, "Settings that came from measurements"):
// 1. Layout only, no recognition (a few ms to 0.2 s), on the picture and on its light-on-dark copy
//    (threshold.ts): no text block in either → no text. A text-free photo stops here instead of
//    PSM 6 spending seconds reading foliage as letters.
// 2. Each language alone reads the picture as one block (PSM 6): chi_sim, then eng. Two
//    single-language readings find more key strings than one eng+chi_sim reading, in less time:
//    with two languages loaded Tesseract runs the second model on every word the first one doubts.
// 3. eng reads the picture again as one column (PSM 4) with Tesseract's own local (Sauvola)
//    threshold instead of its global Otsu one: photographed receipts, lit unevenly.
// 4. chi_sim reads the light-on-dark copy as sparse text (PSM 11): signs in street photos. When only
//    that copy shows a text block, this is the only reading.
// 5. When both block readings are unsure, the picture is read upside down and the surer side is kept.
// A read that runs over its time budget kills the worker (tesseract cannot be interrupted) and
// returns what it had, marked cut short.
import { OEM, type Worker } from 'tesseract.js';
import type { RgbaImage } from './image.ts';
import { rotate180, toPgm, toPnm } from './image.ts';
import { invertedSauvola } from './threshold.ts';
import { IdleResource } from './idle-resource.ts';
import { OCR_LANGS } from '../asset-paths.ts';

export type OcrLang = (typeof OCR_LANGS)[number];
export const LAYOUT_PAGE_MODE = '3';
export const BLOCK_PAGE_MODE = '6';
export const SPARSE_PAGE_MODE = '11';
export const COLUMN_PAGE_MODE = '4';
/**
 * For the eng re-reading of the picture (step 3): Tesseract's Sauvola thresholding with its default
 * window and k. On testdata/ocr it found the two receipt lines no other pass read right (date, footer
 * line of a tilted receipt: 26/32 en instead of 24), the same two with k 0.2 or 0.5 or a 0.5 window;
 * alone it is poor (11/32: big poster letters come out hollow), so it only adds to the Otsu readings.
 */
const SAUVOLA = { thresholding_method: '2' } as const;
/**
 * Given at every switch. Tesseract keeps some parameters in process-wide globals, so the settings
 * chi_sim's own config makes for CJK (blob edges, row and word segmentation, noise sizes) stayed in
 * force for eng after a switch: eng then read e.g. "Palais du LOUVRE" as "[T 山 LOUVRE". eng has
 * no config of its own, so it gets Tesseract's defaults back. chi_sim's config overrides them again.
 * An object, never '' or undefined: tesseract.js would reuse the previous switch's config.
 */
const SWITCH_CONFIG: Record<OcrLang, string | Record<string, never>> = {
  chi_sim: {},
  eng: [
    'edges_use_new_outline_complexity 0', 'edges_children_fix 0', 'edges_max_children_per_outline 10',
    'edges_max_children_layers 5', 'edges_children_count_limit 45', 'tosp_force_wordbreak_on_punct 0',
    'textord_force_make_prop_words 0', 'textord_noise_sizelimit 0.5', 'textord_noise_normratio 2',
    'textord_max_noise_size 7', 'segment_nonalphabetic_script 0', 'stopper_nondict_certainty_base -2.5',
    'textord_single_height_mode 0', 'textord_use_cjk_fp_model 0',
  ].join('\n'),
};
/** Below this confidence of both upright readings the picture is also read upside down. */
export const RETRY_ROTATED_BELOW = 50;

export interface OcrResult {
  text: string;
  /** 0..100, the best reading kept */
  confidence: number;
  cutShort: boolean;
}

interface Reading { text: string; confidence: number }
/** `params`: Tesseract parameters for this pass only (tesseract.js restores them afterwards). */
interface Pass { lang: OcrLang; image: Uint8Array; mode: string; params?: Readonly<Record<string, string>> }
interface LoadedWorker { worker: Worker; lang: OcrLang }

class OutOfTime extends Error {
  constructor(readonly workerBusy: boolean) { super('OCR time budget spent'); }
}

export class OcrReader {
  private readonly worker: IdleResource<LoadedWorker>;

  /** `createWorker` gives a worker initialised with OCR_LANGS[0] alone. */
  constructor(createWorker: () => Promise<Worker>, idleMs: number) {
    this.worker = new IdleResource(
      async (): Promise<LoadedWorker> => ({ worker: await createWorker(), lang: OCR_LANGS[0] }),
      (w) => w.worker.terminate().then(() => undefined),
      idleMs,
    );
  }

  get loaded(): boolean {
    return this.worker.loaded;
  }

  /** Reads the text within `budgetMs`, counted once the worker is up (a cold start is ~0.5 s). */
  async read(image: RgbaImage, budgetMs: number): Promise<OcrResult> {
    await this.worker.use(async () => undefined);
    const deadline = Date.now() + budgetMs;
    const picture = toPnm(image);
    const signs = toPgm(invertedSauvola(image));
    let kept: Reading[] = [];
    try {
      const pictureHasText = await this.hasTextBlock(picture, deadline);
      if (!pictureHasText && !(await this.hasTextBlock(signs, deadline))) return { text: '', confidence: 0, cutShort: false };
      // Only the sign copy shows text: a street scene. Its sign reading is all: there the block
      // readings of the picture take seconds (foliage read as letters) and found no key string.
      const readSigns = async () => kept.push(await this.recognize({ lang: 'chi_sim', image: signs, mode: SPARSE_PAGE_MODE }, deadline));
      if (!pictureHasText) {
        await readSigns();
        return result(kept, false);
      }
      const chinese = await this.recognize({ lang: 'chi_sim', image: picture, mode: BLOCK_PAGE_MODE }, deadline);
      kept.push(chinese);
      const english = await this.recognize({ lang: 'eng', image: picture, mode: BLOCK_PAGE_MODE }, deadline);
      kept.push(english);
      // before the sign reading: on a document it is the likelier of the two to add a line in time.
      // Like the sign reading it does not vote on the orientation (only the two PSM 6 readings do).
      kept.push(await this.recognize({ lang: 'eng', image: picture, mode: COLUMN_PAGE_MODE, params: SAUVOLA }, deadline));
      // on a document the sign reading is slow and rarely adds anything: it comes last, and being
      // sparse noise as often as not, it does not vote on the orientation
      await readSigns();
      const sure = Math.max(chinese.confidence, english.confidence);
      if (sure < RETRY_ROTATED_BELOW) {
        const turned = toPnm(rotate180(image));
        const rotated = [await this.recognize({ lang: 'chi_sim', image: turned, mode: BLOCK_PAGE_MODE }, deadline)];
        rotated.push(await this.recognize({ lang: 'eng', image: turned, mode: BLOCK_PAGE_MODE }, deadline));
        if (Math.max(...rotated.map((r) => r.confidence)) > sure) kept = rotated;
      }
      return result(kept, false);
    } catch (e) {
      if (!(e instanceof OutOfTime)) throw e;
      if (e.workerBusy) await this.worker.release(); // the only way to stop tesseract mid-page
      return result(kept, true);
    }
  }

  async dispose(): Promise<void> {
    await this.worker.release();
  }

  /** Layout analysis only: recognition is skipped when no recognised output is asked for. */
  private async hasTextBlock(image: Uint8Array, deadline: number): Promise<boolean> {
    const page = await this.run({ lang: 'chi_sim', image, mode: LAYOUT_PAGE_MODE }, deadline, { text: false, layoutBlocks: true });
    return ((page as { layoutBlocks?: unknown[] | null }).layoutBlocks?.length ?? 0) > 0;
  }

  private async recognize(pass: Pass, deadline: number): Promise<Reading> {
    const page = await this.run(pass, deadline, { text: true });
    return { text: tidy(page.text ?? ''), confidence: page.confidence ?? 0 };
  }

  private run(pass: Pass, deadline: number, output: { text: boolean; layoutBlocks?: boolean }) {
    return withDeadline(() => this.worker.use(async (loaded) => {
      if (loaded.lang !== pass.lang) {
        await loaded.worker.reinitialize(pass.lang, OEM.LSTM_ONLY, SWITCH_CONFIG[pass.lang]); // ~0.1 s
        loaded.lang = pass.lang;
      }
      // no user_defined_dpi: PNM carries none and Tesseract's estimate did as well as 72 dpi and
      // better than 150 on testdata/ocr
      await loaded.worker.setParameters({ tessedit_pageseg_mode: pass.mode as never, preserve_interword_spaces: '1' });
      // tesseract.js accepts a Uint8Array of an encoded image in both hosts (typed as Buffer);
      // only the outputs asked for are built
      return (await loaded.worker.recognize(pass.image as never, { ...pass.params }, output)).data;
    }), deadline);
  }
}

function result(readings: Reading[], cutShort: boolean): OcrResult {
  const confidence = readings.reduce((m, r) => Math.max(m, r.confidence), 0);
  return { text: joinReadings(readings.map((r) => r.text)), confidence, cutShort };
}

/** Later readings add only the lines the earlier ones did not already contain. */
function joinReadings(texts: string[]): string {
  const kept: string[] = [];
  for (const text of texts) {
    const seen = kept.join('').replace(/\s/g, '');
    for (const line of text.split('\n')) if (line && !seen.includes(line.replace(/\s/g, ''))) kept.push(line);
  }
  return kept.join('\n');
}

/** Blank lines out; Chinese characters that Tesseract still spaced apart joined up. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/(?<=[\u3400-\u9fff])[ \t]+(?=[\u3400-\u9fff])/g, '').trim())
    .filter(Boolean)
    .join('\n');
}

function withDeadline<T>(start: () => Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new OutOfTime(false));
  const work = start();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutOfTime(true)), left);
  });
  work.catch(() => undefined); // a killed worker rejects its job after we gave up on it
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
