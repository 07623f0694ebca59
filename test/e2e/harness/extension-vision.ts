// Runs the extension's own photo analysis inside the real browsers, for the cross-host check:
// - Chromium: from the service worker, the same message the background sends (`vision:analyze`)
//   to the offscreen document, created with the same URL the background uses. The real path.
// - Firefox: the build's analyzer module (src/vision/browser.ts as built into dist/firefox) runs in
//   the add-on's real background page, reached through Firefox's DevTools server. Firefox's
//   background router only answers content scripts and keeps facts to itself, so there is no
//   message the harness could send it to get PhotoFacts back.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { PhotoFacts } from '../../../src/analysis/types.ts';
import { OFFSCREEN_PATH } from '../../../src/background/vision-offscreen.ts';
import type { ChromiumSession } from './chromium-session.ts';
import { FirefoxDevtools } from './firefox-devtools.ts';
import type { FirefoxSession } from './firefox-session.ts';

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif' };

export interface PhotoPayload { id: string; name: string; mime: string; data: string }

export function photoPayload(file: string): PhotoPayload {
  const bytes = readFileSync(file);
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    name: basename(file),
    mime: MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    data: bytes.toString('base64'),
  };
}

type VisionReply = { ok: true; facts: PhotoFacts } | { ok: false; error: string };

/** Chromium: service worker → offscreen document, `vision:analyze`. */
export async function analyzeInChromium(session: ChromiumSession, file: string): Promise<PhotoFacts> {
  const msg = { type: 'vision:analyze', ...photoPayload(file) };
  // plain source, not a transpiled function: tsx/esbuild helpers do not exist in the worker
  const reply = (await session.worker.evaluate(`(async () => {
    const path = ${JSON.stringify(OFFSCREEN_PATH)};
    const url = chrome.runtime.getURL(path);
    const open = async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0;
    if (!(await open())) {
      await chrome.offscreen.createDocument({ url: path, reasons: ['WORKERS'], justification: 'e2e cross-host check' })
        .catch(async (e) => { if (!(await open())) throw e; });
    }
    return chrome.runtime.sendMessage(${JSON.stringify(msg)});
  })()`)) as VisionReply;
  if (!reply?.ok) throw new Error(`offscreen analysis failed: ${JSON.stringify(reply)}`);
  return reply.facts;
}

/** The built chunk of src/vision/browser.ts in a dist folder (its export name survives the build). */
export function visionChunk(dist: string): string {
  const dir = join(dist, 'assets');
  const hit = readdirSync(dir).find((f) => f.endsWith('.js') && /export\s*\{[^}]*\bas createBrowserPhotoAnalyzer\b/.test(readFileSync(join(dir, f), 'utf8').slice(-2000)));
  if (!hit) throw new Error(`no built vision chunk (createBrowserPhotoAnalyzer) in ${dir}`);
  return `/assets/${hit}`;
}

/** Firefox: the analyzer module of the build, run inside the add-on's real background page (the
 * context that hosts the extension's own analyzer), reached through Firefox's DevTools server. */
export class FirefoxVision {
  private constructor(
    private readonly devtools: FirefoxDevtools,
    private readonly console: string,
    /** the OS process of the background page */
    readonly pid: number,
  ) {}

  static async open(session: FirefoxSession): Promise<FirefoxVision> {
    if (!session.devtoolsPort) throw new Error('launch Firefox with { devtools: true } for the background page');
    const devtools = await FirefoxDevtools.connect(session.devtoolsPort);
    const { consoleActor: console, pid } = await devtools.backgroundPage(session.extensionId);
    const chunk = visionChunk(session.extensionDir);
    await devtools.evaluateAsync(console, `{
      const m = await import(${JSON.stringify(chunk)});
      globalThis.__e2eAnalyzer = await m.createBrowserPhotoAnalyzer({ assetUrl: (p) => browser.runtime.getURL(p) });
      return location.href;
    }`);
    return new FirefoxVision(devtools, console, pid);
  }

  async analyze(file: string): Promise<PhotoFacts> {
    const p = photoPayload(file);
    const facts = await this.devtools.evaluateAsync<PhotoFacts>(this.console, `{
      const bytes = Uint8Array.from(atob(${JSON.stringify(p.data)}), (c) => c.charCodeAt(0));
      return globalThis.__e2eAnalyzer.analyze(bytes, { name: ${JSON.stringify(p.name)}, mime: ${JSON.stringify(p.mime)} });
    }`);
    return { ...facts, id: p.id };
  }

  close(): void {
    this.devtools.close();
  }
}
