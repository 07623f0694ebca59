// Measures one blind round (test/corpus/blind-N.jsonl) with the engine as it ships, once: the
// drafts were written or collected without running the engine on them, so this is the honest
// figure for unseen wording. Each draft's photo label becomes photo facts as in
// test/eval/corpus.test.ts (child → a child's face, age 6; adult → an adult's; scene → a photo
// with no face; none → no photo).
// --first-sight prints, for test/corpus/first-sight.tsv, the verdict of each draft with a child's
// photo where it has one, without the text model's own add (its bar is chosen on those verdicts).
//   npx tsx scripts/blind-round.ts test/corpus/blind-7.jsonl [--list] [--first-sight]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeDraft } from '../src/analysis/index.ts';
import { modelMayMatter, withTextModel } from '../src/analysis/model/combine.ts';
import { shippedModel } from '../src/analysis/model/text-model.ts';
import { collectSignals } from '../src/analysis/signals.ts';
import type { Draft as Labelled } from './text-model/corpora.ts';
import { photosFor } from './text-model/corpora.ts';
import type { Level, Locale } from '../src/analysis/types.ts';
import { judge } from '../src/analysis/verdict.ts';

type Draft = Labelled & { source?: string };

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/blind-round.ts test/corpus/blind-N.jsonl [--list]');
  process.exit(2);
}
const drafts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Draft);
const locale = (lang: string): Locale => (lang === 'zh-Hant' ? 'zh-TW' : lang === 'en' ? 'en' : 'zh-CN');

if (process.argv.includes('--first-sight')) {
  // the level analyzeDraft gives, with a model that has no bar of its own
  const model = { ...shippedModel(), unseenAdd: undefined };
  const round = basename(file, '.jsonl');
  for (const d of drafts) {
    const s = collectSignals({ text: d.text, photos: photosFor(d.photo), locale: locale(d.lang) });
    const rules = judge(s);
    const level: Level = modelMayMatter(s, rules, model) ? withTextModel(s, rules, locale(d.lang), model).judgement.level : rules.level;
    console.log(`${round}\t${d.id}\t${level}`);
  }
  process.exit(0);
}

const rows = drafts.map((d) => ({ d, got: analyzeDraft({ text: d.text, photos: photosFor(d.photo), locale: locale(d.lang) }).level }));

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}% (${n}/${of})` : '-');
const table: Record<string, Record<string, string>> = {};
const groups: [string, (r: (typeof rows)[number]) => boolean][] = [
  ...['zh', 'zh-Hant', 'en'].map((l): [string, (r: (typeof rows)[number]) => boolean] => [l, (r) => r.d.lang === l]),
  ['real posts', (r) => r.d.source !== undefined && r.d.source !== 'written'],
  ['written', (r) => r.d.source === 'written'],
  ['all', () => true],
];
for (const [name, keep] of groups) {
  const of = rows.filter(keep);
  const warn = of.filter((r) => r.d.expect === 'warn');
  const caution = of.filter((r) => r.d.expect === 'caution');
  const benign = of.filter((r) => r.d.expect === 'none');
  table[name] = {
    'warn recall': pct(warn.filter((r) => r.got === 'warn').length, warn.length),
    'caution exact': pct(caution.filter((r) => r.got === 'caution').length, caution.length),
    'benign warned': pct(benign.filter((r) => r.got === 'warn').length, benign.length),
    'benign held (warn or caution)': pct(benign.filter((r) => r.got !== 'none').length, benign.length),
  };
}
console.table(table);
if (process.argv.includes('--list')) {
  for (const r of rows.filter((x) => x.got !== x.d.expect)) console.log(`${r.d.id}\texpect ${r.d.expect}\tgot ${r.got}\t${r.d.text.slice(0, 80)}`);
}
