// `npx tsx scripts/text-model/blind-backtest.ts [N]`: would the n-gram model read unseen wording
// better if it learnt from the blind rounds already measured? Trains the model on the training
// corpora alone, and on them plus blind rounds 7..N, and scores blind rounds N+1..last (a child's
// photo attached) with each: AUC and warn recall at a fixed share of benign drafts warned, per
// language. The model alone, without the rules, whose verdicts on the blind rounds are in-sample.
import { readdirSync, readFileSync } from 'node:fs';
import { draftExample, loadCorpora, type Draft, type Example } from './corpora.ts';
import { DEFAULT_OPTIONS, learn, probability, vectorize } from './learn.ts';

const roundOf = (f: string) => Number(/^blind-(\d+)\.jsonl$/.exec(f)?.[1] ?? NaN);
const rounds = readdirSync('test/corpus').map(roundOf).filter((n) => n >= 7).sort((a, b) => a - b);
const split = Number(process.argv[2] ?? rounds[Math.floor(rounds.length * 0.66)]);

const blind = (n: number): Example[] =>
  readFileSync(`test/corpus/blind-${n}.jsonl`, 'utf8').split('\n').filter(Boolean).flatMap((l) => draftExample(`blind-${n}`, JSON.parse(l) as Draft));

const base = loadCorpora();
const test = rounds.filter((n) => n > split).flatMap(blind).filter((e) => e.photo === 'child');

function report(name: string, train: Example[]): void {
  const model = learn(train, train.map((e) => vectorize(e.text)), DEFAULT_OPTIONS);
  for (const lang of ['zh', 'en']) {
    const scored = test.filter((e) => (e.lang === 'en') === (lang === 'en')).map((e) => ({ e, p: probability(model, vectorize(e.text)) }));
    const risky = scored.filter((r) => r.e.expect === 'warn');
    const benign = scored.filter((r) => r.e.expect === 'none').map((r) => r.p).sort((a, b) => b - a);
    let auc = 0;
    for (const a of risky) for (const b of benign) auc += a.p > b ? 1 : a.p === b ? 0.5 : 0;
    const recallAt = (share: number) => {
      const bar = benign[Math.floor(share * benign.length)] ?? 0;
      return `${((100 * risky.filter((r) => r.p > bar).length) / risky.length).toFixed(1)} %`;
    };
    console.log(`${name} ${lang}: ${risky.length} risky / ${benign.length} benign, AUC ${(auc / risky.length / benign.length).toFixed(3)}, recall with 2 % warned ${recallAt(0.02)}, 5 % ${recallAt(0.05)}, 10 % ${recallAt(0.1)}`);
  }
}

console.log(`scored on blind rounds ${split + 1}..${rounds.at(-1)}`);
report('training corpora', base);
report(`+ blind 7..${split}`, [...base, ...rounds.filter((n) => n <= split).flatMap(blind)]);
