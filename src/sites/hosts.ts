// The sites the extension runs on. Must match manifest.json's host_permissions and content_scripts.
export const SUPPORTED_HOSTS: readonly string[] = ['weibo.com', 'www.weibo.com', 'm.weibo.cn'];

/** True for an https URL on a supported site. Used to check who sent a content message. */
export function isSupportedPageUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && SUPPORTED_HOSTS.includes(u.hostname);
  } catch {
    return false;
  }
}

/** The match patterns the extension needs host access to (manifest.json host_permissions). */
export const HOST_PATTERNS: readonly string[] = SUPPORTED_HOSTS.map((h) => `https://${h}/*`);
