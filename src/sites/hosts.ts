// The sites the extension runs on, per site. Its adapter (src/sites) matches these hosts, and
// manifest.json's host_permissions and content_scripts must list exactly these (a unit test checks).
export const SITE_HOSTS = {
  weibo: ['weibo.com', 'www.weibo.com'],
  weiboMobile: ['m.weibo.cn'],
  x: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  /** large instances, and those where Chinese speakers gather */
  mastodon: [
    'mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'mastodon.world', 'mastodon.cloud',
    'mstdn.jp', 'pawoo.net', 'fosstodon.org', 'infosec.exchange', 'hachyderm.io', 'm.cmx.im', 'g0v.social',
  ],
  bluesky: ['bsky.app'],
} as const satisfies Record<string, readonly string[]>;

export const SUPPORTED_HOSTS: readonly string[] = Object.values(SITE_HOSTS).flat();

/** True for an https URL on a supported site, or on one of `addedHosts` (Mastodon servers the
 *  user added). Used to check who sent a content message. */
export function isSupportedPageUrl(url: string | undefined, addedHosts?: ReadonlySet<string>): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (SUPPORTED_HOSTS.includes(u.hostname) || (addedHosts?.has(u.hostname) ?? false));
  } catch {
    return false;
  }
}

/** The match patterns the extension needs host access to (manifest.json host_permissions). */
export const HOST_PATTERNS: readonly string[] = SUPPORTED_HOSTS.map((h) => `https://${h}/*`);

/** Which site a page is on, by its host (both weibo.com UIs and m.weibo.cn are Weibo). */
export type SiteKind = 'weibo' | 'x' | 'mastodon' | 'bluesky';

/** The site of a host: a listed one, or Mastodon for a server the user added; null otherwise. */
export function siteOfHost(host: string, addedHosts?: ReadonlySet<string>): SiteKind | null {
  if ((SITE_HOSTS.weibo as readonly string[]).includes(host) || (SITE_HOSTS.weiboMobile as readonly string[]).includes(host)) return 'weibo';
  if ((SITE_HOSTS.x as readonly string[]).includes(host)) return 'x';
  if ((SITE_HOSTS.bluesky as readonly string[]).includes(host)) return 'bluesky';
  if ((SITE_HOSTS.mastodon as readonly string[]).includes(host) || addedHosts?.has(host)) return 'mastodon';
  return null;
}
