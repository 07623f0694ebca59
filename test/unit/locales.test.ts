// UI text: the three locales carry the same messages and placeholders; the locale helpers pick
// the engine's language and the report channel from the browser's language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftLocale, reportRegion } from '../../src/ui/locale.ts';
import { translatorFromMessages } from '../../src/ui/i18n.ts';
import { ruleFor } from '../../src/ui/rules.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (loc: string): Messages => JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales', loc, 'messages.json'), 'utf8'));
const en = load('en');

describe('_locales', () => {
  for (const loc of ['zh_CN', 'zh_TW']) {
    it(`${loc} has every message of en, with the same placeholders`, () => {
      const other = load(loc);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, m] of Object.entries(en)) {
        const names = (s: string) => [...s.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();
        expect(names(other[key].message), key).toEqual(names(m.message));
        expect(other[key].placeholders, key).toEqual(m.placeholders);
        expect(other[key].message.trim(), key).not.toBe('');
      }
    });
  }

  it('substitutes placeholders like the browser does', () => {
    const t = translatorFromMessages(en);
    expect(t('failedBody', ['it took too long'])).toContain('(it took too long)');
    expect(translatorFromMessages(load('zh_CN'))('photoLabel', [2])).toBe('第 2 张照片');
  });

  it('every placeholder in a message is declared', () => {
    for (const [key, m] of Object.entries(en)) {
      for (const [, name] of m.message.matchAll(/\$([A-Z_]+)\$/g)) expect(m.placeholders?.[name.toLowerCase()], key).toBeDefined();
    }
  });
});

describe('locale helpers', () => {
  it('maps the browser language to the engine locale', () => {
    expect(draftLocale('zh-CN')).toBe('zh-CN');
    expect(draftLocale('zh')).toBe('zh-CN');
    expect(draftLocale('zh-TW')).toBe('zh-TW');
    expect(draftLocale('zh-HK')).toBe('zh-TW');
    expect(draftLocale('zh_Hant_TW')).toBe('zh-TW');
    expect(draftLocale('en-GB')).toBe('en');
    expect(draftLocale('de')).toBe('en');
  });

  it('picks the report channel region', () => {
    expect(reportRegion('zh-CN')).toBe('CN');
    expect(reportRegion('zh')).toBe('CN');
    expect(reportRegion('zh-TW')).toBe('TW');
    expect(reportRegion('en-US')).toBe('US');
    expect(reportRegion('de-DE')).toBe('EU');
    expect(reportRegion('fr')).toBe('EU');
    expect(reportRegion('en')).toBe('other');
    expect(reportRegion('ja-JP')).toBe('other');
  });

  it('cites a rule for every kind of reason', () => {
    expect(ruleFor('photo-gps')).toBe('ruleCac2015');
    expect(ruleFor('phone-number')).toBe('ruleCac2015');
    expect(ruleFor('vulnerable-begging')).toBe('ruleUnicefVictim');
    expect(ruleFor('child-face')).toBe('ruleUnicefImage');
    expect(ruleFor('child-words')).toBe('ruleCrc16');
    expect(ruleFor('vulnerable-street')).toBe('ruleUnicefVictim');
    expect(ruleFor('home-address')).toBe('ruleCac2015');
    expect(ruleFor('id-number')).toBe('ruleCac2015');
    expect(ruleFor('sick-child')).toBe('ruleUnicefVictim');
    expect(ruleFor('something-new')).toBe('ruleUnicefImage');
    expect(ruleFor('context-film-review')).toBeNull();
  });
});
