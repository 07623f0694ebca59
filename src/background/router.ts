// The background's message handler, shared by Chrome's service worker and Firefox's event page.
// Every message is validated (shape and sender) by src/messages.ts; anything else is ignored.
import type { ContentMessage, ContentProtocol, PhotoAnalyzeReply, PopupMessage, PopupProtocol, PopupReplyTo, ReplyTo, SenderInfo } from '../messages.ts';
import { parseContentMessage, parseContentMessageShape, parsePopupMessage } from '../messages.ts';
import type { Draft, Verdict } from '../analysis/types.ts';
import { textToCover } from '../analysis/cover.ts';
import { sha256Hex } from '../photo-id.ts';
import type { PhotoJobs } from './photo-jobs.ts';
import type { Pauses } from './pause.ts';
import { summarizePhotos } from './photo-summary.ts';

export interface RouterDeps {
  runtimeId: string;
  jobs: PhotoJobs;
  score(draft: Draft): Verdict;
  /** the Mastodon servers the user added (read from the granted permissions when asked) */
  addedHosts?(): Promise<ReadonlySet<string>>;
  /** where the user paused checking (toolbar popup); without it nothing is ever paused */
  pauses?: Pauses;
  /** our pages' origin (chrome-extension://id/, moz-extension://uuid/): the popup's messages come
   *  from there; without it the popup is not answered */
  extensionOrigin?: string;
}

type Reply = ContentProtocol[keyof ContentProtocol]['reply'] | PopupProtocol[keyof PopupProtocol]['reply'];
/** One handler per message kind, each returning that kind's reply: a kind left out does not compile. */
type ContentHandlers = { [K in keyof ContentProtocol]: (m: ContentProtocol[K]['message'], tabId: number, host: string) => Promise<ContentProtocol[K]['reply']> };
type PopupHandlers = { [K in keyof PopupProtocol]: (m: PopupProtocol[K]['message']) => Promise<PopupProtocol[K]['reply']> };

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

const BUSY: PhotoAnalyzeReply = { ok: false, busy: true, error: 'too many photos are being checked at once' };

/** Returns the reply (a promise) for our messages, undefined for anything else. */
export function createRouter(deps: RouterDeps): (message: unknown, sender: SenderInfo) => Promise<Reply | undefined> | undefined {
  const popupHandlers: PopupHandlers = {
    'popup:pause': async (m) => {
      if (!deps.pauses) return { ok: true, pausedUntil: null };
      if (m.paused) return { ok: true, pausedUntil: await deps.pauses.pause(m.host) };
      await deps.pauses.resume(m.host);
      return { ok: true, pausedUntil: null };
    },
    'popup:tab': async (m) => {
      const { facts, pending } = deps.jobs.settled(m.tabId);
      return { ok: true, photos: summarizePhotos(facts, pending), pausedUntil: (await deps.pauses?.until(m.host)) ?? null };
    },
  };

  const contentHandlers: ContentHandlers = {
    'photo:analyze': async (m, tabId) => {
      if ((await sha256Hex(m.data)) !== m.id) return { ok: false, error: 'photo id does not match its bytes' };
      return deps.jobs.start(tabId, { id: m.id, name: m.name, mime: m.mime, bytes: m.data }) ? { ok: true } : BUSY;
    },
    'photo:reserve': async (m, tabId) => (deps.jobs.reserve(tabId, m.id, m.size) ? { ok: true } : BUSY),
    'photo:forget': async (m, tabId) => {
      deps.jobs.forget(tabId, m.ids);
      return { ok: true };
    },
    'site:paused': async (_m, _tabId, host) => ({ paused: ((await deps.pauses?.until(host)) ?? null) !== null }),
    'draft:score': async (m, tabId) => {
      const found = await deps.jobs.factsFor(tabId, m.photoIds, m.waitMs);
      if ('missing' in found) return { ok: false, missing: found.missing };
      try {
        const verdict = deps.score({ text: m.text, photos: found.facts, locale: m.locale });
        const cover = textToCover(verdict, found.facts);
        return { ok: true, verdict, photos: found.status.map((st, i) => (cover[i].length ? { ...st, coverText: cover[i] } : st)) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
  // the maps are checked kind by kind above; here one message meets its own kind's handler
  const answerPopup = <M extends PopupMessage>(m: M) => (popupHandlers[m.type] as (m: M) => Promise<PopupReplyTo<M>>)(m);
  const answer = <M extends ContentMessage>(m: M, tabId: number, host: string) =>
    (contentHandlers[m.type] as (m: M, tabId: number, host: string) => Promise<ReplyTo<M>>)(m, tabId, host);

  return (message, sender) => {
    const fromPopup = deps.extensionOrigin ? parsePopupMessage(message, sender, deps.runtimeId, deps.extensionOrigin) : null;
    if (fromPopup) return answerPopup(fromPopup);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const host = hostOf(sender.url ?? sender.tab?.url);
    const m = parseContentMessage(message, sender, deps.runtimeId);
    if (m) return answer(m, tabId, host);
    // not a listed site: maybe a server the user added (the permissions are asked only then)
    if (!deps.addedHosts || sender.id !== deps.runtimeId || !parseContentMessageShape(message)) return undefined;
    return deps.addedHosts().then((hosts) => {
      const added = parseContentMessage(message, sender, deps.runtimeId, hosts);
      return added ? answer(added, tabId, host) : undefined;
    });
  };
}
