// The OCR thread (a Web Worker in the analysis document, a worker thread in Node) and the messages
// between it and OcrReader. Neither Tesseract nor onnxruntime can be interrupted, so both engines
// run off the caller's thread and a reading over its time budget ends by terminating the thread.
// A picture crosses once (transferred, no copy) and every reading of it names it.
import type { OcrLang } from '../asset-paths.ts';
import type { ReadingRequest, ReadingResult, TesseractEngine } from './tesseract-engine.ts';
import type { PaddleEngine } from './paddle-engine.ts';
import { rotate180, type RgbaImage } from './image.ts';

/** Where the thread finds tesseract.js-core and the language data (URLs in a browser, paths in Node). */
export interface OcrThreadStart {
  type: 'start';
  core: string;
  wasm: string;
  langs: { lang: OcrLang; data: string }[];
  /** PaddleOCR's files: loaded at the first picture with text, not at the thread's start */
  paddle: PaddleFiles;
}

export interface PaddleFiles {
  detection: string;
  recognition: string;
  keys: string;
  /** onnxruntime-web's wasm binary in Node; the browsers' OCR thread knows its own (browser/paddle.ts) */
  ortWasm?: string;
}

/** What the thread holds: Tesseract from the start, PaddleOCR once asked for. */
export interface OcrEngines {
  tesseract: TesseractEngine;
  loadPaddle(): Promise<PaddleEngine>;
}

/** A PaddleOCR reading of a picture handed over (PNM), upright or turned 180°. */
export interface PaddleRequest { picture: string; turned?: boolean }

type Job =
  | { type: 'picture'; name: string; bytes: Uint8Array }
  | { type: 'drop'; name: string }
  | { type: 'read'; request: ReadingRequest }
  | { type: 'paddle-load' }
  | { type: 'paddle'; request: PaddleRequest };
type Request = Job & { id: number };

type Reply = { id: number; ok: true; result?: ReadingResult } | { id: number; ok: false; error: string };
/** Sent once the engine is up (or could not start), under the id 0 no request uses. */
const STARTED = 0;

/** What OcrReader holds. */
export interface OcrThread {
  /** hands `bytes` over (the caller must not use them afterwards) */
  setPicture(name: string, bytes: Uint8Array): Promise<void>;
  dropPicture(name: string): Promise<void>;
  read(request: ReadingRequest): Promise<ReadingResult>;
  /** loads PaddleOCR's models (once; seconds the first time) */
  loadPaddle(): Promise<void>;
  readPaddle(request: PaddleRequest): Promise<ReadingResult>;
  terminate(): Promise<void>;
}

/** The caller's side of a Worker or worker_threads Worker. */
export interface ThreadHandle {
  post(message: unknown, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (message: unknown) => void): void;
  /** the thread died (a load error, a crash) */
  onFailure(listener: (error: Error) => void): void;
  terminate(): Promise<unknown> | void;
}

