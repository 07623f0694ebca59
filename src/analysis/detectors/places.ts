// Where a child can be found: schools and classes, home addresses, streets, stations.
import lexicon from '../lexicon/identifiers.json';
import { lazy, termRegex } from '../lexicon/compile.ts';
import { matches, pattern, type Pattern, ScannedText } from '../lexicon/patterns.ts';
import { findAll, withExtra, type Hit } from './hit.ts';

const schoolZh = pattern(() => new RegExp(lexicon.school.zhSuffix, 'g'));
const schoolEn = pattern(() => new RegExp(lexicon.school.en.join('|'), 'g'));
const classes = pattern(() => termRegex(lexicon.class, { gate: true }));
/** a Hong Kong class code right before a pupil's surname (6B陈大文, P1D谢小明): a 2B pencil or a 5G
 *  phone is followed by no name */
const classCodes = pattern(() => new RegExp(`(?<![A-Za-z0-9])[PS]?[1-6][A-F](?=[${lexicon.surnames}])`, 'g'));
const addressZhNamed = lexicon.address.zhNamed.map((a) => ({ core: pattern(() => new RegExp(a.core, 'g')), length: a.nameLength, cue: lazy(() => ('cue' in a ? new RegExp(`${a.cue}[^，。！？,.!?]{0,12}$`) : null)) }));
const addressOther = pattern(() => new RegExp([...lexicon.address.zh, ...lexicon.address.en].join('|'), 'g'));
const streetEn = pattern(() => new RegExp(lexicon.street.en.join('|'), 'g'));
const stationZh = pattern(() => new RegExp(lexicon.station.zhSuffix, 'g'));
const stationOther = pattern(() => new RegExp([...lexicon.station.zh, ...lexicon.station.en].join('|'), 'g'));

const isNameChar = (c: number) => (c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x30 && c <= 0x39);

/**
 * Finds a place's fixed part (小学, 小区3栋, 路18号, 站…) and takes up to `max` CJK characters or
 * digits before it as its name. Searching for the fixed part first keeps this fast.
 */
function named(fixed: Pattern, scan: ScannedText, code: string, [min, max]: number[], digits = false): (Hit & { nameStart: number; nameEnd: number })[] {
  const { text } = scan;
  const hits: (Hit & { nameStart: number; nameEnd: number })[] = [];
  for (const m of matches(fixed, scan)) {
    let s = m.index;
    while (s > m.index - max && s > 0 && (digits ? isNameChar(text.charCodeAt(s - 1)) : isNameChar(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) > 0x39)) s--;
    if (m.index - s < min) continue;
    hits.push({ code, start: s, end: m.index + m[0].length, weight: 1, nameStart: s, nameEnd: m.index });
  }
  return hits;
}

const stopChars = new Set(lexicon.placeStopChars);

/**
 * Cuts a place's lead-in ("在", "今天", "儿子"…) so "儿子在育才小学" becomes "育才小学": the place
 * name starts after the last stop character or lead-in word inside it.
 */
export function trimLeadIn(hit: Hit, text: string): Hit {
  const s = text.slice(hit.start, hit.end);
  let cut = 0;
  for (let i = 0; i < s.length; i++) if (stopChars.has(s[i])) cut = i + 1;
  for (const w of lexicon.placeLeadIns) {
    const at = s.lastIndexOf(w);
    if (at >= 0 && at + w.length > cut && at + w.length < s.length) cut = at + w.length;
  }
  // never cut into the digits or the suffix: keep at least the last two characters
  cut = Math.min(cut, Math.max(0, s.length - 2));
  return { ...hit, start: hit.start + cut };
}

export function detectSchools(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const h of named(schoolZh, scan, 'school', lexicon.school.zhNameLength)) {
    const t = trimLeadIn(h, text);
    // a school needs a proper name: at least two characters before 小学/中学…
    if (h.nameEnd - t.start >= 2) hits.push({ code: t.code, start: t.start, end: t.end, weight: 1 });
  }
  hits.push(...findAll(schoolEn, scan, 'school'));
  return hits;
}

export function detectClasses(text: string, scan = new ScannedText(text)): Hit[] {
  return withExtra(findAll(classes, scan, 'class'), findAll(classCodes, scan, 'class'));
}

export function detectAddresses(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const { core, length, cue } of addressZhNamed) {
    const estate = cue();
    for (const h of named(core, scan, 'home-address', length)) {
      // an estate named without a building number is a home address only after 家住/住在
      if (estate && !estate.test(text.slice(Math.max(0, h.start - 16), h.nameEnd))) continue;
      if (hits.some((x) => x.start < h.end && h.start < x.end)) continue;
      const t = trimLeadIn(h, text);
      hits.push({ code: t.code, start: t.start, end: t.end, weight: 1 });
    }
  }
  for (const h of findAll(addressOther, scan, 'home-address')) if (!hits.some((x) => x.start < h.end && h.start < x.end)) hits.push(h);
  return hits.sort((a, b) => a.start - b.start);
}

export function detectStreets(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(streetEn, scan, 'street');
}

export function detectStations(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const h of named(stationZh, scan, 'station', lexicon.station.zhNameLength, true)) {
    const t = trimLeadIn(h, text);
    let name = text.slice(t.start, h.nameEnd);
    for (const p of lexicon.stationStopPrefixes) if (name.endsWith(p)) name = name.slice(0, -p.length);
    if (name.length >= 2 && !/^\d/.test(name)) hits.push({ code: t.code, start: t.start, end: t.end, weight: 1 }); // "在汽车站", "2号线…": no station name
  }
  hits.push(...findAll(stationOther, scan, 'station'));
  return hits;
}
