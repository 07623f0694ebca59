import { describe, expect, it } from 'vitest';
import { detectNames } from './names.ts';
import { quotes } from './testing.ts';
import { normalizeText } from '../text/normalize.ts';

const names = (s: string) => quotes(detectNames, s);

describe("a child's name", () => {
  it('finds names after and before cues (zh-Hans)', () => {
    expect(names('我家儿子张一帆，育才小学四年级五班')).toEqual(['张一帆']);
    expect(names('实验小学五年级的刘子涵被继母虐待')).toEqual(['刘子涵']);
    expect(names('阳光幼儿园大班三班，刘一诺小朋友毕业快乐')).toEqual(['刘一诺']);
    expect(names('欧阳娜娜同学今天生日')).toEqual(['欧阳娜娜']);
  });
  it('finds names in traditional text (zh-Hant)', () => {
    expect(names('我家兒子林宥辰，民生國小三年五班')).toEqual(['林宥辰']);
    expect(names('住在幸福路的那個小男孩陳冠宇，常常被打')).toEqual(['陈冠宇']);
  });
  it('finds English names after cues, full names and names followed by an age (en)', () => {
    expect(names('Congrats to our son Ethan Park, 5th grade')).toEqual(['Ethan Park']);
    expect(names('Help little Sophie get her heart surgery')).toEqual(['Sophie']);
    expect(names('The girl in apartment 4B, Mia Lopez, is being neglected')).toEqual(['Mia Lopez']);
    expect(names('Jordan Hayes, 10, has been missing since Monday')).toEqual(['Jordan Hayes']);
  });
  it('does not take ordinary words for names', () => {
    expect(names('儿子今天自己系鞋带了')).toEqual([]);
    expect(names('女儿学校组织去敬老院')).toEqual([]);
    expect(names('寻找失联的高中同学')).toEqual([]);
    expect(names('our son The best')).toEqual([]);
    expect(names('Our daughter insisted on wearing her princess dress')).toEqual([]);
  });
  it("finds a parent's full name given with a found or missing child (zh-Hans, zh-Hant, en)", () => {
    const parents = (s: string) => detectNames(normalizeText(s).text).filter((h) => h.detail === 'parent').map((h) => normalizeText(s).text.slice(h.start, h.end));
    expect(parents('孩子已经找到了，父亲张建国在派出所接回了他')).toEqual(['张建国']);
    expect(parents('孩子已經找到了，父親張建國在派出所接回了他')).toEqual(['张建国']);
    expect(parents('Update: Liam has been found safe, his mother Julie Bennett thanks everyone')).toEqual(['Julie Bennett']);
    // a parent's name without a found or missing child is ordinary family talk
    expect(parents('父亲张建国今天六十大寿')).toEqual([]);
    expect(parents('Happy birthday to my dad John Bennett!')).toEqual([]);
  });
  it('finds an English first name alone next to a school, for the verdict to pair with it', () => {
    const first = (s: string) => detectNames(s).filter((h) => h.code === 'first-name').map((h) => s.slice(h.start, h.end));
    expect(first('So proud of Emma, first day @ Lincoln Elementary')).toEqual(['Emma']);
    expect(first('Emma and Grace baked cookies')).toEqual([]);
    expect(first('grace under pressure at Hill Academy')).toEqual([]);
  });
  it('looks at the first 20 first names only, so a pasted roster costs no check of every pair', () => {
    const text = 'Emma, Liam, Lincoln Elementary School. '.repeat(3000);
    expect(detectNames(text).filter((h) => h.code === 'first-name').length).toBeLessThanOrEqual(20);
  });
});
