// @vitest-environment happy-dom
// Send interception on the weibo.com look-alike, with the background replaced by a controllable
// recorder: Send is held until the verdict; a benign verdict lets exactly that send through;
// "Go back" while checking lets the next Send start a new check.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftScoreReply } from '../../src/messages.ts';
import { leavePage, loadFixture } from './load-fixture.ts';

let scoreCalls: { text: string }[] = [];
let answer: (r: DraftScoreReply) => void = () => {};
vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({
    runtime: {
      sendMessage: (m: { type: string; text: string }) => {
        if (m.type !== 'draft:score') return Promise.resolve({ ok: true });
        scoreCalls.push({ text: m.text });
        return new Promise((resolve) => { answer = resolve; });
      },
    },
  }));

const { PhotoStore } = await import('../../src/content/photo-store.ts');
const { guardSends } = await import('../../src/content/send-guard.ts');
const { weibo } = await import('../../src/sites/weibo.ts');
const { t } = await import('./english.ts');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dialogHost = () => [...document.documentElement.children, ...document.body.children].find((n) => (n as HTMLElement).style.zIndex === '2147483647');
const NONE: DraftScoreReply = { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: [] };

let siteSends = 0;
beforeAll(() => {
  guardSends({ site: () => weibo, store: new PhotoStore(), t, locale: 'zh-CN', region: 'CN', checkingDelayMs: 20 });
});
beforeEach(() => {
  loadFixture('weibo');
  scoreCalls = [];
  siteSends = 0;
  const [home] = weibo.findBoxes(document);
  const button = weibo.sendButton(home)!;
  button.removeAttribute('disabled');
  button.classList.remove('woo-button-disabled');
  button.addEventListener('click', () => siteSends++); // the site's own handler
  home.querySelector('textarea')!.value = '今天天气不错';
});

describe('send guard', () => {
  it('holds Send until the verdict, then lets exactly that send through', async () => {
    const [home] = weibo.findBoxes(document);
    weibo.sendButton(home)!.click();
    await wait(0);
    expect(siteSends).toBe(0);
    expect(scoreCalls).toEqual([{ text: '今天天气不错' }]);
    answer(NONE);
    await wait(10);
    expect(siteSends).toBe(1);
    expect(dialogHost()).toBeUndefined();
  });

  it('shows "checking…" when the verdict is slow; Esc goes back and the next Send checks again', async () => {
    const [home] = weibo.findBoxes(document);
    weibo.sendButton(home)!.click();
    // the "checking…" dialog comes 20 ms after Send; a busy machine may take longer to get there
    await vi.waitFor(() => expect(dialogHost()).toBeDefined(), { timeout: 5000, interval: 10 });
    weibo.sendButton(home)!.click(); // pressing again while checking changes nothing
    await wait(0);
    expect(scoreCalls).toHaveLength(1);

    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(esc, 'isTrusted', { value: true });
    document.body.dispatchEvent(esc);
    await wait(10);
    expect(dialogHost()).toBeUndefined();

    weibo.sendButton(home)!.click();
    await wait(0);
    expect(scoreCalls).toHaveLength(2);
    answer(NONE);
    await wait(10);
    expect(siteSends).toBe(1);
  });

  it('keeps every press event on Send from the site while it checks (a site may post on any of them)', async () => {
    const [home] = weibo.findBoxes(document);
    const button = weibo.sendButton(home)!;
    const seen: string[] = [];
    const types = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend'];
    for (const type of types) document.addEventListener(type, () => seen.push(type)); // the site's handlers
    const inner = button.querySelector('span')!;
    for (const type of types) inner.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
    button.click();
    await wait(0);
    expect(seen).toEqual([]);
    expect(siteSends).toBe(0);
    // elsewhere on the page they pass untouched
    home.querySelector('textarea')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(seen).toEqual(['pointerdown']);
    answer(NONE);
    await wait(10);
    expect(siteSends).toBe(1);
  });

  it('never acts on Ctrl+Enter while an IME is composing', async () => {
    const [home] = weibo.findBoxes(document);
    home.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, isComposing: true, bubbles: true }));
    await wait(0);
    expect(scoreCalls).toHaveLength(0);
    home.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await wait(0);
    expect(scoreCalls).toHaveLength(1);
    answer(NONE);
    await wait(10);
    expect(siteSends).toBe(1); // let through by clicking the site's own Send
  });
});

afterAll(leavePage);
