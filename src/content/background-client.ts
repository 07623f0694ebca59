// The content script's side of src/messages.ts: typed calls to the background, each answered with
// the reply its message gets (ContentProtocol).
import { sendMessage } from './extension-api.ts';
import type { ContentMessage, DraftScoreMessage, PhotoAnalyzeMessage, PhotoReserveMessage, ReplyTo } from '../messages.ts';

const send = <M extends ContentMessage>(message: M) => sendMessage(message) as Promise<ReplyTo<M>>;

export const reservePhoto = (m: Omit<PhotoReserveMessage, 'type'>) => send({ type: 'photo:reserve', ...m });
export const analyzePhoto = (m: Omit<PhotoAnalyzeMessage, 'type'>) => send({ type: 'photo:analyze', ...m });

export function forgetPhotos(ids: string[] | 'all'): void {
  if (ids !== 'all' && ids.length === 0) return;
  send({ type: 'photo:forget', ids }).catch(() => { /* the background may be restarting: it starts empty anyway */ });
}

export const scoreDraft = (m: Omit<DraftScoreMessage, 'type'>) => send({ type: 'draft:score', ...m });

/** True when the user paused checking on this site (toolbar popup). Any doubt — no answer within
 *  a second, an error — reads as not paused: the draft is checked. */
export function sitePaused(): Promise<boolean> {
  const answer = send({ type: 'site:paused' }).then((r) => r?.paused === true, () => false);
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000));
  return Promise.race([answer, late]);
}
