import { describe, expect, it } from 'vitest';
import { LexiconScanner, termRegex, worthScanning } from './compile.ts';

describe('lexicon compilation', () => {
  it('matches English terms as whole words, any case, and Chinese terms anywhere', () => {
    const [zh, en] = termRegex({ zh: ['孤儿'], en: ['kid'] });
    expect('这个孤儿院'.match(zh)).toEqual(['孤儿']);
    expect('KID kidding kid.'.match(en)).toEqual(['KID', 'kid']);
  });
  it('skips a regex that cannot match the text', () => {
    const [zh, en] = termRegex({ zh: ['孩子'], en: ['child'] });
    expect(worthScanning(en, '只有中文')).toBe(false);
    expect(worthScanning(zh, 'only English')).toBe(false);
    expect(worthScanning(zh, '孩子')).toBe(true);
  });
  it('scans many sets in one pass and still reports overlapping matches of different sets', () => {
    const scanner = new LexiconScanner([
      { code: 'orphaned', weight: 1, set: { zh: ['孤儿'], en: ['orphan(?:ed)?'] } },
      { code: 'in-care', weight: 1, set: { zh: ['孤儿院'], en: ['orphanage'] } },
      { code: 'appeal', weight: 0.5, set: { en: ['please share'] } },
    ]);
    const hits = scanner.scan('孤儿院里的孩子 The orphanage… please SHARE');
    expect(hits.map((h) => [h.code, h.start, h.end, h.weight])).toEqual([
      ['orphaned', 0, 2, 1],
      ['in-care', 0, 3, 1],
      ['in-care', 12, 21, 1],
      ['appeal', 23, 35, 0.5],
    ]);
  });
});
