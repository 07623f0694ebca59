import { describe, expect, it } from 'vitest';
import { detectResidentIds, residentIdChecksumOk } from './residentId.ts';
import { quotes } from './testing.ts';

const ids = (s: string) => quotes(detectResidentIds, s);

describe('PRC resident ID numbers', () => {
  it('validates the ISO 7064 MOD 11-2 check character', () => {
    expect(residentIdChecksumOk('11010519491231002X')).toBe(true); // GB 11643 example
    expect(residentIdChecksumOk('440524188001010014')).toBe(true);
    expect(residentIdChecksumOk('110105194912310021')).toBe(false);
    expect(residentIdChecksumOk('11010519491231002x')).toBe(true);
  });
  it('finds valid numbers in text and rejects bad checksums or impossible dates (zh-Hans)', () => {
    expect(ids('孩子身份证号11010519491231002X，请帮忙')).toEqual(['11010519491231002X']);
    expect(ids('身份证110105194912310021')).toEqual([]);
    expect(ids('身份证110105201302300015')).toEqual([]); // 30 February
  });
  it('finds partly masked numbers, written full-width too (zh-Hant, en)', () => {
    expect(ids('身分證 110105********1234')).toEqual(['110105********1234']);
    expect(ids('ＩＤ：１１０１０５２０１５＊＊＊＊１２３４')).toEqual(['1101052015****1234']);
    expect(ids('his ID is 110105********123X')).toEqual(['110105********123X']);
    expect(ids('masked too much: 110***************')).toEqual([]);
  });
});
