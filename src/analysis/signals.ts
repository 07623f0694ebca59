// From detector hits to signals: which words are about a child, which risk signs apply to a child
// (and not to a dog or a grandmother in the same post), which identifiers and photo facts exist.
import { detectAll, type Findings } from './detectors/index.ts';
import { distance, overlaps, SpanIndex, type Hit } from './detectors/hit.ts';
import { adoptedStory, alertFormat, elderlySubject, everydayCause, falseAlarm, foundSafe, generalCue, longAgo, particularChild, proudMilestone, universityStudent, type TrapContext } from './detectors/traps.ts';
import { graveIllness, saysAllSafe } from './detectors/vulnerability.ts';
import { lazy } from './lexicon/compile.ts';
import { ScannedText } from './lexicon/patterns.ts';
import { normalizeText, type NormalizedText } from './text/normalize.ts';
import type { Draft, Face, GpsPoint } from './types.ts';

/** One text the detectors read: the draft itself or the text read from photo `photo`. */
export interface Source {
  nt: NormalizedText;
  /** nt.text, for the lexicons' patterns: asked by the detectors and by the cues looked for later */
  scan: ScannedText;
  photo?: number;
  findings: Findings;
}

export interface Located {
  hit: Hit;
  source: Source;
}

export interface Signals {
  /** the draft's own text, normalised */
  text: NormalizedText;
  /** that text, for the lexicons' patterns asked after the detectors */
  scan: ScannedText;
  hasPhoto: boolean;
  childFaces: { photo: number; face: Face }[];
  childWords: Located[];
  /** risk signs that apply to a child, by category */
  vulnerable: Map<string, Located[]>;
  /** risk signs that were found but explained away, by the context that explained them */
  suppressedBy: Map<TrapContext, Located[]>;
  sick: Located[];
  identifiers: Map<string, Located[]>;
  gps: { photo: number; point: GpsPoint }[];
  places: { photo: number; place: string }[];
  /** subjects other than a child: pets, adults */
  otherSubjects: Located[];
  /** photos that could not be fully checked (their `error`), by index */
  unchecked: number[];
  /** photos whose text was read only in part (the reading ran out of time) */
  textPartial: number[];
  /** the draft's own text holds a sign it only supposes, denies or jokes about */
  supposed: boolean;
}

const NOT_ON_THEIR_OWN = new Set(['sick', 'sick-weak', 'fundraising', 'appeal', 'distress', 'alone-weak', 'labour-weak', 'lost-weak', 'harm-weak', 'stranger']);
/** weak signs that add up: two different ones make a child look at risk */
const WEAK = ['appeal', 'distress', 'alone-weak', 'labour-weak', 'lost-weak', 'harm-weak', 'stranger'];
/** a plain sick word counts with a plea for money this close to it (无钱治病, "our son's treatment"),
 *  not with one a few sentences on (a hospital named, then 爱心接力 at the end) */
const NEAR_PLEA = 24;
/** Is a hit of `a` within `within` code units of a hit of `b` in the same text? */
function near(a: Located[], b: Located[], within: number): boolean {
  if (!a.length || !b.length) return false;
  const index = new Map<Source, SpanIndex>();
  for (const s of new Set(b.map((y) => y.source))) index.set(s, new SpanIndex(b.filter((y) => y.source === s).map((y) => y.hit)));
  return a.some((x) => (index.get(x.source)?.distance(x.hit.start, x.hit.end) ?? Infinity) <= within);
}
/** 1 for the code units that end a clause; a table, because a Set lookup per character showed in profiles */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const c of ',，。！？!?；;\n:：') CLAUSE_MARKS[c.charCodeAt(0)] = 1;

/** and those that end a sentence */
const SENTENCE_MARKS = new Uint8Array(0x10000);
for (const c of '。！？!?\n') SENTENCE_MARKS[c.charCodeAt(0)] = 1;

/** clause (or, with SENTENCE_MARKS, sentence) number of every character: punctuation (and ". ")
 *  ends one */
