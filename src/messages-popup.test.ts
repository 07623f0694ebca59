// The popup's messages and the content script's pause question: shape and sender checked.
import { describe, expect, it } from 'vitest';
import { parseContentMessage, parsePopupMessage, type SenderInfo } from './messages.ts';

const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME}/`;
const popup: SenderInfo = { id: RUNTIME, url: `${ORIGIN}src/ui/popup.html` };
const popupInTab: SenderInfo = { ...popup, tab: { id: 3, url: popup.url }, frameId: 0 };
const contentScript: SenderInfo = { id: RUNTIME, url: 'https://weibo.com/', frameId: 0, tab: { id: 7, url: 'https://weibo.com/' } };

describe('popup → background', () => {
  it('accepts well-formed messages from our popup, also when it is open in a tab', () => {
    expect(parsePopupMessage({ type: 'popup:tab', tabId: 7, host: 'weibo.com' }, popup, RUNTIME, ORIGIN)).toEqual({ type: 'popup:tab', tabId: 7, host: 'weibo.com' });
    expect(parsePopupMessage({ type: 'popup:pause', host: 'weibo.com', paused: true, extra: 1 }, popupInTab, RUNTIME, ORIGIN)).toEqual({ type: 'popup:pause', host: 'weibo.com', paused: true });
  });

  it('rejects them from a content script, a web page or another extension', () => {
    const m = { type: 'popup:pause', host: 'weibo.com', paused: true };
    expect(parsePopupMessage(m, contentScript, RUNTIME, ORIGIN)).toBeNull();
    expect(parsePopupMessage(m, { ...popup, id: 'other' }, RUNTIME, ORIGIN)).toBeNull();
    expect(parsePopupMessage(m, { id: RUNTIME, url: 'https://evil.example/chrome-extension://x' }, RUNTIME, ORIGIN)).toBeNull();
    expect(parsePopupMessage(m, { id: RUNTIME }, RUNTIME, ORIGIN)).toBeNull();
  });

  it('rejects malformed ones', () => {
    const bad: unknown[] = [
      null, 'popup:tab', { type: 'popup:tab', tabId: -1, host: 'weibo.com' }, { type: 'popup:tab', tabId: 1.5, host: 'weibo.com' },
      { type: 'popup:tab', tabId: '7', host: 'weibo.com' }, { type: 'popup:tab', tabId: 7, host: 'https://weibo.com/' },
      { type: 'popup:tab', tabId: 7, host: 'Weibo.com' }, { type: 'popup:tab', tabId: 7, host: '' }, { type: 'popup:pause', host: 'weibo.com', paused: 'yes' },
      { type: 'popup:pause', host: 'a'.repeat(300), paused: true }, { type: 'popup:other', host: 'weibo.com' },
    ];
    for (const m of bad) expect(parsePopupMessage(m, popup, RUNTIME, ORIGIN), JSON.stringify(m)).toBeNull();
  });
});

describe('content → background: is this site paused?', () => {
  it('carries nothing but its type, and only from our content script on a supported site', () => {
    expect(parseContentMessage({ type: 'site:paused', host: 'x.com' }, contentScript, RUNTIME)).toEqual({ type: 'site:paused' });
    expect(parseContentMessage({ type: 'site:paused' }, { ...contentScript, url: 'https://evil.example/', tab: { id: 7, url: 'https://evil.example/' } }, RUNTIME)).toBeNull();
  });
});
