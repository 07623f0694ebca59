import { describe, expect, it } from 'vitest';
import { collectSignals } from '../signals.ts';
import type { PhotoFacts } from '../types.ts';
import { judge } from '../verdict.ts';
import { stackFeatures, stackProbability, type StackModel } from './stack.ts';
import { shippedModel } from './text-model.ts';

const box = { x: 0, y: 0, width: 10, height: 10 };
const childPhoto: PhotoFacts = { id: 'p', gps: null, faces: [{ age: 6, child: true, box }], text: '', checked: { metadata: true, faces: true, text: true } };
const featuresOf = (text: string, p: number) => {
  const s = collectSignals({ text, photos: [childPhoto], locale: 'en' });
  return stackFeatures(s, judge(s), p, 'en');
};

describe('second stage', () => {
  it('names the rules’ findings: verdict, child face and words, risk categories, identifiers', () => {
    const f = featuresOf('This little girl is missing since Monday, call 13812345678', 0.5);
    expect(f.get('rules:warn')).toBe(1);
    expect(f.get('child:face')).toBe(1);
    expect(f.get('child:words')).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith('risk:'))).toBe(true);
    expect(f.get('id:phone-number')).toBe(1);
    expect(f.get('model')).toBe(0);
  });
  it('bounds the model score so a saturated probability does not swamp the findings', () => {
    expect(featuresOf('a day at the park', 1 - 1e-12).get('model')).toBe(2);
    expect(featuresOf('a day at the park', 1e-12).get('model')).toBe(-2);
  });
  it('scores with named weights; unknown features weigh nothing', () => {
    const m: StackModel = { bias: -1, weights: { 'rules:warn': 2 }, thresholds: { zh: { add: 0.5, temper: 0.1 }, en: { add: 0.5, temper: 0.1 } } };
    expect(stackProbability(m, new Map([['rules:warn', 1], ['never-seen', 5]]))).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });
  it('ships inside the model file, with thresholds for both languages', () => {
    const stack = shippedModel().stack!;
    expect(Object.keys(stack.weights).length).toBeGreaterThan(10);
    for (const lang of ['zh', 'en'] as const) {
      // a probability, or 2: the cross-validation found no score at which adding a warning in that
      // language finds more than it costs, so the model adds none there (it still tempers)
      const { add, temper } = stack.thresholds[lang];
      expect(add > 0 && (add < 1 || add === 2)).toBe(true);
      expect(temper).toBeGreaterThanOrEqual(0);
      expect(temper).toBeLessThan(1);
    }
    expect(Math.min(stack.thresholds.zh.add, stack.thresholds.en.add)).toBeLessThan(1);
  });
});
