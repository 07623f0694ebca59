// The one photo analyzer: metadata, then faces and text on decoded pixels, the two at the same time
// (faces on this thread, text on the OCR thread). Hosts (Node, the Chrome offscreen document, the
// Firefox frame of the event page) only supply decoding and model loading.
import type { PhotoFacts } from '../../analysis/types.ts';
import type { AnalyzeOptions, PhotoAnalyzer } from '../types.ts';
import type { RgbaImage } from './image.ts';
import type { FaceModels } from './face-models.ts';
import type { ImageFormat, ImageHeader } from './sniff.ts';
import { findFaces } from './faces.ts';
import { OcrReader } from './ocr.ts';
import type { OcrThread } from './ocr-thread.ts';
import { IdleResource } from './idle-resource.ts';
import { contentId } from './content-id.ts';
import { sniffImage } from './sniff.ts';
import { PROBLEM, problemBeforeDecoding } from './problems.ts';

export interface DecodedPhoto {
  /** analysis copy: oriented, flattened on white, at most `maxSide` wide and high */
  image: RgbaImage;
  /** size of the photo as displayed (oriented, before downscaling) */
  width: number;
  height: number;
  /** the decoder reported damage but produced pixels */
  damaged?: boolean;
}

export interface DecodeLimits {
  maxSide: number;
  maxPixels: number;
  /** EXIF orientation from the metadata, when known: lets a host shrink while decoding */
  orientation?: number;
}

export interface VisionHost {
  /** formats this host can turn into pixels */
  decodable: ReadonlySet<ImageFormat>;
  /** throws on undecodable data; must refuse more than `maxPixels` without allocating them */
  decode(bytes: Uint8Array, header: ImageHeader, limits: DecodeLimits): Promise<DecodedPhoto>;
  /** BlazeFace, FaceMesh and face-api's age net, on tfjs' wasm backend */
  loadFaceModels(): Promise<FaceModels>;
  unloadFaceModels(models: FaceModels): Promise<void> | void;
  /** the OCR thread with every OCR_LANGS language loaded (LSTM only; eng initialises at its first reading) */
  startOcrThread(): Promise<OcrThread>;
  /** metadata facts from the bytes (the engine's reader); faces and text empty */
  readMetadata(bytes: Uint8Array, id: string, name?: string): Promise<PhotoFacts>;
}

export interface AnalyzerSettings {
  /** release the OCR thread and face models after this long unused */
  idleMs: number;
  /** stop OCR after this long and report `textCutShort`; stretched up to 2× on a slower or busy
   *  machine (core/machine-pace.ts). 4 s: on a slower 2-core machine 3 s cut 5 of testdata's 29
   *  pictures short (en 25/32, under the 80 % goal), 4 s 2 of them (26/32), as 3 s did on a faster
   *  one. Send waits up to 9 s for a photo (content/check-draft.ts). */
  ocrBudgetMs: number;
  /** refuse pictures with more pixels than this (a 60 MP image is refused; 48 MP phones pass) */
  maxPixels: number;
  /** analysis size: longest side after downscaling */
  maxSide: number;
  /** results remembered per content hash */
  cacheSize: number;
}

export const DEFAULT_SETTINGS: AnalyzerSettings = {
  idleMs: 60_000,
  ocrBudgetMs: 4_000,
  maxPixels: 50_000_000,
  maxSide: 1600,
  cacheSize: 64,
};

export interface CorePhotoAnalyzer extends PhotoAnalyzer {
  /** whether the face models / OCR worker are in memory now (lifecycle tests, benches) */
  readonly loaded: { faces: boolean; text: boolean };
}

