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

async function score(text: string, photos: AttachedPhoto[], locale: Locale, t: Translate, limits: CheckLimits, shown: number | null): Promise<CheckOutcome> {
  const ids = await Promise.all(photos.map((p) => p.id));
  // photos the background had no room for are offered again: the budget may have room by now
  await Promise.all(photos.filter((p) => p.problem === 'photoBusy').map((p) => p.resend()));
  const numbered = photos.map((p, i) => ({ p, id: ids[i], n: i + 1 }));
  const held = () => numbered.filter((x): x is { p: AttachedPhoto; id: string; n: number } => x.id !== null && x.p.problem === null);
  const request = (sent: { id: string }[]) => ({ text, photoIds: sent.map((x) => x.id), locale, waitMs: limits.photoWaitMs });

  let sent = held();
  let reply = await scoreDraft(request(sent));
  if (!reply.ok && 'missing' in reply) {
    const missing = new Set(reply.missing);
    await Promise.all(sent.filter((x) => missing.has(x.id)).map((x) => x.p.resend()));
    sent = held();
    reply = await scoreDraft(request(sent));
  }
  if (!reply.ok) return { kind: 'failed', why: t('failError') };
  const unchecked = numbered.flatMap(({ p, n }) => (p.problem ? [`${t('photoLabel', [n])}: ${t(p.problem)}`] : []));
  // the site shows photos the extension never saw attached: they were not checked at all
  if (shown !== null && shown > photos.length) unchecked.unshift(t('photosNotAllSeen', [shown, photos.length]));
  // it holds photos the site no longer shows (a removal it did not see): which go out is unknown
  if (shown !== null && shown < photos.length) unchecked.unshift(t('photosMoreHeld', [shown, photos.length]));
  // the engine numbers photos by their place in photoIds; the user by their place in the box
  for (const status of reply.photos) {
    const x = sent.find((s) => s.id === status.id);
    // examined, but its text only in part: a harmless verdict must not pass as a full check
    if (status.complete && status.textPartial) unchecked.push(`${t('photoLabel', [x?.n ?? 0])}: ${t('photoTextPartial')}`);
    if (status.complete) continue;
    const why = status.late ? t('failTimeout') : status.error;
    unchecked.push(`${t('photoLabel', [x?.n ?? 0])}${why ? `: ${why}` : ''}`);
  }
  const scored = new Set(sent.map((x) => x.id));
  const plans = photos.map((_, i): CoverPlan => {
    const status = ids[i] !== null && scored.has(ids[i]!) ? reply.photos.find((st) => st.id === ids[i]) : undefined;
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

/** `shown`: how many photos the site shows in the box (the adapter's count), null when unknown. */
export async function checkDraft(text: string, photos: AttachedPhoto[], locale: Locale, t: Translate, limits = DEFAULT_LIMITS, shown: number | null = null): Promise<CheckOutcome> {
  try {
    return await within(score(text, photos, locale, t, limits, shown), limits.totalMs);
  } catch (e) {
    if (!(e instanceof Timeout) && isContextLost(e)) return { kind: 'failed', why: '', lost: true };
    return { kind: 'failed', why: t(e instanceof Timeout ? 'failTimeout' : 'failError') };
  }
}
