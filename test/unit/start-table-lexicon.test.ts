// The one-pass start table (src/analysis/lexicon/startTable.ts) only skips positions where no
// match can start: on every corpus text, every match of every regex the detectors run over whole
// texts starts at one of that regex's candidates, and the patterns give what matchAll gives.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import '../../src/analysis/detectors/index.ts';
import { matches, registeredPatterns, ScannedText } from '../../src/analysis/lexicon/patterns.ts';
import { normalizeText } from '../../src/analysis/text/normalize.ts';

const root = process.cwd();
const texts = [
  ...readdirSync(resolve(root, 'test/corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => resolve(root, 'test/corpus', f)),
  resolve(root, '../shared/corpus/drafts.jsonl'),
  resolve(root, '../shared/corpus/real/posts.jsonl'),
].flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => normalizeText((JSON.parse(l) as { text: string }).text).text));

it('never skips the start of a match of a detector regex, and finds what matchAll finds', () => {
  const patterns = registeredPatterns();
  expect(patterns.length).toBeGreaterThan(40);
  let found = 0;
  const missed: string[] = [];
  for (const text of texts) {
    const scan = new ScannedText(text);
    const candidates = scan.candidates();
    for (const p of patterns) {
      const expected: string[] = [];
      p.regexes.forEach((re, k) => {
        const starts = candidates[p.first + k];
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          expected.push(`${m.index} ${m[0]}`);
          if (!m[0]) continue;
          found++;
          if (starts && !starts.includes(m.index)) missed.push(`${re.source.slice(0, 40)} at "${m[0]}" in ${text.slice(0, 40)}`);
        }
      });
      expect([...matches(p, scan)].map((m) => `${m.index} ${m[0]}`)).toEqual(expected);
    }
  }
  expect(missed).toEqual([]);
  expect(found).toBeGreaterThan(10_000);
}, 180_000); // every detector regex over ~3,000 texts: ~5 s alone, far more beside other work