export function createPhotoAnalyzer(host: VisionHost, overrides: Partial<AnalyzerSettings> = {}): CorePhotoAnalyzer {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const faceModels = new IdleResource(() => host.loadFaceModels(), (m) => host.unloadFaceModels(m), settings.idleMs);
  const ocr = new OcrReader(() => host.startOcrThread(), settings.idleMs);
  const cache = new Map<string, PhotoFacts>();
  let queue: Promise<unknown> = Promise.resolve();

  async function analyzeNow(bytes: Uint8Array, options: AnalyzeOptions): Promise<PhotoFacts> {
    const id = await contentId(bytes);
    const cached = cache.get(id);
    if (cached) return { ...structuredClone(cached), name: options.name ?? cached.name };

    const facts = await metadataFacts(bytes, id, options.name);
    const header = sniffImage(bytes);
    const problem = problemBeforeDecoding(bytes.length, header, host.decodable, settings.maxPixels);
    if (problem) return remember({ ...facts, error: problem });

    let decoded: DecodedPhoto;
    try {
      decoded = await host.decode(bytes, header, { maxSide: settings.maxSide, maxPixels: settings.maxPixels, orientation: facts.orientation });
    } catch (e) {
      return remember({ ...facts, error: (e as Error & { photoProblem?: string }).photoProblem ?? PROBLEM.undecodable });
    }
    facts.width ??= decoded.width;
    facts.height ??= decoded.height;
    const errors: string[] = header.truncated ? [PROBLEM.truncated] : decoded.damaged ? [PROBLEM.damaged] : [];
    if (options.signal?.aborted) return { ...facts, error: PROBLEM.cancelled };

    // faces (this thread) and text (the OCR thread) at the same time; OCR is asked first so that
    // its thread gets the picture before the face models hold this one
    const scale = decoded.width / decoded.image.width;
    const text = ocr.read(decoded.image, settings.ocrBudgetMs).then((read) => {
      facts.text = read.text;
      if (read.lines.length) facts.textLines = read.lines.map((l) => ({ text: l.text, box: scaleBox(l.box, scale) }));
      facts.checked.text = true;
      if (read.cutShort) facts.textCutShort = true;
    });
    const faces = faceModels.use((models) => findFaces(models, decoded.image)).then((found) => {
      facts.faces = found.map((f) => ({ ...f, box: scaleBox(f.box, scale) }));
      facts.checked.faces = true;
    });
    const [facesDone, textDone] = await Promise.allSettled([faces, text]);
    if (facesDone.status === 'rejected') errors.push(PROBLEM.faces);
    if (textDone.status === 'rejected') errors.push(PROBLEM.text);
    if (options.signal?.aborted) return { ...facts, error: PROBLEM.cancelled };
    if (errors.length) facts.error = errors.join(' ');
    return remember(facts);
  }

  async function metadataFacts(bytes: Uint8Array, id: string, name?: string): Promise<PhotoFacts> {
    try {
      const facts = await host.readMetadata(bytes, id, name);
      return { ...facts, id, name, faces: [], text: '', checked: { ...facts.checked, faces: false, text: false } };
    } catch {
      return { id, name, gps: null, faces: [], text: '', checked: { metadata: false, faces: false, text: false } };
    }
  }

  function remember(facts: PhotoFacts): PhotoFacts {
    cache.delete(facts.id);
    cache.set(facts.id, structuredClone(facts));
    while (cache.size > settings.cacheSize) cache.delete(cache.keys().next().value as string);
    return facts;
  }

  return {
    analyze(bytes, options = {}) {
      // one photo at a time: the worker and the models are single instances
      const run = queue.then(() => analyzeNow(bytes, options));
      queue = run.catch(() => undefined);
      return run.catch((e) => ({
        id: 'unreadable', name: options.name, gps: null, faces: [], text: '',
        checked: { metadata: false, faces: false, text: false }, error: `${PROBLEM.undecodable} (${(e as Error).message})`,
      }));
    },
    async dispose() {
      await Promise.all([faceModels.release(), ocr.dispose()]);
      cache.clear();
    },
    get loaded() {
      return { faces: faceModels.loaded, text: ocr.loaded };
    },
  };
}

function scaleBox(b: { x: number; y: number; width: number; height: number }, s: number) {
  return { x: Math.round(b.x * s), y: Math.round(b.y * s), width: Math.round(b.width * s), height: Math.round(b.height * s) };
}
