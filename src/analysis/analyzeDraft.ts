// The engine's entry point: draft → verdict. Synchronous, never throws.
import { buildReasons } from './reasons.ts';
import { message } from './messages.ts';
import { mergeReasons, modelMayMatter, withTextModel } from './model/combine.ts';
import { collectSignals } from './signals.ts';
import { LOCALES, type Draft, type Face, type Locale, type PhotoFacts, type Verdict } from './types.ts';
import { judge } from './verdict.ts';

function asLocale(x: unknown): Locale {
  if (typeof x !== 'string') return 'en';
  if ((LOCALES as readonly string[]).includes(x)) return x as Locale;
  const lower = x.toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(lower)) return 'zh-TW';
  if (lower.startsWith('zh')) return 'zh-CN';
  return 'en';
}

const num = (x: unknown, fallback = 0) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);

function asFace(x: any): Face | null {
  if (!x || typeof x !== 'object') return null;
  const b = x.box && typeof x.box === 'object' ? x.box : {};
  return { age: num(x.age, NaN), child: x.child === true, box: { x: num(b.x), y: num(b.y), width: num(b.width), height: num(b.height) } };
}

function asPhoto(x: any, i: number): PhotoFacts {
  const p = x && typeof x === 'object' ? x : {};
  const gps = p.gps && Number.isFinite(p.gps.lat) && Number.isFinite(p.gps.lon) ? { lat: p.gps.lat, lon: p.gps.lon } : null;
  return {
    ...p,
    id: typeof p.id === 'string' ? p.id : String(i),
    gps,
    places: Array.isArray(p.places) ? p.places.filter((s: unknown) => typeof s === 'string' && s.trim()) : undefined,
    faces: Array.isArray(p.faces) ? p.faces.map(asFace).filter((f: Face | null): f is Face => f !== null) : [],
    text: typeof p.text === 'string' ? p.text : '',
    checked: p.checked ?? { metadata: false, faces: false, text: false },
  };
}

/** Makes any input a well-formed draft: bad fields become empty ones. */
export function sanitizeDraft(x: unknown): Draft {
  const d: any = x && typeof x === 'object' ? x : {};
  return {
    text: typeof d.text === 'string' ? d.text : '',
    photos: Array.isArray(d.photos) ? d.photos.map(asPhoto) : [],
    locale: asLocale(d.locale),
  };
}

export function analyzeDraft(draft: Draft): Verdict {
  let locale: Locale = 'en';
  try {
    const clean = sanitizeDraft(draft);
    locale = clean.locale;
    const signals = collectSignals(clean);
    const rules = judge(signals);
    const model = modelMayMatter(signals, rules) ? withTextModel(signals, rules, locale) : null;
    const j = model?.judgement ?? rules;
    return { level: j.level, score: j.score, reasons: mergeReasons(buildReasons(signals, j, locale), model?.reasons ?? []) };
  } catch {
    // a bug must not block posting silently nor crash the host: say the draft could not be read
    return { level: 'none', score: 0, reasons: [{ code: 'invalid-draft', severity: 'low', message: message('invalid-draft', locale), evidence: [] }] };
  }
}

/** Compiles the lexicons now (~40–80 ms once) so the first real draft is scored at full speed. */
export function warmUpEngine(): void {
  analyzeDraft({ text: '预热 warm-up 孩子 child 13800138000', photos: [], locale: 'en' });
}
