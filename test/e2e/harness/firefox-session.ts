// Real Firefox ESR with the extension installed as a temporary add-on (puppeteer-core over
// WebDriver BiDi). All proxying is set in prefs, so the background page's requests hit the tripwire
// too; pages are served by BiDi request interception. `--remote-allow-system-access` lets the
// harness drive Gecko's own TextInputProcessor from the browser chrome — the path real IMEs take.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './firefox-devtools.ts';
import { FIREFOX } from './browsers.ts';
import { FIRST_RUN_PAGE, FIRST_RUN_WAIT_MS, SCRATCH } from './paths.ts';
import { INSPECT_NOTICE, INSPECT_SHADOW_ROOT, HOSTILE_PAGE_CLICKS, type DialogView, type NoticeView } from './dialog-view.ts';
import { ServedWeb, servedResponse } from './served-web.ts';
import { snapshotExtension } from './snapshot.ts';
import type { BrowserSession, ImeCommit, SitePage } from './session.ts';
import { startTripwireProxy, type TripwireProxy } from './tripwire-proxy.ts';
import { waitUntil } from './wait.ts';

export { FIREFOX } from './browsers.ts';
/** Fixed moz-extension:// UUID so tests can open the extension's own pages. */
export const FIREFOX_EXTENSION_UUID = '7d4f6a2e-5b1c-4e2a-9c3d-0e1f2a3b4c5d';

interface BidiConnection { send(method: string, params: object): Promise<{ result: any }> }

export const QUIET_FIREFOX: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true, 'network.prefetch-next': false, 'network.predictor.enabled': false,
  'toolkit.telemetry.enabled': false, 'toolkit.telemetry.unified': false, 'toolkit.telemetry.server': '',
  'toolkit.telemetry.archive.enabled': false, 'browser.ping-centre.telemetry': false,
  'app.normandy.enabled': false, 'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false, 'browser.region.update.enabled': false,
  'browser.region.network.url': '', 'extensions.blocklist.enabled': false, 'identity.fxaccounts.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false, 'browser.newtabpage.activity-stream.telemetry': false,
  'browser.discovery.enabled': false, 'extensions.getAddons.showPane': false, 'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.topsites.contile.enabled': false, 'browser.urlbar.quicksuggest.enabled': false,
  'services.settings.poll_interval': 86400 * 365, 'security.remote_settings.crlite_filters.enabled': false,
  'security.OCSP.enabled': 0,
  'dom.push.connection.enabled': false, 'dom.push.serverURL': '', 'browser.safebrowsing.provider.mozilla.updateURL': '',
  'network.trr.mode': 5, 'doh-rollout.disable-heuristics': true,
  // remote settings (blocklists, suggestions…) poll Mozilla's server; release builds honour another
  // server only with MOZ_REMOTE_SETTINGS_DEVTOOLS set in the environment (see launch)
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

export function firefoxPrefs(proxyPort: number, geckoId: string, downloadDir?: string): Record<string, unknown> {
  return {
    // downloads go straight to a folder of the session's, without asking
    ...(downloadDir ? {
      'browser.download.dir': downloadDir, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'image/jpeg,image/png', 'browser.download.panel.shown': true,
    } : {}),
    // optional permissions (a Mastodon server the user adds) are granted without the prompt,
    // which automation cannot answer; the request itself still goes through the browser
    'extensions.webextOptionalPermissionPrompts': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true, 'media.peerconnection.enabled': false,
    // Firefox's own traffic off (puppeteer's defaults cover updates, safe browsing, health
    // reports): what still reaches the proxy is then the add-on's background page
    ...QUIET_FIREFOX,
    'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US, en',
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
  };
}

