// Real Debian Chromium with the extension loaded (playwright-core, persistent context), every
// off-machine request answered by ServedWeb or aborted and counted, plus a side CDP connection
// (puppeteer-core) that watches the extension's offscreen document, which playwright does not see.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type CDPSession as PptrCDPSession, type Target } from 'puppeteer-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { INSPECT_NOTICE, INSPECT_SHADOW_ROOT, HOSTILE_PAGE_CLICKS, type DialogView, type NoticeView } from './dialog-view.ts';
import { CHROMIUM } from './browsers.ts';
import { FIRST_RUN_PAGE, FIRST_RUN_WAIT_MS, SCRATCH } from './paths.ts';
import { ServedWeb, servedResponse } from './served-web.ts';
import { snapshotExtension } from './snapshot.ts';
import type { BrowserSession, ImeCommit, SitePage } from './session.ts';
import { startTripwireProxy, type TripwireProxy } from './tripwire-proxy.ts';
import { waitUntil } from './wait.ts';

export { CHROMIUM } from './browsers.ts';

/** Chromium's own traffic off: background networking, component updates, sync, pings, domain
 * reliability, phishing checks, optimisation hints, media router, variations, default apps. */
export const QUIET_CHROMIUM = [
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pings',
  '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--disable-default-apps',
  '--disable-component-extensions-with-background-pages', '--disable-breakpad', '--metrics-recording-only',
  '--no-default-browser-check', '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions',
  '--variations-server-url=http://127.0.0.1:9/', '--google-base-url=http://127.0.0.1:9/',
];

