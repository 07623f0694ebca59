// The "how it works" page's entry.
import browser from 'webextension-polyfill';
import { h, render } from 'preact';
import { translatorFrom } from './i18n.ts';
import { AboutPage } from './about-view.tsx';

const t = translatorFrom(browser.i18n);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('aboutTitle');
render(h(AboutPage, { t, optionsUrl: browser.runtime.getURL('src/ui/servers.html') }), document.getElementById('app')!);
