import { describe, expect, it } from 'vitest';
import child from './child.json';
import traps from './traps.json';
import vulnerability from './vulnerability.json';
import { groupByHead, LexiconScanner, termRegex, worthScanning, type TermSet } from './compile.ts';

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
  it('finds what one sticky scan per set and position finds, on the whole risk lexicon', () => {
    const sets = Object.entries(vulnerability).filter(([k]) => !k.startsWith('_')).map(([code, set]) => ({ code, weight: 1, set: set as TermSet }));
    const text = '在汽车站看到一个小女孩独自坐在角落，问她家长在哪。Kid selling candy at midnight, no parents around! 被人控制 ICU 13岁 LOST CHILD found crying alone';
    const naive: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      for (let at = 0; at < text.length; at++) {
        for (const { code, set } of sets) {
          if (!set[lang]?.length) continue;
          const body = `(?:${set[lang]!.join('|')})`;
          const re = new RegExp(lang === 'en' ? `(?<![A-Za-z])${body}(?![A-Za-z])` : body, lang === 'en' ? 'iy' : 'y');
          re.lastIndex = at;
          const m = re.exec(text);
          if (m && m[0].length) naive.push(`${code} ${at} ${at + m[0].length}`);
        }
      }
    }
    const got = new LexiconScanner(sets).scan(text).map((h) => `${h.code} ${h.start} ${h.end}`);
    expect(got.length).toBeGreaterThan(10);
    expect(got).toEqual(naive);
  });
  it('groups terms by first character without changing which one wins', () => {
    expect(groupByHead(['ab', 'x', 'a', '(?:a|b)c', 'ad'], false)).toBe('a(?:b|)|x|(?:a|b)c|ad');
    expect(groupByHead(['Kid', 'kiddo', '(\\d+) yo'], true)).toBe('k(?:id|iddo)|(\\d+) yo');
    const text = '这个小孩子是孩子气的小男孩，童装店里的宝宝们 A little girl and her kids, kidding aside: 6 year old, the 2nd grade class';
    for (const set of [child.child, child.age, child.stranger, traps.mask] as TermSet[]) {
      for (const [terms, flags] of [[set.zh, 'g'], [set.en, 'gi']] as const) {
        if (!terms?.length) continue;
        const grouped = [...text.matchAll(new RegExp(groupByHead(terms, flags === 'gi'), flags))].map((m) => [m.index, ...m]);
        const plain = [...text.matchAll(new RegExp(terms.join('|'), flags))].map((m) => [m.index, ...m]);
        expect(grouped).toEqual(plain);
      }
    }
  });
});
