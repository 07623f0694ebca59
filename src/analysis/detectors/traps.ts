// Word traps: phrases that look like a child at risk but are not (孩子气, 童装, "child process",
// "hey baby"…) and contexts that change what the words mean (a film review, a pet, an adult,
// advocacy, a parent right there, an everyday cause for crying or hunger). Masks hide words
// inside them; contexts are judged by the verdict.
import lexicon from '../lexicon/traps.json';
import { LexiconScanner, termRegex, type TermSet } from '../lexicon/compile.ts';
import { pattern, ScannedText } from '../lexicon/patterns.ts';
import { findAll, withExtra, type Hit } from './hit.ts';

export const TRAP_CONTEXTS = ['review', 'tech', 'pet', 'adult', 'advocacy', 'guarded'] as const;
/** 'everyday' is looked for only when weak signs alone would make a warning (see everydayCause) */
export type TrapContext = (typeof TRAP_CONTEXTS)[number] | 'everyday' | 'past' | 'found' | 'adopted' | 'milestone';

const masks = pattern(() => termRegex(lexicon.mask));
const contexts = new LexiconScanner(TRAP_CONTEXTS.map((code) => ({ code, weight: 1, set: lexicon[code] as TermSet })));
const everyday = pattern(() => termRegex(lexicon.everyday));
const alerts = pattern(() => termRegex(lexicon.alertFormat));
const general = pattern(() => termRegex(lexicon.general));
const particular = pattern(() => termRegex(lexicon.particular));
const elderly = pattern(() => termRegex(lexicon.elderly));
const pastStories = pattern(() => termRegex(lexicon.longAgo));
const university = pattern(() => termRegex(lexicon.university));
const foundSafeUpdates = pattern(() => termRegex(lexicon.foundSafe));
const falseAlarms = pattern(() => termRegex(lexicon.falseAlarm));
const adoptions = pattern(() => termRegex(lexicon.adopted));
const milestones = pattern(() => termRegex(lexicon.milestone));

/** a pet given a name (a dog named Baby, 狗狗叫宝宝): that name, wherever it comes, is the pet's */
const PET_NAMED = /(?<![A-Za-z])(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pups?|pets?|horses?|pon(?:y|ies)|hamsters?|rabbits?|bunn(?:y|ies)|tortoises?|turtles?|parrots?) (?:named|called) ([A-Z][a-z]+)(?![A-Za-z])|(?:狗|猫|狗狗|猫咪|乌龟|仓鼠|兔子|鹦鹉)(?:叫|名叫|叫做)([^\s，。！？,.!?的了]{1,3}?)(?=[，。！？,.!?\s]|$)/g;
const MAX_PET_NAMES = 50;

function petNames(text: string): Hit[] {
  if (!/named|called|叫/.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(PET_NAMED)) {
    const name = m[1] ?? m[2];
    for (let at = text.indexOf(name); at >= 0 && hits.length < MAX_PET_NAMES; at = text.indexOf(name, at + name.length)) {
      if (m[1] && (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[at + name.length] ?? ''))) continue;
      hits.push({ code: 'mask', start: at, end: at + name.length, weight: 1, detail: 'pet-name' });
    }
  }
  return hits;
}

export function detectMasks(text: string, scan = new ScannedText(text)): Hit[] {
  return withExtra(findAll(masks, scan, 'mask'), petNames(text));
}

/** A capitalised animal or adult word followed by another capitalised word is part of a name
 *  (Kitty Hawk, Cat Island, Old Man Lake): a place or a person, not a pet or an adult. */
const PROPER_NAME_PART = /^[A-Z][a-z]*(?: [A-Z][a-z]*)* [A-Z][a-z]/;

function inProperName(text: string, h: Hit): boolean {
  if ((h.code !== 'pet' && h.code !== 'adult') || !/[A-Z][a-z]/.test(text.slice(h.start, h.start + 2))) return false;
  return PROPER_NAME_PART.test(text.slice(h.start, h.end + 3));
}

/** An animal that bit or mauled someone (被狗咬伤, "mauled by a dog") is the attacker, not the
 *  subject: the child it hurt is still the one the post is about. */
