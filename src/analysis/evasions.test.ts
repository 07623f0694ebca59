// End to end through analyzeDraft: a draft that hides its risk words still warns, the evidence
// quotes the user's own characters, and ordinary text with digits keeps its phone numbers.
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyzeDraft.ts';
import { detectAll } from './detectors/index.ts';
import { normalizeText } from './text/normalize.ts';
import type { Draft, PhotoFacts } from './types.ts';

const childPhoto: PhotoFacts = { id: 'p1', gps: null, faces: [{ age: 6, child: true, box: { x: 10, y: 20, width: 50, height: 60 } }], text: '', checked: { metadata: true, faces: true, text: true } };
const draft = (text: string, locale: Draft['locale'] = 'zh-CN'): Draft => ({ text, photos: [childPhoto], locale });
const quotes = (text: string, locale?: Draft['locale']) =>
  analyzeDraft(draft(text, locale)).reasons.filter((r) => r.code.startsWith('vulnerable-')).flatMap((r) => r.evidence.flatMap((e) => (e.kind === 'text' ? [e.quote] : [])));

describe('evasions still warn', () => {
  const cases: [string, string, Draft['locale'], string][] = [
    // [draft, the words quoted as evidence, locale, what hides them]
    ['这个小女孩一个人在火车站门口乞\u200b讨', '乞\u200b讨', 'zh-CN', 'zero-width space'],
    ['这个小女孩一个人在火车站门口乞\u00ad讨', '乞\u00ad讨', 'zh-CN', 'soft hyphen'],
    ['这个小女孩一个人在火车站门口乞\u2060讨', '乞\u2060讨', 'zh-CN', 'word joiner'],
    ['这个小女孩一个人在火车站门口乞\ufe0f讨', '乞\ufe0f讨', 'zh-CN', 'variation selector'],
    ['这个小女孩一个人在火车站门口乞\u202e讨', '乞\u202e讨', 'zh-CN', 'bidi control'],
    ['这个小女孩一个人在火车站门口乞·讨', '乞·讨', 'zh-CN', 'middle dot'],
    ['这个小孩在商场走 失了，谁认识', '走 失', 'zh-CN', 'space'],
    ['这个孩子被-拐-卖了', '拐-卖', 'zh-CN', 'hyphens'],
    ['这个小女孩一个人在火车站门口 qitao', 'qitao', 'zh-CN', 'pinyin'],
    ['这个小女孩一个人在火车站门口 qǐ tǎo', 'qǐ tǎo', 'zh-CN', 'pinyin with tone marks'],
    ['这个小孩在商场 zoushi 了', 'zoushi', 'zh-CN', 'pinyin'],
    ['这个孩子被 guaimai 了', 'guaimai', 'zh-CN', 'pinyin'],
    ['孩子 shizong 三天了', 'shizong', 'zh-CN', 'pinyin'],
    ['xunren：这个孩子', 'xunren', 'zh-CN', 'pinyin'],
    ['孩子 liulang 街头', 'liulang', 'zh-CN', 'pinyin'],
    ['这些孩子在做 tonggong', 'tonggong', 'zh-CN', 'pinyin'],
    ['This little girl is m1ss1ng since Monday', 'm1ss1ng', 'en', 'leetspeak'],
    ['This little boy was b3gging at the station', 'b3gging', 'en', 'leetspeak'],
    ['This little boy was begging at the station', 'begging', 'en', 'plain (control)'],
    ['This little boy was bеgging at the station', 'bеgging', 'en', 'Cyrillic е'],
    ['This little girl was abandοned at the station', 'abandοned', 'en', 'Greek ο'],
    ['This little girl is ΜΙSSΙΝG since Monday', 'ΜΙSSΙΝG', 'en', 'Greek capitals'],
    ['This little girl is m-i-s-s-i-n-g since Monday', 'm-i-s-s-i-n-g', 'en', 'hyphens between letters'],
    ['This little girl is mis\u200bsing since Monday', 'mis\u200bsing', 'en', 'zero-width space'],
  ];
  for (const [text, quote, locale, how] of cases) {
    it(`${how}: ${JSON.stringify(text)}`, () => {
      expect(analyzeDraft(draft(text, locale)).level).toBe('warn');
      expect(quotes(text, locale)).toContain(quote);
    });
  }
  it('a child word hidden the same ways still counts: c-h-i-l-d, сhild, xiaohai', () => {
    expect(analyzeDraft({ text: 'A c-h-i-l-d begging at the station', photos: [{ ...childPhoto, faces: [] }], locale: 'en' }).level).toBe('warn');
    expect(analyzeDraft({ text: 'A lost сhild begging at the station', photos: [{ ...childPhoto, faces: [] }], locale: 'en' }).level).toBe('warn');
    expect(analyzeDraft({ text: 'xiaohai zai huochezhan qitao', photos: [{ ...childPhoto, faces: [] }], locale: 'zh-CN' }).level).toBe('warn');
  });
});

describe('ordinary text is not folded into risk', () => {
  it('finds phone numbers as before', () => {
    for (const phone of ['13812345678', '138 1234 5678', '138-1234-5678', '(020) 8888-1234', '+86 138 1234 5678']) {
      const found = detectAll(normalizeText(`联系电话 ${phone}`).text).identifiers.filter((h) => h.code === 'phone-number');
      expect(found.length, phone).toBeGreaterThan(0);
    }
  });
  it('stays silent on benign drafts with digits, URLs and prices', () => {
    for (const text of ['My kid loves her new mp3 player and the 4G tablet, $49.99 at https://shop.example.com/b3st', 'Kids 5k run on 2024-05-01, 10:30, route at www.run.org/m1ss1on', '小朋友的 iPhone15 和 covid19 疫苗预约 138 1234 5678']) {
      expect(analyzeDraft(draft(text, 'en')).level, text).not.toBe('warn');
    }
  });
});
