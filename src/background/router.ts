// The background's message handler, shared by Chrome's service worker and Firefox's event page.
// Every message is validated (shape and sender) by src/messages.ts; anything else is ignored.
import type {
  ContentMessage, DraftScoreReply, PhotoAnalyzeReply, PhotoForgetReply, PopupMessage, PopupPauseReply, PopupTabReply, SenderInfo, SitePausedReply,
} from '../messages.ts';
import { isFromOurContentScript, parseContentMessageShape, parsePopupMessage } from '../messages.ts';
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

type Reply = PhotoAnalyzeReply | PhotoForgetReply | DraftScoreReply | SitePausedReply | PopupTabReply | PopupPauseReply;

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
  return (message, sender) => {
    const fromPopup = deps.extensionOrigin ? parsePopupMessage(message, sender, deps.runtimeId, deps.extensionOrigin) : null;
    if (fromPopup) return handlePopup(fromPopup);
    const tabId = sender.tab?.id;
    const m = parseContentMessageShape(message);
    if (!m || tabId === undefined) return undefined;
    const host = hostOf(sender.url ?? sender.tab?.url);
    if (isFromOurContentScript(sender, deps.runtimeId)) return handle(m, tabId, host);
    // not a listed site: maybe a server the user added (the permissions are asked only then)
    if (!deps.addedHosts || sender.id !== deps.runtimeId) return undefined;
    return deps.addedHosts().then((hosts) => (isFromOurContentScript(sender, deps.runtimeId, hosts) ? handle(m, tabId, host) : undefined));
  };

  async function handlePopup(m: PopupMessage): Promise<PopupTabReply | PopupPauseReply> {
    if (m.type === 'popup:pause') {
      if (!deps.pauses) return { ok: true, pausedUntil: null };
      if (m.paused) return { ok: true, pausedUntil: await deps.pauses.pause(m.host) };
      await deps.pauses.resume(m.host);
      return { ok: true, pausedUntil: null };
    }
    const { facts, pending } = deps.jobs.settled(m.tabId);
    return { ok: true, photos: summarizePhotos(facts, pending), pausedUntil: (await deps.pauses?.until(m.host)) ?? null };
  }

  function handle(m: ContentMessage, tabId: number, host: string): Promise<Reply> {
    switch (m.type) {
      case 'photo:analyze':
        return (async (): Promise<PhotoAnalyzeReply> => {
          if ((await sha256Hex(m.data)) !== m.id) return { ok: false, error: 'photo id does not match its bytes' };
          return deps.jobs.start(tabId, { id: m.id, name: m.name, mime: m.mime, bytes: m.data }) ? { ok: true } : BUSY;
        })();
      case 'photo:reserve':
        return Promise.resolve(deps.jobs.reserve(tabId, m.id, m.size) ? { ok: true } : BUSY);
      case 'photo:forget':
        deps.jobs.forget(tabId, m.ids);
        return Promise.resolve({ ok: true });
      case 'site:paused':
        return (deps.pauses?.until(host) ?? Promise.resolve(null)).then((until) => ({ paused: until !== null }));
      case 'draft:score':
        return (async (): Promise<DraftScoreReply> => {
          const found = await deps.jobs.factsFor(tabId, m.photoIds, m.waitMs);
          if ('missing' in found) return { ok: false, missing: found.missing };
          try {
            const verdict = deps.score({ text: m.text, photos: found.facts, locale: m.locale });
            const cover = textToCover(verdict, found.facts);
            return { ok: true, verdict, photos: found.status.map((st, i) => (cover[i].length ? { ...st, coverText: cover[i] } : st)) };
          } catch (e) {
            return { ok: false, error: e instanceof Error ? e.message : String(e) };
          }
        })();
    }
  }
}
