import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyzeDraft.ts';
import { MESSAGE_CODES, message } from './messages.ts';
import type { Draft, Face, PhotoFacts } from './types.ts';

const face = (age: number): Face => ({ age, child: age < 13, box: { x: 10, y: 20, width: 50, height: 60 } });
const photo = (p: Partial<PhotoFacts> = {}): PhotoFacts => ({ id: 'p1', gps: null, faces: [], text: '', checked: { metadata: true, faces: true, text: true }, ...p });
const childPhoto = (p: Partial<PhotoFacts> = {}) => photo({ faces: [face(6)], ...p });
const draft = (text: string, photos: PhotoFacts[] = [], locale: Draft['locale'] = 'zh-CN'): Draft => ({ text, photos, locale });

describe('analyzeDraft: the verdict rule', () => {
  it('warns when a photo, a child and a vulnerability come together (d006)', () => {
    const v = analyzeDraft(draft('山区的孩子冬天还穿着单鞋上学，脚都冻烂了', [childPhoto()]));
    expect(v.level).toBe('warn');
    expect(v.score).toBeGreaterThanOrEqual(0.7);
    expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['vulnerable-neglected', 'child-face', 'child-words']));
  });
  it('warns on a scene photo when the text means a vulnerable child', () => {
    expect(analyzeDraft(draft('桥洞下住着一个小孩，问了附近的人说他爸妈都不在了', [photo()])).level).toBe('warn');
  });
  it('is silent with no photo and no identifiers, however sad the text', () => {
    expect(analyzeDraft(draft('山区的孩子冬天还穿着单鞋上学，脚都冻烂了')).level).toBe('none');
  });
  it('cautions for a sick child in hospital (d029) and for a named child at a named school (d027)', () => {
    expect(analyzeDraft(draft('宝宝在儿童医院住了一周，今天终于退烧了', [childPhoto()])).level).toBe('caution');
    const v = analyzeDraft(draft('我家儿子张一帆，育才小学四年级五班，数学竞赛全市第三名', [childPhoto()]));
    expect(v.level).toBe('caution');
    expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['name', 'school-class']));
  });
  it('cautions for a vulnerable child identified by name and address in text alone (d041, d042)', () => {
    expect(analyzeDraft(draft('实验小学五年级的刘子涵被继母虐待，家住幸福小区3栋')).level).toBe('caution');
    expect(analyzeDraft(draft('The girl in apartment 4B at 22 Hill Road, Mia Lopez, is being neglected', [], 'en')).level).toBe('caution');
  });
  it('cautions for a child photo that carries GPS, and says where', () => {
    const v = analyzeDraft(draft('周末带娃去公园', [childPhoto({ gps: { lat: 23.1779, lon: 113.3943 } })]));
    expect(v.level).toBe('caution');
    expect(v.reasons.find((r) => r.code === 'photo-gps')?.evidence).toEqual([{ kind: 'photo-gps', photo: 0, lat: 23.1779, lon: 113.3943 }]);
  });
  it('stays silent on benign family posts and traps, and explains the trap', () => {
    expect(analyzeDraft(draft('女儿今天在钢琴比赛拿了二等奖，开心！', [childPhoto()])).level).toBe('none');
    expect(analyzeDraft(draft('Killing all child processes on exit is harder than it looks', [photo()], 'en')).level).toBe('none');
    const review = analyzeDraft(draft('这本书写的是二战时期孤儿的故事，看哭了', [photo()]));
    expect(review.level).toBe('none');
    expect(review.reasons.map((r) => r.code)).toContain('context-review');
    const pet = analyzeDraft(draft('捡到一只走丢的狗，小区有人丢狗吗', [photo()]));
    expect(pet.level).toBe('none');
    expect(pet.reasons.map((r) => r.code)).toContain('context-pet');
    expect(analyzeDraft(draft('路口有个老奶奶迷路了，已经帮她联系上家人', [photo({ faces: [face(70)] })])).level).toBe('none');
  });
  it('reads the text in a photo (OCR) and points at it', () => {
    const poster = photo({ text: '寻 人 启 事\n男孩 8岁 走失\n联系电话 13812345678' });
    const v = analyzeDraft(draft('帮忙转发', [poster]));
    expect(v.level).toBe('warn');
    const phone = v.reasons.find((r) => r.code === 'phone-number');
    expect(phone?.evidence).toEqual([{ kind: 'photo-text', photo: 0, quote: '13812345678' }]);
  });
});

