// Word traps: phrases that look like a child at risk but are not (孩子气, 童装, "child process",
// "hey baby"…) and contexts that change what the words mean (a film review, a pet, an adult,
// advocacy, a parent right there). Masks hide words inside them; contexts are judged by the verdict.
import lexicon from '../lexicon/traps.json';
import { LexiconScanner, lazy, termRegex, type TermSet } from '../lexicon/compile.ts';
import { findAll, type Hit } from './hit.ts';

export const TRAP_CONTEXTS = ['review', 'tech', 'pet', 'adult', 'advocacy', 'guarded'] as const;
export type TrapContext = (typeof TRAP_CONTEXTS)[number];

const maskRe = lazy(() => termRegex(lexicon.mask));
const contexts = lazy(() => new LexiconScanner(TRAP_CONTEXTS.map((code) => ({ code, weight: 1, set: lexicon[code] as TermSet }))));

export function detectMasks(text: string): Hit[] {
  return findAll(maskRe(), text, 'mask');
}

export function detectContexts(text: string): Hit[] {
  return contexts().scan(text);
}
