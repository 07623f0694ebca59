import { describe, expect, it } from 'vitest';
import { detectPlates } from './plates.ts';
import { quotes } from './testing.ts';

const plates = (s: string) => quotes(detectPlates, s);

describe('licence plates', () => {
  it('finds mainland plates, with separators and new-energy plates (zh-Hans)', () => {
    expect(plates('孩子被抱上一辆京A12345的面包车')).toEqual(['京A12345']);
    expect(plates('车牌粤B·D12345')).toEqual(['粤B·D12345']);
    expect(plates('沪C 8K9Q2 停在门口')).toEqual(['沪C 8K9Q2']);
  });
  it('reads traditional and full-width text (zh-Hant)', () => {
    expect(plates('車牌號碼是蘇Ｅ１２３４５')).toEqual(['苏E12345']);
  });
  it('finds a plate after an English cue and ignores words that look alike (en)', () => {
    expect(plates('white van, licence plate ABC 1234, heading north')).toEqual(['ABC 1234']);
    expect(plates('I love 京A and 12345')).toEqual([]);
    expect(plates('the plate was delicious')).toEqual([]);
  });
});
