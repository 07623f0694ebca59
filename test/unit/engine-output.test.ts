// Pins the engine's output: every text of the corpora (ours, the shared drafts, the shared real
// posts) and a few long or odd inputs, each scored three ways, must give exactly the verdicts
// recorded in engine-output.snapshot.txt. Speed work on the rules must not change a single
// verdict, quote or offset; a rule change that does is seen text by text, and the snapshot is
// rewritten on purpose:
//   ENGINE_OUTPUT=update npx vitest run test/unit/engine-output.test.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeDraft } from '../../src/analysis/index.ts';
import type { Draft, Locale, PhotoFacts, Verdict } from '../../src/analysis/types.ts';

const SNAPSHOT = resolve(import.meta.dirname, 'engine-output.snapshot.txt');
const root = process.cwd();

interface Text { id: string; text: string; locale: Locale }

function corpus(path: string): Text[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; lang: string })
    .map((d) => ({ id: d.id, text: d.text, locale: d.lang === 'en' ? 'en' : d.lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN' }));
}

/** Inputs no corpus holds: the bench's worst case, text that is all emoji, invisible or RTL. */
function oddInputs(): Text[] {
  const mixed = corpus(resolve(root, 'test/corpus/drafts.jsonl')).map((d) => d.text).join('\n');
  const odd: [string, string][] = [
    ['100k-repeat', '这个小孩在车站乞讨 Call 13812345678. '.repeat(4000).slice(0, 100_000)],
    ['100k-corpus', mixed.repeat(Math.ceil(100_000 / mixed.length)).slice(0, 100_000)],
    ['emoji-only', '😀😢🙏👶🏻👨‍👩‍👧‍👦🇨🇳❤️✨'.repeat(50)],
    ['invisible', '走\u200b丢\u200d的\u2060小\ufeff孩 c\u00adh\u200bild m\u200ci\u200dssing 13\u200b812345678'],
    ['rtl-marks', '\u202e这个孩子在乞讨\u202c \u200fmissing child\u200e \u202bطفل مفقود\u202c 电话 138 1234 5678'],
    ['mixed-scripts', 'Малыш потерялся 小孩走丢了 ein Kind bettelt 아이가 길을 잃었어요 子供が迷子 ребёнок сhild lost αγόρι'],
    ['lone-surrogates', '小孩\ud800走失\udc00 child \ud83d begging'],
    ['traditional', '這個小孩在車站乞討，家長在哪裡？請幫忙轉發，電話 0912-345-678'],
    ['evasions', '乞·讨的小-孩 c-h-i-l-d b3gg1ng qi tao zǒu shī m1ss1ng kid'],
    ['whitespace', ' \n\t\u3000 '.repeat(500)],
    ['empty', ''],
  ];
  return odd.map(([id, text]) => ({ id, text, locale: 'zh-CN' }));
}

const box = { x: 40, y: 30, width: 120, height: 140 };
const photo = (text: string): PhotoFacts => ({ id: 'photo-1', gps: null, faces: [{ age: 6, child: true, box }], text, checked: { metadata: true, faces: true, text: true } });

/** The three ways a text is scored: alone, beside a child's photo, read from that photo. */
const variants: ((t: Text) => Draft)[] = [
  (t) => ({ text: t.text, photos: [], locale: t.locale }),
  (t) => ({ text: t.text, photos: [photo('')], locale: t.locale }),
  (t) => ({ text: '', photos: [photo(t.text)], locale: t.locale }),
];

/** A readable verdict: level, score and every reason with its evidence. */
function summary(v: Verdict): string {
  const evidence = (e: Verdict['reasons'][number]['evidence'][number]) =>
    e.kind === 'text' ? `"${e.quote}"@${e.start}-${e.end}` : e.kind === 'photo-text' ? `photo${e.photo}:"${e.quote}"` : e.kind;
  return `${v.level} ${v.score} ${v.reasons.map((r) => `${r.code}/${r.severity}[${r.evidence.map(evidence).join(' ')}]`).join(' ')}`;
}

/** One line per text: id, the three levels (w/c/n) and a hash of the three whole verdicts. */
function line(t: Text): { line: string; readable: string } {
  const verdicts = variants.map((v) => analyzeDraft(v(t)));
  const levels = verdicts.map((v) => v.level[0]).join('');
  const hash = createHash('sha1').update(JSON.stringify(verdicts)).digest('hex').slice(0, 10);
  return { line: `${t.id} ${levels} ${hash}`, readable: verdicts.map(summary).join('\n    ') };
}

it('gives the recorded verdict for every corpus text and odd input', () => {
  const groups: [string, Text[]][] = [
    ...readdirSync(resolve(root, 'test/corpus'))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f): [string, Text[]] => [`test/corpus/${f}`, corpus(resolve(root, 'test/corpus', f))]),
    ['../shared/corpus/drafts.jsonl', corpus(resolve(root, '../shared/corpus/drafts.jsonl'))],
    ['../shared/corpus/real/posts.jsonl', corpus(resolve(root, '../shared/corpus/real/posts.jsonl'))],
    ['odd inputs', oddInputs()],
  ];
  const out: string[] = ['# Engine output per text: id, levels (text alone / with a child\'s photo / read from the photo), hash of the verdicts'];
  const readable = new Map<string, string>();
  for (const [name, texts] of groups) {
    out.push(`## ${name}`);
    for (const t of texts) {
      const l = line(t);
      out.push(l.line);
      readable.set(`${name} ${t.id}`, l.readable);
    }
  }
  if (process.env.ENGINE_OUTPUT === 'update') writeFileSync(SNAPSHOT, out.join('\n') + '\n');

  const recorded = readFileSync(SNAPSHOT, 'utf8').trimEnd().split('\n');
  // which texts changed, with the new verdicts spelled out; a text is known by its file and id
  const keyed = (lines: string[]) => {
    const byText = new Map<string, string>();
    let group = '';
    for (const l of lines) {
      if (l.startsWith('## ')) group = l.slice(3);
      else if (!l.startsWith('#')) byText.set(`${group} ${l.split(' ')[0]}`, l);
    }
    return byText;
  };
  const was = keyed(recorded);
  const now = keyed(out);
  const changed = [...new Set([...was.keys(), ...now.keys()])]
    .filter((k) => was.get(k) !== now.get(k))
    .map((k) => `${k}: recorded ${was.get(k) ?? '(none)'}, now ${now.get(k) ?? '(none)'}\n    ${readable.get(k) ?? ''}`);
  expect(changed.slice(0, 30), `${changed.length} texts changed`).toEqual([]);
  expect(now.size).toBeGreaterThan(1800);
});
