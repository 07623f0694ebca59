// Text in the picture with tesseract.js. First a cheap probe with PSM 3 (automatic layout): on a
// photo without text it finds no word in ~0.1 s, where PSM 6 would spend seconds reading foliage as
// letters; on testdata it found no word only where no recipe found anything. Then the recipe measured
// best on testdata/ocr (platform notes, confirmed in test/eval/ocr.test.ts): PSM 6 (one block) and
// PSM 11 (sparse text) joined with the probe; when the best confidence is low, the same upside down,
// keeping the more confident reading. One worker,
// reused; a read that runs over its time budget kills the worker (tesseract cannot be interrupted)
// and returns what it had, marked cut short.
import type { Worker } from 'tesseract.js';
import type { RgbaImage } from './image.ts';
import { rotate180, toPnm } from './image.ts';
import { IdleResource } from './idle-resource.ts';

export const PROBE_PAGE_MODE = '3';
export const OCR_PAGE_MODES = ['6', '11'] as const;
/** Below this mean word confidence the picture is also read upside down. */
export const RETRY_ROTATED_BELOW = 50;

export interface OcrResult {
  text: string;
  /** 0..100, of the reading kept */
  confidence: number;
  cutShort: boolean;
}

interface Reading { text: string; confidence: number }

class OutOfTime extends Error {
  constructor(readonly workerBusy: boolean) { super('OCR time budget spent'); }
}

export class OcrReader {
  private readonly worker: IdleResource<Worker>;

  constructor(createWorker: () => Promise<Worker>, idleMs: number) {
    this.worker = new IdleResource(createWorker, (w) => w.terminate().then(() => undefined), idleMs);
  }

  get loaded(): boolean {
    return this.worker.loaded;
  }

  /** Reads the text within `budgetMs`, counted once the worker is up (a cold start is ~0.5 s). */
  async read(image: RgbaImage, budgetMs: number): Promise<OcrResult> {
    await this.worker.use(async () => undefined);
    const deadline = Date.now() + budgetMs;
    const readings: Reading[] = [];
    try {
      let probe = await this.recognize(toPnm(image), PROBE_PAGE_MODE, deadline);
      if (!/\S/.test(probe.text)) {
        // upside-down text can look like no text at all to the layout analysis
        const turned = rotate180(image);
        probe = await this.recognize(toPnm(turned), PROBE_PAGE_MODE, deadline);
        if (!/\S/.test(probe.text)) return { text: '', confidence: probe.confidence, cutShort: false };
        image = turned;
      }
      readings.push(probe);
      const first = await this.readOneWay(image, deadline);
      readings[0] = { text: joinReadings([first.text, probe.text]), confidence: first.confidence };
      if (first.confidence < RETRY_ROTATED_BELOW) {
        readings.push(await this.readOneWay(rotate180(image), deadline));
      }
      return { ...best(readings), cutShort: false };
    } catch (e) {
      if (!(e instanceof OutOfTime)) throw e;
      if (e.workerBusy) await this.worker.release(); // the only way to stop tesseract mid-page
      return { ...best(readings), cutShort: true };
    }
  }

  async dispose(): Promise<void> {
    await this.worker.release();
  }

  private async readOneWay(image: RgbaImage, deadline: number): Promise<Reading> {
    const pnm = toPnm(image);
    const parts: Reading[] = [];
    for (const mode of OCR_PAGE_MODES) parts.push(await this.recognize(pnm, mode, deadline));
    return { text: joinReadings(parts.map((p) => p.text)), confidence: Math.max(...parts.map((p) => p.confidence)) };
  }

  private async recognize(pnm: Uint8Array, mode: string, deadline: number): Promise<Reading> {
    const page = await withDeadline(() => this.worker.use(async (w) => {
      // no user_defined_dpi: PNM carries none and Tesseract's estimate did as well as 72 dpi and
      // better than 150 on testdata/ocr
      await w.setParameters({ tessedit_pageseg_mode: mode as never, preserve_interword_spaces: '1' });
      // tesseract.js accepts a Uint8Array of an encoded image in both hosts (typed as Buffer)
      return (await w.recognize(pnm as never)).data;
    }), deadline);
    return { text: tidy(page.text), confidence: page.confidence };
  }
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

function best(readings: Reading[]): Reading {
  return readings.reduce<Reading>((a, b) => (b.confidence > a.confidence ? b : a), { text: '', confidence: 0 });
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
