// The harness checks itself against a throwaway probe extension: it can read a dialog in a closed
// shadow root, click it with trusted input, play a hostile page, type through a real IME path —
// and, above all, it SEES requests made by an extension's own contexts. Without this, "the
// extension made zero requests" would prove nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ChromiumSession } from './harness/chromium-session.ts';
import { FirefoxSession } from './harness/firefox-session.ts';
import { buttonNamed } from './harness/dialog-view.ts';
import { BROWSERS, launchWithExtension } from './harness/launch.ts';
import { SCRATCH } from './harness/paths.ts';
import { PROBE_VENDOR_URL, probeLeakUrl, writeProbeExtension } from './harness/probe-extension.ts';
import type { BrowserSession, SitePage } from './harness/session.ts';
import { waitUntil } from './harness/wait.ts';

const PAGE = `<!doctype html><meta charset="utf-8"><textarea id="t"></textarea><button id="send">发送</button><button id="leak">leak</button>
<script>
  window.keys = [];
  document.getElementById('t').addEventListener('keydown', (e) => keys.push({ key: e.key, keyCode: e.keyCode, isComposing: e.isComposing, ctrl: e.ctrlKey, trusted: e.isTrusted }));
  document.getElementById('send').addEventListener('click', () => {
    document.documentElement.dataset.sent = String(Number(document.documentElement.dataset.sent || 0) + 1);
  });
</script>`;

describe.each(BROWSERS)('harness self-check in %s (probe extension)', (kind) => {
  let session: BrowserSession;
  let page: SitePage;

  beforeAll(async () => {
    session = await launchWithExtension(kind, writeProbeExtension(join(SCRATCH, `probe-${kind}`), kind));
    session.web.servePage('https://weibo.com/', PAGE);
    page = await session.newPage();
    await page.goto('https://weibo.com/');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a dialog in a closed shadow root and clicks it only with trusted input', async () => {
    await page.click('#send');
    const view = await waitUntil(() => page.dialog(), 'probe dialog');
    expect(view.role).toBe('alertdialog');
    expect(view.label).toBe('Probe warning');
    expect(view.text).toContain('a child is shown');
    expect(view.focusInside).toBe(true);
    expect(await page.evaluate('document.documentElement.dataset.sent ?? null')).toBeNull();

    expect(await page.hostileClicksOnDialog()).toBeGreaterThan(0);
    expect(await page.dialog()).not.toBeNull();
    expect(await page.evaluate('document.documentElement.dataset.sent ?? null')).toBeNull();

    const post = buttonNamed(view, /post anyway/i);
    await page.clickAt(post.x, post.y);
    await page.waitFor('document.documentElement.dataset.sent === "1"');
    expect(await page.dialog()).toBeNull();
  });

  it('commits an IME candidate with an Enter the page sees as composing', async () => {
    await page.imeCommitWithEnter('#t', { preedit: 'ni', commit: '你' });
    await page.waitFor('document.getElementById("t").value.includes("你")');
    const keys = await page.evaluate<{ key: string; keyCode: number; isComposing: boolean; trusted: boolean }[]>('keys');
    const enter = keys.find((k) => k.isComposing);
    expect(enter, JSON.stringify(keys)).toBeDefined();
    expect(enter!.trusted).toBe(true);
    expect(enter!.key === 'Enter' || enter!.key === 'Process' || enter!.keyCode === 229).toBe(true);
  });

  it('sees requests from the extension\'s content script', async () => {
    expect(session.web.extensionTraffic(), 'nothing before the probe asks').toEqual([]);
    await page.click('#leak');
    await waitUntil(async () => session.web.extensionTraffic().some((r) => r.startsWith(probeLeakUrl('content'))), 'the content script\'s request blamed');
  });

  it('sees requests from the extension\'s background context', async () => {
    if (session instanceof ChromiumSession) {
      const ext = await session.context.newPage();
      await ext.goto(`chrome-extension://${session.extensionId}/page.html`);
      await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'leak-from-worker' }));
      await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'leak-from-offscreen' }));
      await waitUntil(async () => session.web.extensionTraffic().some((r) => r.startsWith(probeLeakUrl('worker'))), 'worker request blamed');
      // the offscreen document is attributed by its CDP target, whatever reaches the network stack
      await waitUntil(async () => session.web.extensionTraffic().some((r) => r.startsWith(probeLeakUrl('offscreen'))), 'offscreen request blamed');
      // a host the browser itself calls is no excuse
      await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'leak-to-vendor' }));
      await waitUntil(async () => session.web.extensionTraffic().some((r) => r.startsWith(PROBE_VENDOR_URL)), 'request to a vendor host blamed');
      await ext.close();
    } else if (session instanceof FirefoxSession) {
      const ext = await session.openExtensionPage('page.html');
      await ext.evaluate('browser.runtime.sendMessage({ type: "leak-from-worker" })');
      await waitUntil(async () => session.web.extensionTraffic().some((r) => r.includes('leak-background.probe.invalid')), 'background request blamed');
      await ext.evaluate('browser.runtime.sendMessage({ type: "leak-to-vendor" })');
      await waitUntil(async () => session.web.extensionTraffic().some((r) => r.includes('android.clients.google.com')), 'request to a vendor host blamed');
      await ext.close();
    }
  });
});
