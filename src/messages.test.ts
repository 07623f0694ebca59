// The protocol's validators: shape AND sender, for every message type.
import { describe, expect, it } from 'vitest';
import {
  MAX_PHOTO_BYTES, isFromOurContentScript, parseContentMessage, parseContentMessageShape, parseOffscreenMessage, parseVisionReply,
  type SenderInfo,
} from './messages.ts';

const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME}`;
const ID = 'a'.repeat(64);
const tabSender = (url: string, extra: Partial<SenderInfo> = {}): SenderInfo => ({ id: RUNTIME, url, frameId: 0, tab: { id: 7, url }, ...extra });
const weibo = tabSender('https://weibo.com/u/123');

const analyze = { type: 'photo:analyze', id: ID, name: 'kid.jpg', mime: 'image/jpeg', data: 'AAECAw==' };
const score = { type: 'draft:score', text: '孩子', photoIds: [ID], locale: 'zh-CN', waitMs: 5000 };

describe('content → background messages', () => {
  it('accepts each well-formed message from our content script on a supported site', () => {
    expect(parseContentMessage(analyze, weibo, RUNTIME)).toEqual(analyze);
    expect(parseContentMessage(score, tabSender('https://m.weibo.cn/compose/'), RUNTIME)).toEqual(score);
    expect(parseContentMessage({ type: 'photo:forget', ids: [ID] }, tabSender('https://www.weibo.com/'), RUNTIME)).toEqual({ type: 'photo:forget', ids: [ID] });
    expect(parseContentMessage({ type: 'photo:forget', ids: 'all' }, weibo, RUNTIME)).toEqual({ type: 'photo:forget', ids: 'all' });
  });

  it('drops extra fields instead of passing them on', () => {
    expect(parseContentMessageShape({ ...score, evil: 1 })).not.toHaveProperty('evil');
  });

  it('rejects senders that are not our content script in a supported top frame', () => {
    expect(parseContentMessage(score, { ...weibo, id: 'another-extension' }, RUNTIME)).toBeNull();
    expect(parseContentMessage(score, tabSender('https://evil.example/'), RUNTIME)).toBeNull();
    expect(parseContentMessage(score, tabSender('http://weibo.com/'), RUNTIME)).toBeNull();
    expect(parseContentMessage(score, tabSender('https://weibo.com.evil.example/'), RUNTIME)).toBeNull();
    expect(parseContentMessage(score, tabSender('https://weibo.com/', { frameId: 3 }), RUNTIME)).toBeNull();
    expect(parseContentMessage(score, { id: RUNTIME, url: `${ORIGIN}/page.html` }, RUNTIME)).toBeNull(); // no tab
    expect(isFromOurContentScript({ id: RUNTIME, frameId: 0, tab: { url: 'https://weibo.com/' } }, RUNTIME)).toBe(false);
  });

  it('rejects malformed payloads', () => {
    const bad: unknown[] = [
      null, 'photo:analyze', [], { type: 'nope' },
      { ...analyze, id: 'not-a-hash' }, { ...analyze, id: ID.toUpperCase() }, { ...analyze, data: 'not base64!' },
      { ...analyze, data: 'A'.repeat(Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 4) }, { ...analyze, name: 5 },
      { ...score, text: 'x'.repeat(100_001) }, { ...score, locale: 'fr' }, { ...score, photoIds: ['x'] },
      { ...score, photoIds: Array(41).fill(ID) }, { ...score, waitMs: -1 }, { ...score, waitMs: 1e9 }, { ...score, waitMs: '5' },
      { type: 'photo:forget', ids: 'some' }, { type: 'photo:forget', ids: [1] },
    ];
    for (const m of bad) expect(parseContentMessage(m, weibo, RUNTIME), JSON.stringify(m)?.slice(0, 80)).toBeNull();
  });
});

describe('background → offscreen messages', () => {
  const vision = { ...analyze, type: 'vision:analyze' };
  const worker: SenderInfo = { id: RUNTIME, url: `${ORIGIN}/service-worker-loader.js` };

  it('accepts vision:analyze from our own service worker only', () => {
    expect(parseOffscreenMessage(vision, worker, RUNTIME, ORIGIN)).toEqual(vision);
    expect(parseOffscreenMessage(vision, { ...worker, id: 'other' }, RUNTIME, ORIGIN)).toBeNull();
    expect(parseOffscreenMessage(vision, weibo, RUNTIME, ORIGIN)).toBeNull(); // a content script
    expect(parseOffscreenMessage(vision, { id: RUNTIME, url: 'chrome-extension://other/x.js' }, RUNTIME, ORIGIN)).toBeNull();
    expect(parseOffscreenMessage(analyze, worker, RUNTIME, ORIGIN)).toBeNull(); // wrong type for this context
    expect(parseOffscreenMessage({ ...vision, data: '' }, worker, RUNTIME, ORIGIN)).toBeNull();
  });

  it('checks the offscreen reply before trusting it', () => {
    const facts = { id: ID, gps: null, faces: [], text: '', checked: { metadata: true, faces: true, text: true } };
    expect(parseVisionReply({ ok: true, facts })).toEqual({ ok: true, facts });
    expect(parseVisionReply({ ok: false, error: 'decode failed' })).toEqual({ ok: false, error: 'decode failed' });
    expect(parseVisionReply(undefined)).toBeNull();
    expect(parseVisionReply({ ok: true, facts: { id: ID } })).toBeNull();
  });
});
