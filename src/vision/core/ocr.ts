// Text in the picture, in the OCR thread (ocr-thread.ts), which holds two engines and each picture
// once: PaddleOCR (paddle-engine.ts: PP-OCRv4 mobile detection + recognition) and Tesseract
// (tesseract-engine.ts). The recipe, measured on testdata/ocr (figures in src/vision/README.md,
// "PaddleOCR and Tesseract"):
// 1. Tesseract's layout only, no recognition (a few ms to 0.2 s), on the picture, on its
//    light-on-dark copy (threshold.ts), and on the picture with a white margin: no text block in
//    any → no text, and PaddleOCR never loads.
// 2. PaddleOCR reads the picture (padded with white). It finds most of the Chinese, and most of
//    the Latin text as well. When it is unsure (or found nothing) it reads the picture upside down
//    too, and the surer side is kept.
// 3. Tesseract's eng reads that side as one block (PSM 6) and as one column with its local
//    (Sauvola) threshold (PSM 4): Latin lines that PaddleOCR's Chinese net misreads (receipts);
//    their lines inside a line PaddleOCR read as Chinese are dropped (eng reads Chinese as noise).
// 4. chi_sim reads the light-on-dark copy as sparse text (PSM 11): a sign's line PaddleOCR misread.
// A read that runs over its time budget kills the thread (neither engine can be interrupted) and
// returns what it had, marked cut short. The budget is stretched on a slow or busy machine
// (machine-pace.ts), timed by the sign copy each picture needs anyway.
import type { RgbaImage } from './image.ts';
import { pgmFile, rotate180, toPnm } from './image.ts';
import { invertedSauvola } from './threshold.ts';
import { IdleResource } from './idle-resource.ts';
import { MachinePace, MAX_SLOWDOWN } from './machine-pace.ts';
import type { OcrThread } from './ocr-thread.ts';
import type { OcrLine } from './tesseract-engine.ts';
import type { Box } from '../../analysis/types.ts';
import { withMargin } from './margin.ts';
import type { OcrLang } from '../asset-paths.ts';

export const LAYOUT_PAGE_MODE = '3';
export const BLOCK_PAGE_MODE = '6';
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
const MARGIN = 'margin';
/** Below this confidence of PaddleOCR's upright reading (0..100; 0 when it found nothing) the
 *  picture is also read upside down, and the surer side kept. */
export const PADDLE_RETRY_BELOW = 60;
/** PaddleOCR's models load once (~3 s on a quiet 2-core machine); past this the picture's text check fails. */
const PADDLE_LOAD_LIMIT_MS = 30_000;
/** chi_sim on the sign copy as sparse text: +2 zh key strings on testdata/ocr after PaddleOCR and
 *  the Latin readings (a gym sign's phone number, a product banner's line), none lost without it. */
const SIGN_READING: Pass = { lang: 'chi_sim', picture: SIGNS, mode: '11' };
/** Tesseract's readings after PaddleOCR's, chosen on testdata/ocr (src/vision/README.md, "PaddleOCR"). */
const LATIN_READINGS: readonly Pass[] = [
  { lang: 'eng', picture: PICTURE, mode: BLOCK_PAGE_MODE },
  { lang: 'eng', picture: PICTURE, mode: COLUMN_PAGE_MODE, params: SAUVOLA },
];

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
    let budget = budgetMs * MAX_SLOWDOWN;
    const deadline: Deadline = { at: started + budget };
    // the budget reported is reading time; PaddleOCR's load moves the deadline, not the budget
    const result = (readings: Reading[], cutShort: boolean) => joined(readings, cutShort, budget);
    const kept: Reading[] = [];
    let handed = [PICTURE, SIGNS]; // the thread ignores a drop of a picture it never got
    try {
      await this.hand(PICTURE, toPnm(image), deadline);
      // the thread looks for text blocks in the picture while the sign copy is made here
      const pictureLayout = this.hasTextBlock(PICTURE, deadline);
      pictureLayout.catch(() => undefined); // a failure is thrown by the await below
      const copyStarted = performance.now();
      const signs = signsPicture(image);
      budget = budgetMs * this.pace.observe(performance.now() - copyStarted, image.width * image.height);
      deadline.at = started + budget;
      await this.hand(SIGNS, signs, deadline);
      const pictureHasText = await pictureLayout;
      if (!pictureHasText && !(await this.hasTextBlock(SIGNS, deadline))) {
        // a crop whose text runs to its edges shows no block until it has a margin (a shop sign's
        // two words); photos without text still show none (testdata's 7 negatives)
        handed.push(MARGIN);
        await this.hand(MARGIN, toPnm(withMargin(image)), deadline);
        if (!(await this.hasTextBlock(MARGIN, deadline))) return result([], false);
      }
      // PaddleOCR loads at the first picture with text; its load, like chi_sim's, is not reading time
      const loadStarted = Date.now();
      await withDeadline(() => this.thread.use((t) => t.loadPaddle()), { at: loadStarted + PADDLE_LOAD_LIMIT_MS });
      deadline.at += Date.now() - loadStarted;
      let side = PICTURE;
      const upright = await this.readPaddle(PICTURE, false, deadline);
      kept.push(upright);
      if (upright.confidence < PADDLE_RETRY_BELOW) {
        const turned = await this.readPaddle(PICTURE, true, deadline);
        if (turned.confidence > upright.confidence) {
          kept.splice(0, kept.length, turnedBack(turned, image));
          side = TURNED;
          handed.push(TURNED);
          await this.hand(TURNED, toPnm(rotate180(image)), deadline);
        }
      }
      // Tesseract's readings of Latin text, on the side PaddleOCR kept: they add what PaddleOCR's
      // Chinese net reads wrong in Latin script (see LATIN_READINGS), and nothing where
      // PaddleOCR read Chinese (eng reads Chinese as Latin noise)
      const chinese = kept[0].lines.filter((l) => CJK.test(l.text)).map((l) => l.box);
      for (const pass of LATIN_READINGS) {
        const reading = await this.recognize({ ...pass, picture: side }, deadline);
        kept.push(outside(side === TURNED ? turnedBack(reading, image) : reading, chinese));
      }
      // last, so that the budget runs out on it first: chi_sim reads the light-on-dark copy as
      // sparse text, where PaddleOCR misread a sign's line (see SIGN_READING)
      if (side === PICTURE) kept.push(await this.recognize(SIGN_READING, deadline));
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

  private async readPaddle(picture: string, turned: boolean, deadline: Deadline): Promise<Reading> {
    const page = await withDeadline(() => this.thread.use((t) => t.readPaddle({ picture, turned })), deadline);
    return { text: page.text, confidence: page.confidence, lines: page.lines };
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

const CJK = /[\u3400-\u9fff]/;

/** The reading without its lines that lie mostly (over half their box) inside one of `boxes`. */
function outside(r: Reading, boxes: Box[]): Reading {
  if (!boxes.length) return r;
  const lines = r.lines.filter((l) => !boxes.some((b) => overlap(l.box, b) > 0.5 * l.box.width * l.box.height));
  if (lines.length === r.lines.length) return r;
  return { ...r, text: tidy(lines.map((l) => l.text).join('\n')), lines };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
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
