import { describe, expect, it } from 'vitest';
import { detectConditions, wordKey } from './conditions.ts';
import { quotes } from './testing.ts';
import { detectVulnerability } from './vulnerability.ts';

const named = (s: string) => quotes(detectConditions, s);

describe('a condition named in English', () => {
  it('finds serious conditions the hand-made lexicon does not list', () => {
    expect(named('Please help baby Noah, born with hydrocephalus')).toEqual(['hydrocephalus']);
    expect(named('She was diagnosed with aplastic anemia last week')).toEqual(['aplastic anemia']);
    expect(named('our son has cerebral palsy and epilepsy')).toEqual(['cerebral palsy', 'epilepsy']);
    expect(named('a likely diagnosis of Guillain-Barre syndrome')).toEqual(['Guillain-Barre syndrome']);
  });

  it('reads accents, hyphens, possessives, plurals and capitals as the same name', () => {
    expect(named('Support Avery against Guillain-Barré')).toEqual(['Guillain-Barré']);
    expect(named('He has Down’s syndrome')).toEqual(["Down's syndrome"]);
    expect(named('a boy with DOWN SYNDROME')).toEqual(['DOWN SYNDROME']);
    expect(named('she had two seizures tonight')).toEqual(['seizures']);
    expect(named('sickle cell anemia and sickle-cell anaemia')).toEqual(['sickle cell anemia', 'sickle-cell anaemia']);
  });

  it('takes the longest name and never a part of a longer word', () => {
    expect(named('acute lymphoblastic leukemia')).toEqual(['acute lymphoblastic leukemia']);
    expect(named('the leukemias and preleukemia')).toEqual(['leukemias']);
    expect(named('cancerous? no: a cancer')).toEqual(['cancer']);
  });

  it('leaves out everyday ailments and words with a commoner meaning', () => {
    for (const s of ['my son has a cold and a cough', 'she got the flu and a rash', 'teething again, poor baby', 'new hearing aids', 'Amelia loves her mono print', 'he gave me a heart attack', 'shingles on the roof', 'a touch of colic'])
      expect(named(s), s).toEqual([]);
  });

  it('finds nothing in empty, Chinese-only, emoji-only or very long text, without throwing', () => {
    expect(named('')).toEqual([]);
    expect(named('孩子确诊白血病')).toEqual([]);
    expect(named('😢🙏🏻')).toEqual([]);
    expect(named('epilepsy '.repeat(20_000))).toHaveLength(20_000);
  });

  it('spells a word as the lexicon does', () => {
    expect(wordKey('Barré')).toBe('barre');
    expect(wordKey("Down's")).toBe('down');
    expect(wordKey('LEUKAEMIA')).toBe('leukaemia');
  });
});

describe('a named condition as a sign of vulnerability', () => {
  it("counts as 'sick', once, where the lexicon's own word does not already cover it", () => {
    const text = 'Donate to help our daughter fight neuroblastoma and a brain tumor';
    const sick = detectVulnerability(text).filter((h) => h.code === 'sick').map((h) => text.slice(h.start, h.end));
    // both are in the lexicon's own list too: each is counted once
    expect(sick.filter((q) => q === 'neuroblastoma')).toHaveLength(1);
    expect(sick.filter((q) => q === 'brain tumor')).toHaveLength(1);
    expect(quotes(detectVulnerability, 'born with hydrocephalus', 'sick')).toEqual(['hydrocephalus']);
  });

  it('is not counted when feared rather than found', () => {
    expect(quotes(detectVulnerability, "I'm worried he might have meningitis", 'sick')).toEqual([]);
  });
});