/** The recipe from platform-notes, plus the tripwire proxy and a DevTools port for the side channel. */
export function chromiumArgs(extensionDir: string, proxyPort: number, lang = 'en-US'): string[] {
  return [
    '--headless=new', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', ...QUIET_CHROMIUM, '--disable-dev-shm-usage',
    `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp', '--remote-debugging-port=0', `--lang=${lang}`,
    // lets updateExtension() load the build again over DevTools, as an update does
    '--enable-unsafe-extension-debugging',
  ];
}

export class ChromiumSession implements BrowserSession {
  readonly kind = 'chromium' as const;
  /** extension contexts other than the service worker (offscreen document), via the side channel */
  readonly extensionTargets: { url: string; type: string; session: PptrCDPSession }[] = [];

  private constructor(
    readonly context: BrowserContext,
    private currentWorker: Worker,
    readonly side: PuppeteerBrowser,
    readonly web: ServedWeb,
    private readonly proxy: TripwireProxy,
    /** the browser's profile directory (unique per session) */
    readonly profile: string,
    /** the private copy of the build this browser loaded */
    readonly extensionDir: string,
    private readonly removeSnapshot: () => void,
  ) {}

  /** the extension's service worker (a new one after updateExtension) */
  get worker(): Worker {
    return this.currentWorker;
  }

  get extensionId(): string {
    return new URL(this.worker.url()).host;
  }
  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}/`;
  }

  /** `lang`: the browser's UI language (the extension's dialog and report channels follow it). */
  static async launch(buildDir: string, options: { lang?: string; keepFirstRun?: boolean } = {}): Promise<ChromiumSession> {
    const lang = options.lang ?? 'en-US';
    const snapshot = await snapshotExtension(buildDir);
    const extensionDir = snapshot.dir;
    const proxy = await startTripwireProxy();
    const web = new ServedWeb(proxy, false);
    mkdirSync(SCRATCH, { recursive: true });
    const profile = mkdtempSync(join(SCRATCH, 'chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: lang,
      viewport: { width: 1280, height: 900 },
      args: chromiumArgs(extensionDir, proxy.port, lang),
    });
    context.setDefaultTimeout(30_000);
    await context.route('**/*', async (route) => {
      const req = route.request();
      const url = req.url();
      if (!/^https?:/.test(url)) return route.continue();
      const sw = req.serviceWorker();
      const from = sw ? `service-worker ${sw.url()}` : `page ${req.frame()?.url() ?? '?'}`;
      if (sw && sw.url().startsWith('chrome-extension://')) {
        web.extensionRequests.push({ url, from });
        return route.abort();
      }
      const served = web.answer(url, req.method(), req.postData() ?? undefined, from);
      if (!served) return route.abort();
      const r = servedResponse(served);
      return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
    });
    const worker = await extensionWorker(context, extensionDir);
    const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').trim().split('\n');
    const side = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
    const session = new ChromiumSession(context, worker, side, web, proxy, profile, extensionDir, snapshot.remove);
    await session.watchExtensionTargets();
    if (!options.keepFirstRun && existsSync(join(extensionDir, FIRST_RUN_PAGE))) {
      const firstRun = await session.openedPage(session.extensionOrigin + FIRST_RUN_PAGE, FIRST_RUN_WAIT_MS).catch(() => null);
      await firstRun?.close();
    }
    return session;
  }

  /** Network-watch every extension context that is not a tab or the worker (offscreen document). */
  private async watchExtensionTargets(): Promise<void> {
    const origin = `chrome-extension://${this.extensionId}/`;
    const watched = new Set<Target>();
    const watch = async (t: Target) => {
      // a new offscreen document has no URL yet: watch it from the start, so a request it makes
      // while loading is not missed, and attribute each request by its document
      if (watched.has(t) || !(t.url().startsWith(origin) || t.url() === '') || t.type() === 'page' || t.type() === 'service_worker') return;
      watched.add(t);
      const session = await t.createCDPSession();
      this.extensionTargets.push({ get url() { return t.url(); }, type: t.type(), session });
      session.on('Network.requestWillBeSent', (e: { request: { url: string }; documentURL?: string }) => {
        const ours = t.url().startsWith(origin) || (e.documentURL ?? '').startsWith(origin);
        if (ours && !e.request.url.startsWith(origin) && !/^(data|blob):/.test(e.request.url)) {
          this.web.extensionRequests.push({ url: e.request.url, from: t.url() });
        }
      });
      await session.send('Network.enable');
      // attaching pauses a new worker (waitForDebuggerOnStart): without this the OCR worker never starts
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
    };
    // an offscreen document shows up with an empty URL first, then changes
    this.side.on('targetcreated', (t: Target) => void watch(t).catch(() => {}));
    this.side.on('targetchanged', (t: Target) => void watch(t).catch(() => {}));
    for (const t of this.side.targets()) await watch(t).catch(() => {});
  }

  /** The offscreen document's CDP session, once it exists. */
  async offscreen(timeoutMs = 15_000): Promise<PptrCDPSession> {
    const t = await waitUntil(async () => this.extensionTargets.find((x) => /offscreen/.test(x.url)), 'the offscreen document', timeoutMs);
    return t.session;
  }

  /** downloads are saved here under their suggested names (playwright would keep them under GUIDs) */
  get downloadDir(): string {
    return join(this.profile, 'Downloads-e2e');
  }

  async newPage(): Promise<ChromiumPage> {
    const page = await this.context.newPage();
    page.on('download', (d) => {
      mkdirSync(this.downloadDir, { recursive: true });
      void d.saveAs(join(this.downloadDir, d.suggestedFilename())).catch(() => {});
    });
    return new ChromiumPage(page, await this.context.newCDPSession(page));
  }

  /** `chrome.runtime.reload()` in the service worker, as an update does: Chromium leaves the old
   * content script in open tabs, cut off from the extension. Resolves once the old worker is gone.
   * (A command-line extension does not come back in this browser: use a session of its own.) */
  async reloadExtension(): Promise<void> {
    const old = this.worker;
    const closed = new Promise<void>((resolve) => old.once('close', () => resolve()));
    await old.evaluate('chrome.runtime.reload()').catch(() => {}); // the worker goes away mid-call
    await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
  }

  /** Loads the extension's files again as Chrome's own update does: the extension comes back at
   *  once with a new service worker (onInstalled: "update"), and open tabs keep the old content
   *  script, cut off. DevTools' Extensions.loadUnpacked, over playwright's pipe connection. */
  async updateExtension(): Promise<void> {
    const old = this.currentWorker;
    const cdp = await this.context.browser()!.newBrowserCDPSession();
    try {
      await cdp.send('Extensions.loadUnpacked' as never, { path: this.extensionDir } as never);
    } finally {
      await cdp.detach().catch(() => {});
    }
    this.currentWorker = await waitUntil(
      async () => this.context.serviceWorkers().find((w) => w !== old && w.url().startsWith(this.extensionOrigin)) ?? null,
      'the updated extension\'s service worker', 30_000,
    );
  }

  async openOwnPage(path: string): Promise<ChromiumPage> {
    const page = await this.newPage();
    await page.goto(this.extensionOrigin + path);
    return page;
  }

  async openedPage(urlPrefix: string, timeoutMs = 15_000): Promise<ChromiumPage> {
    const page = await waitUntil(async () => this.context.pages().find((p) => p.url().startsWith(urlPrefix)), `a tab at ${urlPrefix}`, timeoutMs);
    return new ChromiumPage(page, await this.context.newCDPSession(page));
  }

  async close(): Promise<void> {
    await this.side.disconnect().catch(() => {});
    await this.context.close().catch(() => {});
    await this.proxy.close();
    rmSync(this.profile, { recursive: true, force: true });
    this.removeSnapshot();
  }
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** The extension's service worker; on a loaded machine it may not have started yet, so wake it by
 * opening one of the extension's own files. */
async function extensionWorker(context: BrowserContext, dir: string): Promise<Worker> {
  const origin = `chrome-extension://${unpackedExtensionId(dir)}/`;
  const found = () => context.serviceWorkers().find((w) => w.url().startsWith(origin));
  const waiting = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin), timeout: 60_000 });
  waiting.catch(() => {}); // not awaited when the worker is already there
  if (found()) return found()!;
  const early = await Promise.race([waiting, new Promise<null>((r) => setTimeout(() => r(null), 3_000))]);
  if (early) return early;
  const page = await context.newPage();
  await page.goto(`${origin}manifest.json`).catch(() => {});
  const worker = found() ?? (await waiting);
  await page.close();
  return worker;
}

