// Phone numbers: mainland mobile (1[3-9]x xxxx xxxx, also with the middle masked), Taiwan mobile
// (09xx-xxx-xxx, +886 9…), mainland landline with area code (027-88852022), international (+1 415…, +44…), North American, and a
// 7- or 8-digit local number right after a phone cue (联系电话：5551234, "call 555-0143").
// Public hotlines (110, 12355, NCMEC…), toll-free business numbers and a number given as an
// organisation's enquiry line (咨询电话, "hotline") are not a family's phone.
import lexicon from '../lexicon/identifiers.json';
import { lazy } from '../lexicon/compile.ts';
import { matches, pattern, ScannedText } from '../lexicon/patterns.ts';
import type { Hit } from './hit.ts';

const P = lexicon.phones;
const kinds = [
  { kind: 'mobile-cn', numbers: pattern(() => new RegExp(P.mobileCn, 'g')) },
  { kind: 'mobile-tw', numbers: pattern(() => new RegExp(P.mobileTw, 'g')) },
  { kind: 'landline-cn', numbers: pattern(() => new RegExp(P.landlineCn, 'g')) },
  { kind: 'international', numbers: pattern(() => new RegExp(P.international, 'g')) },
  { kind: 'north-america', numbers: pattern(() => new RegExp(P.northAmerica, 'g')) },
  // a local number counts only right after a phone cue (localCue): without one a 7-digit run
  // is as likely an order number or a score
  { kind: 'local', numbers: pattern(() => new RegExp(P.local, 'g')) },
];
const localCue = lazy(() => new RegExp(P.localCue, 'i'));
/** an organisation's enquiry line (咨询电话, "hotline") is not a family's number */
const orgLineCue = lazy(() => new RegExp(P.orgLineCue, 'i'));

/** enough to judge and to quote; a paste of thousands must not cost a check of every pair */
const MAX_PHONES = 50;
const digitsOf = (s: string) => s.replace(/\D/g, '');

function isPublicNumber(raw: string, kind: string): boolean {
  const d = digitsOf(raw);
  if (P.hotlines.some((h) => digitsOf(h) === d)) return true;
  // toll-free and service numbers belong to businesses and helplines, not to a family
  const national = kind === 'north-america' && d.length === 11 ? d.slice(1) : kind === 'international' && d.startsWith('1') ? d.slice(1) : d;
  if (kind === 'mobile-cn' || kind === 'mobile-tw') return false;
  return P.tollFreePrefixes.some((p) => national.startsWith(p));
}

export function detectPhones(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const { kind, numbers } of kinds) {
    for (const m of matches(numbers, scan)) {
      if (hits.length >= MAX_PHONES) break;
      const number = m[0];
      const start = m.index;
      const end = start + number.length;
      if (hits.some((h) => h.start < end && start < h.end)) continue; // first kind wins
      if (kind === 'local' && !localCue().test(text.slice(Math.max(0, start - 30), start))) continue;
      if (isPublicNumber(number, kind) || orgLineCue().test(text.slice(Math.max(0, start - 12), start))) continue;
      hits.push({ code: 'phone-number', start, end, weight: 1, detail: number.includes('*') ? `${kind} masked` : kind });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
