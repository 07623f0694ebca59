// The labelled texts the text model learns from: our drafts (test/corpus/*.jsonl but the blind
// rounds), the shared drafts and the shared real posts. Each gets a text-level label (does the
// text describe a child at risk?) and what the evaluation needs to score it as a draft.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Level, PhotoFacts } from '../../src/analysis/types.ts';

export type Photo = 'child' | 'adult' | 'scene' | 'none';

export interface Example {
  id: string;
  text: string;
  /** 1: the text describes a specific child at risk */
  label: 0 | 1;
  /** 'real' for real people's posts, 'drafts' for drafts written for the project */
  corpus: 'real' | 'drafts';
  /** zh, zh-Hant, en, mixed (drafts); zh, en (real posts) */
  lang: string;
  /** stratum for the folds: the source and the label */
  stratum: string;
  /** the photo the evaluation attaches, and the verdict expected with it */
  photo: Photo;
  expect: Level;
}

export interface Draft { id: string; lang: string; text: string; photo: Photo; expect: Level }
interface Post { id: string; text: string; text_label: 'risk' | 'identifying' | 'benign'; lang: string; source: string }

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** A draft's text label: warn means a child at risk; with no photo, a caution means a vulnerable
 *  child named in text alone. A draft with no photo and no verdict says nothing about its text. */
function draftLabel(d: Draft): 0 | 1 | null {
  if (d.expect === 'warn') return 1;
  if (d.photo === 'none') return d.expect === 'caution' ? 1 : null;
  return 0;
}

/** A labelled draft as an example (none when it says nothing about its text), its id prefixed by its file. */
export function draftExample(file: string, d: Draft): Example[] {
  const label = draftLabel(d);
  return label === null ? [] : [{ id: `${file}:${d.id}`, text: d.text, label, corpus: 'drafts', lang: d.lang, stratum: `drafts:${label}`, photo: d.photo, expect: d.expect }];
}

/** The photo facts a photo label stands for: a child's face (age 6), an adult's, a photo with no face, or none. */
export function photosFor(photo: Photo): PhotoFacts[] {
  if (photo === 'none') return [];
  const box = { x: 40, y: 30, width: 120, height: 140 };
  const faces = photo === 'child' ? [{ age: 6, child: true, box }] : photo === 'adult' ? [{ age: 35, child: false, box }] : [];
  return [{ id: 'photo-1', gps: null, faces, text: '', checked: { metadata: true, faces: true, text: true } }];
}

export function loadCorpora(root = process.cwd()): Example[] {
  const corpusDir = resolve(root, 'test/corpus');
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl') && !f.startsWith('blind')).sort();
  const drafts: [string, Draft][] = [
    ...files.flatMap((f) => lines(resolve(corpusDir, f)).map((d: Draft) => [f, d] as [string, Draft])),
    ...lines(resolve(root, '../shared/corpus/drafts.jsonl')).map((d: Draft) => ['shared', d] as [string, Draft]),
  ];
  const out: Example[] = drafts.flatMap(([file, d]) => draftExample(file, d));
  for (const p of lines(resolve(root, '../shared/corpus/real/posts.jsonl')) as Post[]) {
    const label = p.text_label === 'risk' ? 1 : 0;
    const source = p.source.split(':')[1] ?? p.source;
    const expect: Level = p.text_label === 'risk' ? 'warn' : p.text_label === 'identifying' ? 'caution' : 'none';
    out.push({ id: p.id, text: p.text, label, corpus: 'real', lang: p.lang, stratum: `real:${source}:${label}`, photo: 'child', expect });
  }
  return out;
}
