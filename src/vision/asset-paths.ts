// Where the extension ships the vision files, relative to the extension root. vite/vendor-assets.ts
// copies them there and browser.ts loads them from there: both read this one list.

/** OCR languages, read one at a time by one worker (core/ocr.ts); a new worker starts with the first. */
export const OCR_LANGS = ['chi_sim', 'eng'] as const;

export const VENDOR = {
  tesseractWorker: 'vendor/tesseract/worker.min.js',
  tesseractCoreDir: 'vendor/tesseract/core',
  tesseractLangDir: 'vendor/tesseract/lang',
  faceModelDir: 'vendor/face-api/model',
  humanModelDir: 'vendor/human/models',
  tfjsWasmDir: 'vendor/tfjs-wasm',
} as const;

/** face-api weights we use: its age/gender net only (faces are found by the two models below). */
export const FACE_MODEL_FILES = ['age_gender_model-weights_manifest.json', 'age_gender_model.bin'] as const;

/** @vladmandic/human graph models we use: BlazeFace full range (finds faces), FaceMesh (confirms
 *  them), FaceRes (second opinion on age). */
export const HUMAN_MODEL_FILES = ['blazeface.json', 'blazeface.bin', 'facemesh.json', 'facemesh.bin', 'faceres.json', 'faceres.bin'] as const;

/** tfjs wasm binaries; single-threaded only (threads spawn blob: workers that hang in extension pages). */
export const TFJS_WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/** tesseract.js picks one of these by CPU support; we always run LSTM only, so only -lstm cores load. */
export const TESSERACT_CORE_FILES = [
  'tesseract-core-lstm.wasm.js',
  'tesseract-core-simd-lstm.wasm.js',
  'tesseract-core-relaxedsimd-lstm.wasm.js',
] as const;

/** tesseract.js language data: 4.0.0_best_int from @tesseract.js-data, both in one folder. */
export const OCR_LANG_DATA = 'traineddata.gz';
export const OCR_DATA_VERSION = '4.0.0_best_int';
