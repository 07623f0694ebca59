// Words that mean a child (孩子, 小朋友, kid, toddler…) and ages ("6岁", "11 year old").
// Ages of 18 and over are returned as 'adult-age' so the engine can tell who a sentence is about.
import lexicon from '../lexicon/child.json';
import { lazy, termRegex } from '../lexicon/compile.ts';
import { matches, pattern, ScannedText } from '../lexicon/patterns.ts';
import { findAll, type Hit } from './hit.ts';

const childWords = pattern(() => termRegex(lexicon.child, { gate: true }));
const ages = pattern(() => termRegex(lexicon.age, { gate: true }));
const strangers = pattern(() => termRegex(lexicon.stranger));
const ambiguousRe = lazy(() => new RegExp(`^(?:${[...lexicon.ambiguous.zh, ...lexicon.ambiguous.en].join('|')})$`, 'i'));

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十四 → 14, 三十 → 30, 九 → 9 */
export function chineseNumber(s: string): number {
  if (!s.includes('十')) return ZH_DIGITS[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? ZH_DIGITS[tens] ?? NaN : 1) * 10 + (ones ? ZH_DIGITS[ones] ?? NaN : 0);
}

function ageOf(m: RegExpMatchArray): number {
  const whole = m[0];
  if (whole.includes('十几岁')) return 15;
  if (/十(?:多|几)岁$/.test(whole)) return chineseNumber(whole.replace(/十(?:多|几)岁$/, '')) * 10 + 5;
  const n = m.slice(1).find((g) => g !== undefined);
  if (n === undefined) return NaN;
  const years = /^\d+$/.test(n) ? Number(n) : chineseNumber(n);
  return /month|个月/i.test(whole) ? years / 12 : years;
}

/** Child words marked 'ambiguous' (宝宝, "little guy", ages) may mean a pet. */
export function detectChildWords(text: string, scan = new ScannedText(text)): Hit[] {
  const hits = findAll(childWords, scan, 'child');
  for (const h of hits) if (ambiguousRe().test(text.slice(h.start, h.end))) h.detail = 'ambiguous';
  for (const m of matches(ages, scan)) {
    const age = ageOf(m);
    if (!Number.isFinite(age)) continue;
    hits.push({ code: age < 18 ? 'child' : 'adult-age', start: m.index, end: m.index + m[0].length, weight: 1, detail: 'ambiguous' });
  }
  // "这个小男孩", "a little girl": someone else's child (returned as its own code)
  hits.push(...findAll(strangers, scan, 'stranger-child', 0.5));
  return hits.sort((a, b) => a.start - b.start);
}
