// k-fold cross-validation of the learned text model and of the engine with it, on every labelled
// corpus it learns from (real people's posts, the drafts). Every fold is scored by a model trained
// without it, with thresholds chosen by an inner cross-validation of the training folds. Real
// posts are scored as drafts with a child's photo (one face, age 6), benign ones too; drafts with
// their own photo label, as test/eval/corpus.test.ts does. The full tables go to
// .tmp/eval/text-model.txt; the console gets the summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/analysis/types.ts';
import { loadCorpora } from '../../scripts/text-model/corpora.ts';
import { crossValidate, prepare } from '../../scripts/text-model/cross-validate.ts';
import { loadFirstSight } from '../../scripts/text-model/first-sight.ts';

const FOLDS = 5;
const SEED = 20261207;
const data = prepare(loadCorpora());
const cv = crossValidate(data, FOLDS, SEED, undefined, loadFirstSight());
const ex = data.examples;

/** the model alone: warn when its probability reaches its fold's threshold (the photo and child given) */
const modelAlone: Level[] = ex.map((_, i) => {
  const p = cv.p[i];
  return p !== null && p >= cv.thresholds[cv.folds[i]][data.vectors[i].lang].add ? 'warn' : 'none';
});

interface Figures { n: number; recall: [number, number]; warned: [number, number]; held: [number, number]; caution: [number, number]; auc: number }

function auc(idx: number[]): number {
  const pos = idx.filter((i) => ex[i].label === 1).map((i) => cv.p[i] ?? 0);
  const neg = idx.filter((i) => ex[i].label === 0).map((i) => cv.p[i] ?? 0);
  if (!pos.length || !neg.length) return NaN;
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / pos.length / neg.length;
}

function figures(idx: number[], level: (i: number) => Level): Figures {
  const warn = idx.filter((i) => ex[i].expect === 'warn');
  const benign = idx.filter((i) => ex[i].expect === 'none');
  const caution = idx.filter((i) => ex[i].expect === 'caution');
  return {
    n: idx.length,
    recall: [warn.filter((i) => level(i) === 'warn').length, warn.length],
    warned: [benign.filter((i) => level(i) === 'warn').length, benign.length],
    // a caution holds the post too, with a gentler note: what a poster of a benign post meets
    held: [benign.filter((i) => level(i) !== 'none').length, benign.length],
    caution: [caution.filter((i) => level(i) === 'caution').length, caution.length],
    auc: auc(idx),
  };
}
const pct = ([a, b]: [number, number]) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : '-');
const rate = ([a, b]: [number, number]) => (b ? a / b : NaN);

const groups: [string, number[]][] = [];
const add = (name: string, pick: (i: number) => boolean) => groups.push([name, ex.map((_, i) => i).filter(pick)]);
add('real zh', (i) => ex[i].corpus === 'real' && ex[i].lang === 'zh');
add('real en', (i) => ex[i].corpus === 'real' && ex[i].lang === 'en');
add('real all', (i) => ex[i].corpus === 'real');
for (const lang of ['zh', 'zh-Hant', 'en', 'mixed']) add(`drafts ${lang}`, (i) => ex[i].corpus === 'drafts' && ex[i].lang === lang);
add('drafts all', (i) => ex[i].corpus === 'drafts');

const engines: [string, (i: number) => Level][] = [
  ['model alone', (i) => modelAlone[i]],
  ['rules alone', (i) => data.rules[i].level],
  ['one stage', (i) => cv.single[i]],
  ['combined', (i) => cv.combined[i]],
];
const table = new Map(groups.map(([g, idx]) => [g, new Map(engines.map(([e, level]) => [e, figures(idx, level)]))]));

describe(`text model, ${FOLDS}-fold cross-validation (nested for the thresholds)`, () => {
  it('writes the tables and prints the summary', () => {
    const lines = [`${FOLDS}-fold CV, seed ${SEED}; fold thresholds ${JSON.stringify(cv.thresholds)}`, ''];
    for (const [g, byEngine] of table) {
      lines.push(`${g}  (${byEngine.get('combined')!.n} texts, model AUC ${byEngine.get('model alone')!.auc.toFixed(3)})`);
      for (const [e, f] of byEngine) lines.push(`  ${e.padEnd(12)} warn recall ${pct(f.recall).padEnd(20)} benign warned ${pct(f.warned).padEnd(18)} benign held ${pct(f.held).padEnd(18)} caution exact ${pct(f.caution)}`);
    }
    const wrong = ex.map((e, i) => ({ e, i })).filter(({ e, i }) => e.corpus === 'real' && (cv.combined[i] === 'warn') !== (e.expect === 'warn'));
    lines.push('', 'real posts the combined engine gets wrong (id, expected, got, p, rules):');
    for (const { e, i } of wrong) lines.push(`  ${e.id} ${e.expect} ${cv.combined[i]} p=${(cv.p[i] ?? NaN).toFixed(2)} rules=${data.rules[i].level} ${e.text.slice(0, 70).replace(/\s+/g, ' ')}`);
    const dir = resolve(process.cwd(), '.tmp/eval');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'text-model.txt'), lines.join('\n') + '\n');
    console.log([
      ...['real zh', 'real en', 'drafts all'].map((g) => {
        const row = table.get(g)!;
        return `${g}: ${engines.map(([e]) => `${e} ${pct(row.get(e)!.recall)} / ${pct(row.get(e)!.warned)}`).join('; ')}  (warn recall / benign warned)`;
      }),
      '  full report: .tmp/eval/text-model.txt',
    ].join('\n'));
    expect(lines.length).toBeGreaterThan(groups.length);
  });

  // Gates slightly under the figures measured when the model was built (see test/corpus/README.md):
  // they catch a regression of the model, the features or the combination, not the goal itself.
  const gates: [string, number, number, number][] = [
    // group, combined warn recall ≥, combined benign warned ≤, model AUC ≥
    ['real zh', 0.96, 0.025, 0.925],
    ['real en', 0.935, 0.028, 0.95],
    ['drafts all', 0.95, 0.02, 0.93],
  ];
  for (const [g, recall, warned, minAuc] of gates) {
    it(`${g}: combined warn recall ≥ ${recall * 100}%, benign warned ≤ ${warned * 100}%, model AUC ≥ ${minAuc}`, () => {
      const row = table.get(g)!;
      expect(rate(row.get('combined')!.recall)).toBeGreaterThanOrEqual(recall);
      expect(rate(row.get('combined')!.warned)).toBeLessThanOrEqual(warned);
      expect(row.get('model alone')!.auc).toBeGreaterThanOrEqual(minAuc);
    });
  }

  it('the combination beats the rules alone on real posts (on recall − 2.5 × warned, no more benign warned, at most half a point of recall given up)', () => {
    const row = table.get('real all')!;
    const [combined, rules] = [row.get('combined')!, row.get('rules alone')!];
    // the model's tempering may cost a risky post or two where it spares several benign ones
    expect(rate(combined.recall)).toBeGreaterThanOrEqual(rate(rules.recall) - 0.005);
    expect(rate(combined.warned)).toBeLessThanOrEqual(rate(rules.warned));
    expect(rate(combined.recall) - 2.5 * rate(combined.warned)).toBeGreaterThan(rate(rules.recall) - 2.5 * rate(rules.warned));
  });
});
