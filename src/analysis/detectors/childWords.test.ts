import { describe, expect, it } from 'vitest';
import { chineseNumber, detectChildWords } from './childWords.ts';
import { quotes } from './testing.ts';

const child = (s: string) => quotes(detectChildWords, s, 'child');
const adult = (s: string) => quotes(detectChildWords, s, 'adult-age');

describe('words for a child', () => {
  it('finds child words and ages under 18 (zh-Hans)', () => {
    expect(child('这娃在小卖部门口坐了一上午了')).toEqual(['娃']);
    expect(child('商场里捡到一个走失的宝宝，两岁左右')).toEqual(['宝宝', '两岁']);
    expect(child('工地上居然有小孩在搬砖，顶多十四岁')).toEqual(['小孩', '十四岁']);
  });
  it('reads traditional characters (zh-Hant)', () => {
    expect(child('這個小孩在車站乞討')).toEqual(['小孩']);
    expect(child('我姪子昨天在公園')).toEqual(['姪子']);
    expect(child('女兒今年十二歲')).toEqual(['女儿', '十二岁']);
  });
  it('finds English child words and ages (en)', () => {
    expect(child('A toddler was wandering along the river path')).toEqual(['toddler']);
    expect(child('AMBER ALERT: 6 year old boy taken')).toEqual(['6 year old', 'boy']);
    expect(child("Meet Tyler, he's 9 and in foster care")).toEqual(["he's 9"]);
    expect(child('My nephew (6) has a brain tumor')).toEqual(['nephew', '(6)']);
  });
  it('keeps ages of 18 and over apart, and does not read months as years', () => {
    expect(adult('我都四十了，今年22岁')).toEqual(['22岁']);
    expect(adult('同学现在应该三十多岁')).toEqual(['三十多岁']);
    expect(child("she's only 18 months old")).toEqual(['18 months old']);
    expect(adult("she's only 18 months old")).toEqual([]);
  });
  it('does not read the day of a date as an age', () => {
    expect(adult('He was last seen on August 23, 2007.')).toEqual([]);
    expect(adult('A warrant was issued on Jan. 18, 2008, for the abductor')).toEqual([]);
    expect(child('Jordan Hayes, 10, has been missing since Monday')).toEqual(['10']);
  });
  it('reads Chinese numerals', () => {
    expect([chineseNumber('九'), chineseNumber('十'), chineseNumber('十四'), chineseNumber('三十'), chineseNumber('二十五')]).toEqual([9, 10, 14, 30, 25]);
  });
});
