// How the learned text model and the rules decide together. The rules stay the floor:
//   - a photo, a child shown or meant, no rule warning, and the model sure enough (p ≥ add) → warn;
//   - a rule warning that the model finds very unlikely (p < temper: an everyday family post that
//     shares a word with a risk sign) → caution: the post is still held, with a gentler note;
//   - below a lower bound (veto, under every risky training post's out-of-fold score) → none;
//   - otherwise the rules' verdict.
// With a second stage (stack.ts), its probability — the model's score weighed with the rules'
// findings — is the one compared. Thresholds are per language, chosen by cross-validation inside
// the training data (`npm run train`). Besides, the model's own score may add a warning the stage
// did not (unseenAdd): its bar is chosen on the blind rounds at first sight, where the rules meet
// wording they were not fitted to. Every model-driven verdict quotes the words that moved the model.
import { detectChildWords } from '../detectors/childWords.ts';
import { adoptedStory, detectContexts, elderlySubject, falseAlarm, foundSafe, longAgo } from '../detectors/traps.ts';
import { matchesSomewhere, pattern } from '../lexicon/patterns.ts';
import { message } from '../messages.ts';
import type { Signals } from '../signals.ts';
import { toSource, type NormalizedText } from '../text/normalize.ts';
import type { Evidence, Level, Locale, Reason, Severity } from '../types.ts';
import type { Judgement } from '../verdict.ts';
import { stackFeatures, stackProbability } from './stack.ts';
import { languageOf } from './features.ts';
import { phrases, scoreText, shippedModel, type Contribution, type LoadedModel, type Thresholds } from './text-model.ts';

export interface RuleView {
  level: Level;
  hasPhoto: boolean;
  /** a child's face in a photo, or words for a child */
  child: boolean;
}

export type ModelEffect = 'added' | 'tempered' | 'vetoed' | null;

/** The combined level from the rules' verdict and the model's probability (null: no text to score). */
export function combineLevel(rules: RuleView, p: number | null, th: Thresholds): { level: Level; effect: ModelEffect } {
  if (p === null) return { level: rules.level, effect: null };
  if (rules.level === 'warn' && th.veto !== undefined && p < th.veto) return { level: 'none', effect: 'vetoed' };
  if (rules.level === 'warn' && p < th.temper) return { level: 'caution', effect: 'tempered' };
  if (rules.level !== 'warn' && rules.hasPhoto && rules.child && p >= th.add) return { level: 'warn', effect: 'added' };
  return { level: rules.level, effect: null };
}

/** Words no one would call the reason for a verdict; the model may lean on them, the quote skips them. */
const FUNCTION_WORDS = new Set(
  'a an the in on at of from to for by with and or but is are was were be been am i me my we our you your he his she her it its they their them this that these those so as if lol just has have had do does did will would can could'.split(' '),
);
const WORD_UNIT = /[\p{L}\p{N}']/u;

/** A span widened to whole words, so a subword n-gram ("dinn") quotes its word ("dinner"). */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  const isCjk = (i: number) => /\p{Script=Han}/u.test(text[i] ?? '');
  while (start > 0 && WORD_UNIT.test(text[start - 1]) && !isCjk(start - 1) && !isCjk(start)) start--;
  while (end < text.length && WORD_UNIT.test(text[end]) && !isCjk(end) && !isCjk(end - 1)) end++;
  return { start, end };
}