function clauseIds(text: string, marks = CLAUSE_MARKS): Int32Array {
  const ids = new Int32Array(text.length + 1);
  let id = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (marks[c] || (c === 0x2e && (i + 1 >= text.length || text.charCodeAt(i + 1) <= 0x20))) id++;
    ids[i] = id;
  }
  ids[text.length] = id;
  return ids;
}

/** where each sentence starts, by sentence number (from clauseIds with SENTENCE_MARKS) */
function sentenceStarts(ids: Int32Array): Int32Array {
  const starts = new Int32Array(ids[ids.length - 1] + 2);
  for (let i = ids.length - 1; i >= 0; i--) starts[ids[i]] = i;
  starts[starts.length - 1] = ids.length - 1;
  return starts;
}

/** The gap from `h` to the nearest of `sorted` (by start) that lies within [lo, hi). */
function gapWithin(sorted: Hit[], h: Hit, lo: number, hi: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (sorted[m].start < h.start) a = m + 1;
    else b = m;
  }
  let best = Infinity;
  for (const x of [sorted[a - 1], sorted[a]]) {
    if (!x || x.start < lo || x.end > hi) continue;
    best = Math.min(best, Math.max(0, x.start - h.end, h.start - x.end));
  }
  return best;
}

/** The clauses that `hits` start or end in. */
function clausesOf(hits: Hit[], clauses: Int32Array): Set<number> {
  const ids = new Set<number>();
  for (const x of hits) {
    ids.add(clauses[x.start]);
    ids.add(clauses[Math.max(x.start, x.end - 1)]);
  }
  return ids;
}

/** a child who may be sought for decades: a story from long ago does not make them grown up */
const STILL_SOUGHT = new Set(['missing', 'abducted', 'trafficked', 'lost', 'runaway']);
/** Stories that end a notice, each with the only risk categories it ends: a missing or lost child
 *  found safe, or the alarm false: an abduction, abuse or neglect that did not happen (a child
 *  found after an abduction, or found alone, is still at risk); a proud parent's milestone (the
 *  child alone on purpose); a family's adoption story (the child who was in care or orphaned has a
 *  home now). Asked in this order. */
const FOUND_ENDS = ['missing', 'lost', 'runaway', 'alone', 'signs', 'disabled'];
const ENDINGS: { context: TrapContext; ends: Set<string>; told: (text: string, scan: ScannedText) => Hit[] }[] = [
  { context: 'found', ends: new Set(FOUND_ENDS), told: foundSafe },
  { context: 'found', ends: new Set([...FOUND_ENDS, 'abducted', 'trafficked', 'abused', 'neglected']), told: falseAlarm },
  { context: 'milestone', ends: new Set(['alone']), told: proudMilestone },
  { context: 'adopted', ends: new Set(['in-care', 'orphaned']), told: adoptedStory },
];

/** a plea to the police, 110 or 911 */
const POLICE = /police|911|110|警/i;
/** kinship words that name someone's offspring of any age */
const OFFSPRING = /^(?:儿子|女儿|闺女|sons?|daughters?)$/i;
/** words for a young person that also name a young adult (not 小孩, 宝宝, "kid", nor an age) */
const YOUNG_PERSON = /^(?:女孩儿?|男孩儿?|孙女|孙子|儿子|女儿|闺女|孩子|girls?|boys?|sons?|daughters?|granddaughters?|grandsons?)$/i;

/** a child hit that is an age (6岁, "11 year old", "(7)") rather than a word */
const AGE_LIKE = /\d|岁|years?|yrs?|months?|个月/i;

function read(text: string, photo?: number): Source {
  const nt = normalizeText(text);
  const scan = new ScannedText(nt.text);
  return { nt, scan, photo, findings: detectAll(nt.text, scan) };
}

const CJK = /[\u3400-\u9fff]/;
const AGE_RANGE = /\d\s*(?:-|–|~|、|至|到)\s*\d/;
/** Identifiers that point at one child (not a school, which many children attend). */
const PARTICULAR_IDS = new Set(['name', 'first-name', 'phone-number', 'id-number', 'home-address', 'licence-plate', 'exam-seat']);

