// `npm run train`: builds src/analysis/model/text-model.json from the labelled corpora
// (test/corpus/*.jsonl but the blind rounds, ../shared/corpus/drafts.jsonl,
// ../shared/corpus/real/posts.jsonl). Deterministic: fixed seeds, a fixed order, the same file on
// every run. Run it again whenever the normalisation or the corpora change.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HASH_BITS } from '../src/analysis/model/features.ts';
import { loadCorpora } from './text-model/corpora.ts';
import { asShipped, chooseThresholds, modelP, outOfFold, prepare, quantize } from './text-model/cross-validate.ts';
import { chooseUnseenAdd, loadFirstSight } from './text-model/first-sight.ts';
import { DEFAULT_OPTIONS, learn } from './text-model/learn.ts';
import { learnStack } from './text-model/stack-learn.ts';

const FOLDS = 5;
const SEED = 20261207;

const examples = loadCorpora();
const data = prepare(examples);
// thresholds from out-of-fold scores over all the training data, then one model on all of it
const rows = outOfFold(data, examples.map((_, i) => i), FOLDS, SEED);
const thresholds = chooseThresholds(data, rows);
// the second stage learns from the same out-of-fold scores (how the model does on unseen texts)
const stack = learnStack(data, rows, FOLDS, SEED + 101);
const model = learn(examples, data.vectors, DEFAULT_OPTIONS);
// where the model's own score adds a warning: chosen with the blind rounds at first sight
const asFile = asShipped(model, thresholds);
const unseenAdd = chooseUnseenAdd(data, rows, loadFirstSight(), (v) => modelP(asFile, v));
const { scale, q } = quantize(model);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const file = {
  about: 'Child Guard text model: logistic regression over hashed n-grams (src/analysis/model/features.ts), int8 weights. Built by `npm run train`; do not edit.',
  trainedOn: {
    texts: examples.length,
    risk: examples.filter((e) => e.label === 1).length,
    real: examples.filter((e) => e.corpus === 'real').length,
    drafts: examples.filter((e) => e.corpus === 'drafts').length,
  },
  options: DEFAULT_OPTIONS,
  hashBits: HASH_BITS,
  scale,
  bias: model.bias,
  thresholds: { zh: { add: round(thresholds.zh.add), temper: round(thresholds.zh.temper) }, en: { add: round(thresholds.en.add), temper: round(thresholds.en.temper) } },
  unseenAdd,
  stack: { ...stack, thresholds: { zh: { add: round(stack.thresholds.zh.add), temper: round(stack.thresholds.zh.temper) }, en: { add: round(stack.thresholds.en.add), temper: round(stack.thresholds.en.temper) } } },
  weights: Buffer.from(q.buffer).toString('base64'),
};
const out = resolve(process.cwd(), 'src/analysis/model/text-model.json');
writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
console.log(`${examples.length} texts (${file.trainedOn.risk} risk); thresholds ${JSON.stringify(file.thresholds)}, second stage ${JSON.stringify(file.stack.thresholds)}, the model's own add ${JSON.stringify(unseenAdd)}; ${out} ${(JSON.stringify(file).length / 1024).toFixed(0)} KB`);
