// Writes the face samples of all 800 faces-more crops to .cache/face-samples.json (minutes on a
// shared 2-core machine); scripts/train-face-head.ts reads them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadNodeFaceModels } from '../../src/vision/node/face-models.ts';
import { unloadFaceModels } from '../../src/vision/core/face-models.ts';
import { readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { faceSamples } from './features.ts';

export const SAMPLES_FILE = '.cache/face-samples.json';

export async function extractSamples(): Promise<void> {
  const models = await loadNodeFaceModels();
  try {
    const labels = readFaceLabels('faces-more');
    const samples = await faceSamples(models, 'faces-more', labels, (i) => { if (i % 50 === 0) console.log(`${i}/${labels.length}`); });
    mkdirSync('.cache', { recursive: true });
    writeFileSync(SAMPLES_FILE, JSON.stringify(samples));
  } finally {
    unloadFaceModels(models);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await extractSamples();
