// Tesseract itself, driven through tesseract.js' own wasm build (tesseract.js-core) from inside the
// OCR thread. tesseract.js' worker holds one language at a time (a switch is a new TessBaseAPI and
// Init: 0.2–0.4 s on a 2-core machine, 2–4 switches a photo with text) and takes the picture anew
// for every reading (posted, then copied into its file system: two 6 MB copies a pass). Here each
// language keeps its own initialised instance, and a picture is written once and read by every pass.
import type { OcrLang } from '../asset-paths.ts';
import type { Box } from '../../analysis/types.ts';

/** The parts of tesseract.js-core's module this engine uses. */
export interface TessModule {
  FS: {
    writeFile(path: string, data: Uint8Array, options?: { canOwn?: boolean }): void;
    rename(from: string, to: string): void;
    unlink(path: string): void;
  };
  TessBaseAPI: new () => TessApi;
  /** frees an object the API handed out (WebIDL binder) */
  destroy(object: unknown): void;
}

interface TessApi {
  Init(dataPath: string | null, lang: string, oem: number): number;
  SetVariable(name: string, value: string): boolean;
  SetImageFile(exifOrientation?: number, angle?: number): number;
  Recognize(monitor: null): number;
  AnalyseLayout(): unknown;
  GetUTF8Text(): string;
  GetJSONText(): string;
  MeanTextConf(): number;
  Clear(): void;
}

/** tesseract.js-core's module factory (the global `TesseractCore` of its script, its Node export). */
export type TessCoreFactory = (options: Record<string, unknown>) => Promise<TessModule>;

/** Options for the factory: its .wasm from where the host says, and nothing printed (it reports
 *  every resolution estimate and every chi_sim config line the LSTM build does not know). */
export function coreOptions(wasmLocation: string): Record<string, unknown> {
  const quiet = () => undefined;
  return { locateFile: () => wasmLocation, print: quiet, printErr: quiet, TesseractProgress: quiet };
}

/** tesseract.js-core reads the page from this file. */
const INPUT = '/input';
const LSTM_ONLY = 1;

/**
 * Parameters that Tesseract keeps in process-wide globals, not per instance: chi_sim's config
 * (inside its traineddata) sets them for CJK (blob edges, row and word segmentation, noise sizes),
 * and they would stay in force for eng (which read e.g. "Palais du LOUVRE" as "[T 山 LOUVRE").
 * Each reading sets its language's values first: chi_sim's from its config, eng's Tesseract's defaults.
 * One row per parameter: name, chi_sim's value, eng's value.
 */
const GLOBALS: readonly (readonly [name: string, chiSim: string, eng: string])[] = [
  ['edges_use_new_outline_complexity', '1', '0'],
  ['edges_children_fix', '1', '0'],
  ['edges_max_children_per_outline', '10', '10'],
  ['edges_max_children_layers', '5', '5'],
  ['edges_children_count_limit', '1000', '45'],
  ['tosp_force_wordbreak_on_punct', '0', '0'],
  ['textord_force_make_prop_words', '1', '0'],
  ['textord_noise_sizelimit', '0.2', '0.5'],
  ['textord_noise_normratio', '6', '2'],
  ['textord_max_noise_size', '7', '7'],
  ['segment_nonalphabetic_script', '1', '0'],
  ['stopper_nondict_certainty_base', '-2', '-2.5'],
  ['textord_single_height_mode', '1', '0'],
  ['textord_use_cjk_fp_model', '1', '0'],
];
export const LANGUAGE_GLOBALS: Record<OcrLang, Readonly<Record<string, string>>> = {
  chi_sim: Object.fromEntries(GLOBALS.map(([name, chiSim]) => [name, chiSim])),
  eng: Object.fromEntries(GLOBALS.map(([name, , eng]) => [name, eng])),
};

/** Per-reading parameters that a reading may change, with the value every other reading gets. */
const READING_DEFAULTS: Readonly<Record<string, string>> = { thresholding_method: '0' };

export interface ReadingRequest {
  lang: OcrLang;
  /** a picture given to `setPicture` */
  picture: string;
  /** page segmentation mode */
  mode: string;
  /** parameters for this reading only (keys of READING_DEFAULTS) */
  params?: Readonly<Record<string, string>>;
  /** layout analysis only: the number of text blocks, no recognition */
  layoutOnly?: boolean;
}

/** One line of text as Tesseract found it, with its box in the picture read. */
export interface OcrLine { text: string; box: Box }

export interface ReadingResult {
  text: string;
  /** 0..100 (0 for a layout-only reading) */
  confidence: number;
  /** text blocks found (layout-only readings) */
  blocks: number;
  /** the lines read, with their boxes (what a safer copy covers); empty for a layout-only reading */
  lines: OcrLine[];
}

