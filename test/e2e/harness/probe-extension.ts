// A tiny throwaway MV3 extension, written to .tmp/, used to check the harness itself: it blocks a
// weibo.com Send with a dialog in a CLOSED shadow root (like the real one) and, on request, makes
// network requests from its service worker / offscreen document / background page — so the test
// can prove the tripwire really sees requests made by an extension, not only by pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type BrowserKind = 'chromium' | 'firefox';

/** URL the probe fetches when asked to leak; never answered. */
export const probeLeakUrl = (from: string): string => `https://leak-${from}.probe.invalid/beacon`;
/** A browser vendor's host, which the browsers call on their own: a request there from the
 * extension must count all the same. */
export const PROBE_VENDOR_URL = 'https://android.clients.google.com/probe-beacon';

const content = String.raw`
let allowOnce = false;
// asked by the page (a click on #leak): a request from the content script itself
window.addEventListener('click', (e) => {
  if (e.target instanceof Element && e.target.id === 'leak') fetch('${probeLeakUrl('content')}').catch(() => {});
}, true);
function findSend(t) { return t instanceof Element ? t.closest('button') : null; }
window.addEventListener('click', (e) => {
  const b = findSend(e.target);
  if (!b || !/发送|发布/.test(b.textContent)) return;
  if (allowOnce) { allowOnce = false; return; }
  e.preventDefault(); e.stopImmediatePropagation();
  showDialog(b);
}, true);
function showDialog(button) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<div role="alertdialog" aria-modal="true" aria-labelledby="t" aria-describedby="d">' +
    '<h2 id="t">Probe warning</h2><ul id="d"><li>Probe reason: a child is shown</li></ul>' +
    '<button id="back">Go back and edit</button><button id="post">Post anyway</button></div>';
  document.documentElement.append(host);
  const close = () => host.remove();
  root.getElementById('back').addEventListener('click', (e) => { if (e.isTrusted) close(); });
  root.getElementById('post').addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    close(); allowOnce = true; button.click();
  });
  root.getElementById('back').focus();
}
`;

const chromeWorker = String.raw`
chrome.runtime.onMessage.addListener((msg, _s, reply) => {
  if (msg?.type === 'leak-from-worker') { fetch('${probeLeakUrl('worker')}').catch(() => {}); reply('ok'); }
  if (msg?.type === 'leak-to-vendor') { fetch('${PROBE_VENDOR_URL}').catch(() => {}); reply('ok'); }
  if (msg?.type === 'leak-from-offscreen') {
    chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'probe' })
      .then(() => reply('ok'), (e) => reply(String(e)));
    return true;
  }
});
`;

const firefoxBackground = String.raw`
browser.runtime.onMessage.addListener((msg) => {
  if (msg?.type === 'leak-from-worker') { fetch('${probeLeakUrl('background')}').catch(() => {}); return Promise.resolve('ok'); }
  if (msg?.type === 'leak-to-vendor') { fetch('${PROBE_VENDOR_URL}').catch(() => {}); return Promise.resolve('ok'); }
});
`;

/** Writes the probe extension for one browser into `dir` and returns `dir`. */
export function writeProbeExtension(dir: string, browser: BrowserKind): string {
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'e2e harness probe',
    version: '0.0.1',
    host_permissions: ['https://weibo.com/*', 'https://m.weibo.cn/*'],
    content_scripts: [{ matches: ['https://weibo.com/*', 'https://m.weibo.cn/*'], js: ['content.js'], run_at: 'document_start' }],
  };
  if (browser === 'chromium') {
    manifest.background = { service_worker: 'worker.js' };
    manifest.permissions = ['offscreen'];
    writeFileSync(join(dir, 'worker.js'), chromeWorker);
    writeFileSync(join(dir, 'offscreen.html'), '<!doctype html><script src="offscreen.js"></script>');
    // a moment after load: CDP attaches to a new offscreen document within milliseconds, and a
    // request before that is seen only by the proxy, whose hits Chromium's own calls also reach
    writeFileSync(join(dir, 'offscreen.js'), `setTimeout(() => fetch('${probeLeakUrl('offscreen')}').catch(() => {}), 500);`);
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>probe page</title>');
  } else {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = { gecko: { id: 'e2e-probe@child-guard.test', data_collection_permissions: { required: ['none'] } } };
    writeFileSync(join(dir, 'background.js'), firefoxBackground);
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>probe page</title>');
  }
  writeFileSync(join(dir, 'content.js'), content);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
