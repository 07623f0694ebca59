import { describe, expect, it } from 'vitest';
import data from './text-model.json';
import { extractFeatures, languageOf } from './features.ts';
import { fromBase64, loadModel, phrases, scoreText, shippedModel, type TextModelFile } from './text-model.ts';

describe('extractFeatures', () => {
  it('gives Chinese character 1–3-grams with their spans', () => {
    const text = '孩子走失';
    const f = extractFeatures(text);
    const grams = new Set(Array.from(f.starts, (s, i) => text.slice(s, f.ends[i])));
    for (const g of ['孩', '孩子', '孩子走', '子走失', '失']) expect(grams).toContain(g);
    expect(grams).not.toContain('孩子走失');
    expect(f.lang).toBe('zh');
  });
  it('gives English words, word pairs and subwords, folding case and digits', () => {
    const text = 'Missing boy, age 7';
    const f = extractFeatures(text);
    const grams = new Set(Array.from(f.starts, (s, i) => text.slice(s, f.ends[i])));
    for (const g of ['Missing', 'boy', 'Missing boy', 'Mis', 'ssing', 'age 7']) expect(grams).toContain(g);
    expect(grams).not.toContain('boy, age'); // a comma ends a word pair
    expect(f.lang).toBe('en');
    const first = Array.from(f.buckets);
    expect(Array.from(extractFeatures('MISSING BOY, AGE 3').buckets)).toEqual(first);
    expect(Array.from(extractFeatures('Missing girl, age 7').buckets)).not.toEqual(first);
  });
  it('is deterministic and counts each feature once', () => {
    const a = Array.from(extractFeatures('寻人 寻人 寻人 help help').buckets);
    extractFeatures('另一段文字 another text'); // the buffers are reused: a copy keeps its features
    const b = Array.from(extractFeatures('寻人 寻人 寻人 help help').buckets);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    // a long text grows the buffers and still counts each feature once
    const long = extractFeatures(Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(''));
    expect(long.count).toBe(new Set(long.buckets).size);
    expect(long.count).toBeGreaterThan(4096);
  });
  it('reads a text as Chinese when a tenth of its letters are CJK', () => {
    expect(languageOf('我家宝宝 so cute')).toBe('zh');
    expect(languageOf('A long English sentence with one 字 in it')).toBe('en');
    expect(languageOf('')).toBe('en');
  });
});

describe('the shipped model', () => {
  it('decodes base64 by hand', () => {
    expect(Array.from(fromBase64('AQID'))).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(fromBase64('SGk='))).toBe('Hi');
  });
  it('is at most 2 MB, a full table, with thresholds in (0, 1]', () => {
    expect(JSON.stringify(data).length).toBeLessThanOrEqual(2 * 1024 * 1024);
    const m = shippedModel();
    expect(m.weights.length).toBe(1 << (data as TextModelFile).hashBits);
    expect(m.weights).toBeInstanceOf(Int8Array);
    expect(m.weights.some((w) => w !== 0)).toBe(true);
    for (const lang of ['zh', 'en'] as const) {
      expect(m.thresholds[lang].add).toBeGreaterThan(0);
      expect(m.thresholds[lang].temper).toBeLessThan(m.thresholds[lang].add);
    }
  });
  it('an empty or short file scores every feature 0', () => {
    const m = loadModel({ hashBits: 4, scale: 1, bias: 0, weights: '', thresholds: { zh: { add: 1, temper: 0 }, en: { add: 1, temper: 0 } } });
    expect(Array.from(m.weights)).toEqual(new Array(16).fill(0));
  });
  it('scores a risky post above an everyday one, in both languages', () => {
    expect(scoreText('这个孩子被拐走了，已经三天没回家，求扩散').p).toBeGreaterThan(scoreText('今天带宝宝去公园玩，好开心').p);
    expect(scoreText('Refugee children separated from their parents are held at the border').p).toBeGreaterThan(scoreText('My kids loved the birthday cake today').p);
  });
  it('names the features that pulled the score, strongest first', () => {
    const s = scoreText('这个孩子被拐走了，求扩散');
    expect(s.towardRisk.length).toBeGreaterThan(0);
    for (let i = 1; i < s.towardRisk.length; i++) expect(s.towardRisk[i - 1].weight).toBeGreaterThanOrEqual(s.towardRisk[i].weight);
    expect(s.awayFromRisk.every((c) => c.weight < 0)).toBe(true);
  });
});

describe('phrases', () => {
  it('merges overlapping and touching spans, strongest phrase first', () => {
    const got = phrases([
      { start: 5, end: 9, weight: 1 },
      { start: 0, end: 4, weight: 1 },
      { start: 4, end: 8, weight: 1 },
      { start: 20, end: 22, weight: 2.5 },
    ]);
    expect(got).toEqual([{ start: 0, end: 9 }, { start: 20, end: 22 }]);
  });
  it('keeps at most `max` phrases', () => {
    expect(phrases([1, 3, 5, 7, 9].map((s) => ({ start: s * 10, end: s * 10 + 2, weight: s })), 2)).toEqual([{ start: 90, end: 92 }, { start: 70, end: 72 }]);
  });
});
