// The router's answers to the toolbar popup (the tab's photo facts so far, the pause) and to the
// content script's "is this site paused?", the host taken from the sender, never from the message.
import { describe, expect, it } from 'vitest';
import type { PhotoFacts } from '../analysis/types.ts';
import type { PopupTabReply, SenderInfo } from '../messages.ts';
import { sha256Hex } from '../photo-id.ts';
import { PhotoJobs } from './photo-jobs.ts';
import { memoryArea, Pauses } from './pause.ts';
import { createRouter } from './router.ts';
import type { VisionClient } from './vision-client.ts';

const RUNTIME = 'child-guard@test';
const ORIGIN = 'moz-extension://0f1e2d3c/';
const popup: SenderInfo = { id: RUNTIME, url: `${ORIGIN}src/ui/popup.html` };
const page = (host: string, id = 1): SenderInfo => ({ id: RUNTIME, url: `https://${host}/`, frameId: 0, tab: { id, url: `https://${host}/` } });

let release: () => void = () => {};
/** sees a child's face and a phone number; the second photo's analysis waits for `release` */
const vision: VisionClient = {
  analyze: async ({ id }): Promise<PhotoFacts> => {
    if (id.startsWith('slow')) await new Promise<void>((r) => { release = r; });
    return { id, gps: null, faces: [{ age: 6, child: true, box: { x: 0, y: 0, width: 9, height: 9 } }, { age: 40, child: false, box: { x: 20, y: 0, width: 9, height: 9 } }], text: '138 0013 8000', checked: { metadata: true, faces: true, text: true } };
  },
};
const metadata = async (id: string): Promise<PhotoFacts> => ({ id, gps: { lat: 1, lon: 2 }, faces: [], text: '', checked: { metadata: true, faces: false, text: false } });

function setup() {
  const jobs = new PhotoJobs({ vision, metadata });
  const route = createRouter({ runtimeId: RUNTIME, jobs, score: () => ({ level: 'none', score: 0, reasons: [] }), pauses: new Pauses(memoryArea()), extensionOrigin: ORIGIN });
  return { jobs, route };
}

describe('router: the popup', () => {
  it('answers a tab\'s photo facts so far, counting what is still being examined', async () => {
    const { route } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    const id = await sha256Hex(bytes);
    await route({ type: 'photo:analyze', id, name: 'a.jpg', mime: 'image/jpeg', data: bytes }, page('weibo.com', 4));
    const empty = (await route({ type: 'popup:tab', tabId: 9, host: 'weibo.com' }, popup)) as PopupTabReply;
    expect(empty.photos).toEqual({ photos: 0, pending: 0, faces: 0, childFaces: 0, located: 0, withText: 0 });
    await new Promise((r) => setTimeout(r, 10));
    const reply = (await route({ type: 'popup:tab', tabId: 4, host: 'weibo.com' }, popup)) as PopupTabReply;
    expect(reply).toEqual({ ok: true, photos: { photos: 1, pending: 0, faces: 2, childFaces: 1, located: 1, withText: 1 }, pausedUntil: null });
  });

  it('counts a photo still being examined as pending', async () => {
    const { jobs, route } = setup();
    jobs.start(5, { id: 'slow-photo', name: 'b.jpg', mime: 'image/jpeg', bytes: new Uint8Array([9]) });
    await new Promise((r) => setTimeout(r, 10));
    expect(((await route({ type: 'popup:tab', tabId: 5, host: 'x.com' }, popup)) as PopupTabReply).photos).toMatchObject({ photos: 1, pending: 1, faces: 0 });
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(((await route({ type: 'popup:tab', tabId: 5, host: 'x.com' }, popup)) as PopupTabReply).photos).toMatchObject({ photos: 1, pending: 0, faces: 2 });
  });

  it('pauses a site for the content script there, and only there, until resumed', async () => {
    const { route } = setup();
    expect(await route({ type: 'site:paused' }, page('weibo.com'))).toEqual({ paused: false });
    const paused = (await route({ type: 'popup:pause', host: 'weibo.com', paused: true }, popup)) as { pausedUntil: number };
    expect(paused.pausedUntil).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect(await route({ type: 'site:paused' }, page('weibo.com'))).toEqual({ paused: true });
    expect(await route({ type: 'site:paused' }, page('x.com'))).toEqual({ paused: false });
    expect(((await route({ type: 'popup:tab', tabId: 1, host: 'weibo.com' }, popup)) as PopupTabReply).pausedUntil).toBe(paused.pausedUntil);
    await route({ type: 'popup:pause', host: 'weibo.com', paused: false }, popup);
    expect(await route({ type: 'site:paused' }, page('weibo.com'))).toEqual({ paused: false });
  });

  it('ignores a content script that sends the popup\'s messages', async () => {
    const { route } = setup();
    expect(route({ type: 'popup:pause', host: 'weibo.com', paused: true }, page('weibo.com'))).toBeUndefined();
    expect(await route({ type: 'site:paused' }, page('weibo.com'))).toEqual({ paused: false });
  });
});
