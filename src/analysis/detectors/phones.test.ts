import { describe, expect, it } from 'vitest';
import { detectPhones } from './phones.ts';
import { quotes } from './testing.ts';

const phones = (s: string) => quotes(detectPhones, s);

describe('phone numbers', () => {
  it('finds mainland mobiles, plain, spaced, with +86 and partly masked (zh-Hans)', () => {
    expect(phones('请看到的朋友联系我 13812345678')).toEqual(['13812345678']);
    expect(phones('电话：139 1234 5678，谢谢')).toEqual(['139 1234 5678']);
    expect(phones('+86 158-1234-5678')).toEqual(['+86 158-1234-5678']);
    expect(phones('家长电话138****5678')).toEqual(['138****5678']);
  });
  it('finds landlines with an area code, also written full-width (zh-Hant)', () => {
    expect(phones('請聯絡派出所 027-88852022')).toEqual(['027-88852022']);
    expect(phones('電話（０２１）６２３４５６７８')).toEqual(['(021)62345678']);
  });
  it('finds international and North American numbers (en)', () => {
    expect(phones('Call me at +1 415 555 0132 this week')).toEqual(['+1 415 555 0132']);
    expect(phones('call his mom at (415) 555-0199')).toEqual(['(415) 555-0199']);
    expect(phones('UK: +44 20 7946 0958')).toEqual(['+44 20 7946 0958']);
  });
  it('ignores hotlines, toll-free numbers, dates, prices and ID-like long digit runs', () => {
    expect(phones('发现儿童被拐请拨打110或12355')).toEqual([]);
    expect(phones('NCMEC 1-800-843-5678, help line 1-888-373-7888')).toEqual([]);
    expect(phones('2024-06-01 花了 12345678 元')).toEqual([]);
    expect(phones('11010519491231002X')).toEqual([]);
    expect(phones('订单号 138123456789012')).toEqual([]);
  });
  it('ignores an organisation’s enquiry line, and keeps a family’s number given further on', () => {
    expect(phones('报名电话：010-66875537')).toEqual([]);
    expect(phones('諮詢專線：0912-345-678')).toEqual([]);
    expect(phones('call our hotline: 415-555-0143')).toEqual([]);
    expect(phones('咨询电话就是孩子妈妈的：13812345678')).toEqual(['13812345678']);
  });
  it('finds a Taiwan mobile number, also with +886', () => {
    expect(phones('有事請打0912-345-678找媽媽')).toEqual(['0912-345-678']);
    expect(phones('+886 912 345 678')).toEqual(['+886 912 345 678']);
  });
  it('finds a 7- or 8-digit local number after a phone cue (zh-Hans, zh-Hant, en)', () => {
    expect(phones('联系电话：5551234，看到请打')).toEqual(['5551234']);
    expect(phones('聯絡電話 623-4567')).toEqual(['623-4567']);
    expect(phones('If you see her, call 555-0143 or text her mom at 555 0199')).toEqual(['555-0143', '555 0199']);
  });
  it('leaves digit runs without a phone cue alone', () => {
    expect(phones('Order #555-1234 shipped, score 123-4567')).toEqual([]);
    expect(phones('电话费花了1234567元？不可能')).toEqual([]);
  });
  it('stops after 50 numbers, so a pasted list costs no check of every pair', () => {
    expect(phones('call 555-0143 or '.repeat(5000)).length).toBe(50);
  });
});
