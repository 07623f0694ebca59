import { describe, expect, it } from 'vitest';
import child from './child.json';
import identifiers from './identifiers.json';
import { termRegex } from './compile.ts';
import { allMatches, everyMatch, matches, matchesSomewhere, pattern, ScannedText } from './patterns.ts';

const text =
  '我家儿子6岁，在育才小学3年级2班，电话13812345678。这个小孩子孩子气 Our son Ethan, 7, lost his kid brother; the KIDS (5) are 10 years old. ' +
  '孩子们孩子们 \u{1F476}宝宝 kid-kid';

const childWords = pattern(() => termRegex(child.child, { gate: true }));
const ages = pattern(() => termRegex(child.age, { gate: true }));
const classes = pattern(() => termRegex(identifiers.class, { gate: true }));
const overlapping = pattern(() => [/孩子们|子们|孩子/g, /(?<![A-Za-z])kid(?![A-Za-z])/gi]);
const phones = pattern(() => new RegExp(identifiers.phones.mobileCn, 'g'));
const foundOrMissing = pattern(() => new RegExp(identifiers.parentNames.foundOrMissing, 'gi'));

const all = (p: { regexes: RegExp[] }, t: string) => p.regexes.flatMap((re) => [...t.matchAll(re)].map((m) => [m.index, ...m]));

describe('patterns run through one scan of the text', () => {
  it('give the matches matchAll gives, capture groups included, regex after regex', () => {
    const scan = new ScannedText(text);
    for (const p of [childWords, ages, classes, overlapping, phones]) {
      const got = [...matches(p, scan)].map((m) => [m.index, ...m]);
      expect(got).toEqual(all(p, text));
    }
    expect([...matches(ages, scan)].map((m) => m[0])).toEqual(['6岁', '7', '(5)', '10 years old']);
  });
  it('give the same matches all at once with allMatches, empty matches of a regex without a table included', () => {
    const empty = pattern(() => [/x*/g, /\p{L}*/gu]);
    for (const t of [text, '', 'axxb', '\u{1F476}x\u{1F476}', 'a\ud83db']) {
      const scan = new ScannedText(t);
      for (const p of [childWords, ages, classes, overlapping, phones, empty]) {
        expect(allMatches(p, scan).map((m) => [m.index, ...m])).toEqual(all(p, t));
        expect(allMatches(p, scan)).toEqual([...matches(p, scan)]);
      }
    }
  });
  it('tell whether a pattern matches somewhere as regex.test does', () => {
    const texts = [text, '孩子找到了', 'a missing kid', 'Missing', 'the dismissing clerk', '失 踪', ''];
    for (const t of texts) {
      const scan = new ScannedText(t);
      for (const p of [foundOrMissing, phones, overlapping]) expect(matchesSomewhere(p, scan), `${p.regexes[0]} in ${t}`).toBe(p.regexes.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(t)));
    }
    expect(matchesSomewhere(foundOrMissing, new ScannedText('the dismissing clerk'))).toBe(false);
  });
  it('report every start of overlapping matches with everyMatch', () => {
    const scan = new ScannedText(text);
    const naive: number[] = [];
    const sticky = new RegExp(overlapping.regexes[0].source, 'y');
    for (let at = 0; at < text.length; at++) {
      sticky.lastIndex = at;
      if (sticky.test(text)) naive.push(at, sticky.lastIndex);
    }
    expect(everyMatch(overlapping, scan)).toEqual(naive);
    expect(naive.length).toBeGreaterThan(8);
  });
  it('skip a regex the caller says is not worth running on this text', () => {
    const scan = new ScannedText(text);
    expect([...matches(overlapping, scan, (re) => !re.ignoreCase)].map((m) => m[0])).toEqual(['孩子', '孩子', '孩子们', '孩子们']);
  });
  it('fall back to the regex own scan where candidates are dense, with the same matches', () => {
    const digits = Array.from({ length: 200 }, (_, i) => `1${String(3800000000 + i * 7919).padStart(10, '0')}`).join(' ');
    expect([...matches(phones, new ScannedText(digits))].map((m) => [m.index, m[0]])).toEqual(all(phones, digits).map(([i, m]) => [i, m]));
  });
  it('find a pattern registered after a text was scanned', () => {
    const scan = new ScannedText('走失的孩子');
    expect([...matches(childWords, scan)].map((m) => m[0])).toEqual(['孩子']);
    const late = pattern(() => /走失/g);
    expect([...matches(late, scan)].map((m) => m.index)).toEqual([0]);
    expect([...matches(childWords, scan)].map((m) => m[0])).toEqual(['孩子']);
  });
  it('give nothing on empty, emoji-only and invisible texts, without throwing', () => {
    for (const t of ['', '\u{1F476}\u{1F476}', '\u200b\u200e\u202e', '\udc76\ud83d']) {
      const scan = new ScannedText(t);
      for (const p of [childWords, ages, classes, overlapping, phones]) expect([...matches(p, scan)]).toEqual([]);
    }
  });
});
