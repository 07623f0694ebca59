// Which published rule stands behind a reason (shared/docs/child-safety.md). Reason codes come
// from the engine; they are matched by what they are about, so new codes still get a rule.
import type { MessageKey } from './i18n.ts';
import type { ReportRegion } from './locale.ts';

const IDENTIFIES = /gps|place|location|phone|id-?number|resident|name|school|class|address|station|street|plate|exam|seat|identif|text-in-photo|photo-text/;
const VICTIM = /vulnerab|abuse|beaten|exploit|traffick|abduct|missing|lost|runaway|begging|street|homeless|neglect|orphan|left-behind|labou?r|refugee|sick|disab|in-care|alone/;
const IMAGE = /face|photo|image|child-shown/;

/** The rule for one reason; null for the engine's context notes (`context-…`), which are not risks. */
export function ruleFor(code: string): MessageKey | null {
  const c = code.toLowerCase();
  if (c.startsWith('context-')) return null;
  if (c.startsWith('vulnerable-')) return 'ruleUnicefVictim';
  if (c === 'child-words') return 'ruleCrc16';
  if (IDENTIFIES.test(c)) return 'ruleCac2015';
  if (VICTIM.test(c)) return 'ruleUnicefVictim';
  if (IMAGE.test(c)) return 'ruleUnicefImage';
  return 'ruleUnicefImage';
}

/** The rules every warning rests on, shown once under the reasons, leaving out those a reason
 *  already cites (`cited`). The PRC law applies where mainland China's channels are listed. */
export function generalRules(regions: readonly ReportRegion[], cited: ReadonlySet<MessageKey> = new Set()): MessageKey[] {
  const rules: MessageKey[] = regions.includes('CN') ? ['ruleCrc16', 'ruleMinorsLaw49'] : ['ruleCrc16'];
  return rules.filter((k) => !cited.has(k));
}
