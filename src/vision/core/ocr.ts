// Text in the picture with tesseract.js' Tesseract, in the OCR thread (ocr-thread.ts), which holds
// both languages initialised and each picture once (tesseract-engine.ts). The recipe,
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
// 6. If the upright side is kept, chi_sim reads it once more as one block with Tesseract's Sauvola
//    threshold: +3 zh key strings (a boarding pass's header, a street sign's 东 and 西), ~0.3 s a
//    picture with text. Last, so that on a slow machine the budget runs out on it first.
// A read that runs over its time budget kills the thread (tesseract cannot be interrupted) and
// returns what it had, marked cut short. The budget is stretched on a slow or busy machine
// (machine-pace.ts), timed by the sign copy each picture needs anyway.
import type { RgbaImage } from './image.ts';
import { pgmFile, rotate180, toPnm } from './image.ts';
import { invertedSauvola } from './threshold.ts';
import { IdleResource } from './idle-resource.ts';
import { MachinePace, MAX_SLOWDOWN } from './machine-pace.ts';
import type { OcrThread } from './ocr-thread.ts';
import type { OcrLine } from './tesseract-engine.ts';
import type { OcrLang } from '../asset-paths.ts';

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
const SAUVOLA = { thresholding_method: '2' } as const; // also step 6's chi_sim reading
/** The pictures a read hands the OCR thread, each once. */
const PICTURE = 'picture';
const SIGNS = 'signs';
const TURNED = 'turned';
/** Below this confidence of both upright readings the picture is also read upside down. */
export const RETRY_ROTATED_BELOW = 50;

export interface OcrResult {
  text: string;
  /** every line of the readings kept, boxed in the picture's pixels (upright) */
  lines: OcrLine[];
  /** 0..100, the best reading kept */
  confidence: number;
  cutShort: boolean;
  /** the budget this picture got: the one asked for, stretched by the machine's pace */
  budgetMs: number;
}

/** When the reading must end; moved once the sign copy has timed the machine. */
interface Deadline { at: number }

interface Reading { text: string; confidence: number; lines: OcrLine[] }
/** `params`: Tesseract parameters for this pass only (tesseract-engine.ts resets them for the next). */
interface Pass { lang: OcrLang; picture: string; mode: string; params?: Readonly<Record<string, string>> }

class OutOfTime extends Error {
  constructor(readonly threadBusy: boolean) { super('OCR time budget spent'); }
}

export class OcrReader {
  private readonly thread: IdleResource<OcrThread>;

  /** `startThread` gives an OCR thread with every OCR language loaded (see tesseract-engine.ts);
   *  `pace` turns the sign copy's time into the budget's factor (machine-pace.ts). */
  constructor(startThread: () => Promise<OcrThread>, idleMs: number, private readonly pace: Pick<MachinePace, 'observe'> = new MachinePace()) {
    this.thread = new IdleResource(startThread, (t) => t.terminate(), idleMs);
  }

  get loaded(): boolean {
    return this.thread.loaded;
  }

