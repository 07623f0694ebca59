import { describe, expect, it } from 'vitest';
import vulnerability from './vulnerability.json';
import { firstCharGate, firstChars, literalHead } from './firstChars.ts';

const set = (terms: string[], ci = false) => {
  const s = firstChars(terms, ci);
  return s ? [...s].sort().join('') : null;
};

describe('first characters of lexicon patterns', () => {
  it('reads literals, groups, classes and optional prefixes', () => {
    expect(set(['走失', '迷路'])).toBe('走迷');
    expect(set(['(?:一直)?找(?:妈妈|爸爸)'])).toBe('一找');
    expect(set(['[侄姪]子', '\\d{1,2}岁'])).toBe('0123456789侄姪');
    expect(set(['(?:都|也)?没(?:有)?人来'])).toBe('也没都');
    expect(set(['\\bcps\\b', 'rt'], true)).toBe('CRcr');
    expect(set(['(?<![A-Za-z])kid'])).toBe('k');
  });
  it('gives up when a term could start with anything', () => {
    expect(set(['[\\u4e00-\\u9fa5]{2}小学'])).toBeNull();
    expect(set(['.*孩子'])).toBeNull();
    expect(set(['(?:在)?'])).toBeNull();
    expect(firstCharGate(['\\w+'])).toBe('');
  });
  it('reads as the start table does: a named group, a hex escape or a backreference is not taken for what it is not', () => {
    // a named group is no lookbehind, \x41 no "x", \1 no "1": each would have gated a real match away
    for (const terms of [['(?<who>孩)子'], ['\\x41b'], ['(a)\\1b']]) {
      const gated = new RegExp(`${firstCharGate(terms)}(?:${terms.join('|')})`);
      expect(gated.test('孩子 Ab aab'), terms[0]).toBe(true);
    }
    expect(set(['(?<who>孩)子'])).toBeNull();
  });
  it('never drops a real match: gated and ungated regexes agree on the lexicon', () => {
    const text = '在汽车站看到一个小女孩独自坐在角落，问她家长在哪。Kid selling candy at midnight, no parents around! 被人控制 ICU 13岁';
    for (const [name, s] of Object.entries(vulnerability)) {
      if (name.startsWith('_')) continue;
      const { zh, en } = s as { zh?: string[]; en?: string[] };
      for (const [terms, flags] of [[zh, 'g'], [en, 'gi']] as const) {
        if (!terms?.length) continue;
        const plain = new RegExp(`(?:${terms.join('|')})`, flags);
        const gated = new RegExp(`${firstCharGate(terms, flags === 'gi')}(?:${terms.join('|')})`, flags);
        expect(text.match(gated), name).toEqual(text.match(plain));
      }
    }
  });
  it('finds the plain character a pattern always starts with', () => {
    expect(literalHead('走(?:失|丢)')).toBe('走');
    expect(literalHead('kid')).toBe('k');
    expect(literalHead('娃')).toBe('娃');
    expect(literalHead('a?b')).toBeNull(); // optional first character
    expect(literalHead('ab|cd')).toBeNull(); // top-level alternation
    expect(literalHead('(?:和|跟)家人')).toBeNull();
    expect(literalHead('\\d岁')).toBeNull();
  });
});
