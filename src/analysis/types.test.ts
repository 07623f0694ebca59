import { describe, expect, it } from 'vitest';
import { LOCALES } from './types.ts';

describe('locales', () => {
  it('covers simplified Chinese, traditional Chinese and English', () => {
    expect([...LOCALES].sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
  });
});
