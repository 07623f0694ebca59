// Picks the adapter for the current page. The V6 and current weibo.com UIs share hosts, so the
// choice is made from the document (re-checked when boxes appear: the page may still be loading).
import type { SiteAdapter } from './types.ts';
import { weibo } from './weibo.ts';
import { isWeiboV6Page, weiboV6 } from './weibo-v6.ts';
import { weiboMobile } from './weibo-mobile.ts';

export const ADAPTERS: readonly SiteAdapter[] = [weiboMobile, weibo, weiboV6];

export function adapterFor(url: URL, doc: Document): SiteAdapter | null {
  if (weiboMobile.matches(url)) return weiboMobile;
  if (weibo.matches(url)) return isWeiboV6Page(doc) ? weiboV6 : weibo;
  return null;
}

export type { SiteAdapter, SendTarget } from './types.ts';
