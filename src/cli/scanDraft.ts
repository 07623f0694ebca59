// One draft → the scanner's JSON object: verdict + what each photo showed.
import { resolve } from 'node:path';
import { analyzeDraft, textToCover } from '../analysis/index.ts';
import type { Face, GpsPoint, Locale, PhotoFacts, Reason } from '../analysis/types.ts';
import { localizePhotoError, photoProblem } from './photo-errors.ts';
import { analyzePhoto } from './photos.ts';
import { writeSaferCopy } from './saferCopies.ts';

export interface PhotoOutput {
  path: string;
  gps: GpsPoint | null;
  faces: Pick<Face, 'age' | 'child' | 'box'>[];
  text: string;
  /** with --safer-copies: where its safer copy was written */
  saferCopy?: string;
  error?: string;
}

export interface DraftOutput {
  level: string;
  score: number;
  reasons: Pick<Reason, 'code' | 'severity' | 'message' | 'evidence'>[];
  photos: PhotoOutput[];
  error?: string;
}

export async function scanDraft(text: string, images: string[], locale: Locale, baseDir: string, saferCopiesDir?: string): Promise<DraftOutput> {
  const photos: PhotoOutput[] = [];
  const facts: PhotoFacts[] = [];
  /** index in `facts` of each photo in `photos` (a file that could not be read has none) */
  const factIndex: (number | null)[] = [];
  const problems: string[] = [];
  for (const [i, path] of images.entries()) {
    const r = await analyzePhoto(path, resolve(baseDir, path));
    const error = r.error && localizePhotoError(r.error, locale);
    const f = r.facts;
    factIndex.push(f ? facts.length : null);
    photos.push({
      path,
      gps: f?.gps ?? null,
      faces: (f?.faces ?? []).map(({ age, child, box }) => ({ age, child, box })),
      text: f?.text ?? '',
      ...(error ? { error } : {}),
    });
    if (error) problems.push(photoProblem(i + 1, path, error, locale));
    if (f) facts.push(f); // a photo that exists counts as attached, even if it could not be fully read
  }
  const verdict = analyzeDraft({ text, photos: facts, locale });
  if (saferCopiesDir !== undefined) {
    const cover = textToCover(verdict, facts);
    for (const [i, photo] of photos.entries()) {
      const at = factIndex[i];
      // only a photo fully examined: a face or line not found could not be covered
      if (at === null || photo.error) continue;
      try {
        photo.saferCopy = await writeSaferCopy(resolve(baseDir, photo.path), facts[at], cover[at], resolve(baseDir, saferCopiesDir));
      } catch (e) {
        const why = localizePhotoError((e as NodeJS.ErrnoException).code === 'EEXIST' ? 'safer copy not written: the file exists' : `safer copy not written (${(e as Error).message})`, locale);
        photo.error = why;
        problems.push(photoProblem(i + 1, photo.path, why, locale));
      }
    }
  }
  return {
    level: verdict.level,
    score: verdict.score,
    reasons: verdict.reasons.map(({ code, severity, message, evidence }) => ({ code, severity, message, evidence })),
    photos,
    ...(problems.length ? { error: problems.join(locale === 'en' ? '; ' : '；') } : {}),
  };
}
