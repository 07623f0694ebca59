import { describe, expect, it } from 'vitest';
import { detectAll } from './index.ts';
import { normalizeText } from '../text/normalize.ts';

const found = (s: string) => {
  const f = detectAll(normalizeText(s).text);
  return { child: f.child.filter((h) => h.code === 'child').length, contexts: [...new Set(f.contexts.map((c) => c.code))].sort() };
};

describe('word traps', () => {
  it('masks phrases that only look like a child (zh-Hans)', () => {
    expect(found('同事说我孩子气').child).toBe(0);
    expect(found('童装店换季清仓 #童装#').child).toBe(0);
    expect(found('儿童节快乐！祝所有大朋友节日快乐').child).toBe(0);
    expect(found('我家毛孩子今天体检').child).toBe(0);
    expect(found('宝宝们，今天给大家推荐一款防晒霜').child).toBe(0);
    expect(found('我都四十了在我妈眼里还是个孩子').child).toBe(0);
  });
  it('masks them in traditional text too (zh-Hant)', () => {
    expect(found('童裝新品上架').child).toBe(0);
    expect(found('我家狗寶寶走丟了').child).toBe(0);
  });
  it('masks English traps (en)', () => {
    expect(found('Killing all child processes on exit is harder than it looks').child).toBe(0);
    expect(found('Childish Gambino tickets for sale, DM me').child).toBe(0);
    expect(found("Save the Children's new report is out").child).toBe(0);
    expect(found("hey baby, dinner's ready").child).toBe(0);
    expect(found('Grown man crying like a lost child at the airport').child).toBe(0);
  });
  it('flags review, tech, pet, adult and advocacy contexts', () => {
    expect(found('这本书写的是二战时期孤儿的故事').contexts).toContain('review');
    expect(found('《何以为家》看完整个人都不好了').contexts).toContain('review');
    expect(found('Rewatching Home Alone for the 30th time').contexts).toContain('review');
    expect(found('Docker container keeps spawning child processes').contexts).toContain('tech');
    expect(found('捡到一只流浪狗，小区有人丢狗吗').contexts).toContain('pet');
    expect(found('LOST DOG: Bella, brown lab').contexts).toContain('pet');
    expect(found('路口有个老奶奶迷路了').contexts).toContain('adult');
    expect(found('Homeless man outside my office needs socks').contexts).toContain('adult');
    expect(found('科普：发现走失儿童应先报警，不要随意在网上公开孩子的照片').contexts).toContain('advocacy');
    expect(found("If you see a child alone, call 911. Please don't post their photo").contexts).toContain('advocacy');
  });
  it('still sees a real child next to a trap word', () => {
    expect(found('童装店门口有个小孩在乞讨').child).toBe(1);
  });
});