function quotes(nt: NormalizedText, contributions: Contribution[]): Evidence[] {
  const spans = contributions
    .map((c) => ({ ...c, ...wholeWords(nt.text, c.start, c.end) }))
    .filter((c) => !FUNCTION_WORDS.has(nt.text.slice(c.start, c.end).toLowerCase()));
  return phrases(spans).map(({ start, end }) => {
    const span = toSource(nt, start, end);
    return { kind: 'text' as const, quote: nt.source.slice(span.start, span.end), start: span.start, end: span.end };
  }).filter((e) => e.quote.trim());
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Adds the model's reasons to the rules' ones, most severe first, order kept within a severity. */
export function mergeReasons(base: Reason[], extra: Reason[]): Reason[] {
  return [...base, ...extra].map((r, i) => ({ r, i })).sort((a, b) => RANK[a.r.severity] - RANK[b.r.severity] || a.i - b.i).map(({ r }) => r);
}

export interface ModelOutcome {
  judgement: Judgement;
  effect: ModelEffect;
  reasons: Reason[];
  /** the model's probability, null when the text holds nothing to score */
  p: number | null;
  /** the second stage's probability (model score + the rules' findings), null without one */
  q: number | null;
}

/** Below this length the model overrules a rule warning only when it is far surer: a short
 *  sentence that names the harm (幼女遭强奸, 被遣返的移民儿童) gives it a handful of n-grams, too
 *  few to call it ordinary. There it tempers the warning (the post is still held) only under
 *  SHORT_TEMPER × the temper threshold, and never sets it aside. Adding a warning has no such
 *  bound: news of children at risk is often shared as a short headline, and the thresholds were
 *  chosen over short and long texts alike. */
export const OVERRULE_MIN = { zh: 30, en: 16 } as const;
/** Half the temper threshold: in the nested CV (other fold seeds) 0.5–0.6 tempered as many
 *  ordinary short posts as no guard at all, while the short explicit sentences of the rule classes
 *  kept their warnings; 0.3 tempered none. */
export const SHORT_TEMPER = 0.5;

function substantial(text: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') return (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= OVERRULE_MIN.zh;
  return (text.match(/[A-Za-z]+/g)?.length ?? 0) >= OVERRULE_MIN.en;
}

/** The child has been found, or is home safe: the model reads 'child' and 'missing' in such a
 *  post and scores it like an alert, so it adds no warning the rules did not give (a rule warning
 *  stays: a child found after an abduction is still a child at risk). Normalised text: simplified. */
const FOUND_SAFE = pattern(() => /(?:已经?|终于|平安)被?(?:找到|找回|寻回|回家|到家)|(?:找到|找回|寻回)了(?![吗么没])|平安(?:归来|无事|无恙)|\b(?:has|have|had) been (?:found|located)\b(?!\s+(?:wandering|alone|abandoned|dead|injured|hurt|living|sleeping|begging|in|on|at|near|under))|\b(?:found|located) (?:safe|unharmed|well)\b|\bsafe(?:ly)? (?:home|back|and sound)\b|\bback home safe/gi);

/** The rules found that the one described is an adult or a pet (27岁的女孩, "a 24-year-old girl",
 *  "my fur baby"), a child of long ago who is grown up now, children in a film, a book or code,
 *  or the child is found, or the risk word is only supposed or denied: the model, which cannot tell
 *  who is meant, when, nor whether it is a story, adds no warning over that. */
const NOT_FOR_THE_MODEL = ['adult', 'pet', 'past', 'found', 'adopted', 'milestone', 'review', 'tech'] as const;
function notForTheModelToAdd(s: Signals, text: string): boolean {
  if (NOT_FOR_THE_MODEL.some((c) => s.suppressedBy.has(c)) || matchesSomewhere(FOUND_SAFE, s.scan)) return true;
  // the rules read the risk word as supposed or denied (advice, a fear, 并非被拐)
  if (s.supposed) return true;
  // every child word was an adult's ("girl" next to an adult age): the words mean an adult
  return s.childWords.length === 0 && detectChildWords(text, s.scan).some((h) => h.code === 'adult-age');
}

/** Where the model's own score may add a warning the rules did not give: a text long enough for
 *  its n-grams to be read (short sentences sway it: "pulled her hair into a ponytail"), no sick
 *  child (an illness without a plea is a caution, and illness words alone pull the score up), and
 *  nothing the rules read as another subject, a story or its end (a film, a pet, an adult, an old
 *  person, long ago, found safe, a false alarm, an adoption), whether or not it explained a sign. */
export function mayAddUnseen(s: Signals, lang: 'zh' | 'en'): boolean {
  if (!substantial(s.text.text, lang) || s.suppressedBy.size || s.sick.length || s.otherSubjects.length) return false;
  const told = [detectContexts, longAgo, foundSafe, falseAlarm, adoptedStory, elderlySubject];
  return !told.some((find) => find(s.text.text, s.scan).length > 0);
}

/** The model reads this much of a draft (normalised): a post is far shorter, and the bound keeps
 *  a pasted book within the time budget. */
export const MODEL_MAX_CHARS = 20_000;

const modelText = (s: Signals) => (s.text.text.length > MODEL_MAX_CHARS ? s.text.text.slice(0, MODEL_MAX_CHARS) : s.text.text);
/** the thresholds that decide: the second stage's where there is one */
const thresholdsFor = (model: LoadedModel, lang: 'zh' | 'en'): Thresholds => (model.stack ? model.stack.thresholds[lang] : model.thresholds[lang]);

/** Whether scoring the draft could change its verdict or its reasons: the model tempers a rule
 *  warning, or adds a warning and quotes its words where its language's add threshold can be
 *  reached, or its own add can, over a photo and a child. Where none can (no rule warning, the
 *  stage's add above any probability, and no photo of a child for the model's own add: a Chinese
 *  draft without a photo in the shipped model) the draft keeps the rules' judgement unscored, the
 *  same outcome at less cost. */
export function modelMayMatter(s: Signals, rules: Judgement, model: LoadedModel = shippedModel()): boolean {
  if (rules.level === 'warn') return true;
  const lang = languageOf(modelText(s));
  if (thresholdsFor(model, lang).add <= 1) return true;
  // only the model's own add is left, and a warning is added only over a photo and a child
  return (model.unseenAdd?.[lang] ?? 2) <= 1 && s.hasPhoto && (rules.childShown || rules.childMeant);
}

/** Scores the draft's text (normalised by the rules already) and combines it with their judgement. */
export function withTextModel(s: Signals, rules: Judgement, locale: Locale, model: LoadedModel = shippedModel()): ModelOutcome {
  const nt = s.text;
  const scored = scoreText(modelText(s), model);
  const p = scored.features > 1 ? scored.p : null;
  // with a second stage, its probability decides, on its own thresholds
  const q = p !== null && model.stack ? stackProbability(model.stack, stackFeatures(s, rules, p, scored.lang)) : null;
  const decide = model.stack ? q : p;
  const th = thresholdsFor(model, scored.lang);
  const view = { level: rules.level, hasPhoto: s.hasPhoto, child: rules.childShown || rules.childMeant };
  let combined = combineLevel(view, decide, th);
  // the model's own score, where the rules gave no warning, at the bar chosen on unseen wording
  const unseenBar = model.unseenAdd?.[scored.lang] ?? 2;
  const unseen = rules.level !== 'warn' && combined.effect === null && combineLevel(view, p, { add: unseenBar, temper: 0 }).effect === 'added' && mayAddUnseen(s, scored.lang);
  if (unseen) combined = { level: 'warn', effect: 'added' };
  const toward = (decide !== null && decide >= th.add) || unseen ? quotes(nt, scored.towardRisk) : [];
  const away = decide !== null && decide < th.temper ? quotes(nt, scored.awayFromRisk) : [];
  // no verdict without its words: a score with nothing to quote changes nothing
  const overrules = combined.effect === 'tempered' || combined.effect === 'vetoed';
  if (overrules && !substantial(nt.text, scored.lang)) {
    combined = decide! < th.temper * SHORT_TEMPER ? { level: 'caution', effect: 'tempered' } : { level: rules.level, effect: null };
  }
  const unexplained = (combined.effect === 'added' && !toward.length) || (overrules && !away.length);
  const notMine = combined.effect === 'added' && notForTheModelToAdd(s, nt.text);
  const { level, effect } = unexplained || notMine ? { level: rules.level, effect: null } : combined;
  const reasons: Reason[] = [];
  if (toward.length && !notMine) reasons.push({ code: 'vulnerable-wording', severity: effect === 'added' ? 'high' : 'medium', message: message('vulnerable-wording', locale), evidence: toward });
  if (effect === 'tempered' || effect === 'vetoed') reasons.push({ code: 'context-ordinary-wording', severity: 'low', message: message('context-ordinary-wording', locale), evidence: away });
  let judgement = rules;
  if (effect === 'added') {
    const [x, bar] = unseen ? [p!, unseenBar] : [decide!, th.add];
    judgement = { ...rules, level, score: Math.round((0.7 + (0.3 * (x - bar)) / Math.max(1e-6, 1 - bar)) * 1000) / 1000 };
  } else if (effect === 'tempered') judgement = { ...rules, level, score: 0.55 };
  else if (effect === 'vetoed') judgement = { ...rules, level, score: 0.3 };
  return { judgement, effect, reasons, p, q };
}
