// Where a child sits an exam (第3考场，座位号12; 准考证号; "exam hall B, seat 17"): a place and an
// hour at which a stranger can find them. A seat number counts only where an exam is named: a
// classroom or a concert seat is not one.
import lexicon from '../lexicon/identifiers.json';
import { lazy } from '../lexicon/compile.ts';
import { matches, pattern, ScannedText } from '../lexicon/patterns.ts';
import type { Hit } from './hit.ts';

const E = lexicon.examSeats;
const rooms = pattern(() => new RegExp(E.zh, 'g'));
const seatsEn = pattern(() => new RegExp(E.en, 'gi'));
const examNamed = lazy(() => new RegExp(E.examEn, 'i'));

export function detectExamSeats(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches(rooms, scan)) hits.push({ code: 'exam-seat', start: m.index, end: m.index + m[0].length, weight: 1 });
  const english = [...matches(seatsEn, scan)];
  if (english.length && examNamed().test(text)) for (const m of english) hits.push({ code: 'exam-seat', start: m.index, end: m.index + m[0].length, weight: 1 });
  return hits;
}
