import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../analyzeDraft.ts';
import type { Draft, Locale, PhotoFacts, Verdict } from '../types.ts';
import { message } from '../messages.ts';
import { collectSignals } from '../signals.ts';
import { judge } from '../verdict.ts';
import { combineLevel, modelMayMatter, withTextModel } from './combine.ts';
import { HASH_BITS } from './features.ts';
import type { LoadedModel } from './text-model.ts';

const th = { add: 0.6, temper: 0.2 };
const box = { x: 0, y: 0, width: 10, height: 10 };
const childPhoto: PhotoFacts = { id: 'p', gps: null, faces: [{ age: 6, child: true, box }], text: '', checked: { metadata: true, faces: true, text: true } };
const draft = (text: string, locale: Locale = 'en', photos = [childPhoto]): Draft => ({ text, photos, locale });

describe('combineLevel', () => {
  it('adds a warning only with a photo, a child and a sure model', () => {
    expect(combineLevel({ level: 'none', hasPhoto: true, child: true }, 0.7, th)).toEqual({ level: 'warn', effect: 'added' });
    expect(combineLevel({ level: 'caution', hasPhoto: true, child: true }, 0.6, th)).toEqual({ level: 'warn', effect: 'added' });
    expect(combineLevel({ level: 'none', hasPhoto: false, child: true }, 0.99, th).level).toBe('none');
    expect(combineLevel({ level: 'none', hasPhoto: true, child: false }, 0.99, th).level).toBe('none');
    expect(combineLevel({ level: 'none', hasPhoto: true, child: true }, 0.59, th).level).toBe('none');
  });
  it('tempers a rule warning the model finds very unlikely to a caution, never lower', () => {
    expect(combineLevel({ level: 'warn', hasPhoto: true, child: true }, 0.1, th)).toEqual({ level: 'caution', effect: 'tempered' });
    expect(combineLevel({ level: 'warn', hasPhoto: true, child: true }, 0.2, th)).toEqual({ level: 'warn', effect: null });
  });
  it('sets a rule warning aside only below the veto, which sits under the temper', () => {
    const veto = { ...th, veto: 0.05 };
    expect(combineLevel({ level: 'warn', hasPhoto: true, child: true }, 0.04, veto)).toEqual({ level: 'none', effect: 'vetoed' });
    expect(combineLevel({ level: 'warn', hasPhoto: true, child: true }, 0.05, veto)).toEqual({ level: 'caution', effect: 'tempered' });
    expect(combineLevel({ level: 'caution', hasPhoto: true, child: true }, 0.01, veto)).toEqual({ level: 'caution', effect: null });
  });
  it('leaves the rules alone when there is no text to score', () => {
    expect(combineLevel({ level: 'warn', hasPhoto: true, child: true }, null, th)).toEqual({ level: 'warn', effect: null });
  });
});

function quotesOf(v: Verdict, code: string): string[] {
  return (v.reasons.find((r) => r.code === code)?.evidence ?? []).flatMap((e) => (e.kind === 'text' ? [e.quote] : []));
}

/** a model sure of every text: what the engine does with a score, whatever the words */
const sure: LoadedModel = { weights: new Float32Array(1 << HASH_BITS).fill(0.05), scale: 1, bias: 4, thresholds: { zh: { add: 0.5, temper: 0 }, en: { add: 0.5, temper: 0 } } };

