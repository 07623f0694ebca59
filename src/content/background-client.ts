// The content script's side of src/messages.ts: typed calls to the background.
import { sendMessage } from './extension-api.ts';
import type {
  ContentMessage, DraftScoreMessage, DraftScoreReply, PhotoAnalyzeMessage, PhotoAnalyzeReply, PhotoReserveMessage, SitePausedReply,
} from '../messages.ts';

const send = <R>(m: ContentMessage): Promise<R> => sendMessage(m) as Promise<R>;

export const reservePhoto = (m: Omit<PhotoReserveMessage, 'type'>) => send<PhotoAnalyzeReply>({ type: 'photo:reserve', ...m });
export const analyzePhoto = (m: Omit<PhotoAnalyzeMessage, 'type'>) => send<PhotoAnalyzeReply>({ type: 'photo:analyze', ...m });

export function forgetPhotos(ids: string[] | 'all'): void {
  if (ids !== 'all' && ids.length === 0) return;
  send({ type: 'photo:forget', ids }).catch(() => { /* the background may be restarting: it starts empty anyway */ });
}

export const scoreDraft = (m: Omit<DraftScoreMessage, 'type'>) => send<DraftScoreReply>({ type: 'draft:score', ...m });

/** True when the user paused checking on this site (toolbar popup). Any doubt — no answer within
 *  a second, an error — reads as not paused: the draft is checked. */
export function sitePaused(): Promise<boolean> {
  const answer = send<SitePausedReply>({ type: 'site:paused' }).then((r) => r?.paused === true, () => false);
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000));
  return Promise.race([answer, late]);
}
