// Labelled drafts from the shared corpus (one JSON object per line).
import { readFileSync } from 'node:fs';
import { CORPUS } from './paths.ts';

export interface CorpusDraft { id: string; lang: string; text: string; photo: string; expect: 'warn' | 'caution' | 'none' }

export function corpusDraft(id: string): CorpusDraft {
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as CorpusDraft;
    if (d.id === id) return d;
  }
  throw new Error(`draft ${id} not in ${CORPUS}`);
}
