// A child's name, found after a cue (我家儿子张一帆, 五年级的刘子涵, "our son Ethan Park",
// "little Sophie"), before a cue (刘一诺小朋友), or as a common English first name + surname.
// Also a parent's full name next to a found or missing child (detail 'parent'), and a common
// English first name alone (code 'first-name': it identifies a child only with a school).
import lexicon from '../lexicon/identifiers.json';
import { lazy } from '../lexicon/compile.ts';
import { everyMatch, matches, matchesSomewhere, pattern, ScannedText } from '../lexicon/patterns.ts';
import type { Hit } from './hit.ts';

const SURNAME = `(?:${lexicon.compoundSurnames.join('|')}|[${lexicon.surnames}])`;
const GIVEN = `[^\\s${lexicon.givenNameStopChars}\\p{P}\\p{S}\\dA-Za-z]`;
const ZH_NAME = `${SURNAME}${GIVEN}{1,2}`;
const EN_CAP = "[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?";
const FIRST = `(?:${lexicon.givenNamesEn.join('|')})`;

const zhBefore = pattern(() => new RegExp(`(?:${lexicon.nameCuesBefore.zh.join('|')})[,、: ]?(${ZH_NAME})`, 'gu'));
// 刘一诺小朋友: the name pattern is tried only just before a cue (rare, and found by a quick
// scan), not at every character: most characters are some surname
const zhAfterAt = lazy(() => new RegExp(`(${SURNAME}${GIVEN}{1,2}?)(?:${lexicon.nameCuesAfter.zh.join('|')})`, 'uy'));
const zhCueAfter = pattern(() => new RegExp(lexicon.nameCuesAfter.zh.join('|'), 'g'));
/** the longest name before a cue, in code units: a compound surname and two given characters,
 *  each of them possibly outside the BMP */
const NAME_BEFORE_CUE = 6;
const enCued = pattern(() => new RegExp(`(?<![A-Za-z])(?:${lexicon.nameCuesBefore.en.join('|')}),? (${EN_CAP}(?: ${EN_CAP})?)`, 'giu'));
const enFull = pattern(() => new RegExp(`(?<![A-Za-z])(${FIRST} ${EN_CAP})(?![A-Za-z])`, 'gu'));
// "Jordan Hayes, 10," / "Mia Lopez (7)": any capitalised full name followed by an age
const P = lexicon.parentNames;
const zhParent = pattern(() => new RegExp(`${P.zhCues}(${ZH_NAME})`, 'gu'));
const enParent = pattern(() => new RegExp(`(?<![A-Za-z])${P.enCues},? (${EN_CAP}(?: and ${EN_CAP})? ${EN_CAP})(?![A-Za-z])`, 'giu'));
const foundOrMissing = pattern(() => new RegExp(P.foundOrMissing, 'gi'));
const MAX_FIRST_NAMES = 20;
const SCHOOL_WORD = pattern(() => /Elementary|Primary|Middle|High|School|Academy|Kindergarten|Preschool/g);
const enFirst = pattern(() => new RegExp(`(?<![A-Za-z])${FIRST}(?![A-Za-z])`, 'gu'));
const enAged = pattern(() => new RegExp(`(?<![A-Za-z])(${EN_CAP} ${EN_CAP}),? (?:\\(\\d{1,2}\\)|\\d{1,2},|aged \\d)`, 'gu'));
// "Maya Torres, a third grader at …": a capitalised full name in apposition to a pupil
const enPupil = pattern(() => new RegExp(`(?<![A-Za-z])(${EN_CAP} ${EN_CAP}), an? (?:[a-z]+ )?(?:student|pupil|grader|kindergart(?:e)?ner)(?![A-Za-z])`, 'gu'));

/** words that follow a cue but are not names */
const NOT_NAMES = new Set(['The', 'This', 'That', 'He', 'She', 'They', 'Is', 'Was', 'Has', 'And', 'But', 'In', 'At', 'On', 'Day', 'Needs', 'Started', 'Turned', 'Had']);

const stopWords = lexicon.nameStopWords;

function push(hits: Hit[], start: number, name: string, detail: string = name) {
  const end = start + name.length;
  if (stopWords.some((w) => name.includes(w))) return;
  if (hits.some((h) => h.start < end && start < h.end)) return;
  hits.push({ code: 'name', start, end, weight: 1, detail });
}

/** The matches `text.matchAll` would give for the name-before-cue pattern: a match ends in a cue,
 *  so it can only start a few units before one, and only those starts are tried. */
function namesBeforeCues(scan: ScannedText): RegExpExecArray[] {
  const { text } = scan;
  const cues = everyMatch(zhCueAfter, scan); // cues may overlap
  const starts: number[] = [];
  for (let i = 0; i < cues.length; i += 2) {
    for (let at = Math.max(0, cues[i] - NAME_BEFORE_CUE); at <= cues[i] - 2; at++) if (at > (starts[starts.length - 1] ?? -1)) starts.push(at);
  }
  const re = zhAfterAt();
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    from = re.lastIndex;
  }
  return out;
}

export function detectNames(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  if (matchesSomewhere(foundOrMissing, scan)) {
    for (const m of matches(zhParent, scan)) push(hits, m.index + m[0].length - m[1].length, m[1], 'parent');
    for (const m of matches(enParent, scan)) if (/^[A-Z]/.test(m[1])) push(hits, m.index + m[0].length - m[1].length, m[1], 'parent');
  }
  for (const m of matches(zhBefore, scan)) push(hits, m.index + m[0].length - m[1].length, m[1]);
  for (const m of namesBeforeCues(scan)) push(hits, m.index, m[1]);
  for (const m of matches(enCued, scan)) {
    // the cue is case-insensitive, the name must be capitalised
    const words = m[1].split(' ');
    if (!/^[A-Z]/.test(words[0]) || NOT_NAMES.has(words[0])) continue;
    const name = words.length > 1 && (!/^[A-Z]/.test(words[1]) || NOT_NAMES.has(words[1])) ? words[0] : m[1];
    push(hits, m.index + m[0].length - m[1].length, name);
  }
  for (const m of matches(enFull, scan)) push(hits, m.index, m[1]);
  for (const re of [enAged, enPupil]) for (const m of matches(re, scan)) if (!NOT_NAMES.has(m[1].split(' ')[0])) push(hits, m.index, m[1]);
  // a first name alone matters only next to a school: look for one only then, and a few are
  // enough (a 100,000-character paste of names must not cost a check of every pair)
  if (matchesSomewhere(SCHOOL_WORD, scan)) {
    let seen = 0;
    for (const m of matches(enFirst, scan)) {
      if (++seen > MAX_FIRST_NAMES) break;
      const end = m.index + m[0].length;
      if (!hits.some((h) => h.start < end && m.index < h.end)) hits.push({ code: 'first-name', start: m.index, end, weight: 1, detail: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
