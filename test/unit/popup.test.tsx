// @vitest-environment happy-dom
// The toolbar popup: what it says about the tab (protected, paused, no access, not a page it runs
// on), what the draft's photos showed so far, the pause switch (a labelled switch a keyboard and a
// screen reader can use), and its links.
import { afterEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Popup, type PopupProps } from '../../src/ui/popup-view.tsx';
import { AboutPage } from '../../src/ui/about-view.tsx';
import { tabView, type PopupApi, type TabView } from '../../src/ui/popup-tab.ts';
import { translatorFromMessages } from '../../src/ui/i18n.ts';
import type { PhotoSummary } from '../../src/messages.ts';

const messages = (loc: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales', loc, 'messages.json'), 'utf8'));
const NO_PHOTOS: PhotoSummary = { photos: 0, pending: 0, faces: 0, childFaces: 0, located: 0, withText: 0 };
const protectedView = (over: Partial<Extract<TabView, { kind: 'protected' }>> = {}): TabView => ({ kind: 'protected', host: 'weibo.com', site: 'weibo', photos: NO_PHOTOS, pausedUntil: null, ...over });

function mount(view: TabView | null, loc = 'en', onPause: PopupProps['onPause'] = () => {}) {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(h(Popup, {
    view, t: translatorFromMessages(messages(loc)), time: () => '14:05', onPause,
    optionsUrl: 'ext://options', aboutUrl: 'ext://about', accessUrl: 'ext://access',
  }), host));
  return host;
}
afterEach(() => { document.body.innerHTML = ''; });

describe('popup view', () => {
  it('says the tab is protected, in a live status, with a pause switch that is off', () => {
    const host = mount(protectedView());
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Protected: on Weibo (weibo.com), each post is checked when you press Send.');
    const sw = host.querySelector('[role="switch"]')!;
    expect(sw.tagName).toBe('BUTTON'); // focusable, Space and Enter toggle it
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.textContent).toBe('Pause on this site for 1 hour');
    expect(host.textContent).toContain('No photo in the draft yet.');
  });

  it('the switch asks to pause, and when paused says until when and offers to resume', () => {
    const asked: boolean[] = [];
    const off = mount(protectedView(), 'en', (p) => asked.push(p));
    act(() => { off.querySelector<HTMLButtonElement>('[role="switch"]')!.click(); });
    document.body.innerHTML = '';
    const on = mount(protectedView({ pausedUntil: 1 }), 'zh_CN', (p) => asked.push(p));
    expect(on.querySelector('[role="status"]')!.textContent).toBe('已在 weibo.com 上暂停，直到 14:05：发送时不检查。暂停会自动结束。');
    expect(on.querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('true');
    act(() => { on.querySelector<HTMLButtonElement>('[role="switch"]')!.click(); });
    expect(asked).toEqual([true, false]);
  });

  it('lists what the photos showed so far, zero counts said in words', () => {
    const host = mount(protectedView({ photos: { photos: 3, pending: 1, faces: 2, childFaces: 1, located: 1, withText: 0 } }));
    const items = [...host.querySelectorAll('.facts li')].map((li) => li.textContent);
    expect(items).toEqual(['3 photo(s) in the draft · 1 still being examined', '2 face(s), 1 of them a child\'s', 'The location (GPS or place) is in 1 photo(s)', 'No text found in the photos']);
    document.body.innerHTML = '';
    const pending = mount(protectedView({ site: 'x', host: 'x.com', photos: { ...NO_PHOTOS, photos: 1, pending: 1 } }), 'zh_TW');
    expect([...pending.querySelectorAll('.facts li')].map((li) => li.textContent)).toEqual(['草稿裡有 1 張照片 · 1 張仍在檢查']);
  });

  it('off its sites: says so, no switch; without access: says so and links to the access page', () => {
    const here = mount({ kind: 'not-here' });
    expect(here.querySelector('[role="status"]')!.textContent).toContain('does not run on this page');
    expect(here.querySelector('[role="switch"]')).toBeNull();
    document.body.innerHTML = '';
    const denied = mount({ kind: 'no-access' });
    expect(denied.querySelector('[role="status"]')!.textContent).toContain('no access');
    expect(denied.querySelector('a[href="ext://access"]')!.textContent).toBe('Allow access');
  });

  it('links to the "how it works" page and the options', () => {
    const links = [...mount(protectedView()).querySelectorAll('nav a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([['ext://about', 'How it works and what it never does'], ['ext://options', 'Options']]);
  });
});

describe('which tab the popup describes', () => {
  const api = (over: Partial<PopupApi> & { origins?: string[] } = {}): PopupApi => ({
    granted: async () => true,
    grantedOrigins: async () => over.origins ?? [],
    tabStatus: async () => ({ ok: true, photos: { ...NO_PHOTOS, photos: 2 }, pausedUntil: 5 }),
    ...over,
  });

  it('a supported site with access: protected, with the background\'s facts and pause', async () => {
    expect(await tabView(api(), { id: 4, url: 'https://weibo.com/u/1' })).toEqual({ kind: 'protected', host: 'weibo.com', site: 'weibo', photos: { ...NO_PHOTOS, photos: 2 }, pausedUntil: 5 });
    expect(await tabView(api(), { id: 4, url: 'https://m.weibo.cn/compose/' })).toMatchObject({ kind: 'protected', site: 'weibo' });
  });

  it('a Mastodon server the user added counts; any other site does not', async () => {
    const added = api({ origins: ['https://weibo.com/*', 'https://social.example.org/*'] });
    expect(await tabView(added, { id: 1, url: 'https://social.example.org/home' })).toMatchObject({ kind: 'protected', site: 'mastodon' });
    expect(await tabView(added, { id: 1, url: 'https://example.com/' })).toEqual({ kind: 'not-here' });
    expect(await tabView(added, { id: 1, url: 'http://weibo.com/' })).toEqual({ kind: 'not-here' });
  });

  it('no URL (the extension cannot see it) is "not here" while access is granted, "no access" when it was withdrawn', async () => {
    expect(await tabView(api(), { id: 1 })).toEqual({ kind: 'not-here' });
    expect(await tabView(api({ granted: async () => false }), { id: 1 })).toEqual({ kind: 'no-access' });
    expect(await tabView(api(), null)).toEqual({ kind: 'not-here' });
    const onlyOthers = api({ granted: async (o) => !o.includes('https://x.com/*') });
    expect(await tabView(onlyOthers, { id: 1, url: 'https://x.com/home' })).toEqual({ kind: 'no-access' });
  });
});

describe('the "how it works" page', () => {
  it('says how it works and what it never does, in the browser\'s language', () => {
    const host = document.createElement('div');
    document.body.append(host);
    act(() => render(h(AboutPage, { t: translatorFromMessages(messages('zh_CN')), optionsUrl: 'ext://options' }), host));
    expect(host.querySelector('h1')!.textContent).toBe('儿童守护如何工作，以及它绝不会做的事');
    expect([...host.querySelectorAll('h2')].map((x) => x.textContent)).toEqual(['工作原理', '它绝不会做的事', '在哪里运行']);
    expect(host.querySelectorAll('.never li')).toHaveLength(5);
  });
});
