// The toolbar popup's page. It describes the active tab of its window; opened in a tab of its
// own, it describes the tab that was active last besides itself, and follows the user's switches.
import browser, { type Tabs } from 'webextension-polyfill';
import { h, render } from 'preact';
import type { PopupMessage, PopupReplyTo } from '../messages.ts';
import { translatorFrom } from './i18n.ts';
import { Popup } from './popup-view.tsx';
import { tabView, type PopupApi, type TabView } from './popup-tab.ts';
import { ABOUT_PAGE } from '../background/first-run.ts';
import { ACCESS_PAGE } from '../background/host-access.ts';

const t = translatorFrom(browser.i18n);
const lang = browser.i18n.getUILanguage();
document.documentElement.lang = lang;
document.title = t('extName');
const clock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });

/** A popup message, answered with its own reply type (src/messages.ts's PopupProtocol). */
const ask = <M extends PopupMessage>(message: M) => browser.runtime.sendMessage(message) as Promise<PopupReplyTo<M>>;

const api: PopupApi = {
  granted: (origins) => browser.permissions.contains({ origins }),
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  tabStatus: (tabId, host) => ask({ type: 'popup:tab', tabId, host }),
};

const mount = document.getElementById('app')!;
let described: number | undefined;
let view: TabView | null = null;

function draw(): void {
  render(h(Popup, {
    view, t, time: (ms: number) => clock.format(ms), onPause: (paused: boolean) => void pause(paused),
    optionsUrl: browser.runtime.getURL('src/ui/servers.html'), aboutUrl: browser.runtime.getURL(ABOUT_PAGE), accessUrl: browser.runtime.getURL(ACCESS_PAGE),
  }), mount);
}

async function refresh(): Promise<void> {
  const tab: Tabs.Tab | null = described === undefined ? null : await browser.tabs.get(described).catch(() => null);
  view = await tabView(api, tab);
  draw();
}

async function pause(paused: boolean): Promise<void> {
  if (view?.kind !== 'protected') return;
  await ask({ type: 'popup:pause', host: view.host, paused });
  await refresh();
}

void (async () => {
  draw();
  const self = await browser.tabs.getCurrent(); // undefined in the toolbar popup
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) described = active.id;
  browser.tabs.onActivated.addListener(({ tabId }) => {
    if (tabId === self?.id) return;
    described = tabId;
    void refresh();
  });
  await refresh();
  // what the photo analyses find while the popup is open
  setInterval(() => { if (!document.hidden || self) void refresh(); }, 1500);
})();