export class ChromiumPage implements SitePage {
  readonly kind = 'chromium' as const;
  constructor(readonly page: Page, readonly cdp: CDPSession) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(expression, undefined, { timeout: timeoutMs, polling: 'raf' });
  }
  async typeText(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).first().click();
    await this.page.keyboard.insertText(text);
  }
  async attachPhoto(selector: string, file: string): Promise<void> {
    await this.page.locator(selector).first().setInputFiles(file);
  }
  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }
  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }
  async pressCtrlEnter(selector: string): Promise<void> {
    await this.page.locator(selector).first().focus();
    await this.page.keyboard.press('Control+Enter');
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** What a real IME does in Chromium: the composition is set on the focused field (compositionstart/
   * update), the Enter that picks the candidate arrives as a keydown with keyCode 229 while the
   * composition is active (Blink sets isComposing itself), then the text is committed
   * (compositionend + input), then the Enter keyup. All through CDP Input, i.e. the renderer's
   * input pipeline, the same path platform IMEs use. */
  async imeCommitWithEnter(selector: string, ime: ImeCommit): Promise<void> {
    await this.page.locator(selector).first().focus();
    const modifiers = ime.ctrl ? 2 : 0;
    await this.cdp.send('Input.imeSetComposition', { text: ime.preedit, selectionStart: ime.preedit.length, selectionEnd: ime.preedit.length });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers, key: 'Process', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await this.cdp.send('Input.insertText', { text: ime.commit });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
  }

  /** Shadow roots of every mode, found with CDP's piercing DOM walk, each as a main-world object. */
  private async shadowRoots(): Promise<string[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: number[] = [];
    const walk = (n: CdpNode) => {
      for (const s of n.shadowRoots ?? []) { found.push(s.backendNodeId); walk(s); }
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    const ids: string[] = [];
    for (const backendNodeId of found) {
      const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId?: string } };
      if (object.objectId) ids.push(object.objectId);
    }
    return ids;
  }

  /** the non-null answers of `fn` run on each shadow root (`this` = the root), up to `max` */
  private async shadowRootAnswers<T>(fn: string, max = Infinity): Promise<T[]> {
    const found: T[] = [];
    for (const objectId of await this.shadowRoots()) {
      const { result } = (await this.cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value?: T | null } };
      if (result.value) found.push(result.value);
      if (found.length >= max) break;
    }
    return found;
  }

  async dialog(): Promise<DialogView | null> {
    return (await this.shadowRootAnswers<DialogView>(INSPECT_SHADOW_ROOT, 1))[0] ?? null;
  }

  notices(): Promise<NoticeView[]> {
    return this.shadowRootAnswers<NoticeView>(INSPECT_NOTICE);
  }

  /** The dialog as Chromium's accessibility tree (what a screen reader gets) shows it. */
  async accessibleDialog(): Promise<{ role: string; name: string; buttons: string[] } | null> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    // the extension's alert dialog first: the site may have dialogs of its own (Bluesky's composer)
    const dlg = nodes.find((n) => !n.ignored && n.role?.value === 'alertdialog') ?? nodes.find((n) => !n.ignored && n.role?.value === 'dialog');
    if (!dlg) return null;
    const buttons: string[] = [];
    const walk = (n: AxNode) => {
      if (n.role?.value === 'button' && !n.ignored) buttons.push(String(n.name?.value ?? ''));
      for (const c of n.childIds ?? []) { const k = byId.get(c); if (k) walk(k); }
    };
    walk(dlg);
    return { role: String(dlg.role?.value), name: String(dlg.name?.value ?? ''), buttons };
  }

  async inShadowRoots<T>(fn: string): Promise<T | null> {
    for (const objectId of await this.shadowRoots()) {
      const { result } = (await this.cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value?: T | null } };
      if (result.value !== undefined && result.value !== null) return result.value;
    }
    return null;
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async screenshot(file: string, fullPage = false): Promise<void> {
    await this.page.screenshot({ path: file, fullPage });
  }

  async hostileClicksOnDialog(): Promise<number> {
    let fired = 0;
    for (const objectId of await this.shadowRoots()) {
      const { result } = (await this.cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: HOSTILE_PAGE_CLICKS, returnByValue: true })) as { result: { value?: number } };
      fired += result.value ?? 0;
    }
    return fired;
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }
}

interface CdpNode { backendNodeId: number; children?: CdpNode[]; shadowRoots?: CdpNode[] }
interface AxNode { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: unknown }; childIds?: string[] }
