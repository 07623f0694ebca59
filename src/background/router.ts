// The background's message handler, shared by Chrome's service worker and Firefox's event page.
// Every message is validated (shape and sender) by src/messages.ts; anything else is ignored.
import type { ContentMessage, DraftScoreReply, PhotoAnalyzeReply, PhotoForgetReply, SenderInfo } from '../messages.ts';
import { isFromOurContentScript, parseContentMessageShape } from '../messages.ts';
import type { Draft, Verdict } from '../analysis/types.ts';
import { textToCover } from '../analysis/cover.ts';
import { sha256Hex } from '../photo-id.ts';
import type { PhotoJobs } from './photo-jobs.ts';

export interface RouterDeps {
  runtimeId: string;
  jobs: PhotoJobs;
  score(draft: Draft): Verdict;
  /** the Mastodon servers the user added (read from the granted permissions when asked) */
  addedHosts?(): Promise<ReadonlySet<string>>;
}

type Reply = PhotoAnalyzeReply | PhotoForgetReply | DraftScoreReply;

const BUSY: PhotoAnalyzeReply = { ok: false, busy: true, error: 'too many photos are being checked at once' };

/** Returns the reply (a promise) for our messages, undefined for anything else. */
export function createRouter(deps: RouterDeps): (message: unknown, sender: SenderInfo) => Promise<Reply | undefined> | undefined {
  return (message, sender) => {
    const tabId = sender.tab?.id;
    const m = parseContentMessageShape(message);
    if (!m || tabId === undefined) return undefined;
    if (isFromOurContentScript(sender, deps.runtimeId)) return handle(m, tabId);
    // not a listed site: maybe a server the user added (the permissions are asked only then)
    if (!deps.addedHosts || sender.id !== deps.runtimeId) return undefined;
    return deps.addedHosts().then((hosts) => (isFromOurContentScript(sender, deps.runtimeId, hosts) ? handle(m, tabId) : undefined));
  };

  function handle(m: ContentMessage, tabId: number): Promise<Reply> {
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
