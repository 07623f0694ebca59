// @vitest-environment happy-dom
// While the user has paused checking on the site (toolbar popup), Send goes out unchecked, and a
// notice on the page says so (never a silent pass); once resumed, Send is checked again. No
// answer about the pause reads as "not paused".
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { leavePage, loadFixture } from './load-fixture.ts';

let paused: boolean | 'silent' = false;
const asked: string[] = [];
vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({
    runtime: {
      sendMessage: (m: { type: string }) => {
        asked.push(m.type);
        if (m.type === 'site:paused') return paused === 'silent' ? new Promise(() => {}) : Promise.resolve({ paused });
        if (m.type === 'draft:score') return Promise.resolve({ ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: [] });
        return Promise.resolve({ ok: true });
      },
    },
  }));

const { PhotoStore } = await import('../../src/content/photo-store.ts');
const { guardSends } = await import('../../src/content/send-guard.ts');
const { sitePaused } = await import('../../src/content/background-client.ts');
const { weibo } = await import('../../src/sites/weibo.ts');
const { en, t } = await import('./english.ts');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const { shownRoots } = await import('./closed-roots.ts');
const notices = () => shownRoots().flatMap((r) => [...r.querySelectorAll('[role="alert"]')]).map((n) => n.textContent ?? '');
let siteSends = 0;
beforeAll(() => {
  guardSends({ site: () => weibo, store: new PhotoStore(), t, locale: 'zh-CN', region: 'CN', checkingDelayMs: 2000, paused: sitePaused });
});
beforeEach(() => {
  loadFixture('weibo');
  asked.length = 0;
  siteSends = 0;
  const [home] = weibo.findBoxes(document);
  const button = weibo.sendButton(home)!;
  button.removeAttribute('disabled');
  button.classList.remove('woo-button-disabled');
  button.addEventListener('click', () => siteSends++);
  home.querySelector('textarea')!.value = '这个小女孩一个人在火车站门口乞讨';
});

describe('send guard while paused', () => {
  it('lets Send out unchecked while paused, and checks it again once resumed', async () => {
    const [home] = weibo.findBoxes(document);
    paused = true;
    weibo.sendButton(home)!.click();
    await wait(10);
    expect(siteSends).toBe(1);
    expect(asked).toEqual(['site:paused']);
    expect(notices()).toEqual([expect.stringContaining(en.noticePausedSend.message)]);

    paused = false;
    asked.length = 0;
    weibo.sendButton(home)!.click();
    await wait(10);
    expect(asked).toEqual(['site:paused', 'draft:score']);
    expect(siteSends).toBe(2);
  });

  it('checks the draft when the background does not say within a second', async () => {
    const [home] = weibo.findBoxes(document);
    paused = 'silent';
    weibo.sendButton(home)!.click();
    await wait(1100);
    expect(asked).toEqual(['site:paused', 'draft:score']);
  });
});

afterAll(leavePage);
