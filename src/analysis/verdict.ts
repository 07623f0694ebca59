// The verdict rule (issue 2, refined on the corpus):
//   warn    = a photo is attached AND a child is shown or meant AND the child seems vulnerable;
//   caution = a photo with a child AND strong identifiers (name + school, school + class, home
//             address, phone, ID number, GPS, a parent's name with a found or missing child, an
//             exam room and seat) or
//             an illness, but no vulnerability;
//             or, with no photo, a vulnerable child identified by name, address, phone or ID;
//   none    = otherwise.
import { identifierKinds, type Signals } from './signals.ts';
import type { Level } from './types.ts';

/** Identifiers that let a stranger find a child shown in a photo. */
export const STRONG_WITH_PHOTO = ['home-address', 'phone-number', 'id-number', 'photo-gps', 'name+school', 'school+class', 'name+station', 'licence-plate', 'parent-name', 'exam-seat'];
/** Identifiers that single out a vulnerable child described in text alone. */
export const IDENTIFY_IN_TEXT = ['name', 'home-address', 'phone-number', 'id-number', 'school+class', 'licence-plate'];

export interface Judgement {
  level: Level;
  score: number;
  childShown: boolean;
  childMeant: boolean;
  strongIdentifiers: string[];
}

export function judge(s: Signals): Judgement {
  const childShown = s.childFaces.length > 0;
  const childMeant = s.childWords.length > 0;
  const child = childShown || childMeant;
  const vulnerable = child && s.vulnerable.size > 0;
  const kinds = identifierKinds(s);
  const strongPhoto = STRONG_WITH_PHOTO.filter((k) => kinds.has(k));
  const identifyText = IDENTIFY_IN_TEXT.filter((k) => kinds.has(k));
  const sick = child && s.sick.length > 0;

  let level: Level = 'none';
  if (s.hasPhoto && vulnerable) level = 'warn';
  else if (s.hasPhoto && child && (strongPhoto.length > 0 || sick)) level = 'caution';
  else if (!s.hasPhoto && vulnerable && identifyText.length > 0) level = 'caution';

  // the score grows with the weight of the evidence inside each level's band
  const riskWeight = Math.min(1, (s.vulnerable.size - 1) / 3);
  const idWeight = Math.min(1, strongPhoto.length / 3 + identifyText.length / 6);
  const band = { warn: [0.7, 1], caution: [0.4, 0.69], none: [0, 0.39] }[level];
  const inBand =
    level === 'warn'
      ? 0.5 * riskWeight + 0.3 * (childShown ? 1 : 0) + 0.2 * idWeight
      : level === 'caution'
        ? 0.5 * idWeight + 0.3 * (vulnerable || sick ? 1 : 0) + 0.2 * (childShown ? 1 : 0)
        : 0.4 * (child ? 1 : 0) + 0.4 * (s.vulnerable.size ? 1 : 0) + 0.2 * (s.hasPhoto ? 1 : 0);
  const score = Math.round((band[0] + (band[1] - band[0]) * inBand) * 1000) / 1000;
  return { level, score, childShown, childMeant, strongIdentifiers: level === 'none' ? [] : s.hasPhoto ? strongPhoto : identifyText };
}
