// Reasons with localised messages and evidence pointing into the original text or the photos.
import { message } from './messages.ts';
import type { Located, Signals } from './signals.ts';
import { toSource } from './text/normalize.ts';
import type { Evidence, Locale, Reason, Severity } from './types.ts';
import type { Judgement } from './verdict.ts';

const MAX_EVIDENCE = 8;

function evidenceOf(l: Located): Extract<Evidence, { kind: 'text' | 'photo-text' }> {
  const { start, end } = toSource(l.source.nt, l.hit.start, l.hit.end);
  const quote = l.source.nt.source.slice(start, end);
  return l.source.photo === undefined ? { kind: 'text', quote, start, end } : { kind: 'photo-text', photo: l.source.photo, quote };
}

function evidenceList(ls: Located[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  // longest first at each position, so a quote inside an earlier one ("家长在哪" in "问她家长在哪") is dropped
  const sorted = [...ls].sort((a, b) => (a.source.photo ?? -1) - (b.source.photo ?? -1) || a.hit.start - b.hit.start || b.hit.end - a.hit.end);
  const kept: Located[] = [];
  for (const l of sorted) {
    if (kept.some((k) => k.source === l.source && k.hit.start <= l.hit.start && l.hit.end <= k.hit.end)) continue;
    const e = evidenceOf(l);
    // the same quote at the same place (or in the same photo) once
    const key = e.kind === 'text' ? `t${e.start}:${e.end}:${e.quote}` : `p${e.photo}:${e.quote}`;
    if (seen.has(key) || ('quote' in e && !e.quote.trim())) continue;
    kept.push(l);
    seen.add(key);
    out.push(e);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

const IDENTIFIER_SEVERITY: Record<string, Severity> = {
  'home-address': 'high', 'phone-number': 'high', 'id-number': 'high', name: 'medium', 'school-class': 'medium',
  'licence-plate': 'medium', 'exam-seat': 'medium', station: 'low', street: 'low',
};

export function buildReasons(s: Signals, j: Judgement, locale: Locale): Reason[] {
  const reasons: Reason[] = [];
  const add = (code: string, severity: Severity, evidence: Evidence[]) => reasons.push({ code, severity, message: message(code, locale), evidence });

  for (const [category, ls] of s.vulnerable) add(`vulnerable-${category}`, j.level === 'none' ? 'medium' : 'high', evidenceList(ls));
  if (s.childFaces.length) {
    add('child-face', j.level === 'warn' ? 'high' : 'medium', s.childFaces.slice(0, MAX_EVIDENCE).map(({ photo, face }) => ({ kind: 'photo-face', photo, age: face.age, box: face.box })));
  }
  if (s.childWords.length) add('child-words', 'medium', evidenceList(s.childWords));
  if (s.sick.length && !s.vulnerable.has('sick-fundraising')) add('sick-child', 'medium', evidenceList(s.sick));
  if (j.childShown || j.childMeant) {
    for (const [code, ls] of s.identifiers) add(code, IDENTIFIER_SEVERITY[code] ?? 'low', evidenceList(ls));
  }
  if (s.gps.length) add('photo-gps', j.childShown || j.childMeant ? 'high' : 'low', s.gps.map(({ photo, point }) => ({ kind: 'photo-gps', photo, lat: point.lat, lon: point.lon })));
  if (s.places.length && (j.childShown || j.childMeant)) add('photo-place', 'low', s.places.slice(0, MAX_EVIDENCE).map(({ photo, place }) => ({ kind: 'photo-place', photo, place })));
  for (const [ctx, ls] of s.suppressedBy) add(`context-${ctx}`, 'low', evidenceList(ls));
  // the verdict may be missing what an unreadable photo shows: say so
  if (s.unchecked.length) add('photo-unchecked', 'medium', []);
  // nor what a photo's text says past the point its reading ran out of time
  if (s.textPartial.length) add('photo-text-partial', 'medium', []);

  const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return reasons.map((r, i) => ({ r, i })).sort((a, b) => rank[a.r.severity] - rank[b.r.severity] || a.i - b.i).map(({ r }) => r);
}