const ATTACKER_BEFORE_ZH = /被[^，。！？,.!?]{0,8}$/;
const ATTACK_AFTER_ZH = /^[^，。！？,.!?]{0,2}(?:咬|抓|扑|撕|踩|顶)/;
const ATTACKER_BEFORE_EN = /\b(?:mauled|bitten|bit|attacked|savaged|chased|dragged) by (?:[\w'’-]+ ){0,3}$/i;

/** the one who did it: "raped by men", "被几名男子", "her boyfriend whipped him" */
const AGENT_BEFORE_EN = /\bby (?:[\w'’-]+ ){0,3}$/i;
const AGENT_BEFORE_ZH = /被[^，。！？,.!?]{0,6}$/;
const STRIKES_AFTER_EN = /^(?:['’]s? [\w'’-]+)? (?:(?:then|had|has|had been|allegedly|repeatedly) )?(?:whipped|hit|beat|punched|kicked|slapped|choked|strangled|burned|burnt|scalded|pinned|shook|shoved|threw|stabbed|molested|raped|abused|hurt|locked|starved|tortured)\b/i;
const STRIKES_AFTER_ZH = /^[^，。！？,.!?]{0,2}(?:打|踢|踹|掐|扇|殴打|虐待|猥亵|性侵|关|锁|烫)/;

function isAttacker(text: string, h: Hit): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  if (h.code === 'adult') {
    const after = text.slice(h.end, h.end + 40);
    return AGENT_BEFORE_EN.test(before) || AGENT_BEFORE_ZH.test(before) || STRIKES_AFTER_EN.test(after) || STRIKES_AFTER_ZH.test(after);
  }
  if (h.code !== 'pet') return false;
  return (ATTACKER_BEFORE_ZH.test(before) && ATTACK_AFTER_ZH.test(text.slice(h.end, h.end + 4))) || ATTACKER_BEFORE_EN.test(before);
}

/** a character with the actor who plays them in brackets (little Saroo (Sunny Pawar)): a film or a
 *  series; not a full name after a first name (Emma (Emma Louise Smith)) nor a nickname with an age
 *  after it (Bobby (Robert Jones), 7) */
const CAST = /(?<![A-Za-z])([A-Z][a-z]+) \(((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)\)(?!,? ?\(?\d)/g;

function castNamed(text: string): Hit[] {
  if (!text.includes('(')) return [];
  return [...text.matchAll(CAST)].filter((m) => !m[2].split(' ').includes(m[1])).map((m) => ({ code: 'review', start: m.index, end: m.index + m[0].length, weight: 1 }));
}

export function detectContexts(text: string, scan = new ScannedText(text)): Hit[] {
  const hits = withExtra(contexts.scan(scan), castNamed(text)).filter((h) => !inProperName(text, h));
  // an animal named again later (狗主人, "the dog's owner") is still the attacker, not a subject;
  // an adult after "by" / 被, or right before the blow ("her boyfriend whipped him"), is the one who did it
  const petAttacked = hits.some((h) => h.code === 'pet' && isAttacker(text, h));
  return hits.filter((h) => !(h.code === 'pet' && petAttacked) && !(h.code === 'adult' && isAttacker(text, h)));
}

/** Whether the text gives an everyday cause for crying, hunger or tiredness (teething, a nap,
 *  dinner not ready). Its many common first characters (出, 开, 打…) made it the costliest context
 *  to scan, and it matters only when weak signs alone would warn: asked then, not on every draft. */
export function everydayCause(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(everyday, scan, 'everyday');
}

/** A missing-child notice format (寻人启事, AMBER Alert): a film named in such a post is not a
 *  review. Asked only when a review context was found. */
export function alertFormat(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(alerts, scan, 'alert');
}

/** Advice, opinion or policy about children as a group (防拐 tips, a children's charity). Asked
 *  only when a risk sign was found next to a child's photo. */
export function generalCue(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(general, scan, 'general');
}

/** Words that single out one child (a kinship word, he / she, "my son"). */
export function particularChild(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(particular, scan, 'particular');
}

/** An old person as the subject (老人, 八十多岁, "elderly"): their sons and daughters are adults. */
export function elderlySubject(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(elderly, scan, 'elderly');
}

/** A student at university or college (读大二, 大学生, "a sophomore at Ohio State"): a young adult. */
export function universityStudent(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(university, scan, 'university');
}

/** A story from long ago (1993年, 37年前, 当年, "in the early 70s"): its child is grown up now. */
export function longAgo(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(pastStories, scan, 'past');
}

/** An update that a missing or lost child is found safe (已平安到家, "has been located, thank you"). */
export function foundSafe(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(foundSafeUpdates, scan, 'found');
}

/** An update that the alarm was false (引起误会, 虚惊一场, "was a false alarm"). */
export function falseAlarm(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(falseAlarms, scan, 'found');
}

/** A family's adoption story (领养了女儿, "we adopted our daughter"): the child has a home now. */
export function adoptedStory(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(adoptions, scan, 'adopted');
}

/** A proud parent's milestone (第一次一个人坐公交, 真乖, "so proud"): the child is alone on purpose. */
export function proudMilestone(text: string, scan = new ScannedText(text)): Hit[] {
  return findAll(milestones, scan, 'milestone');
}
