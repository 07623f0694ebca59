import { describe, expect, it } from 'vitest';
import { collectSignals, identifierKinds } from './signals.ts';
import type { Draft, PhotoFacts } from './types.ts';

const photo = (p: Partial<PhotoFacts> = {}): PhotoFacts => ({ id: 'p', gps: null, faces: [], text: '', checked: { metadata: true, faces: true, text: true }, ...p });
const child = photo({ faces: [{ age: 6, child: true, box: { x: 0, y: 0, width: 9, height: 9 } }] });
const signals = (text: string, photos: PhotoFacts[] = [photo()]) => collectSignals({ text, photos, locale: 'zh-CN' } as Draft);
const risks = (text: string, photos?: PhotoFacts[]) => [...signals(text, photos).vulnerable.keys()].sort();

describe('which risk signs describe a child', () => {
  it('takes the subject of the same clause', () => {
    expect(risks('路口有个老奶奶迷路了，我家孩子也在旁边')).toEqual([]);
    expect(risks('小区里的狗走丢了，孩子哭了一晚上')).toEqual([]);
    expect(risks('老人带着的孩子走丢了')).toEqual(['lost']);
  });
  it('otherwise takes the nearest subject', () => {
    expect(risks('The old man next door was begging outside while his grandson watched')).toEqual([]);
    expect(risks('A kid, no older than 6, begging at the lights')).toEqual(['begging']);
  });
  it('uses the photo when the text names nobody', () => {
    expect(risks('天天在街头乞讨，好心疼', [child])).toEqual(['begging', 'street']);
    expect(risks('天天在街头乞讨，好心疼', [photo()])).toEqual([]);
  });
  it('reads the text in the photo as its own source', () => {
    const s = signals('扩散', [photo({ text: '寻人启事 男孩 8岁' })]);
    expect([...s.vulnerable.keys()]).toContain('missing');
    expect(s.vulnerable.get('missing')![0].source.photo).toBe(0);
  });
});

describe('weak signs and contexts', () => {
  it('needs two different weak signs', () => {
    expect(risks('有个小孩在超市门口一直哭')).toEqual(['signs']);
    expect(risks('我家孩子哭了')).toEqual([]);
    expect(risks('公园里一个小女孩摔倒了哭了，妈妈赶紧抱起来哄')).toEqual([]);
  });
  it('explains risk words away in reviews, tech writing and advocacy without a child face', () => {
    expect([...signals('《何以为家》里小男孩在街头流浪的镜头太真实').suppressedBy.keys()]).toEqual(['review']);
    expect(risks('Orphaned child processes keep piling up')).toEqual([]);
    expect([...signals('This kid wrote a script that kills orphaned child processes', [child]).suppressedBy.keys()]).toEqual(['tech']);
    expect([...signals('提醒：发现走失儿童请报警，不要随意转发照片').suppressedBy.keys()]).toEqual(['advocacy']);
    expect(risks('提醒：发现走失儿童请报警，不要随意转发照片', [child])).toContain('lost');
  });
  it('takes 宝宝 next to a kitten for the kitten', () => {
    expect(signals('仓鼠宝宝出生一周了').childWords).toHaveLength(0);
    expect(signals('This little guy is a 3 month old kitten').childWords).toHaveLength(0);
    expect(signals('宝宝和小狗一起玩').childWords).toHaveLength(0);
    expect(signals('女儿和小狗一起玩').childWords.length).toBeGreaterThan(0);
  });
});

describe('identifier combinations', () => {
  it('combines name with school, school with class', () => {
    const kinds = identifierKinds(signals('我家儿子张一帆，育才小学四年级五班', [child]));
    expect([...kinds]).toEqual(expect.arrayContaining(['name', 'school-class', 'school+class', 'name+school']));
  });
  it('counts GPS and place names from the photos', () => {
    const kinds = identifierKinds(signals('周末', [photo({ gps: { lat: 1, lon: 2 }, places: ['Guangzhou'] })]));
    expect([...kinds]).toEqual(expect.arrayContaining(['photo-gps', 'photo-place']));
  });
});
