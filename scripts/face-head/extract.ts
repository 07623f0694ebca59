// Writes the face samples of all 800 faces-more crops to .cache/face-samples.json (minutes on a
// shared 2-core machine), with GEAR's outputs when its files are at GEAR_DIR (gear.ts); explore.ts
// and explore-gear.ts read them.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeFaceModels } from '../../src/vision/node/face-models.ts';
import { unloadFaceModels } from '../../src/vision/core/face-models.ts';
import { readFaceLabels } from '../../src/vision/eval/ground-truth.ts';
import { faceSamples } from './features.ts';
import { GEAR_DIR, loadGear } from './gear.ts';

export const SAMPLES_FILE = '.cache/face-samples.json';

export async function extractSamples(): Promise<void> {
  const models = await loadNodeFaceModels();
  const gear = existsSync(join(GEAR_DIR, 'gear.json')) ? await loadGear(models.tf) : undefined;
  if (!gear) console.log(`no ${GEAR_DIR}/gear.json: samples without GEAR's outputs (explore-gear.ts needs them)`);
  try {
    const labels = readFaceLabels('faces-more');
    const samples = await faceSamples(models, 'faces-more', labels, (i) => { if (i % 50 === 0) console.log(`${i}/${labels.length} ${new Date().toISOString()}`); }, gear);
    mkdirSync('.cache', { recursive: true });
    writeFileSync(SAMPLES_FILE, JSON.stringify(samples));
  } finally {
    unloadFaceModels(models);
    gear?.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await extractSamples();