describe('the engine with the model', () => {
  it('explains a model-driven verdict with the words that drove it, quoted from the original text', () => {
    const text = 'Kids separated from their parents at the border are held in cages, sleeping on concrete floors with foil blankets, and nobody will tell the families where they are';
    const v = analyzeDraft(draft(text, 'en'));
    const reason = v.reasons.find((r) => r.code === 'vulnerable-wording');
    expect(v.level).toBe('warn');
    expect(reason?.message).toBeTruthy();
    for (const e of reason!.evidence) {
      if (e.kind !== 'text') throw new Error('text evidence expected');
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
  it('quotes traditional characters as typed, not the simplified text the model read', () => {
    // any model that adds the warning: what is checked is the way back from its n-grams to the draft
    const text = '幾個小孩在街上掃地幹活，他們本該去上學，卻每天天不亮就出來，一直掃到中午，沒有人管他們吃飯';
    const s = collectSignals(draft(text, 'zh-TW'));
    const out = withTextModel(s, judge(s), 'zh-TW', sure);
    const evidence = out.reasons.find((r) => r.code === 'vulnerable-wording')!.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      if (e.kind !== 'text') throw new Error('text evidence expected');
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(evidence.map((e) => (e.kind === 'text' ? e.quote : '')).join('')).toMatch(/[個學幹來們]/);
  });
  it('quotes whole words, not subword pieces or function words', () => {
    const v = analyzeDraft(draft('Have you seen this child? 8yo girl taken from her home last night'));
    const quotes = quotesOf(v, 'vulnerable-wording');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(['from', 'in', 'the', 'her', 'this']).not.toContain(q.toLowerCase());
      expect(q).toMatch(/^\S(.*\S)?$/);
      expect('Have you seen this child? 8yo girl taken from her home last night'.split(/[\s?]+/).some((w) => q.startsWith(w))).toBe(true);
    }
  });
  it('a tempered warning says why, in every locale, quoting the words that pulled the score down', () => {
    // a model that finds every feature a little ordinary: any rule warning is tempered
    const ordinary: LoadedModel = { weights: new Float32Array(1 << HASH_BITS).fill(-0.01), scale: 1, bias: -4, thresholds: { zh: { add: 0.9, temper: 0.2 }, en: { add: 0.9, temper: 0.2 } } };
    const text = 'Little girl begging alone at the station at midnight, nobody with her, sitting on the cold floor near the ticket machines';
    const s = collectSignals(draft(text));
    expect(judge(s).level).toBe('warn');
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const out = withTextModel(s, judge(s), locale, ordinary);
      expect(out.judgement.level).toBe('caution');
      const reason = out.reasons.find((r) => r.code === 'context-ordinary-wording')!;
      expect(reason.message).toBe(message('context-ordinary-wording', locale));
      expect(reason.evidence.length).toBeGreaterThan(0);
    }
  });
  it('adds no warning it cannot explain', () => {
    const s = collectSignals(draft('My kid at the park today with his friends, running around the slides and eating ice cream until the sun went down'));
    const out = withTextModel(s, judge(s), 'en', sure);
    expect(out.judgement.level).toBe('warn');
    expect(out.reasons.find((r) => r.code === 'vulnerable-wording')!.evidence.length).toBeGreaterThan(0);
    // only function words to quote: the model's score alone does not warn
    const bare = collectSignals(draft('the'));
    const none = withTextModel(bare, judge(bare), 'en', sure);
    expect(none.p).toBeGreaterThan(0.5);
    expect(none.judgement.level).toBe('none');
    expect(none.reasons).toEqual([]);
  });
  it('on a text too short to judge, sets no rule warning aside and tempers it only when the model is far surer', () => {
    const model = (bias: number): LoadedModel => ({ weights: new Float32Array(1 << HASH_BITS).fill(-0.01), scale: 1, bias, thresholds: { zh: { add: 0.9, temper: 0.2, veto: 0.05 }, en: { add: 0.9, temper: 0.2, veto: 0.05 } } });
    const long = 'Little girl begging alone at the station at midnight, nobody with her, sitting on the cold floor near the ticket machines';
    for (const text of ['幼女遭强奸', 'Little girl begging alone at the station']) {
      const s = collectSignals(draft(text, /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en'));
      expect(judge(s).level).toBe('warn');
      // far below the temper (and below the veto): tempered, never set aside, the post is still held
      expect(withTextModel(s, judge(s), 'en', model(-4)).judgement.level).toBe('caution');
      // below the temper but not by half: a handful of n-grams does not overrule the rules
      expect(withTextModel(s, judge(s), 'en', model(-1.6)).judgement.level).toBe('warn');
    }
    // a longer text is tempered at the temper itself, and set aside under the veto
    const s = collectSignals(draft(long));
    expect(withTextModel(s, judge(s), 'en', model(-1.6)).judgement.level).toBe('caution');
    expect(withTextModel(s, judge(s), 'en', model(-4)).judgement.level).toBe('none');
  });
  it('adds a warning to a short headline the model is sure of: a headline is how news of children at risk is shared', () => {
    for (const [text, locale] of [['Children Feel the Toll of the Long Drought', 'en'], ['南京小学生秋游发生电梯踩踏 16人受伤', 'zh-CN']] as const) {
      const s = collectSignals(draft(text, locale));
      expect(judge(s).level).not.toBe('warn');
      const out = withTextModel(s, judge(s), locale, sure);
      expect(out.judgement.level).toBe('warn');
      expect(out.reasons.find((r) => r.code === 'vulnerable-wording')!.evidence.length).toBeGreaterThan(0);
    }
  });
  it('adds no warning over an adult, a pet, a child found safe or a film, however sure the model is', () => {
    for (const [text, locale] of [
      ['Just finished the documentary about the refugee children of the war, what an incredible film, the director did a brilliant job', 'en'],
      ['看完了纪录片《战火中的孩子》，导演拍得太好了，难民孩子们的笑容让人难忘', 'zh-CN'],
      ['Update: our little Liam has been found safe and sound this morning after the long search, and his mother Julie thanks everyone who shared the post', 'en'],
      ['孩子已经找到了，谢谢大家这两天的转发和帮助！父亲张建国今天上午在派出所把他接回了家，一切都好', 'zh-CN'],
      ['A 24-year-old girl from Ohio has been traveling alone for a whole year across South America with only a backpack and a camera', 'en'],
    ] as const) {
      const s = collectSignals(draft(text, locale));
      const out = withTextModel(s, judge(s), locale, sure);
      expect(out.judgement.level).not.toBe('warn');
      expect(out.reasons.find((r) => r.code === 'vulnerable-wording')).toBeUndefined();
    }
  });
  it('a child found somewhere, or a question whether the child was found, is not a child found safe', () => {
    for (const [text, locale] of [
      ['Our neighbours say this boy has been found near the old quarry this morning in his pajamas and muddy shoes', 'en'],
      ['孩子找到了吗？已经三天了，家里人都急坏了', 'zh-CN'],
    ] as const) {
      const s = collectSignals(draft(text, locale));
      expect(judge(s).level).toBe('none');
      expect(withTextModel(s, judge(s), locale, sure).judgement.level).toBe('warn');
    }
  });
  it('never warns without a photo, however sure the model is', () => {
    expect(analyzeDraft(draft('Kids separated from their parents at the border are held in cages', 'en', [])).level).not.toBe('warn');
  });
});

describe('bad input gets a verdict within the time bound, never an exception', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['100,000 characters', '这个小孩在车站乞讨 Call 13812345678. '.repeat(4000).slice(0, 100_000)],
    ['100,000 letters of one word', 'a'.repeat(100_000)],
    ['only emoji', '😀😭🙏👶🏻👨‍👩‍👧‍👦🇨🇳'.repeat(20)],
    ['mixed scripts', '孩子 missing ребёнок пропал طفل مفقود 子供が行方不明 아이 실종 🙏'],
    ['invisible characters', '孩\u200b子\u200c被\u200d拐\u2060走\ufeff了，求扩散'],
    ['right-to-left marks', '\u200f\u202eMissing child\u202c \u2067طفل\u2069 \u200e孩子走丢了'],
    ['lone surrogates', '\ud83d孩子\ude00走失'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      for (const photos of [[childPhoto], []]) {
        const t = performance.now();
        const v = analyzeDraft(draft(text, 'zh-CN', photos));
        expect(performance.now() - t).toBeLessThan(5000);
        expect(['warn', 'caution', 'none']).toContain(v.level);
        expect(v.reasons.some((r) => r.code === 'invalid-draft')).toBe(false);
        // every warning explains itself with quoted evidence
        if (v.level === 'warn') expect(v.reasons.some((r) => r.evidence.length > 0 && r.severity === 'high')).toBe(true);
      }
    });
  }
});

