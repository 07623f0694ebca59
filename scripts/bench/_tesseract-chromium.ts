// tesseract.js in real Chromium with the extension's own worker, cores and language data (from the
// Chrome build), on a local page: the OCR bench times recognize() there as it does in Node.
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../test/e2e/harness/chromium-session.ts';
import { DIST_CHROME, REPO } from '../../test/e2e/harness/paths.ts';
import { distIsStale } from '../../test/e2e/global-setup.ts';
import { VENDOR, tesseractCoreScript } from '../../src/vision/asset-paths.ts';

const PAGE = `<!doctype html><script src="/tesseract.min.js"></script><script>
let worker;
window.start = async (lang, psm, vendor) => {
  await worker?.terminate();
  worker = await Tesseract.createWorker(lang, 1, {
    workerPath: vendor.tesseractWorker, corePath: vendor.core, langPath: vendor.tesseractLangDir,
    workerBlobURL: false, cacheMethod: 'none', gzip: true,
  });
  await worker.setParameters({ tessedit_pageseg_mode: psm, preserve_interword_spaces: '1' });
  window.pictures = await Promise.all(window.count.map(async (i) => new Uint8Array(await (await fetch('/picture/' + i)).arrayBuffer())));
};
window.recognize = async (i) => { await worker.recognize(window.pictures[i], {}, { text: true }); };
</script>`;

export interface ChromiumTesseract {
  start(lang: string, psm: string): Promise<void>;
  recognize(picture: number): Promise<void>;
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
  const vendor = { tesseractWorker: `/${VENDOR.tesseractWorker}`, core: `/${tesseractCoreScript(support)}`, tesseractLangDir: `/${VENDOR.tesseractLangDir}` };
  return {
    start: (lang, psm) => page.evaluate(([l, p, v]) => (window as never as { start: (...a: unknown[]) => Promise<void> }).start(l, p, v), [lang, psm, vendor] as const),
    recognize: (i) => page.evaluate((n) => (window as never as { recognize: (n: number) => Promise<void> }).recognize(n), i),
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
      : url === '/tesseract.min.js' ? join(REPO, 'node_modules/tesseract.js/dist/tesseract.min.js')
        : url === '/wasm-feature-detect.js' ? join(REPO, 'node_modules/wasm-feature-detect/dist/esm/index.js')
        : url.startsWith('/vendor/') ? join(DIST_CHROME, url) : undefined;
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