  /** Reads the text within `budgetMs` (stretched on a slow machine), counted once the thread is up
   *  (chi_sim initialised). */
  async read(image: RgbaImage, budgetMs: number): Promise<OcrResult> {
    await this.thread.use(async () => undefined);
    const started = Date.now();
    // the longest budget until the sign copy has timed the machine (only the first layout pass,
    // a short one, starts before that)
    const deadline: Deadline = { at: started + budgetMs * MAX_SLOWDOWN };
    const result = (readings: Reading[], cutShort: boolean) => joined(readings, cutShort, deadline.at - started);
    const kept: Reading[] = [];
    let handed = [PICTURE, SIGNS]; // the thread ignores a drop of a picture it never got
    try {
      await this.hand(PICTURE, toPnm(image), deadline);
      // the thread looks for text blocks in the picture while the sign copy is made here
      const pictureLayout = this.hasTextBlock(PICTURE, deadline);
      pictureLayout.catch(() => undefined); // a failure is thrown by the await below
      const copyStarted = performance.now();
      const signs = signsPicture(image);
      deadline.at = started + budgetMs * this.pace.observe(performance.now() - copyStarted, image.width * image.height);
      await this.hand(SIGNS, signs, deadline);
      const pictureHasText = await pictureLayout;
      if (!pictureHasText && !(await this.hasTextBlock(SIGNS, deadline))) return result([], false);
      // Only the sign copy shows text: a street scene. Its sign reading is all: there the block
      // readings of the picture take seconds (foliage read as letters) and found no key string.
      const readSigns = async () => kept.push(await this.recognize({ lang: 'chi_sim', picture: SIGNS, mode: SPARSE_PAGE_MODE }, deadline));
      if (!pictureHasText) {
        await readSigns();
        return result(kept, false);
      }
      const chinese = await this.recognize({ lang: 'chi_sim', picture: PICTURE, mode: BLOCK_PAGE_MODE }, deadline);
      kept.push(chinese);
      const english = await this.recognize({ lang: 'eng', picture: PICTURE, mode: BLOCK_PAGE_MODE }, deadline);
      kept.push(english);
      // before the sign reading: on a document it is the likelier of the two to add a line in time.
      // Like the sign reading it does not vote on the orientation (only the two PSM 6 readings do).
      kept.push(await this.recognize({ lang: 'eng', picture: PICTURE, mode: COLUMN_PAGE_MODE, params: SAUVOLA }, deadline));
      // on a document the sign reading is slow and rarely adds anything: it comes last, and being
      // sparse noise as often as not, it does not vote on the orientation
      await readSigns();
      const sure = Math.max(chinese.confidence, english.confidence);
      if (sure < RETRY_ROTATED_BELOW) {
        handed.push(TURNED);
        await this.hand(TURNED, toPnm(rotate180(image)), deadline);
        const rotated = [await this.recognize({ lang: 'chi_sim', picture: TURNED, mode: BLOCK_PAGE_MODE }, deadline)];
        rotated.push(await this.recognize({ lang: 'eng', picture: TURNED, mode: BLOCK_PAGE_MODE }, deadline));
        if (Math.max(...rotated.map((r) => r.confidence)) > sure) return result(rotated.map((r) => turnedBack(r, image)), false);
      }
      // last, so that a slow machine's budget runs out on this one first
      kept.push(await this.recognize({ lang: 'chi_sim', picture: PICTURE, mode: BLOCK_PAGE_MODE, params: SAUVOLA }, deadline));
      return result(kept, false);
    } catch (e) {
      // a busy thread: the only way to stop tesseract mid-page; a failed one is not trusted again
      if (!(e instanceof OutOfTime) || e.threadBusy) {
        handed = [];
        await this.thread.release();
      }
      if (!(e instanceof OutOfTime)) throw e;
      return result(kept, true);
    } finally {
      // the thread's copies go now, not at the next photo
      if (this.thread.loaded) await this.thread.use((t) => Promise.all(handed.map((name) => t.dropPicture(name)))).catch(() => undefined);
    }
  }

  async dispose(): Promise<void> {
    await this.thread.release();
  }

  private hand(name: string, bytes: Uint8Array, deadline: Deadline): Promise<void> {
    return withDeadline(() => this.thread.use((t) => t.setPicture(name, bytes)), deadline);
  }

  /** Layout analysis only, no recognition. */
  private async hasTextBlock(picture: string, deadline: Deadline): Promise<boolean> {
    const page = await this.run({ lang: 'chi_sim', picture, mode: LAYOUT_PAGE_MODE }, deadline, true);
    return page.blocks > 0;
  }

  private async recognize(pass: Pass, deadline: Deadline): Promise<Reading> {
    const page = await this.run(pass, deadline, false);
    return { text: tidy(page.text), confidence: page.confidence, lines: page.lines };
  }

  private run(pass: Pass, deadline: Deadline, layoutOnly: boolean) {
    // no user_defined_dpi: PNM carries none and Tesseract's estimate did as well as 72 dpi and
    // better than 150 on testdata/ocr
    return withDeadline(() => this.thread.use((t) => t.read({ ...pass, layoutOnly })), deadline);
  }
}

/** The light-on-dark copy (threshold.ts) as a PGM file, thresholded straight into the file. */
function signsPicture(image: RgbaImage): Uint8Array {
  const pgm = pgmFile(image.width, image.height);
  invertedSauvola(image, { into: pgm.pixels });
  return pgm.file;
}

function joined(readings: Reading[], cutShort: boolean, budgetMs: number): OcrResult {
  const confidence = readings.reduce((m, r) => Math.max(m, r.confidence), 0);
  return { text: joinReadings(readings.map((r) => r.text)), lines: readings.flatMap((r) => r.lines), confidence, cutShort, budgetMs };
}

/** A reading of the upside-down picture, its boxes turned back onto the upright one. */
function turnedBack(r: Reading, image: RgbaImage): Reading {
  return {
    ...r,
    lines: r.lines.map(({ text, box: b }) => ({ text, box: { x: image.width - b.x - b.width, y: image.height - b.y - b.height, width: b.width, height: b.height } })),
  };
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

function withDeadline<T>(start: () => Promise<T>, deadline: Deadline): Promise<T> {
  const left = deadline.at - Date.now();
  if (left <= 0) return Promise.reject(new OutOfTime(false));
  const work = start();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutOfTime(true)), left);
  });
  work.catch(() => undefined); // a killed worker rejects its job after we gave up on it
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