describe('a draft the model cannot change is not scored', () => {
  const neverAdds: LoadedModel = { ...sure, thresholds: { zh: { add: 2, temper: 0.5 }, en: { add: 0.5, temper: 0.5 } } };
  it('scores a rule warning (the model may temper it) and any draft where its language’s add threshold can be reached', () => {
    const warned = collectSignals(draft('这个孩子被人拐走了，求扩散', 'zh-CN'));
    expect(judge(warned).level).toBe('warn');
    expect(modelMayMatter(warned, judge(warned), neverAdds)).toBe(true);
    const english = collectSignals(draft('Lovely afternoon at the park with the kids', 'en'));
    expect(modelMayMatter(english, judge(english), neverAdds)).toBe(true);
  });
  it('leaves a Chinese draft without a rule warning unscored, with the outcome scoring would give', () => {
    for (const text of ['周末带孩子去公园放风筝', '孩子发烧了，在医院打点滴', '孩子的名字叫张小明，在实验小学读三年级']) {
      const s = collectSignals(draft(text, 'zh-CN'));
      const rules = judge(s);
      expect(rules.level).not.toBe('warn');
      expect(modelMayMatter(s, rules, neverAdds)).toBe(false);
      const scored = withTextModel(s, rules, 'zh-CN', neverAdds);
      expect(scored.judgement).toEqual(rules);
      expect(scored.reasons).toEqual([]);
    }
  });
});

