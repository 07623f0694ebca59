// The second stage: a small logistic regression over the n-gram model's score and the rules'
// structured findings (which risk categories, child face or words, identifier kinds, the trap
// contexts that explained a sign away). The n-gram model reads wording; the rules know structure
// (a risk word bound to a child, a trap context); this stage learns how much each is worth, per
// language. Trained by `npm run train` on out-of-fold scores only, so it learns how the model
// behaves on texts it has not seen.
import type { Signals } from '../signals.ts';
import type { Judgement } from '../verdict.ts';
import type { Thresholds } from './text-model.ts';

export interface StackModel {
  bias: number;
  /** weight of each named feature; a feature absent from the table weighs 0 */
  weights: Record<string, number>;
  thresholds: Record<'zh' | 'en', Thresholds>;
}

/** logit of the model's probability, bounded so a saturated score does not swamp the rest */
const logit = (p: number) => Math.max(-8, Math.min(8, Math.log(p / (1 - p)))) / 4;

/** Named features of one draft: 1 for a finding present, the scaled logit for the score. */
export function stackFeatures(s: Signals, rules: Judgement, p: number, lang: 'zh' | 'en'): Map<string, number> {
  const f = new Map<string, number>();
  const z = logit(p);
  const zh = lang === 'zh' ? 1 : 0;
  f.set('model', z);
  f.set('model×zh', z * zh);
  if (zh) f.set('zh', 1);
  if (rules.level === 'warn') {
    f.set('rules:warn', 1);
    f.set('model×rules:warn', z);
  }
  if (rules.level === 'caution') f.set('rules:caution', 1);
  if (rules.childShown) f.set('child:face', 1);
  if (rules.childMeant) f.set('child:words', 1);
  for (const category of s.vulnerable.keys()) f.set(`risk:${category}`, 1);
  if (s.vulnerable.size > 1) f.set('risk:several', Math.min(3, s.vulnerable.size - 1) / 2);
  for (const context of s.suppressedBy.keys()) f.set(`trap:${context}`, 1);
  for (const kind of s.identifiers.keys()) f.set(`id:${kind}`, 1);
  if (s.sick.length) f.set('sick', 1);
  if (s.otherSubjects.length) f.set('other-subject', 1);
  return f;
}

export function stackProbability(m: StackModel, features: Map<string, number>): number {
  let z = m.bias;
  for (const [name, value] of features) z += (m.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
