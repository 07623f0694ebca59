// @vitest-environment happy-dom
// Photos of a send that went through go with that post. The race this guards against: the site
// posts and clears the box, the user types the next draft at once, and the old photo was still
// attached to it (a 300 ms poll forgot photos only while the text was empty). The browser's
// messaging is a recorder that answers every check "nothing to warn about".
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { DraftScoreReply } from '../../src/messages.ts';
import { asUser, leavePage, loadFixture } from './load-fixture.ts';

const checks: string[][] = [];
vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({
    runtime: {
      sendMessage: async (m: { type: string; photoIds?: string[] }) => {
        if (m.type !== 'draft:score') return { ok: true };
        checks.push(m.photoIds!);
        return { ok: true, verdict: { level: 'none', score: 0, reasons: [] }, photos: [] } satisfies DraftScoreReply;
      },
    },
  }));

const { PhotoStore } = await import('../../src/content/photo-store.ts');
const { capturePhotos } = await import('../../src/content/photo-capture.ts');
const { forgetRemovedPhotos } = await import('../../src/content/photo-forget.ts');
const { guardSends } = await import('../../src/content/send-guard.ts');
const { createComposeAdapter } = await import('../../src/sites/compose-dom.ts');
const { weibo } = await import('../../src/sites/weibo.ts');
const { t } = await import('./english.ts');

/** weibo.com's adapter without its thumbnail selector: a site whose thumbnails are not known */
const noThumbnails = createComposeAdapter({
  name: 'no-thumbnails', hosts: ['weibo.com'], draft: 'textarea', send: 'button', photoInput: 'input[type=file]',
  sendByLabel: 'button', disabled: (b) => b.hasAttribute('disabled'), ctrlEnterSends: true,
});

const png = readFileSync(resolve(process.cwd(), '../shared/testdata/scenes/kodak_kodim15.png'));
const photoFile = (extra = 0) => new File([png, new Uint8Array(extra)], `p${extra}.png`, { type: 'image/png' });
const sha = (extra = 0) => createHash('sha256').update(png).update(new Uint8Array(extra)).digest('hex');
const THUMB = '<div><img class="woo-picture-img"><i title="删除">×</i></div>';

let adapter = weibo;
let siteTakesPosts = true;
let siteSends = 0;
beforeAll(() => {
  const store = new PhotoStore();
  const site = () => adapter;
  capturePhotos(site, store);
  const watch = forgetRemovedPhotos(site, store);
  guardSends({ site, store, beforeCheck: watch.sweep, sending: watch.sending, t, locale: 'zh-CN', region: 'CN' });
});

let box: Element;
let textarea: HTMLTextAreaElement;
beforeEach(() => {
  loadFixture('weibo');
  checks.length = 0;
  siteSends = 0;
  siteTakesPosts = true;
  box = document.getElementById('home-compose')!;
  textarea = box.querySelector('textarea')!;
  const button = box.querySelector('button')!;
  button.removeAttribute('disabled');
  button.classList.remove('woo-button-disabled');
  // the site's own send handler: posts, then empties the draft and its thumbnails at once
  button.addEventListener('click', () => {
    siteSends++;
    if (!siteTakesPosts) return;
    textarea.value = '';
    box.querySelector('[class*="_picbed_"]')!.replaceChildren();
  });
});

function attach(file: File, thumbnail: boolean) {
  const input = box.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(asUser(new Event('change', { bubbles: true })));
  if (thumbnail) box.querySelector('[class*="_picbed_"]')!.insertAdjacentHTML('beforeend', THUMB);
}

/** What a browser does when the user types: beforeinput, the change, input. No pause first. */
function type(text: string) {
  textarea.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: text }));
  textarea.value += text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

async function send(): Promise<string[]> {
  const before = siteSends;
  box.querySelector('button')!.click();
  await vi.waitFor(() => expect(siteSends).toBe(before + 1));
  return checks.at(-1)!;
}

describe.each([
  ['thumbnails unknown', () => noThumbnails, false],
  ['thumbnails shown', () => weibo, true],
] as const)('after a send went through (%s)', (_name, pick, thumbnails) => {
  beforeEach(() => { adapter = pick(); });

  it('does not hold the posted photo against the next draft, typed at once', async () => {
    attach(photoFile(), thumbnails);
    type('周末去公园拍的鹦鹉');
    expect(await send()).toEqual([sha()]);
    type('小女孩一个人在火车站'); // the very next thing the user does, no pause
    expect(await send()).toEqual([]);
  });

  it('keeps a photo attached after the send for the next draft', async () => {
    attach(photoFile(), thumbnails);
    type('周末去公园拍的鹦鹉');
    await send();
    attach(photoFile(1), thumbnails);
    type('第二条');
    expect(await send()).toEqual([sha(1)]);
  });

  it('still checks the photo when the site did not take the post (the draft stays)', async () => {
    siteTakesPosts = false;
    attach(photoFile(), thumbnails);
    type('周末去公园拍的鹦鹉');
    await send();
    type('，再试一次');
    expect(await send()).toEqual([sha()]);
  });
});

afterAll(leavePage);
