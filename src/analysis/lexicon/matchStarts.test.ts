import { describe, expect, it } from 'vitest';
import { ANY, matchStarts } from './matchStarts.ts';

/** the positions of `text` where a match of `terms` may start, by their starts of `len` units */
function starts(terms: string[], text: string, len = 2): number[] {
  const all = matchStarts(terms.map((t) => `(?:${t})`).join('|'), len);
  const fits = (s: string, at: number) => [...s].every((u, j) => u === ANY ? at + j < text.length : text[at + j] === u);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (!all || [...all].some((s) => fits(s, i))) out.push(i);
  return out;
}

describe('first units of lexicon patterns', () => {
  it('reads literals, groups, classes, optional parts and repeats', () => {
    expect(starts(['走失', '迷路'], '走路迷路走失')).toEqual([2, 4]);
    expect(starts(['(?:一直)?找(?:妈妈|爸爸)'], '一直找妈妈一起找爸')).toEqual([0, 2, 7]);
    expect(starts(['[侄姪]子', '\\d{1,2}岁'], '姪子 7岁 77岁 7个')).toEqual([0, 3, 6, 7]);
    expect(starts(['(?:都|也)?没(?:有)?人来'], '没人没有也没都来')).toEqual([0, 2, 4]);
    expect(starts(['(?<!的)儿子\\b(?=今天)'], '的儿子')).toEqual([1]);
  });
  it('lets any unit through after a negated class, and a one-unit match anywhere', () => {
    expect(starts(['被[^，。]{0,4}带走'], '被人带走，被子')).toEqual([0, 5]);
    expect(starts(['娃', '小孩'], '娃娃小狗小孩')).toEqual([0, 1, 4]);
  });
  it('reads deeper when asked: four units tell "the " from "them"', () => {
    expect(starts(['the (?:kid|child)'], 'them the kid', 2)).toEqual([0, 5]);
    expect(starts(['the (?:kid|child)'], 'them the kid', 4)).toEqual([5]);
    expect(matchStarts('\\d{1,2}岁', 3)).toHaveProperty('size', 110);
    expect(matchStarts('the (?:kid|child)|a', 4)).toEqual(new Set(['the ', 'a']));
  });
  it('gives up when a match could start with any unit, be empty, or the starts be too many', () => {
    expect(matchStarts('[^的]儿子')).toEqual(new Set([`${ANY}儿`]));
    expect([...matchStarts('.*孩子')!].filter((s) => s[0] === ANY)).toEqual([`${ANY}孩`, `${ANY}${ANY}`]);
    expect(matchStarts('(?:在)?')).toBeNull();
    expect(matchStarts('(a)\\1')).toBeNull();
    expect(matchStarts('\\d{4}', 4, 400)).toBeNull();
    expect(matchStarts('\\d{4}', 2, 400)).toHaveProperty('size', 100);
  });
});
