// The page shown when the extension lacks access to the supported sites (Firefox lets users
// withdraw host permissions; Chrome lets them restrict site access). A click asks again.
import browser from 'webextension-polyfill';
import { HOST_PATTERNS } from '../sites/hosts.ts';
import { translatorFrom } from './i18n.ts';

const t = translatorFrom(browser.i18n);
const byId = (id: string) => document.getElementById(id)!;
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
byId('title').textContent = t('accessTitle');
byId('body').textContent = t('accessBody');
byId('allow').textContent = t('accessButton');

const showStatus = (granted: boolean) => { byId('status').textContent = t(granted ? 'accessGranted' : 'accessDenied'); };
byId('allow').addEventListener('click', async () => {
  // permissions.request must run in the click's user gesture: no await before it
  showStatus(await browser.permissions.request({ origins: [...HOST_PATTERNS] }));
});
void browser.permissions.contains({ origins: [...HOST_PATTERNS] }).then((granted) => { if (granted) showStatus(true); });