/** Whether the text speaks of children as a group: an advocacy or general cue (提醒, 防拐, 应该, "tips") and
 *  nothing that singles out one child. Children as a group in a war or a camp are still children
 *  at risk, so the collective word alone (儿童, 孩子们, children) is not such a cue, nor are the
 *  English advocacy words of news about them (a million children, UNICEF says). */
function isAboutChildrenInGeneral(sources: Source[], childWords: Located[]): boolean {
  if (!sources.some((s) => generalCue(s.nt.text, s.scan).length > 0 || s.findings.contexts.some((c) => c.code === 'advocacy' && CJK.test(s.nt.text[c.start])))) return false;
  for (const l of childWords) {
    const word = l.source.nt.text.slice(l.hit.start, l.hit.end);
    // an age range (0-14岁, "aged 5-12") is a group's, not one child's
    if (AGE_LIKE.test(word) && !AGE_RANGE.test(word)) return false;
  }
  for (const s of sources) {
    if (s.findings.child.some((h) => h.code === 'stranger-child')) return false;
    if (s.findings.identifiers.some((h) => PARTICULAR_IDS.has(h.code))) return false;
    if (particularChild(s.nt.text, s.scan).length) return false;
  }
  return true;
}

export function collectSignals(draft: Draft): Signals {
  const sources: Source[] = [read(draft.text)];
  draft.photos.forEach((p, i) => {
    if (p.text) sources.push(read(p.text, i));
  });
  const at = (source: Source) => (hit: Hit): Located => ({ hit, source });

  const childFaces = draft.photos.flatMap((p, photo) => p.faces.filter((f) => f.child).map((face) => ({ photo, face })));
  // a student at university (读大二, "a sophomore at …") is a young adult: asked once per text
  const students = new Map(sources.map((s) => [s, universityStudent(s.nt.text, s.scan)]));
  // "class" and primary-school mentions also mean a pupil
  const childWords = sources.flatMap((s) => {
    // 女孩 / "girl" with an adult age right next to it (27岁的四川女孩, a 24-year-old girl) is a
    // young woman; a child age next to it keeps it a child
    const ages = s.findings.child.filter((h) => h.code === 'adult-age');
    // an age before the word modifies it only in the same clause: "70岁的爷爷说，孙子…" gives the
    // grandfather's age; after it, a comma is apposition ("男孩，21岁")
    const sameClause = (a: Hit, h: Hit) => a.start > h.start || !/[,，。！？!?；;：:]/.test(s.nt.text.slice(a.end, h.start));
    const word = (h: Hit) => s.nt.text.slice(h.start, h.end);
    const childAgeNear = (h: Hit) => s.findings.child.some((c) => c !== h && c.code === 'child' && AGE_LIKE.test(word(c)) && distance(c, h) <= 8);
    const adultNear = (h: Hit) => ages.some((a) => distance(a, h) <= 8 && sameClause(a, h)) && !childAgeNear(h);
    // a child's own age (14岁) stays a child's, whatever adult age is named next to it
    const grownUp = s.findings.child.filter((h) => h.code === 'child' && ages.length && !AGE_LIKE.test(word(h)) && adultNear(h));
    // a son or daughter given an adult age once (28岁儿子) is that adult when the word comes back
    const grownKin = new Set(grownUp.map(word).filter((w) => OFFSPRING.test(w)));
    let words = s.findings.child.filter((h) => h.code === 'child' && !grownUp.includes(h) && !(grownKin.has(word(h)) && !childAgeNear(h)));
    // an old person's 儿子 / 女儿 ("son", "daughter") is a grown-up: with no child's age and no
    // other child word, the post is about adults
    if (words.length && words.every((h) => OFFSPRING.test(s.nt.text.slice(h.start, h.end))) && elderlySubject(s.nt.text, s.scan).length) words = [];
    // a girl, a son or a granddaughter at university, with no child's age, is a young adult
    if (words.length && words.every((h) => YOUNG_PERSON.test(s.nt.text.slice(h.start, h.end))) && students.get(s)!.length) words = [];
    // 宝宝 / "little guy" next to a kitten and no clearer child word: the pet is meant
    const pet = s.findings.contexts.some((c) => c.code === 'pet');
    const clear = words.filter((h) => h.detail !== 'ambiguous');
    return [...(pet && !clear.length ? [] : words), ...s.findings.identifiers.filter((h) => h.code === 'class')].map(at(s));
  });
  // a context word inside a risk phrase ("no adult", "little man") is not a subject
  const subjectsOf = (s: Source, code: string, risk: SpanIndex, child: SpanIndex) =>
    s.findings.contexts.filter((c) => c.code === code && !risk.overlaps(c.start, c.end) && !child.overlaps(c.start, c.end));
  const otherSubjects = sources.flatMap((s) => {
    const risk = new SpanIndex(s.findings.vulnerability);
    const child = new SpanIndex(s.findings.child.filter((h) => h.code === 'child'));
    // a student at university is an adult subject, whether or not the adult words name them
    const student = students.get(s)!.filter((h) => !child.overlaps(h.start, h.end)).map((h) => ({ ...h, code: 'adult' }));
    return [...subjectsOf(s, 'pet', risk, child), ...subjectsOf(s, 'adult', risk, child), ...student].map(at(s));
  });
  const adultAges = sources.flatMap((s) => s.findings.child.filter((h) => h.code === 'adult-age').map(at(s)));
  const childAnywhere = childWords.length > 0 || childFaces.length > 0;
  const othersAnywhere = otherSubjects.length > 0 || (adultAges.length > 0 && childWords.length === 0);

  // per source, once: the clauses its child and other subjects are named in, and where they are
  const perSource = new Map(
    sources.map((s) => {
      const children = childWords.filter((c) => c.source === s).map((c) => c.hit);
      const others = otherSubjects.filter((o) => o.source === s).map((o) => o.hit);
      const clauses = clauseIds(s.nt.text);
      const subjects = children.length + others.length > 0;
      const byStart = (hits: Hit[]) => [...hits].sort((x, y) => x.start - y.start);
      // sentences are asked for only when a sign's clause names no subject
      const bySentence = lazy(() => {
        const sentences = clauseIds(s.nt.text, SENTENCE_MARKS);
        return {
          sentences, starts: sentenceStarts(sentences), childSorted: byStart(children), othersSorted: byStart(others),
          childSentences: clausesOf(children, sentences), otherSentences: clausesOf(others, sentences),
        };
      });
      return [s, {
        subjects, clauses, bySentence,
        childClauses: clausesOf(children, clauses), otherClauses: clausesOf(others, clauses),
        children: new SpanIndex(children), others: new SpanIndex(others),
      }];
    }),
  );
  /** Does this risk sign describe a child? The subject in its clause decides, else the subject in
   *  its sentence (the nearest one there, when it names both kinds), else the nearest one. */
  const aboutChild = (s: Source, h: Hit): boolean => {
    const p = perSource.get(s)!;
    if (!p.subjects) return childAnywhere && !(othersAnywhere && childWords.length === 0);
    const id = p.clauses[h.start];
    if (p.childClauses.has(id)) return true;
    if (p.otherClauses.has(id)) return false;
    const q = p.bySentence();
    const sentence = q.sentences[h.start];
    const childHere = q.childSentences.has(sentence);
    const otherHere = q.otherSentences.has(sentence);
    if (childHere !== otherHere) return childHere;
    if (childHere) {
      const lo = q.starts[sentence];
      const hi = q.starts[sentence + 1] ?? s.nt.text.length;
      return gapWithin(q.childSorted, h, lo, hi + 1) <= gapWithin(q.othersSorted, h, lo, hi + 1);
    }
    return p.children.distance(h.start, h.end) <= p.others.distance(h.start, h.end);
  };

  const contexts = new Set(sources.flatMap((s) => s.findings.contexts.map((c) => c.code as TrapContext)));
  // a carer who cannot care (年迈的阿嬷, "her father is in prison") is a grown-up by definition:
  // the sign is about the child they should care for, whoever its clause names
  const risky = sources.flatMap((s) => s.findings.vulnerability.filter((h) => (h.code === 'carers-weak' ? childAnywhere : aboutChild(s, h))).map(at(s)));
  // a stranger's child is a weak sign of its own (it adds up with another weak sign)
  for (const s of sources) for (const h of s.findings.child) if (h.code === 'stranger-child') risky.push(at(s)({ ...h, code: 'stranger' }));
  const byCategory = new Map<string, Located[]>();
  for (const l of risky) {
    const list = byCategory.get(l.hit.code);
    if (list) list.push(l);
    else byCategory.set(l.hit.code, [l]);
  }

  const vulnerable = new Map<string, Located[]>();
  for (const [code, hits] of byCategory) if (!NOT_ON_THEIR_OWN.has(code) && hits.some((l) => l.hit.weight >= 1)) vulnerable.set(code, hits);
  const sick = byCategory.get('sick') ?? [];
  const sickWeak = byCategory.get('sick-weak') ?? [];
  const fundraising = byCategory.get('fundraising') ?? [];
  const appeal = byCategory.get('appeal') ?? [];
  // a sick child and a plea: money asked for any illness, or help asked for a grave one
  const grave = sick.filter((l) => graveIllness(l.source.nt.text.slice(l.hit.start, l.hit.end)));
  // a call to the police is a missing-person notice's plea, not one for a sick child
  const pleas = appeal.filter((l) => !POLICE.test(l.source.nt.text.slice(l.hit.start, l.hit.end)));
  if (sick.length && fundraising.length) vulnerable.set('sick-fundraising', [...sick, ...fundraising]);
  else if (grave.length && pleas.length) vulnerable.set('sick-fundraising', [...grave, ...pleas]);
  else if (near(sickWeak, fundraising, NEAR_PLEA)) vulnerable.set('sick-fundraising', [...sickWeak, ...fundraising]);
  // a home lost to a fire or a storm, or a family caught in one, and a plea for help, unless everyone
  // came through unharmed
  const lostHome = byCategory.get('disaster-weak') ?? [];
  const allSafe = () => [...new Set(lostHome.map((l) => l.source))].some((s) => saysAllSafe(s.nt.text));
  if (lostHome.length && (fundraising.length || appeal.length) && !vulnerable.has('disaster') && !allSafe()) vulnerable.set('disaster', [...lostHome, ...fundraising, ...appeal]);
  // a gravely ill child caught in a storm, a flood or a fire
  if (lostHome.length && grave.length && !vulnerable.has('disaster') && !allSafe()) vulnerable.set('disaster', [...lostHome, ...grave]);
  // two of the child's carers who cannot care (a parent dead or in prison, a grandparent too old)
  const carers = byCategory.get('carers-weak') ?? [];
  const twoCarers = carers.length >= 2 && (new Set(carers.map((l) => l.source)).size > 1 || carers.some((l) => l.hit.start >= carers[0].hit.end));
  if (twoCarers && !vulnerable.has('neglected')) vulnerable.set('neglected', carers);
  // weak signs of a strong category (weight 0.5) count like the weak categories
  const weakGroups = [...WEAK, ...[...byCategory.keys()].filter((c) => !NOT_ON_THEIR_OWN.has(c) && !vulnerable.has(c))]
    .map((c) => byCategory.get(c) ?? [])
    .filter((g) => g.length > 0);
  if (!vulnerable.size && weakGroups.length >= 2) vulnerable.set('signs', weakGroups.flat());

  // contexts that explain the risk words away
  const suppressedBy = new Map<TrapContext, Located[]>();
  const explainAway = (ctx: TrapContext) => {
    if (!contexts.has(ctx)) return;
    const all = [...vulnerable.values()].flat();
    if (all.length) suppressedBy.set(ctx, all);
    vulnerable.clear();
  };
  // weak signs only, and a parent right there or an everyday cause: a child crying next to mum or
  // while teething, hungry before dinner, is not at risk
  if (vulnerable.size === 1 && vulnerable.has('signs')) {
    explainAway('guarded');
    if (vulnerable.size && sources.some((s) => everydayCause(s.nt.text, s.scan).length)) contexts.add('everyday');
    explainAway('everyday');
  }
  // a missing-child notice that names a film (看了《亲爱的》才转发) is still a notice
  if (!contexts.has('review') || !sources.some((s) => alertFormat(s.nt.text, s.scan).length)) explainAway('review');
  explainAway('tech');
  if (!childFaces.length) explainAway('advocacy');
  // advice or opinion about children as a group (防拐 tips, "hitting children should be illegal")
  // names no child: the risk words are not about the child in the photo. One particular child (an
  // age, 这个孩子, a name, he / she, my son) keeps the warning.
  if (vulnerable.size && isAboutChildrenInGeneral(sources, childWords)) {
    contexts.add('advocacy');
    explainAway('advocacy');
  }
  // a story from long ago: the child in it is grown up now, unless still missing or abducted
  if (vulnerable.size && [...vulnerable.keys()].every((c) => !STILL_SOUGHT.has(c)) && sources.some((s) => longAgo(s.nt.text, s.scan).length)) {
    contexts.add('past');
    explainAway('past');
  }
  // a story that ends the notice (see ENDINGS)
  for (const { context, ends, told } of ENDINGS) {
    if (vulnerable.size && [...vulnerable.keys()].every((c) => ends.has(c)) && sources.some((s) => told(s.nt.text, s.scan).length)) {
      contexts.add(context);
      explainAway(context);
    }
  }
  const anyRisk = sources.some((s) => s.findings.vulnerability.some((h) => h.weight >= 1));
  if (anyRisk && !vulnerable.size && !suppressedBy.size && othersAnywhere) {
    const others = otherSubjects.length ? otherSubjects : adultAges;
    const pet = others.some((o) => o.hit.code === 'pet');
    suppressedBy.set(pet ? 'pet' : 'adult', others);
  }

  const identifiers = new Map<string, Located[]>();
  for (const s of sources) {
    const schools = s.findings.identifiers.filter((h) => h.code === 'school');
    for (const h of s.findings.identifiers) {
      // a first name alone (Emma) identifies a child only next to a school, and not inside its name
      if (h.code === 'first-name' && (!schools.length || schools.some((x) => overlaps(x, h)))) continue;
      const code = h.code === 'school' || h.code === 'class' ? 'school-class' : h.code === 'first-name' ? 'name' : h.code;
      const list = identifiers.get(code);
      if (list) list.push(at(s)(h));
      else identifiers.set(code, [at(s)(h)]);
    }
  }
  const gps = draft.photos.flatMap((p, photo) => (p.gps ? [{ photo, point: p.gps }] : []));
  const places = draft.photos.flatMap((p, photo) => (p.places ?? []).map((place) => ({ photo, place })));
  return {
    text: sources[0].nt,
    scan: sources[0].scan,
    hasPhoto: draft.photos.length > 0,
    childFaces,
    childWords: childWords.filter((l) => !(contexts.has('tech') || (contexts.has('review') && !childFaces.length)) || l.hit.code === 'class'),
    vulnerable,
    suppressedBy,
    sick: contexts.has('review') || contexts.has('tech') ? [] : sick.filter((l) => l.hit.weight >= 1),
    identifiers,
    gps,
    places,
    otherSubjects,
    unchecked: draft.photos.flatMap((p, i) => (p.error ? [i] : [])),
    textPartial: draft.photos.flatMap((p, i) => (p.textCutShort && !p.error ? [i] : [])),
    supposed: sources[0].findings.supposed.length > 0,
  };
}

/** Which identifier codes are present, including combinations (name + school, school + class). */
export function identifierKinds(s: Signals): Set<string> {
  const kinds = new Set(s.identifiers.keys());
  const sc = s.identifiers.get('school-class') ?? [];
  if (sc.some((l) => l.hit.code === 'school') && sc.some((l) => l.hit.code === 'class')) kinds.add('school+class');
  if (kinds.has('name') && kinds.has('school-class')) kinds.add('name+school');
  if (kinds.has('name') && kinds.has('station')) kinds.add('name+station');
  if ((s.identifiers.get('name') ?? []).some((l) => l.hit.detail === 'parent')) kinds.add('parent-name');
  if (s.gps.length) kinds.add('photo-gps');
  if (s.places.length) kinds.add('photo-place');
  return kinds;
}
