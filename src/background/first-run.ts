// On install, the "how it works and what it never does" page opens once, in the browser's
// language (its text comes from _locales like every page of ours).
import browser from 'webextension-polyfill';

export const ABOUT_PAGE = 'src/ui/about.html';

export function openFirstRunOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(ABOUT_PAGE) });
  });
}
