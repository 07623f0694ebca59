// One draft → the scanner's JSON object: verdict + what each photo showed.
import { resolve } from 'node:path';
import { analyzeDraft } from '../analysis/index.ts';
import type { Face, GpsPoint, Locale, PhotoFacts, Reason } from '../analysis/types.ts';
import { analyzePhoto } from './photos.ts';

export interface PhotoOutput {
  path: string;
  gps: GpsPoint | null;
  faces: Pick<Face, 'age' | 'child' | 'box'>[];
  text: string;
  error?: string;
}

export interface DraftOutput {
  level: string;
  score: number;
  reasons: Pick<Reason, 'code' | 'severity' | 'message' | 'evidence'>[];
  photos: PhotoOutput[];
  error?: string;
}

export async function scanDraft(text: string, images: string[], locale: Locale, baseDir: string): Promise<DraftOutput> {
  const photos: PhotoOutput[] = [];
  const facts: PhotoFacts[] = [];
  const problems: string[] = [];
  for (const [i, path] of images.entries()) {
    const r = await analyzePhoto(path, resolve(baseDir, path));
    const f = r.facts;
    photos.push({
      path,
      gps: f?.gps ?? null,
      faces: (f?.faces ?? []).map(({ age, child, box }) => ({ age, child, box })),
      text: f?.text ?? '',
      ...(r.error ? { error: r.error } : {}),
    });
    if (r.error) problems.push(`image ${i + 1} (${path}): ${r.error}`);
    if (f) facts.push(f); // a photo that exists counts as attached, even if it could not be fully read
  }
  const verdict = analyzeDraft({ text, photos: facts, locale });
  return {
    level: verdict.level,
    score: verdict.score,
    reasons: verdict.reasons.map(({ code, severity, message, evidence }) => ({ code, severity, message, evidence })),
    photos,
    ...(problems.length ? { error: problems.join('; ') } : {}),
  };
}
