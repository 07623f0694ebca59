// The extension's OCR thread in real Chromium: its built worker script, cores and language data
// (from the Chrome build), on a local page, spoken to with the thread's own messages
// (src/vision/core/ocr-thread.ts): the OCR bench times a reading there as it does in Node.
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../test/e2e/harness/chromium-session.ts';
import { DIST_CHROME, REPO } from '../../test/e2e/harness/paths.ts';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { browserOcrStart } from '../../src/vision/browser/tesseract.ts';

const PAGE = `<!doctype html><script>
let worker, nextId = 1;
const call = (message, transfer = []) => new Promise((resolve, reject) => {
  const id = message.id ?? nextId++;
  const listener = (e) => {
    if (e.data?.id !== id) return;
    worker.removeEventListener('message', listener);
    e.data.ok ? resolve(e.data.result) : reject(new Error(e.data.error));
  };
  worker.addEventListener('message', listener);
  worker.postMessage({ ...message, id }, transfer);
});
window.start = async (workerUrl, start) => {
  worker = new Worker(workerUrl);
  const started = call({ id: 0 });
  worker.postMessage(start);
  await started;
  for (const i of window.count) {
    const bytes = new Uint8Array(await (await fetch('/picture/' + i)).arrayBuffer());
    await call({ type: 'picture', name: 'p' + i, bytes }, [bytes.buffer]);
  }
};
window.recognize = (lang, psm, i) => call({ type: 'read', request: { lang, picture: 'p' + i, mode: psm } });
</script>`;

export interface ChromiumTesseract {
  recognize(lang: string, psm: string, picture: number): Promise<void>;
  close(): Promise<void>;
}

export async function chromiumTesseract(pictures: Buffer[]): Promise<ChromiumTesseract> {
  if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const server = await serve(pictures);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  await page.evaluate((n) => { (window as unknown as { count: number[] }).count = Array.from({ length: n }, (_, i) => i); }, pictures.length);
  // the core the extension would pick in this browser (browser/tesseract.ts makes the same call)
  const support = await page.evaluate(async () => {
    const detect = await import('/wasm-feature-detect.js' as string) as { simd(): Promise<boolean>; relaxedSimd(): Promise<boolean> };
    return { simd: await detect.simd(), relaxedSimd: await detect.relaxedSimd() };
  });
  const start = browserOcrStart((path) => `/${path}`, support);
  const workerScript = readdirSync(join(DIST_CHROME, 'assets')).find((f) => f.startsWith('ocr-worker-'));
  if (!workerScript) throw new Error('no OCR worker in the Chrome build');
  await page.evaluate(([url, s]) => (window as never as { start: (...a: unknown[]) => Promise<void> }).start(url, s), [`/assets/${workerScript}`, start] as const);
  return {
    recognize: async (lang, psm, i) => {
      await page.evaluate(([l, p, n]) => (window as never as { recognize: (...a: unknown[]) => Promise<unknown> }).recognize(l, p, n), [lang, psm, i] as const);
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

function serve(pictures: Buffer[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = url === '/' ? null
      : url === '/wasm-feature-detect.js' ? join(REPO, 'node_modules/wasm-feature-detect/dist/esm/index.js')
        : url.startsWith('/vendor/') || url.startsWith('/assets/') ? join(DIST_CHROME, url) : undefined;
    if (url.startsWith('/picture/')) return res.end(pictures[Number(url.slice('/picture/'.length))]);
    if (file === null) return res.setHeader('content-type', 'text/html').end(PAGE);
    try {
      if (!file || file.includes('..')) throw new Error('not served');
      res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream').end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
