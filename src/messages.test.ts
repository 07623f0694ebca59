// The protocol's validators: shape AND sender, for every message type.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MAX_PHOTO_BYTES, isFromOurContentScript, parseContentMessage, parseContentMessageShape, parseOffscreenMessage, parseVisionReply,
  type ContentProtocol, type DraftScoreMessage, type DraftScoreReply, type PhotoAnalyzeReply, type PhotoReserveMessage, type PopupReplyTo,
  type PopupTabMessage, type PopupTabReply, type ReplyTo, type SenderInfo, type SitePausedMessage, type SitePausedReply,
} from './messages.ts';

const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME}`;
const ID = 'a'.repeat(64);
const tabSender = (url: string, extra: Partial<SenderInfo> = {}): SenderInfo => ({ id: RUNTIME, url, frameId: 0, tab: { id: 7, url }, ...extra });
const weibo = tabSender('https://weibo.com/u/123');

const analyze = { type: 'photo:analyze', id: ID, name: 'kid.jpg', mime: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) };
const score = { type: 'draft:score', text: '孩子', photoIds: [ID], locale: 'zh-CN', waitMs: 5000 };

describe('content → background messages', () => {
  it('accepts each well-formed message from our content script on a supported site', () => {
    expect(parseContentMessage(analyze, weibo, RUNTIME)).toEqual(analyze);
    expect(parseContentMessage(score, tabSender('https://m.weibo.cn/compose/'), RUNTIME)).toEqual(score);
    expect(parseContentMessage({ type: 'photo:forget', ids: [ID] }, tabSender('https://www.weibo.com/'), RUNTIME)).toEqual({ type: 'photo:forget', ids: [ID] });
    expect(parseContentMessage({ type: 'photo:forget', ids: 'all' }, weibo, RUNTIME)).toEqual({ type: 'photo:forget', ids: 'all' });
    expect(parseContentMessage({ type: 'photo:reserve', id: ID, size: 4 }, weibo, RUNTIME)).toEqual({ type: 'photo:reserve', id: ID, size: 4 });
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
      { ...analyze, id: 'not-a-hash' }, { ...analyze, id: ID.toUpperCase() }, { ...analyze, name: 5 },
      // bytes only: not base64 text, not what a Uint8Array becomes through JSON, not another view
      { ...analyze, data: '/9j/4A==' }, { ...analyze, data: { 0: 255, 1: 216 } }, { ...analyze, data: [255, 216] },
      { ...analyze, data: new Uint8Array(0) }, { ...analyze, data: new Uint8Array(MAX_PHOTO_BYTES + 1) },
      { ...analyze, data: new Uint16Array(4) }, { ...analyze, data: new DataView(new ArrayBuffer(4)) }, { ...analyze, data: new ArrayBuffer(4) },
      { ...analyze, data: new Uint8Array(new SharedArrayBuffer(4)) },
      { ...score, text: 'x'.repeat(100_001) }, { ...score, locale: 'fr' }, { ...score, photoIds: ['x'] },
      { ...score, photoIds: Array(41).fill(ID) }, { ...score, waitMs: -1 }, { ...score, waitMs: 1e9 }, { ...score, waitMs: '5' },
      { type: 'photo:forget', ids: 'some' }, { type: 'photo:forget', ids: [1] },
      { type: 'photo:reserve', id: ID, size: 0 }, { type: 'photo:reserve', id: ID, size: 1.5 }, { type: 'photo:reserve', id: ID, size: '4' },
      { type: 'photo:reserve', id: ID, size: MAX_PHOTO_BYTES + 1 }, { type: 'photo:reserve', id: 'x', size: 4 },
    ];
    const label = (m: unknown) => JSON.stringify(m, (_k, v: unknown) => (ArrayBuffer.isView(v) ? `${v.constructor.name}(${v.byteLength})` : v))?.slice(0, 100);
    for (const m of bad) expect(parseContentMessage(m, weibo, RUNTIME), label(m)).toBeNull();
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
    expect(parseOffscreenMessage({ ...vision, data: btoa('\xff\xd8\xff\xe0') }, worker, RUNTIME, ORIGIN)).toBeNull(); // the old base64 wire
  });

  it('takes the photo bytes of another realm (a clone made in a content script or another frame)', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Uint8Array([255, 216, 255, 224])') as Uint8Array<ArrayBuffer>;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(parseOffscreenMessage({ ...vision, data: foreign }, worker, RUNTIME, ORIGIN)?.data).toBe(foreign);
    expect(parseContentMessage({ ...analyze, data: foreign }, weibo, RUNTIME)).not.toBeNull();
  });

  it('checks the offscreen reply before trusting it', () => {
    const facts = { id: ID, gps: null, faces: [], text: '', checked: { metadata: true, faces: true, text: true } };
    expect(parseVisionReply({ ok: true, facts })).toEqual({ ok: true, facts });
    expect(parseVisionReply({ ok: false, error: 'decode failed' })).toEqual({ ok: false, error: 'decode failed' });
    expect(parseVisionReply(undefined)).toBeNull();
    expect(parseVisionReply({ ok: true, facts: { id: ID } })).toBeNull();
  });
});

describe('each message is tied to its reply', () => {
  it('gives every content and popup message kind its own reply type', () => {
    expectTypeOf<ReplyTo<DraftScoreMessage>>().toEqualTypeOf<DraftScoreReply>();
    expectTypeOf<ReplyTo<PhotoReserveMessage>>().toEqualTypeOf<PhotoAnalyzeReply>();
    expectTypeOf<ReplyTo<SitePausedMessage>>().toEqualTypeOf<SitePausedReply>();
    expectTypeOf<PopupReplyTo<PopupTabMessage>>().toEqualTypeOf<PopupTabReply>();
    // the protocol lists exactly the kinds the shape parser accepts
    const kinds: (keyof ContentProtocol)[] = ['photo:reserve', 'photo:analyze', 'photo:forget', 'draft:score', 'site:paused'];
    const samples: Record<keyof ContentProtocol, unknown> = {
      'photo:reserve': { type: 'photo:reserve', id: ID, size: 4 },
      'photo:analyze': analyze,
      'photo:forget': { type: 'photo:forget', ids: 'all' },
      'draft:score': score,
      'site:paused': { type: 'site:paused' },
    };
    for (const kind of kinds) expect(parseContentMessageShape(samples[kind])?.type).toBe(kind);
    expect(parseContentMessageShape({ type: 'photo:unknown' })).toBeNull();
  });
});
