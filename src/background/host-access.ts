// Without host access the content script does not run and the user is silently unprotected.
// Firefox lets users withdraw it (MV3), Chrome lets them restrict site access: when it is
// missing after install or after a removal, open a page that explains and asks again.
import browser from 'webextension-polyfill';
import { HOST_PATTERNS } from '../sites/hosts.ts';

export const ACCESS_PAGE = 'src/ui/access.html';

async function askIfMissing(): Promise<void> {
  if (await browser.permissions.contains({ origins: [...HOST_PATTERNS] })) return;
  await browser.tabs.create({ url: browser.runtime.getURL(ACCESS_PAGE) });
}

export function watchHostAccess(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void askIfMissing();
  });
  browser.permissions.onRemoved.addListener(() => void askIfMissing());
}
