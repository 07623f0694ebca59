// Picks the adapter for the current page, by host. The V6 and current weibo.com UIs share hosts,
// so between those two the choice is made from the document (re-checked when boxes appear: the page may still be loading).
import type { SiteAdapter } from './types.ts';
import { weibo } from './weibo.ts';
import { isWeiboV6Page, weiboV6 } from './weibo-v6.ts';
import { weiboMobile } from './weibo-mobile.ts';
import { x } from './x.ts';
import { isMastodonPage, mastodon } from './mastodon.ts';
import { bluesky } from './bluesky.ts';

export const ADAPTERS: readonly SiteAdapter[] = [weiboMobile, weibo, weiboV6, x, mastodon, bluesky];

export function adapterFor(url: URL, doc: Document): SiteAdapter | null {
  if (weibo.matches(url)) return isWeiboV6Page(doc) ? weiboV6 : weibo;
  const byHost = ADAPTERS.find((a) => a !== weiboV6 && a.matches(url));
  if (byHost) return byHost;
  // the content script runs on other hosts only where the user added a Mastodon server
  return isMastodonPage(doc) ? mastodon : null;
}

export type { SiteAdapter, SendTarget } from './types.ts';
