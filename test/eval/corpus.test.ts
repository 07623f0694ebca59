// Evaluation gate on the labelled drafts. The photo label becomes photo facts: child → one child
// face (age 6), adult → one adult face (age 35), scene → a photo with no faces, none → no photo.
// Gates (warn recall ≥ 95%, benign drafts warned ≤ 5%) on: the shared corpus, our corpus (written
// before any rule), holdout rounds 1–5 (each written blind, measured on first sight, then tuned
// on) and benign probes (family posts that tempted the weak signs). The first-sight figures, the honest estimate for unseen wording, are in
// test/corpus/README.md; any new blind round goes in blind*.jsonl, printed here but not gated.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/analysis/index.ts';
import type { Level, Locale, PhotoFacts } from '../../src/analysis/types.ts';
import { evalReport } from './eval-report.ts';

interface Labelled {
  id: string;
  lang: string;
  category?: string;
  text: string;
  photo: 'child' | 'adult' | 'scene' | 'none';
  expect: Level;
}

const shared = resolve(process.cwd(), '../shared');
const load = (path: string): Labelled[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);

const corpora = {
  shared: load(resolve(shared, 'corpus/drafts.jsonl')),
  ours: load(resolve(process.cwd(), 'test/corpus/drafts.jsonl')),
  holdout: [
    ...load(resolve(process.cwd(), 'test/corpus/holdout.jsonl')),
    ...load(resolve(process.cwd(), 'test/corpus/holdout2.jsonl')),
    ...load(resolve(process.cwd(), 'test/corpus/holdout3.jsonl')),
    ...load(resolve(process.cwd(), 'test/corpus/holdout4.jsonl')),
    ...load(resolve(process.cwd(), 'test/corpus/holdout5.jsonl')),
    ...load(resolve(process.cwd(), 'test/corpus/probes.jsonl')),
  ],
  blind: readdirSync(resolve(process.cwd(), 'test/corpus')).filter((f) => /^blind.*\.jsonl$/.test(f)).flatMap((f) => load(resolve(process.cwd(), 'test/corpus', f))),
};
const GATED = ['shared', 'ours', 'holdout'];
const report = evalReport('corpus');

function photosFor(label: Labelled['photo']): PhotoFacts[] {
  if (label === 'none') return [];
  const box = { x: 40, y: 30, width: 120, height: 140 };
  const faces = label === 'child' ? [{ age: 6, child: true, box }] : label === 'adult' ? [{ age: 35, child: false, box }] : [];
  return [{ id: 'photo-1', gps: null, faces, text: '', checked: { metadata: true, faces: true, text: true } }];
}

function localeOf(d: Labelled): Locale {
  return d.lang === 'zh-Hant' ? 'zh-TW' : d.lang === 'en' ? 'en' : 'zh-CN';
}

const results = Object.entries(corpora).flatMap(([corpus, drafts]) =>
  drafts.map((d) => ({ corpus, d, got: analyzeDraft({ text: d.text, photos: photosFor(d.photo), locale: localeOf(d) }).level })),
);

type Row = (typeof results)[number];
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}% (${n}/${of})` : '-');
function figures(rows: Row[]) {
  const warn = rows.filter((r) => r.d.expect === 'warn');
  const caution = rows.filter((r) => r.d.expect === 'caution');
  const benign = rows.filter((r) => r.d.expect === 'none');
  return {
    drafts: rows.length,
    exact: pct(rows.filter((r) => r.got === r.d.expect).length, rows.length),
    'warn recall': pct(warn.filter((r) => r.got === 'warn').length, warn.length),
    'caution exact': pct(caution.filter((r) => r.got === 'caution').length, caution.length),
    'benign warned': pct(benign.filter((r) => r.got === 'warn').length, benign.length),
    'benign silent': pct(benign.filter((r) => r.got === 'none').length, benign.length),
  };
}

describe('labelled corpus', () => {
  it('prints per-corpus, per-category and per-language figures', () => {
    const by = (key: (r: Row) => string) => {
      const groups = new Map<string, Row[]>();
      for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
      return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, rows]) => [k, figures(rows)]));
    };
    const byCorpus: Record<string, ReturnType<typeof figures>> = { ...by((r) => r.corpus), 'all gated': figures(results.filter((r) => GATED.includes(r.corpus))) };
    report.line('by corpus');
    report.table(byCorpus);
    report.line('by category, gated corpora (the shared corpus has no categories)');
    report.table(by((r) => (GATED.includes(r.corpus) ? r.d.category ?? '(shared)' : '~blind round (not gated)')));
    report.line('by language, gated corpora');
    report.table(by((r) => (GATED.includes(r.corpus) ? r.d.lang : '~blind round (not gated)')));
    const wrong = results.filter((r) => r.got !== r.d.expect);
    if (wrong.length) report.table(wrong.map((r) => ({ id: r.d.id, category: r.d.category ?? '', expect: r.d.expect, got: r.got, text: r.d.text.slice(0, 60) })));
    report.summary([...GATED, 'all gated'].map((name) => `corpus ${name}: warn recall ${byCorpus[name]['warn recall']}, benign warned ${byCorpus[name]['benign warned']}`));
    expect(results.length).toBe(corpora.shared.length + corpora.ours.length + corpora.holdout.length + corpora.blind.length);
  });

  it('has at least 300 drafts of our own, with the shared fields and a category', () => {
    expect(corpora.ours.length).toBeGreaterThanOrEqual(300);
    for (const d of [...corpora.ours, ...corpora.holdout, ...corpora.blind]) {
      expect(typeof d.id).toBe('string');
      expect(typeof d.text).toBe('string');
      expect(['child', 'adult', 'scene', 'none']).toContain(d.photo);
      expect(['warn', 'caution', 'none']).toContain(d.expect);
      expect(d.category).toBeTruthy();
    }
    const ids = [...corpora.ours, ...corpora.holdout, ...corpora.blind].map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const name of [...GATED, 'all gated']) {
    const rows = results.filter((r) => (name === 'all gated' ? GATED.includes(r.corpus) : r.corpus === name));
    it(`${name}: warn recall ≥ 95%`, () => {
      const warn = rows.filter((r) => r.d.expect === 'warn');
      const missed = warn.filter((r) => r.got !== 'warn').map((r) => r.d.id);
      expect(warn.length).toBeGreaterThan(0);
      expect(warn.length - missed.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(Math.ceil(0.95 * warn.length));
    });
    it(`${name}: benign drafts warned ≤ 5%`, () => {
      const benign = rows.filter((r) => r.d.expect === 'none');
      const warned = benign.filter((r) => r.got === 'warn').map((r) => r.d.id);
      expect(warned.length, `warned: ${warned.join(' ')}`).toBeLessThanOrEqual(Math.floor(0.05 * benign.length));
    });
  }
});
