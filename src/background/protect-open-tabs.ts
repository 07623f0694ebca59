// Tabs that were open before the content script could reach them: the extension was just
// installed or updated (Chrome puts declared scripts only into pages loaded afterwards; after an
// update the old script in an open tab is cut off) or the user just added their Mastodon server
// on the options page (a registered script likewise). Without this,
// such a tab would post unchecked with nothing on screen until it is reloaded. The content script
// itself makes sure one guard runs per page (single-instance.ts), so a tab the browser already
// covered is not guarded twice.
import browser from 'webextension-polyfill';
import { HOST_PATTERNS } from '../sites/hosts.ts';

/** The content script file, as the built manifest names it, from the extension's root (Chrome
 *  gives a relative path, Firefox a moz-extension:// URL; Firefox resolves a relative path
 *  against the calling page, so the path starts with a slash). */
export function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('no content script in the manifest');
  return new URL(file, browser.runtime.getURL('/')).pathname;
}

/** Puts the content script into every open tab matching `patterns`; a tab that refuses (an error
 *  page, a discarded tab) is skipped: it loads the script itself when it loads again. Resolves
 *  to the number of tabs that got it. */
export async function protectOpenTabs(patterns: readonly string[]): Promise<number> {
  if (patterns.length === 0) return 0;
  const tabs = await browser.tabs.query({ url: [...patterns] });
  const file = contentScriptFile();
  const injected = await Promise.all(tabs.map((tab) => (tab.id === undefined || tab.discarded
    ? false
    : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file] }).then(() => true, () => false))));
  return injected.filter(Boolean).length;
}

/** On install and on update, the open tabs of the listed sites and of the servers the user added
 *  are guarded at once (after an update their old script is cut off: it stops nothing). */
export function protectOpenTabsOnInstall(addedPatterns: () => Promise<string[]> = async () => []): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void addedPatterns().catch(() => []).then((added) => protectOpenTabs([...HOST_PATTERNS, ...added])).catch(() => 0);
  });
}