export class FirefoxSession implements BrowserSession {
  readonly kind = 'firefox' as const;
  private constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    readonly web: ServedWeb,
    private readonly proxy: TripwireProxy,
    /** the private copy of the build this browser installed */
    readonly extensionDir: string,
    readonly downloadDir: string,
    private readonly removeSnapshot: () => void,
    /** port of Firefox's DevTools server, when launched with `devtools: true` */
    readonly devtoolsPort?: number,
  ) {}

  get bidi(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }
  get extensionOrigin(): string {
    return `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  }

  /** `devtools`: also start Firefox's DevTools server, to reach the background page (see firefox-devtools.ts). */
  static async launch(buildDir: string, options: { devtools?: boolean; keepFirstRun?: boolean } = {}): Promise<FirefoxSession> {
    const snapshot = await snapshotExtension(buildDir);
    const extensionDir = snapshot.dir;
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    const geckoId: string = manifest.browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new Error(`${extensionDir}: manifest has no gecko id`);
    const proxy = await startTripwireProxy();
    const web = new ServedWeb(proxy, true);
    const devtoolsPort = options.devtools ? await freePort() : undefined;
    mkdirSync(SCRATCH, { recursive: true });
    const downloadDir = mkdtempSync(join(SCRATCH, 'firefox-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX, headless: true,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      args: ['--remote-allow-system-access', '--width=1280', '--height=900', ...(devtoolsPort ? ['--start-debugger-server', String(devtoolsPort)] : [])],
      extraPrefsFirefox: {
        ...firefoxPrefs(proxy.port, geckoId, downloadDir),
        ...(devtoolsPort ? { 'devtools.debugger.remote-enabled': true, 'devtools.chrome.enabled': true, 'devtools.debugger.prompt-connection': false } : {}),
      },
    });
    const id = await browser.installExtension(extensionDir);
    const session = new FirefoxSession(browser, id, web, proxy, extensionDir, downloadDir, snapshot.remove, devtoolsPort);
    if (!options.keepFirstRun && existsSync(join(extensionDir, FIRST_RUN_PAGE))) {
      const firstRun = await session.openedPage(session.extensionOrigin + FIRST_RUN_PAGE, FIRST_RUN_WAIT_MS).catch(() => null);
      await firstRun?.close();
    }
    return session;
  }

  async newPage(): Promise<FirefoxPage> {
    const page = await this.browser.newPage();
    // plain BiDi, not page.setViewport: puppeteer's also sends a screen-orientation command that
    // Firefox ESR 140 does not know
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await this.bidi.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (!/^https?:/.test(url)) return void req.continue().catch(() => {});
      const served = this.web.answer(url, req.method(), bodyOf(req), `page ${req.frame()?.url() ?? '?'}`);
      if (!served) return void req.abort().catch(() => {});
      const r = servedResponse(served);
      void req.respond({ status: r.status, contentType: r.contentType, body: r.body }).catch(() => {});
    });
    return new FirefoxPage(page, this.bidi);
  }

  /** A tab showing one of the extension's own pages (puppeteer's goto does not settle on
   * moz-extension:// URLs, plain BiDi navigation does). */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await this.bidi.send('browsingContext.navigate', { context, url: this.extensionOrigin + path, wait: 'complete' });
    return page;
  }

  /** Reloads the temporary add-on from the browser chrome, as about:debugging's Reload does. */
  async reloadExtension(): Promise<void> {
    const tree = await this.bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const chrome = tree.result.contexts[0].context as string;
    const script = `(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(${JSON.stringify(this.extensionId)});
      await addon.reload();
      return true;
    })()`;
    const r = await this.bidi.send('script.evaluate', { target: { context: chrome }, expression: script, awaitPromise: true });
    if (r.result.type !== 'success') throw new Error(`reload failed: ${JSON.stringify(r.result)}`);
  }

  async openOwnPage(path: string): Promise<FirefoxPage> {
    return new FirefoxPage(await this.openExtensionPage(path), this.bidi);
  }

  /** Found by BiDi's tree of browsing contexts: puppeteer may still hold the tab's first URL. */
  async openedPage(urlPrefix: string, timeoutMs = 15_000): Promise<FirefoxPage> {
    const page = await waitUntil(async () => {
      const tree = await this.bidi.send('browsingContext.getTree', { maxDepth: 0 });
      const context = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith(urlPrefix))?.context;
      return context ? (await this.browser.pages()).find((p) => (p.mainFrame() as unknown as { _id: string })._id === context) : undefined;
    }, `a tab at ${urlPrefix}`, timeoutMs);
    return new FirefoxPage(page, this.bidi);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.proxy.close();
    this.removeSnapshot();
    rmSync(this.downloadDir, { recursive: true, force: true });
  }
}

export class FirefoxPage implements SitePage {
  readonly kind = 'firefox' as const;
  constructor(readonly page: Page, private readonly bidi: BidiConnection) {}

  private get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(expression, { timeout: timeoutMs, polling: 'raf' });
  }
  async typeText(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.type(text);
  }
  async attachPhoto(selector: string, file: string): Promise<void> {
    const input = await this.page.$(selector);
    if (!input) throw new Error(`no file input ${selector}`);
    await (input as unknown as { uploadFile(...f: string[]): Promise<void> }).uploadFile(file);
  }
  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }
  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }
  async pressCtrlEnter(selector: string): Promise<void> {
    await this.page.focus(selector);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.up('Control');
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  }

  /** Gecko's nsITextInputProcessor, run in the parent process against the browser window: the
   * composition and the Enter reach the page as native IME events do (trusted, isComposing). */
  async imeCommitWithEnter(selector: string, ime: ImeCommit): Promise<void> {
    await this.page.focus(selector);
    const tree = await this.bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const chrome = tree.result.contexts[0].context as string;
    const script = `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      window.gBrowser.selectedBrowser.focus();
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no IME transaction');
      const ctrl = ${ime.ctrl ? 'true' : 'false'};
      if (ctrl) tip.keydown(new KeyboardEvent('keydown', { key: 'Control', code: 'ControlLeft', keyCode: 17 }));
      tip.setPendingCompositionString(${JSON.stringify(ime.preedit)});
      tip.appendClauseToPendingComposition(${ime.preedit.length}, tip.ATTR_RAW_CLAUSE);
      tip.flushPendingComposition();
      tip.keydown(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13 }));
      tip.commitCompositionWith(${JSON.stringify(ime.commit)});
      tip.keyup(new KeyboardEvent('keyup', { key: 'Enter', code: 'Enter', keyCode: 13 }));
      if (ctrl) tip.keyup(new KeyboardEvent('keyup', { key: 'Control', code: 'ControlLeft', keyCode: 17 }));
      return true;
    })()`;
    const r = await this.bidi.send('script.evaluate', { target: { context: chrome }, expression: script, awaitPromise: false });
    if (r.result.type !== 'success') throw new Error(`IME script failed: ${JSON.stringify(r.result)}`);
  }

  /** Every shadow root in the document, closed ones included (BiDi `includeShadowTree: 'all'`). */
  private async shadowRoots(): Promise<string[]> {
    const r = await this.bidi.send('script.evaluate', {
      target: { context: this.context },
      expression: 'Array.from(document.querySelectorAll("*"))',
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 1, maxObjectDepth: 1, includeShadowTree: 'all' },
    });
    const items: { value?: { shadowRoot?: { sharedId: string } | null } }[] = r.result.result?.value ?? [];
    return items.map((n) => n.value?.shadowRoot?.sharedId).filter((x): x is string => !!x);
  }

  private async callOnRoot<T>(sharedId: string, fn: string): Promise<T | null> {
    const r = await this.bidi.send('script.callFunction', {
      target: { context: this.context }, functionDeclaration: fn, this: { sharedId }, awaitPromise: false,
      serializationOptions: { maxObjectDepth: 4 },
    });
    return r.result.type === 'success' ? (fromBidi(r.result.result) as T) : null;
  }

  async dialog(): Promise<DialogView | null> {
    for (const id of await this.shadowRoots()) {
      const v = await this.callOnRoot<DialogView>(id, INSPECT_SHADOW_ROOT);
      if (v) return v;
    }
    return null;
  }

  async inShadowRoots<T>(fn: string): Promise<T | null> {
    for (const id of await this.shadowRoots()) {
      const v = await this.callOnRoot<T>(id, fn);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async screenshot(file: string, fullPage = false): Promise<void> {
    await this.page.screenshot({ path: file as `${string}.png`, fullPage });
  }

  async notices(): Promise<NoticeView[]> {
    const found: NoticeView[] = [];
    for (const id of await this.shadowRoots()) {
      const v = await this.callOnRoot<NoticeView>(id, INSPECT_NOTICE);
      if (v) found.push(v);
    }
    return found;
  }

  async hostileClicksOnDialog(): Promise<number> {
    let n = 0;
    for (const id of await this.shadowRoots()) n += (await this.callOnRoot<number>(id, HOSTILE_PAGE_CLICKS)) ?? 0;
    return n;
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }
}

/** BiDi does not hand request bodies to interception in every browser. */
function bodyOf(req: { postData(): string | undefined }): string | undefined {
  try {
    return req.postData();
  } catch {
    return undefined;
  }
}

/** BiDi remote values → plain JS. */
function fromBidi(v: any): unknown {
  switch (v?.type) {
    case 'undefined': case 'null': return null;
    case 'string': case 'boolean': return v.value;
    case 'number': return typeof v.value === 'number' ? v.value : Number(v.value);
    case 'array': return (v.value ?? []).map(fromBidi);
    case 'object': return Object.fromEntries((v.value ?? []).map(([k, x]: [any, any]) => [typeof k === 'string' ? k : fromBidi(k), fromBidi(x)]));
    default: return v?.value ?? null;
  }
}
