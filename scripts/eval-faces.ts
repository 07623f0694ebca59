// `npm run eval:faces`: the face code on all 960 labelled FairFace crops — the 800 of faces-more
// (tune half and held-out half apart, then the whole) and the 160 of faces — with "called child"
// per age band and per race group. The evaluation test gates on a fixed subset (test/eval/faces.test.ts):
// the whole set takes minutes on a shared 2-core machine.
import { loadNodeFaceModels } from '../src/vision/node/face-models.ts';
import { unloadFaceModels } from '../src/vision/core/face-models.ts';
import { readFaceLabels } from '../src/vision/eval/ground-truth.ts';
import { callFaces, faceReport, stratifiedSubset } from '../src/vision/eval/face-eval.ts';

const models = await loadNodeFaceModels();
try {
  const started = performance.now();
  const more = await callFaces(models, 'faces-more', readFaceLabels('faces-more'));
  const seconds = (performance.now() - started) / 1000;
  const tune = new Set(stratifiedSubset(readFaceLabels('faces-more'), 2, 0).map((l) => l.file));
  for (const line of faceReport('faces-more, tune half (settings chosen on it)', more.filter((c) => tune.has(c.label.file)))) console.log(line);
  for (const line of faceReport('faces-more, held-out half', more.filter((c) => !tune.has(c.label.file)))) console.log(line);
  for (const line of faceReport('faces-more, all', more)) console.log(line);
  console.log(`faces-more: ${seconds.toFixed(1)} s, ${((1000 * seconds) / more.length).toFixed(0)} ms a crop`);
  for (const line of faceReport('faces (the quick gate)', await callFaces(models, 'faces', readFaceLabels('faces')))) console.log(line);
} finally {
  unloadFaceModels(models);
}