/** Starts the engine in the thread; resolves once it is up (its first language initialised). */
export async function startOcrThread(handle: ThreadHandle, start: OcrThreadStart): Promise<OcrThread> {
  const waiting = new Map<number, { resolve: (r: ReadingResult | undefined) => void; reject: (e: Error) => void }>();
  const started = new Promise<ReadingResult | undefined>((resolve, reject) => waiting.set(STARTED, { resolve, reject }));
  let nextId = 1;
  let failure: Error | null = null;
  handle.onMessage((message) => {
    if (!isReply(message)) return;
    const job = waiting.get(message.id);
    if (!job) return;
    waiting.delete(message.id);
    if (message.ok) job.resolve(message.result);
    else job.reject(new Error(message.error));
  });
  const fail = (error: Error) => {
    failure ??= error;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  handle.onFailure(fail);
  handle.post(start);
  try {
    await started;
  } catch (e) {
    await handle.terminate();
    throw e;
  }
  const call = (request: Job, transfer?: ArrayBuffer[]) => new Promise<ReadingResult | undefined>((resolve, reject) => {
    if (failure) return reject(failure);
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    handle.post({ ...request, id }, transfer);
  });
  return {
    async setPicture(name, bytes) {
      // a view on part of a bigger buffer would hand the whole buffer over: copy just the view then
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      await call({ type: 'picture', name, bytes: own }, [own.buffer as ArrayBuffer]);
    },
    async dropPicture(name) {
      await call({ type: 'drop', name });
    },
    async read(request) {
      const result = await call({ type: 'read', request });
      if (!isResult(result)) throw new Error('OCR thread: malformed reading');
      return result;
    },
    async loadPaddle() {
      await call({ type: 'paddle-load' });
    },
    async readPaddle(request) {
      const result = await call({ type: 'paddle', request });
      if (!isResult(result)) throw new Error('OCR thread: malformed reading');
      return result;
    },
    async terminate() {
      fail(new Error('OCR thread terminated'));
      await handle.terminate();
    },
  };
}

/** The thread's side: the first message says where the engine's files are, the rest are jobs. */
export function serveOcr(
  port: { post(message: unknown): void; onMessage(listener: (message: unknown) => void): void },
  startEngine: (start: OcrThreadStart) => Promise<OcrEngines>,
): void {
  let engine: Promise<OcrEngines> | null = null;
  let paddle: Promise<PaddleEngine> | null = null;
  // PaddleOCR reads the same PNM bytes Tesseract's file system owns (never written to there)
  const pictures = new Map<string, Uint8Array>();
  let queue: Promise<unknown> = Promise.resolve();
  port.onMessage((message) => {
    if (isStart(message)) {
      if (engine) return;
      engine = startEngine(message);
      engine.then(
        () => port.post({ id: STARTED, ok: true } satisfies Reply),
        (error) => port.post({ id: STARTED, ok: false, error: `OCR engine did not start: ${String((error as Error)?.message ?? error)}` } satisfies Reply),
      );
      return;
    }
    if (!isRequest(message)) return;
    queue = queue.then(async () => {
      try {
        if (!engine) throw new Error('OCR thread not started');
        const engines = await engine;
        const e = engines.tesseract;
        if (message.type === 'picture') {
          e.setPicture(message.name, message.bytes);
          pictures.set(message.name, message.bytes);
        } else if (message.type === 'drop') {
          e.dropPicture(message.name);
          pictures.delete(message.name);
        } else if (message.type === 'paddle-load') {
          paddle ??= engines.loadPaddle();
          paddle.catch(() => { paddle = null; }); // tried again at the next picture
          await paddle;
        } else if (message.type === 'paddle') {
          const bytes = pictures.get(message.request.picture);
          if (!bytes) throw new Error(`no picture ${message.request.picture}`);
          if (!paddle) throw new Error('PaddleOCR not loaded');
          const image = fromPnm(bytes);
          const result = await (await paddle).read(message.request.turned ? rotate180(image) : image);
          port.post({ id: message.id, ok: true, result } satisfies Reply);
          return;
        } else {
          port.post({ id: message.id, ok: true, result: e.read(message.request) } satisfies Reply);
          return;
        }
        port.post({ id: message.id, ok: true } satisfies Reply);
      } catch (error) {
        port.post({ id: message.id, ok: false, error: String((error as Error)?.message ?? error) } satisfies Reply);
      }
    });
  });
}

/** A P6 file as toPnm writes it (one space or newline between the header's fields), as RGBA. */
export function fromPnm(file: Uint8Array): RgbaImage {
  const header = /^P6\s(\d+)\s(\d+)\s255\s/.exec(new TextDecoder('latin1').decode(file.subarray(0, 40)));
  if (!header) throw new Error('not a P6 picture');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const rgb = file.subarray(header[0].length);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
    data[i] = rgb[j];
    data[i + 1] = rgb[j + 1];
    data[i + 2] = rgb[j + 2];
    data[i + 3] = 255;
  }
  return { width, height, data };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isStart(x: unknown): x is OcrThreadStart {
  return isObject(x) && x.type === 'start' && typeof x.core === 'string' && typeof x.wasm === 'string' && Array.isArray(x.langs) && isObject(x.paddle);
}

function isRequest(x: unknown): x is Request {
  if (!isObject(x) || typeof x.id !== 'number') return false;
  if (x.type === 'picture') return typeof x.name === 'string' && x.bytes instanceof Uint8Array;
  if (x.type === 'drop') return typeof x.name === 'string';
  if (x.type === 'paddle-load') return true;
  if (x.type === 'paddle') return isObject(x.request) && typeof x.request.picture === 'string';
  if (x.type !== 'read' || !isObject(x.request)) return false;
  const r = x.request;
  return typeof r.lang === 'string' && typeof r.picture === 'string' && typeof r.mode === 'string';
}

function isReply(x: unknown): x is Reply {
  return isObject(x) && typeof x.id === 'number' && typeof x.ok === 'boolean';
}

function isResult(x: unknown): x is ReadingResult {
  return isObject(x) && typeof x.text === 'string' && typeof x.confidence === 'number' && typeof x.blocks === 'number';
}