interface JsonBox { x0: number; y0: number; x1: number; y1: number }
interface JsonPage { blocks?: { paragraphs?: { lines?: { text?: string; bbox?: JsonBox }[] }[] }[] | null }

/** The lines of GetJSONText's page (blocks → paragraphs → lines), blank ones left out. */
export function linesOfPage(json: string): OcrLine[] {
  const page = JSON.parse(json) as JsonPage;
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs ?? []) {
      for (const line of paragraph.lines ?? []) {
        const text = (line.text ?? '').trim();
        const b = line.bbox;
        if (!text || !b) continue;
        lines.push({ text, box: { x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 } });
      }
    }
  }
  return lines;
}

export class TesseractEngine {
  private readonly apis = new Map<OcrLang, TessApi>();
  private readonly pictures = new Set<string>();
  /** languages whose data is in the file system, not yet initialised */
  private readonly data = new Set<OcrLang>();
  private current: string | null = null;

  /**
   * `traineddata`: each language's uncompressed .traineddata. The first language is initialised
   * now (every photo's layout check reads with it); the others at their first reading, so a photo
   * without text never pays for them (eng: ~0.35 s and its model in the heap).
   */
  constructor(private readonly module: TessModule, traineddata: ReadonlyMap<OcrLang, Uint8Array>) {
    for (const [lang, data] of traineddata) {
      module.FS.writeFile(this.dataPath(lang), data, { canOwn: true });
      this.data.add(lang);
    }
    const first = traineddata.keys().next();
    if (!first.done) this.api(first.value);
  }

  /** Keeps an encoded picture (PNM/PGM) for the readings that name it; owns `bytes` from now on. */
  setPicture(name: string, bytes: Uint8Array): void {
    this.dropPicture(name);
    this.module.FS.writeFile(this.path(name), bytes, { canOwn: true });
    this.pictures.add(name);
  }

  dropPicture(name: string): void {
    if (!this.pictures.has(name)) return;
    if (this.current === name) this.park();
    this.module.FS.unlink(this.path(name));
    this.pictures.delete(name);
  }

  read(request: ReadingRequest): ReadingResult {
    if (!this.pictures.has(request.picture)) throw new Error(`no picture ${request.picture}`);
    const api = this.api(request.lang);
    for (const [name, value] of Object.entries(LANGUAGE_GLOBALS[request.lang])) api.SetVariable(name, value);
    for (const [name, value] of Object.entries({ ...READING_DEFAULTS, ...request.params })) api.SetVariable(name, value);
    api.SetVariable('tessedit_pageseg_mode', request.mode);
    api.SetVariable('preserve_interword_spaces', '1');
    this.show(request.picture);
    if (api.SetImageFile(1, 0) === 1) throw new Error('Tesseract could not read the picture');
    try {
      if (request.layoutOnly) {
        const iterator = api.AnalyseLayout();
        if (iterator) this.module.destroy(iterator); // ours to free; the blocks stay with the page
        const blocks = (JSON.parse(api.GetJSONText()) as { blocks?: unknown[] | null }).blocks;
        return { text: '', confidence: 0, blocks: blocks?.length ?? 0, lines: [] };
      }
      api.Recognize(null);
      // the page as JSON costs ~2 ms: the boxes of the lines, for covering them in a safer copy
      return { text: api.GetUTF8Text(), confidence: api.MeanTextConf(), blocks: 0, lines: linesOfPage(api.GetJSONText()) };
    } finally {
      api.Clear(); // the page's images and results, not the language
    }
  }

  /** The language's instance, initialised at its first use; its data file goes once read. */
  private api(lang: OcrLang): TessApi {
    const ready = this.apis.get(lang);
    if (ready) return ready;
    if (!this.data.has(lang)) throw new Error(`OCR language ${lang} not loaded`);
    const api = new this.module.TessBaseAPI();
    // the language's config is read here, and its globals set (see LANGUAGE_GLOBALS)
    if (api.Init(null, lang, LSTM_ONLY) !== 0) throw new Error(`OCR language ${lang} did not initialise`);
    this.module.FS.unlink(this.dataPath(lang)); // Init has read everything it needs (LSTM only)
    this.data.delete(lang);
    this.apis.set(lang, api);
    return api;
  }

  private dataPath(lang: OcrLang): string {
    return `/${lang}.traineddata`;
  }

  /** The picture as tesseract.js-core's input file: a rename, no copy. */
  private show(name: string): void {
    if (this.current === name) return;
    this.park();
    this.module.FS.rename(this.path(name), INPUT);
    this.current = name;
  }

  private park(): void {
    if (this.current === null) return;
    this.module.FS.rename(INPUT, this.path(this.current));
    this.current = null;
  }

  private path(name: string): string {
    return `/picture-${name}`;
  }
}
