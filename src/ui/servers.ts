// The extension's options page: Mastodon servers beyond the large ones it knows. Adding one asks
// the browser for access to that server (the user says yes in the browser's own prompt) and
// registers the content script there (and puts it into the server's tabs already open); removing
// undoes both. The browser keeps the list (the registered scripts): the extension itself stores
// nothing.
import browser, { type Scripting } from 'webextension-polyfill';
import { parseServer, SERVER_SCRIPT_PREFIX, serverPattern } from '../sites/own-servers.ts';
import { translatorFrom, type MessageKey } from './i18n.ts';
import { contentScriptFile, protectOpenTabs } from '../background/protect-open-tabs.ts';

const t = translatorFrom(browser.i18n);
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const input = byId<HTMLInputElement>('server');
const say = (key: MessageKey, subs?: string[]) => { byId('status').textContent = t(key, subs); };

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
byId('title').textContent = t('serversTitle');
byId('body').textContent = t('serversBody');
byId('label').textContent = t('serversLabel');
byId('add-button').textContent = t('serversAdd');
byId('list-heading').textContent = t('serversListHeading');

const scriptId = (host: string) => SERVER_SCRIPT_PREFIX + host;

async function addedServers(): Promise<string[]> {
  const scripts: Scripting.RegisteredContentScript[] = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => s.id).filter((id) => id.startsWith(SERVER_SCRIPT_PREFIX)).map((id) => id.slice(SERVER_SCRIPT_PREFIX.length)).sort();
}

async function register(host: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});
  await browser.scripting.registerContentScripts([{
    id: scriptId(host), matches: [serverPattern(host)], js: [contentScriptFile()], runAt: 'document_start', allFrames: false, persistAcrossSessions: true,
  }]);
}

async function remove(host: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});
  await browser.permissions.remove({ origins: [serverPattern(host)] });
  say('serversRemoved', [host]);
  await render();
}

async function render(): Promise<void> {
  const hosts = await addedServers();
  const list = byId('list');
  if (hosts.length === 0) {
    list.replaceChildren(Object.assign(document.createElement('li'), { textContent: t('serversNone') }));
    return;
  }
  list.replaceChildren(...hosts.map((host) => {
    const li = document.createElement('li');
    const name = Object.assign(document.createElement('span'), { textContent: host });
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'remove', textContent: t('serversRemove') });
    button.setAttribute('aria-label', `${t('serversRemove')} ${host}`);
    button.addEventListener('click', () => void remove(host));
    li.append(name, button);
    return li;
  }));
}

byId('add').addEventListener('submit', async (e) => {
  e.preventDefault();
  const parsed = parseServer(input.value);
  if (!parsed.ok) return say(parsed.why === 'covered' ? 'serversCovered' : 'serversInvalid');
  const { host } = parsed;
  // permissions.request must run in the submit's user gesture: nothing is awaited before it
  const granted = await browser.permissions.request({ origins: [serverPattern(host)] });
  if (!granted) return say('serversDenied', [host]);
  try {
    await register(host);
  } catch (err) {
    return say('serversFailed', [host, err instanceof Error ? err.message : String(err)]);
  }
  // a tab already open on the server has no guard yet: it gets one now, not at its next reload
  await protectOpenTabs([serverPattern(host)]).catch(() => 0);
  input.value = '';
  say('serversAdded', [host]);
  await render();
});

// a server whose access was withdrawn in the browser's settings is dropped from the list
void (async () => {
  for (const host of await addedServers()) {
    if (!(await browser.permissions.contains({ origins: [serverPattern(host)] }))) {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => {});
    }
  }
  await render();
})();
