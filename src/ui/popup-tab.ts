// What the toolbar popup says about a tab: protected (a site Child Guard runs on, with access
// granted), not protected for want of access, or not a page it runs on; and, when protected,
// what the background found in the draft's photos so far and whether checking is paused.
import type { PhotoSummary, PopupTabReply } from '../messages.ts';
import { HOST_PATTERNS, siteOfHost, type SiteKind } from '../sites/hosts.ts';
import { addedHosts, serverPattern } from '../sites/own-servers.ts';

export type TabView =
  | { kind: 'not-here' }
  | { kind: 'no-access' }
  | { kind: 'protected'; host: string; site: SiteKind; photos: PhotoSummary; pausedUntil: number | null };

/** The browser calls the popup needs, so its logic runs in tests without an extension. */
export interface PopupApi {
  /** permissions.contains */
  granted(origins: string[]): Promise<boolean>;
  /** permissions.getAll().origins */
  grantedOrigins(): Promise<string[]>;
  tabStatus(tabId: number, host: string): Promise<PopupTabReply>;
}

/** `tab.url` is only known where the extension has host access (it has no `tabs` permission). */
export async function tabView(api: PopupApi, tab: { id?: number; url?: string } | null): Promise<TabView> {
  let url: URL | null = null;
  try {
    url = tab?.url ? new URL(tab.url) : null;
  } catch {
    url = null;
  }
  if (!url || tab?.id === undefined) return (await api.granted([...HOST_PATTERNS])) ? { kind: 'not-here' } : { kind: 'no-access' };
  const site = url.protocol === 'https:' ? siteOfHost(url.hostname, addedHosts(await api.grantedOrigins())) : null;
  if (!site) return { kind: 'not-here' };
  if (!(await api.granted([serverPattern(url.hostname)]))) return { kind: 'no-access' };
  const status = await api.tabStatus(tab.id, url.hostname);
  return { kind: 'protected', host: url.hostname, site, photos: status.photos, pausedUntil: status.pausedUntil };
}
