// The rules alone on the shared real posts (../shared/corpus/real/posts.jsonl), each scored as a
// draft with one child's face (age 6) attached, as test/eval/corpus.test.ts scores child photos:
// risk → should warn, identifying → caution, benign → should not warn. Prints the figures per
// language and, with --list, every miss and false warning with the evidence that drove it.
// The real posts are the learned model's cross-validation data: read the misses for classes of
// failure, never copy their wording into the lexicons.
//   npx tsx scripts/real-posts-rules.ts [--list]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sanitizeDraft } from '../src/analysis/analyzeDraft.ts';
import { buildReasons } from '../src/analysis/reasons.ts';
import { collectSignals } from '../src/analysis/signals.ts';
import { judge } from '../src/analysis/verdict.ts';

interface RealPost {
  id: string;
  text: string;
  text_label: 'risk' | 'identifying' | 'benign';
  category: string;
  lang: 'zh' | 'en';
}

const posts = readFileSync(resolve(process.cwd(), '../shared/corpus/real/posts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as RealPost);
const face = { age: 6, child: true, box: { x: 40, y: 30, width: 120, height: 140 } };
const rows = posts.map((p) => {
  // the rules alone: analyzeDraft would add the shipped model, which was trained on these posts
  const draft = sanitizeDraft({ text: p.text, locale: p.lang === 'zh' ? 'zh-CN' : 'en', photos: [{ id: 'photo-1', gps: null, faces: [face], text: '', checked: { metadata: true, faces: true, text: true } }] });
  const signals = collectSignals(draft);
  const j = judge(signals);
  return { p, v: { level: j.level, reasons: buildReasons(signals, j, draft.locale) } };
});

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}% (${n}/${of})` : '-');
const table: Record<string, Record<string, string>> = {};
for (const lang of ['zh', 'en', 'all']) {
  const of = rows.filter((r) => lang === 'all' || r.p.lang === lang);
  const risk = of.filter((r) => r.p.text_label === 'risk');
  const ident = of.filter((r) => r.p.text_label === 'identifying');
  const benign = of.filter((r) => r.p.text_label === 'benign');
  table[lang] = {
    'warn recall': pct(risk.filter((r) => r.v.level === 'warn').length, risk.length),
    'caution exact': pct(ident.filter((r) => r.v.level === 'caution').length, ident.length),
    'benign warned': pct(benign.filter((r) => r.v.level === 'warn').length, benign.length),
  };
}
console.table(table);

if (process.argv.includes('--list')) {
  const evidence = (r: (typeof rows)[number]) =>
    r.v.reasons.map((x) => `${x.code}[${x.evidence.map((e) => ("quote" in e ? e.quote : e.kind)).join('|')}]`).join(' ');
  for (const r of rows) {
    const want = r.p.text_label === 'risk' ? 'warn' : r.p.text_label === 'identifying' ? 'caution' : null;
    const wrong = want ? r.v.level !== want : r.v.level === 'warn';
    if (!wrong) continue;
    console.log(`${r.p.id}\t${r.p.text_label}/${r.p.category}\tgot ${r.v.level}\t${evidence(r)}\n    ${r.p.text.slice(0, 300).replace(/\s+/g, ' ')}`);
  }
}