describe('the model’s own score adds a warning where the rules met wording they were not fitted to', () => {
  // the stage and its thresholds never add here: only the bar chosen on unseen wording can
  const unseenOnly: LoadedModel = { ...sure, thresholds: { zh: { add: 2, temper: 0 }, en: { add: 2, temper: 0 } }, unseenAdd: { zh: 0.7, en: 0.75 } };
  const long = '她今年十二岁，每天放学后都在夜市门口待到很晚，手里拿着一袋一袋的东西，看到路过的人就上前问几句，一直到摊位收起来才离开';
  it('warns with the words that drove the score, on a long text, a child’s photo and no rule warning', () => {
    const s = collectSignals(draft(long, 'zh-CN'));
    const rules = judge(s);
    expect(rules.level).not.toBe('warn');
    expect(modelMayMatter(s, rules, unseenOnly)).toBe(true);
    const out = withTextModel(s, rules, 'zh-CN', unseenOnly);
    expect(out.effect).toBe('added');
    expect(out.judgement.level).toBe('warn');
    const evidence = out.reasons.find((r) => r.code === 'vulnerable-wording')!.evidence;
    for (const e of evidence) if (e.kind === 'text') expect(long.slice(e.start, e.end)).toBe(e.quote);
    expect(evidence.length).toBeGreaterThan(0);
  });
  it('adds nothing on a short text, a sick child, a text the rules explained away, or without a photo', () => {
    const cases: [string, Locale, PhotoFacts[]][] = [
      ['她今年十二岁，每天放学后都在夜市门口', 'zh-CN', [childPhoto]],
      ['我家女儿今年六岁，上个月查出了白血病，现在每天在医院打针吃药，她很勇敢，一直笑着说不疼，医生说情况稳定', 'zh-CN', [childPhoto]],
      ['这部电影讲的是一个十二岁的女孩每天放学后在夜市门口待到很晚，看到路过的人就上前问几句，直到摊位收起来才离开', 'zh-CN', [childPhoto]],
      [long, 'zh-CN', []],
    ];
    for (const [text, locale, photos] of cases) {
      const s = collectSignals(draft(text, locale, photos));
      const out = withTextModel(s, judge(s), locale, unseenOnly);
      expect(out.effect, text).not.toBe('added');
      expect(out.reasons.filter((r) => r.code === 'vulnerable-wording'), text).toEqual([]);
    }
  });
  it('is the shipped model’s, chosen with the blind rounds at first sight, for each language', async () => {
    const { shippedModel } = await import('./text-model.ts');
    const bars = shippedModel().unseenAdd!;
    for (const lang of ['zh', 'en'] as const) {
      expect(bars[lang]).toBeGreaterThan(0.5);
      expect(bars[lang]).toBeLessThanOrEqual(2);
    }
  });
});

describe('the model’s own add needs a photo and a child, so a draft without them is not scored for it', () => {
  const unseenOnly: LoadedModel = { ...sure, thresholds: { zh: { add: 2, temper: 0 }, en: { add: 2, temper: 0 } }, unseenAdd: { zh: 0.7, en: 0.75 } };
  it('scores a Chinese draft with a child’s photo and leaves one without a photo unscored, with the same outcome', () => {
    const text = '周末带孩子去公园放风筝，天气很好，孩子玩得很开心，回家的路上还买了冰淇淋，晚上很早就睡了';
    const withPhoto = collectSignals(draft(text, 'zh-CN'));
    expect(modelMayMatter(withPhoto, judge(withPhoto), unseenOnly)).toBe(true);
    const noPhoto = collectSignals(draft(text, 'zh-CN', []));
    const rules = judge(noPhoto);
    expect(modelMayMatter(noPhoto, rules, unseenOnly)).toBe(false);
    expect(withTextModel(noPhoto, rules, 'zh-CN', unseenOnly).judgement).toEqual(rules);
  });
});
