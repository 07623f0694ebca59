import { describe, expect, it } from 'vitest';
import { firstPairs, mayStartAt } from './firstPairs.ts';

/** the positions of `text` where a match of `terms` may start, by the tables */
function starts(terms: string[], text: string): number[] {
  const p = firstPairs(terms);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (mayStartAt(p, text, i, text.charCodeAt(i))) out.push(i);
  return out;
}

describe('first two units of lexicon patterns', () => {
  it('reads literals, groups, classes, optional parts and repeats', () => {
    expect(starts(['走失', '迷路'], '走路迷路走失')).toEqual([2, 4]);
    expect(starts(['(?:一直)?找(?:妈妈|爸爸)'], '一直找妈妈一起找爸')).toEqual([0, 2, 7]);
    expect(starts(['[侄姪]子', '\\d{1,2}岁'], '姪子 7岁 77岁 7个')).toEqual([0, 3, 6, 7]);
    expect(starts(['(?:都|也)?没(?:有)?人来'], '没人没有也没都来')).toEqual([0, 2, 4]);
    expect(starts(['(?<!的)儿子\\b(?=今天)'], '的儿子')).toEqual([1]);
  });
  it('lets any second unit through after a negated class, and a one-unit match anywhere', () => {
    expect(starts(['被[^，。]{0,4}带走'], '被人带走，被子')).toEqual([0, 5]);
    expect(starts(['娃', '小孩'], '娃娃小狗小孩')).toEqual([0, 1, 4]);
  });
  it('gives up when a match could start with any unit or be empty', () => {
    expect(firstPairs(['[^的]儿子'])).toBeNull();
    expect(firstPairs(['.*孩子'])).toBeNull();
    expect(firstPairs(['(?:在)?'])).toBeNull();
    expect(firstPairs(['(a)\\1'])).toBeNull();
    expect(starts(['[^的]儿子'], 'ab')).toEqual([0, 1]);
  });
});
