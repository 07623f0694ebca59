// The first-two-unit tables (src/analysis/lexicon/firstPairs.ts) only skip positions where no
// match can start: every match of every Chinese lexicon term in every corpus text starts where the
// tables let a scan try.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import child from '../../src/analysis/lexicon/child.json';
import traps from '../../src/analysis/lexicon/traps.json';
import vulnerability from '../../src/analysis/lexicon/vulnerability.json';
import { firstPairs, mayStartAt } from '../../src/analysis/lexicon/firstPairs.ts';
import { normalizeText } from '../../src/analysis/text/normalize.ts';

const root = process.cwd();
const texts = [
  ...readdirSync(resolve(root, 'test/corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => resolve(root, 'test/corpus', f)),
  resolve(root, '../shared/corpus/drafts.jsonl'),
  resolve(root, '../shared/corpus/real/posts.jsonl'),
].flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => normalizeText((JSON.parse(l) as { text: string }).text).text));

it('never skips the start of a real match of a Chinese lexicon term', () => {
  const sets = [child, traps, vulnerability].flatMap((lexicon) => Object.entries(lexicon).filter(([k]) => !k.startsWith('_')));
  let matches = 0;
  const missed: string[] = [];
  for (const [name, set] of sets) {
    const terms = (set as { zh?: string[] }).zh ?? [];
    const p = terms.length ? firstPairs(terms) : null;
    if (!p) continue;
    for (const term of terms) {
      const re = new RegExp(term, 'g');
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          if (!m[0]) continue;
          matches++;
          if (!mayStartAt(p, text, m.index, text.charCodeAt(m.index))) missed.push(`${name}: ${term} at "${m[0]}"`);
        }
      }
    }
  }
  expect(missed).toEqual([]);
  expect(matches).toBeGreaterThan(1000);
});
