// @vitest-environment happy-dom
// The content script's lifetime on the weibo.com look-alike: an extension that is gone (updated,
// reloaded, removed: `runtime.id` undefined, "Extension context invalidated") stops no Send; the
// user's press goes to the site and a notice says once that protection is off. A background
// that is merely unreachable or silent is not that: the user gets "could not be checked".
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftScoreReply } from '../../src/messages.ts';
import { leavePage, loadFixture } from './load-fixture.ts';

let extensionId: string | undefined = 'ext';
let reply: () => Promise<DraftScoreReply> = () => new Promise(() => {});
vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({
    runtime: {
      get id() { return extensionId; },
      sendMessage: (m: { type: string }) => (m.type === 'draft:score' ? reply() : Promise.resolve({ ok: true })),
    },
  }));

const { Lifetime } = await import('../../src/content/lifetime.ts');
const { PhotoStore } = await import('../../src/content/photo-store.ts');
const { guardSends } = await import('../../src/content/send-guard.ts');
const { weibo } = await import('../../src/sites/weibo.ts');
const { readFileSync } = await import('node:fs');
const { en, t } = await import('./english.ts');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const { closedRoots: roots, shownRoots } = await import('./closed-roots.ts');
const notices = () => shownRoots().flatMap((r) => [...r.querySelectorAll('[role="alert"] p')].map((n) => n.textContent ?? ''));
const dialogs = () => shownRoots().flatMap((r) => [...r.querySelectorAll('[role="alertdialog"]')]);

let life: InstanceType<typeof Lifetime>;
let lost = 0;
let siteSends = 0;
let button: HTMLElement;

beforeEach(() => {
  extensionId = 'ext';
  roots.length = 0;
  lost = 0;
  siteSends = 0;
  loadFixture('weibo');
  life = new Lifetime((held) => { lost++; showGone(held); });
  guardSends({ site: () => weibo, store: new PhotoStore(), t, locale: 'zh-CN', region: 'CN', checkingDelayMs: 10, limits: { totalMs: 200, photoWaitMs: 100 }, life });
  const [home] = weibo.findBoxes(document);
  button = weibo.sendButton(home)!;
  button.removeAttribute('disabled');
  button.classList.remove('woo-button-disabled');
  button.addEventListener('click', () => siteSends++); // the site's own handler
  home.querySelector('textarea')!.value = '这个小女孩叫王小红，一个人在火车站门口乞讨';
});
afterEach(() => {
  extensionId = undefined;
  life.check(); // this test's guard goes, as it would with its extension
  for (const r of roots) r.host.remove();
});

let showGone: (held: boolean) => void = () => {};
beforeEach(async () => {
  const { showNotice } = await import('../../src/content/notice.ts');
  showGone = (held) => showNotice(held ? `${t('noticeProtectionOff')} ${t('noticeProtectionOffHeld')}` : t('noticeProtectionOff'), t('noticeClose'));
});

describe('an extension that is gone', () => {
  it('stops no Send: the press reaches the site, a notice says so once, and every listener is gone', async () => {
    extensionId = undefined; // Chrome: the context was invalidated by an update
    button.click();
    await wait(20);
    expect(siteSends).toBe(1);
    expect(dialogs()).toHaveLength(0);
    expect(notices()).toEqual([t('noticeProtectionOff')]);
    expect(life.signal.aborted).toBe(true);
    button.click();
    await wait(20);
    expect(siteSends).toBe(2);
    expect(lost).toBe(1);
    expect(notices()).toHaveLength(1);
  });

  it('lost during a check: the held send is not posted behind the user\'s back; the notice says to press Send again, and that press goes out', async () => {
    reply = () => Promise.reject(new Error('Extension context invalidated.'));
    button.click();
    await wait(30);
    expect(siteSends).toBe(0);
    expect(dialogs()).toHaveLength(0);
    expect(notices()).toEqual([`${t('noticeProtectionOff')} ${t('noticeProtectionOffHeld')}`]);
    button.click();
    await wait(10);
    expect(siteSends).toBe(1);
  });
});

describe('a background that is unreachable or silent (crashed, terminated, stuck)', () => {
  it('is not "gone": the user sees "could not be checked" with the choice, never a silent pass', async () => {
    reply = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    button.click();
    await wait(30);
    expect(siteSends).toBe(0);
    expect(dialogs()).toHaveLength(1);
    expect(dialogs()[0].textContent).toContain(t('titleFailed', [t('postWeibo')]));
    expect(dialogs()[0].textContent).toContain(t('buttonPost'));
    expect(life.signal.aborted).toBe(false);
  });

  it('a reply that never comes ends in "could not be checked" too', async () => {
    reply = () => new Promise(() => {});
    button.click();
    await wait(300);
    expect(siteSends).toBe(0);
    expect(dialogs()[0]?.textContent).toContain(t('failTimeout'));
  });
});

describe('the "protection is off" notice', () => {
  it('is bundled in the three languages, as the browser picks them, and says more when a send was held', async () => {
    const { goneNotice } = await import('../../src/content/gone-notice.ts');
    const load = (loc: string) => JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8'));
    const [cn, tw] = [load('zh_CN'), load('zh_TW')];
    expect(goneNotice('zh-CN', false)).toEqual({ text: cn.noticeProtectionOff.message, close: cn.noticeClose.message });
    expect(goneNotice('zh-TW', false).text).toBe(tw.noticeProtectionOff.message);
    expect(goneNotice('zh-HK', false).text).toBe(tw.noticeProtectionOff.message);
    expect(goneNotice('en-US', true).text).toBe(`${en.noticeProtectionOff.message} ${en.noticeProtectionOffHeld.message}`);
    expect(goneNotice('fr', false).text).toBe(en.noticeProtectionOff.message);
  });
});

afterAll(leavePage);
