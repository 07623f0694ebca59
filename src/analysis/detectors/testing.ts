// Test helper: run a detector on normalised text and return the quoted findings.
import { normalizeText } from '../text/normalize.ts';
import type { Hit } from './hit.ts';

export function quotes(detector: (text: string) => Hit[], raw: string, code?: string): string[] {
  const { text } = normalizeText(raw);
  return detector(text)
    .filter((h) => code === undefined || h.code === code)
    .map((h) => text.slice(h.start, h.end));
}
