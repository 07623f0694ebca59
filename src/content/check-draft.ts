// Asks the background for the verdict on one draft, within a time bound. Photos the background
// no longer holds are sent again once. Never throws: a failure is an outcome the user sees.
import type { Box, Locale, Verdict } from '../analysis/types.ts';
import type { Translate } from '../ui/i18n.ts';
import type { AttachedPhoto } from './attached-photo.ts';
import { scoreDraft } from './background-client.ts';
import { isContextLost } from './lifetime.ts';

/** What a safer copy of one photo must change; null when the photo was not fully examined. */
export type CoverPlan = { faces: Box[]; text: Box[]; located: boolean } | null;

export type CheckOutcome =
  /** `plans`: one per photo, in the box's order */
  | { kind: 'verdict'; verdict: Verdict; unchecked: string[]; plans: CoverPlan[] }
  /** `lost`: the extension itself is gone (updated, reloaded, removed), not just slow */
  | { kind: 'failed'; why: string; lost?: boolean };

export interface CheckLimits {
  /** the whole check, from Send to verdict */
  totalMs: number;
  /** how long the background may wait for photo analyses still running */
  photoWaitMs: number;
}

export const DEFAULT_LIMITS: CheckLimits = { totalMs: 12_000, photoWaitMs: 9_000 };

class Timeout extends Error {}

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Timeout()), ms); });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function score(text: string, photos: AttachedPhoto[], locale: Locale, t: Translate, limits: CheckLimits): Promise<CheckOutcome> {
  const ids = await Promise.all(photos.map((p) => p.id));
  const sent = photos.map((p, i) => ({ p, id: ids[i], n: i + 1 })).filter((x): x is { p: AttachedPhoto; id: string; n: number } => x.id !== null);
  const unchecked = photos.flatMap((p, i) => (p.problem ? [`${t('photoLabel', [i + 1])}: ${t(p.problem)}`] : []));
  const request = { text, photoIds: sent.map((x) => x.id), locale, waitMs: limits.photoWaitMs };

  let reply = await scoreDraft(request);
  if (!reply.ok && 'missing' in reply) {
    const missing = new Set(reply.missing);
    await Promise.all(sent.filter((x) => missing.has(x.id)).map((x) => x.p.resend()));
    reply = await scoreDraft(request);
  }
  if (!reply.ok) return { kind: 'failed', why: t('failError') };
  // the engine numbers photos by their place in photoIds; the user by their place in the box
  for (const status of reply.photos) {
    if (status.complete) continue;
    const x = sent.find((s) => s.id === status.id);
    const why = status.late ? t('failTimeout') : status.error;
    unchecked.push(`${t('photoLabel', [x?.n ?? 0])}${why ? `: ${why}` : ''}`);
  }
  const plans = photos.map((_, i): CoverPlan => {
    const status = reply.photos.find((st) => st.id === ids[i]);
    return status?.complete ? { faces: status.faces, text: status.coverText ?? [], located: status.located } : null;
  });
  return { kind: 'verdict', verdict: remapPhotos(reply.verdict, sent.map((x) => x.n - 1)), unchecked, plans };
}

/** Evidence refers to photos by index in the request; the dialog's thumbnails use the box's order. */
function remapPhotos(verdict: Verdict, boxIndex: number[]): Verdict {
  return {
    ...verdict,
    reasons: verdict.reasons.map((r) => ({
      ...r,
      evidence: r.evidence.map((e) => (e.kind === 'text' ? e : { ...e, photo: boxIndex[e.photo] ?? e.photo })),
    })),
  };
}

export async function checkDraft(text: string, photos: AttachedPhoto[], locale: Locale, t: Translate, limits = DEFAULT_LIMITS): Promise<CheckOutcome> {
  try {
    return await within(score(text, photos, locale, t, limits), limits.totalMs);
  } catch (e) {
    if (!(e instanceof Timeout) && isContextLost(e)) return { kind: 'failed', why: '', lost: true };
    return { kind: 'failed', why: t(e instanceof Timeout ? 'failTimeout' : 'failError') };
  }
}
