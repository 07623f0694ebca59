import { describe, expect, it } from 'vitest';
import { fold, StartTable } from './startTable.ts';

/** the positions where `re` (tried sticky) matches something; under /u, tried inside a surrogate
 *  pair, a regex starts at the pair (a match there is the pair's) */
function matchStarts(re: RegExp, text: string): number[] {
  const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  const out: number[] = [];
  for (let at = 0; at < text.length; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m && m[0].length && m.index === at) out.push(at);
  }
  return out;
}

/** candidates of each regex, checked to hold every position where it matches */
function candidates(regexes: RegExp[], text: string): (number[] | null)[] {
  const got = new StartTable(regexes).candidates(text);
  regexes.forEach((re, k) => {
    const c = got[k];
    if (c) for (const at of matchStarts(re, text)) expect(c, `${re} at ${at} in ${JSON.stringify(text)}`).toContain(at);
  });
  return got;
}

describe('start table: where many regexes may start, in one pass', () => {
  it('gives each regex the starts of its own terms, also where terms of several regexes overlap', () => {
    const res = [/孩子/g, /孩子们|子们/g, /子/g, /abc|bcd/g, /b/g];
    expect(candidates(res, '孩子们的孩子 abcd')).toEqual([[0, 4], [0, 1], [1, 5], [7, 8], [8]]);
  });
  it('reads up to four units: "the " does not make "them" or "other" a candidate', () => {
    const [c] = candidates([/(?<![A-Za-z])the (?:child|kid)(?![A-Za-z])/gi], 'them other THE kid the  bathe');
    expect(c).toEqual([11, 19]);
  });
  it('gives an English whole-word regex no start inside a word, a Chinese one any start', () => {
    const [en, zh] = candidates([/(?<![A-Za-z])kid(?![A-Za-z])/gi, /kid/g], 'skid kid 1kid 孩kid');
    expect(en).toEqual([5, 10, 15]);
    expect(zh).toEqual([1, 5, 10, 15]);
  });
  it('inside a word, still gives the regexes that may start there (not whole words) their starts', () => {
    const res = [/(?:on|at) [A-Z][a-z]+ Street/g, /(?<![A-Za-z])on(?![A-Za-z])/gi, /ICU|孩子/g, /(?<![A-Za-z])\d岁/g];
    const [street, word, mixed, age] = candidates(res, 'Canon Main Street on ICU孩子 kidICU x9岁');
    expect(street).toEqual([3, 18]);
    expect(word).toEqual([18]);
    expect(mixed).toEqual([21, 24, 30]);
    expect(age).toEqual([]);
  });
  it('compares letters as the regex flags do: any case under /i, ſ and the Kelvin sign under /iu', () => {
    expect(candidates([/kid/gi], 'KID Kid kid')[0]).toEqual([0, 4, 8]);
    expect(candidates([/so/giu, /kid/giu], 'ſo \u212Aid')).toEqual([[0], [3]]);
    // a case-sensitive regex is not tried where its first letter is in the other case
    expect(candidates([/Kid/g, /[A-Z][a-z]+ Park/g, /kid|Kid/g], 'kid Kid Ethan Park')).toEqual([[4], [4, 8, 14], [0, 4]]);
  });
  it('reads starts made of surrogate pairs, and a lone surrogate does not break the pass', () => {
    const baby = '\u{1F476}';
    const [c, u] = candidates([new RegExp(`${baby}宝`, 'g'), new RegExp(`${baby}`, 'gu')], `a${baby}宝 ${baby}\ud83d 宝\udc76`);
    expect(c).toEqual([1]);
    expect(u).toEqual([1, 5]);
  });
  it('leaves without a table the regexes that may start anywhere or match nothing', () => {
    const table = new StartTable([/[^的]儿子/g, /.*孩子/g, /\w+/g, /(?:在)?/g, /(a)\1/g, /孩子/g]);
    expect(table.anywhere).toEqual([true, true, true, true, true, false]);
    expect(table.candidates('在孩子')).toEqual([null, null, null, null, null, [1]]);
  });
  it('reads the starts of a long word list deeper while they grow slowly: a word sharing their first two letters is no candidate', () => {
    // 150 first pairs of letters, 450 first threes: read at two letters, every word of the text
    // below would be tried (and, dense, the regex would scan the whole text itself)
    const words: string[] = [];
    for (const a of 'abcdefghijklmno') for (const b of 'abcdefghij') for (const c of 'xyz') words.push(`${a}${b}${c}qw`);
    const re = new RegExp(`(?<![A-Za-z])(?:${words.join('|')})(?![A-Za-z])`, 'gi');
    const text = Array.from({ length: 100 }, (_, k) => `${'abcdefghijklmno'[k % 15]}${'abcdefghij'[k % 10]}bad`).join(' ');
    expect(candidates([re], text)[0]).toEqual([]);
    expect(candidates([re], `${text} ABYQW abyqw`)[0]).toEqual([text.length + 1, text.length + 7]);
  });
  it('keeps the shallower starts when the deeper ones would leave too many open after their first unit', () => {
    const table = new StartTable([/(?:被|遭)[^，]{0,4}(?:打|揍|骂|踢|拐|卖)/g]);
    expect(table.anywhere).toEqual([false]);
    expect(candidates([/(?:被|遭)[^，]{0,4}(?:打|揍|骂|踢|拐|卖)/g], '他被人打了，遭到拐卖，被子')[0]).toEqual([1, 6, 11]);
  });
  it('gives up on a regex that may start at any capitalised word: trying it everywhere costs more', () => {
    expect(new StartTable([/(?:[A-Z][\w'.-]+ ){1,3}School/g]).anywhere).toEqual([true]);
  });
  it('gives no candidates to a regex that may start at more than one position in 16: its own scan is faster', () => {
    const digits = '1'.repeat(400);
    expect(candidates([/\d{3}x/g, /孩子/g], digits + '孩子'.repeat(17))).toEqual([null, Array.from({ length: 17 }, (_, i) => 400 + 2 * i)]);
    // up to 16 candidates are always worth trying, however short the text
    expect(candidates([/\d{3}x/g], '1'.repeat(17))[0]).toHaveLength(16);
  });
  it('keeps each regex to its own bit with more than 32 and 64 regexes', () => {
    const res = Array.from({ length: 70 }, (_, k) => new RegExp(`w${k}x`, 'g'));
    const text = Array.from({ length: 70 }, (_, k) => `w${69 - k}x`).join(' ');
    const got = candidates(res, text);
    got.forEach((c, k) => expect(c).toEqual([text.indexOf(`w${k}x`)]));
  });
  it('handles the empty text, one unit and a text that ends inside a start', () => {
    const res = [/孩子/g, /娃/g, /(?<![A-Za-z])kids?(?![A-Za-z])/gi];
    expect(candidates(res, '')).toEqual([[], [], []]);
    expect(candidates(res, '娃')).toEqual([[], [0], []]);
    expect(candidates(res, '孩')).toEqual([[], [], []]);
    expect(candidates(res, 'ki')).toEqual([[], [], []]);
  });
  it('never misses a match on random texts over the units the terms are made of', () => {
    const res = [/孩子|小孩|孩子们/g, /(?<![A-Za-z])(?:lost (?:kid|child)|kids?)(?![A-Za-z])/gi, /\d{1,2}岁/g, /被[^，。]{0,4}带走/g, /(?:a|the) (?:boy|girl)/gi, /ſk/giu];
    const units = ['孩', '子', '们', '小', '被', '带', '走', '，', '岁', '1', '2', 'l', 'o', 's', 't', ' ', 'k', 'i', 'd', 'K', 'I', 'D', 'a', 'T', 'h', 'e', 'b', 'y', 'g', 'r', '\u017f', '\u212a', '\ud83d', '\udc76'];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => units[Math.floor(random() * units.length)]).join('');
      candidates(res, text);
    }
  });
  it('folds only ASCII capitals and the two letters that fold into ASCII ones', () => {
    expect([0x41, 0x5a, 0x61, 0x17f, 0x212a, 0xc9, 0x5b].map(fold)).toEqual([0x61, 0x7a, 0x61, 0x73, 0x6b, 0xc9, 0x5b]);
  });
});