describe('analyzeDraft: evidence and messages', () => {
  it('quotes the original text with offsets into it, even after emoji, mentions and traditional characters', () => {
    const text = '//@熱心網友:😭😭 這個小孩在車站乞討好幾天了 #救救孩子#';
    const v = analyzeDraft(draft(text, [childPhoto()], 'zh-TW'));
    expect(v.level).toBe('warn');
    for (const r of v.reasons) {
      for (const e of r.evidence) if (e.kind === 'text') expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    const begging = v.reasons.find((r) => r.code === 'vulnerable-begging');
    expect(begging?.evidence[0]).toMatchObject({ kind: 'text', quote: '乞討' });
    expect(begging?.message).toBe(message('vulnerable-begging', 'zh-TW'));
  });
  it('speaks the draft locale', () => {
    const text = 'This little girl was crying alone at the airport gate';
    const en = analyzeDraft(draft(text, [childPhoto()], 'en'));
    const cn = analyzeDraft(draft(text, [childPhoto()], 'zh-CN'));
    expect(en.reasons[0].message).toMatch(/[a-z]/);
    expect(cn.reasons[0].message).toMatch(/[\u4e00-\u9fff]/);
  });
  it('has a message in every locale for every reason code', () => {
    for (const code of MESSAGE_CODES) {
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(message(code, locale), `${code} ${locale}`).not.toBe(code);
    }
  });
  it('says when a photo could not be checked', () => {
    const v = analyzeDraft(draft('周末带娃去公园', [photo({ error: 'The picture could not be decoded.', checked: { metadata: true, faces: false, text: false } })]));
    expect(v.reasons.map((r) => r.code)).toContain('photo-unchecked');
    expect(analyzeDraft(draft('周末带娃去公园', [photo()])).reasons.map((r) => r.code)).not.toContain('photo-unchecked');
  });
  it('says when the text in a photo was read only in part, in the user\'s language', () => {
    const cut = (locale: 'en' | 'zh-CN') => analyzeDraft({ ...draft('这个小男孩每天晚上都在夜市卖花', [childPhoto({ textCutShort: true })]), locale });
    const reason = cut('en').reasons.find((r) => r.code === 'photo-text-partial');
    expect(reason?.message).toMatch(/read in part/);
    expect(cut('zh-CN').reasons.find((r) => r.code === 'photo-text-partial')?.message).toMatch(/文字/);
    expect(analyzeDraft(draft('这个小男孩每天晚上都在夜市卖花', [childPhoto()])).reasons.map((r) => r.code)).not.toContain('photo-text-partial');
  });
  it('gives face evidence by photo index', () => {
    const v = analyzeDraft(draft('这个小男孩每天晚上都在夜市卖花', [photo(), childPhoto()]));
    expect(v.reasons.find((r) => r.code === 'child-face')?.evidence).toEqual([{ kind: 'photo-face', photo: 1, age: 6, box: { x: 10, y: 20, width: 50, height: 60 } }]);
  });
});

describe('analyzeDraft: bad input never throws', () => {
  const ok = (v: ReturnType<typeof analyzeDraft>) => {
    expect(['warn', 'caution', 'none']).toContain(v.level);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(Array.isArray(v.reasons)).toBe(true);
  };
  it('handles an empty draft', () => ok(analyzeDraft(draft(''))));
  it('handles 100,000 characters quickly', () => {
    const text = '这个小孩在车站乞讨，Call 13812345678. '.repeat(4000).slice(0, 100_000);
    const t = performance.now();
    const v = analyzeDraft(draft(text, [childPhoto()]));
    ok(v);
    expect(v.level).toBe('warn');
    expect(performance.now() - t).toBeLessThan(5000);
  });
  it('handles 100,000 characters of one risk phrase repeated, or of two kept apart, quickly', () => {
    // each hit's look around it stays bounded, and hit-to-hit questions go through an index
    const repeated = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    for (const text of [
      '抱走'.repeat(50_000), '孩子生病'.repeat(12_500) + '没钱'.repeat(25_000), '孩子无处可去求扩散'.repeat(11_000),
      repeated('爸爸去世，'), repeated('宝宝问妈妈在哪，妈妈出差了。'), repeated('小孩。先生要钱。'), repeated("'kidnapped' "),
    ]) {
      const t = performance.now();
      ok(analyzeDraft(draft(text, [childPhoto()])));
      expect(performance.now() - t).toBeLessThan(5000);
    }
  });
  it('handles lone surrogates and binary junk', () => {
    ok(analyzeDraft(draft('\ud800\udfff\ud83d孩子\udc00乞讨')));
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    ok(analyzeDraft(draft(junk, [childPhoto({ text: junk })])));
  });
  it('handles malformed drafts from untrusted callers', () => {
    for (const bad of [null, undefined, 42, 'text', [], { text: 5 }, { text: 'x', photos: 'nope' }, { text: 'x', photos: [null, { faces: 'x', gps: { lat: 'a' } }] }, { text: 'x', locale: 'fr' }]) {
      ok(analyzeDraft(bad as unknown as Draft));
    }
  });
});
