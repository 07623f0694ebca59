// The offline stand-in for the internet: which URLs the test answers itself (fixture pages at the
// real sites' URLs, the sites' post and upload endpoints) and a ledger of everything else, which
// is aborted. Shared by the Chromium and Firefox sessions so both see the same web.
import type { LeakedRequest, TripwireProxy } from './tripwire-proxy.ts';

export type Served =
  | { kind: 'page'; body: string }
  | { kind: 'post'; json: unknown }
  | { kind: 'upload'; json: unknown }
  | { kind: 'not-found' };

export interface PostRecord { url: string; body: string; at: number }
export interface AbortedRecord { url: string; from: string }

/** The sites' post endpoints: weibo.com, m.weibo.cn, X, Mastodon, Bluesky. */
const POST_PATHS = /^(\/ajax\/statuses\/update|\/api\/statuses\/update|\/i\/api\/graphql\/[^/]+\/CreateTweet|\/api\/v1\/statuses|\/xrpc\/com\.atproto\.repo\.createRecord)$/;

export class ServedWeb {
  readonly pages = new Map<string, string>();
  readonly posts: PostRecord[] = [];
  readonly uploads: PostRecord[] = [];
  /** requests from pages (or content scripts) that nobody serves: aborted */
  readonly aborted: AbortedRecord[] = [];
  /** requests seen in the extension's own contexts (service worker, offscreen, background) */
  readonly extensionRequests: AbortedRecord[] = [];

  /** `blameProxy`: whether a request that reaches the network stack is the extension's. Firefox's
   * background page is seen only there (its own traffic is switched off by prefs, so the proxy stays
   * quiet); Chromium attributes every extension context by CDP, so what reaches its proxy is the
   * browser's own, logged and not blamed. */
  constructor(private readonly proxy: TripwireProxy, private readonly blameProxy: boolean) {}

  /** Serve `body` as an HTML page at exactly this URL. */
  servePage(url: string, body: string): void {
    this.pages.set(url, body);
  }

  /** Decide what to answer for a request made by a page; null = abort (and count). */
  answer(url: string, method: string, body: string | undefined, from = 'page'): Served | null {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return null;
    const page = this.pages.get(url);
    if (page !== undefined && method === 'GET') return { kind: 'page', body: page };
    if (method === 'POST' && POST_PATHS.test(u.pathname)) {
      this.posts.push({ url, body: body ?? '', at: Date.now() });
      return { kind: 'post', json: { ok: 1, data: { id: String(this.posts.length) } } };
    }
    if (method === 'POST' && (u.hostname === 'picupload.weibo.com' || u.pathname === '/api/statuses/uploadPic')) {
      this.uploads.push({ url, body: '', at: Date.now() });
      return { kind: 'upload', json: { ok: 1, pic_id: `pic${this.uploads.length}` } };
    }
    if (u.pathname === '/favicon.ico') return { kind: 'not-found' };
    this.aborted.push({ url, from });
    return null;
  }

  /** Requests that reached the network stack (the tripwire proxy), minus the browser's speculative
   * preconnects to the hosts we serve. */
  leaks(): LeakedRequest[] {
    const servedHosts = new Set([...this.pages.keys()].map((p) => new URL(p).host + ':443'));
    return this.proxy.leaks.filter((l) => !(l.method === 'CONNECT' && servedHosts.has(l.target)));
  }

  /** Every request the extension is to blame for, whatever its host: those its workers, documents
   * and pages made (attributed to their initiator), those of pages or content scripts that nobody
   * serves (the fixture pages request nothing else), and, where the proxy is the only witness, what
   * reached the network stack. The privacy tests require this to be empty. */
  extensionTraffic(): string[] {
    return [
      ...this.extensionRequests.map((r) => `${r.url} (from ${r.from})`),
      ...this.aborted.map((r) => `${r.url} (from ${r.from})`),
      ...(this.blameProxy ? this.leaks().map((l) => `${l.method} ${l.target} (reached the network stack)`) : []),
    ];
  }

  /** What reached the network stack without being the extension's (Chromium's own calls), for the log. */
  browserOwn(): string[] {
    return this.blameProxy ? [] : [...new Set(this.leaks().map((l) => `${l.method} ${l.target}`))];
  }
}

export function servedResponse(s: Served): { status: number; contentType: string; body: string } {
  switch (s.kind) {
    case 'page': return { status: 200, contentType: 'text/html; charset=utf-8', body: s.body };
    case 'post':
    case 'upload': return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(s.json) };
    case 'not-found': return { status: 404, contentType: 'text/plain', body: '' };
  }
}
