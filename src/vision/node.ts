// Node host: the CLI scanner and the tests. sharp decodes, the face models run on tfjs-wasm, tesseract.js-core
// reads in a worker thread with local language data. Nothing loads until the first photo.
import type { PhotoAnalyzer } from './types.ts';
import { createPhotoAnalyzer, type AnalyzerSettings, type CorePhotoAnalyzer } from './core/analyzer.ts';
import { decodeWithSharp, NODE_DECODABLE } from './node/decode.ts';
import { loadNodeFaceModels } from './node/face-models.ts';
import { unloadFaceModels } from './core/face-models.ts';
import { sharedFaceModels } from './core/shared-models.ts';
import { createNodeOcrThread } from './node/tesseract.ts';
import { readMetadataFacts } from './metadata.ts';

/** One set of weights per process, shared by every analyzer. */
const faceModels = sharedFaceModels(loadNodeFaceModels, unloadFaceModels);

export function createNodePhotoAnalyzer(settings: Partial<AnalyzerSettings> = {}): PhotoAnalyzer & CorePhotoAnalyzer {
  return createPhotoAnalyzer({
    decodable: NODE_DECODABLE,
    decode: (bytes, _header, limits) => decodeWithSharp(bytes, limits),
    loadFaceModels: faceModels.acquire,
    unloadFaceModels: faceModels.release,
    startOcrThread: createNodeOcrThread,
    readMetadata: readMetadataFacts,
  }, settings);
}
