import { describe, expect, it } from 'vitest';
import { normalizeText, toSource } from './normalize.ts';

describe('normalizeText', () => {
  it('converts traditional to simplified, keeping offsets into the original', () => {
    const src = '這個小孩在車站乞討好幾天了';
    const nt = normalizeText(src);
    expect(nt.text).toBe('这个小孩在车站乞讨好几天了');
    const at = nt.text.indexOf('乞讨');
    const span = toSource(nt, at, at + 2);
    expect(src.slice(span.start, span.end)).toBe('乞討');
  });
  it('uses phrase conversions (乾淨 → 干净, 乾隆 stays)', () => {
    expect(normalizeText('乾乾淨淨的頭髮，乾隆皇帝').text).toBe('干干净净的头发,乾隆皇帝');
  });
  it('folds full-width letters, digits and punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３，（０２７）').text).toBe('ABC123,(027)');
  });
  it('blanks URLs, @mentions and repost markers, drops hashtag marks, records them', () => {
    const src = '//@爱心人士:太可怜了 #寻人启事# 详见 https://t.cn/A6abcd 谢谢@小明';
    const nt = normalizeText(src);
    expect(nt.text).not.toContain('爱心人士');
    expect(nt.text).not.toContain('t.cn');
    expect(nt.text).not.toContain('#');
    expect(nt.text).toContain('寻人启事');
    expect(nt.hashtags.map((h) => src.slice(h.start, h.end))).toEqual(['寻人启事']);
    expect(nt.mentions.map((h) => src.slice(h.start, h.end))).toEqual(['//@爱心人士:', '@小明']);
    expect(nt.urls.map((h) => src.slice(h.start, h.end))).toEqual(['https://t.cn/A6abcd']);
  });
  it('turns emoji into blanks and keeps offsets right after them', () => {
    const src = '🙏😭 孩子走丢了👧🏻求扩散';
    const nt = normalizeText(src);
    const at = nt.text.indexOf('走丢');
    const span = toSource(nt, at, at + 2);
    expect(src.slice(span.start, span.end)).toBe('走丢');
    expect(nt.text).toContain('求扩散');
    expect(nt.text).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
  });
  it('joins OCR output that puts spaces between Chinese characters', () => {
    expect(normalizeText('寻 人 启 事  电 话 138 1234 5678').text).toBe('寻人启事电话 138 1234 5678');
  });
  it('survives lone surrogates, control characters and non-strings', () => {
    expect(() => normalizeText('a\ud800b\udc00c\u0000')).not.toThrow();
    expect(normalizeText('a\ud800b').text).toBe('a b');
    expect(normalizeText(undefined).text).toBe('');
    expect(normalizeText(42 as unknown).text).toBe('');
  });
});
