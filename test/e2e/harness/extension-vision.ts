// Runs the extension's own photo analysis inside the real browsers, for the cross-host check:
// - Chromium: from the service worker, the same message the background sends (`vision:analyze`)
//   to the offscreen document, created with the same URL the background uses. The real path.
// - Firefox: from the add-on's real background page (Firefox's DevTools server), the same message
//   to the analysis frame. The background router only answers content scripts and keeps facts to
//   itself, so the harness sends the background's own message instead.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { PhotoFacts } from '../../../src/analysis/types.ts';
import { ANALYSIS_DOCUMENT_PATH } from '../../../src/background/offscreen-host.ts';
import type { ChromiumSession } from './chromium-session.ts';
import { FirefoxDevtools } from './firefox-devtools.ts';
import type { FirefoxSession } from './firefox-session.ts';

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif' };

/** A photo as the harness carries it into the browser: base64 inside the evaluated script; the
 *  script turns it back into bytes (`IN_BROWSER_BYTES`) before the extension's part starts. */
interface PhotoPayload { id: string; name: string; mime: string; data: string }

const IN_BROWSER_BYTES = 'msg.data = Uint8Array.fromBase64(msg.data);';

function photoPayload(file: string): PhotoPayload {
  const bytes = readFileSync(file);
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    name: basename(file),
    mime: MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    data: bytes.toString('base64'),
  };
}

type VisionReply = { ok: true; facts: PhotoFacts } | { ok: false; error: string };

/** A photo's facts and how long the extension took, timed inside the browser: from the message's
 *  start (for a cold photo: the analysis document's creation) to its reply, without the harness's
 *  own transfer of the photo into the browser (a 5.5 MB script for a 12 MP photo: 0.2–0.3 s). */
export interface TimedFacts { facts: PhotoFacts; ms: number }

/** Chromium: service worker → offscreen document, `vision:analyze`. */
export async function analyzeInChromium(session: ChromiumSession, file: string): Promise<PhotoFacts> {
  return (await analyzeTimedInChromium(session, file)).facts;
}

export async function analyzeTimedInChromium(session: ChromiumSession, file: string): Promise<TimedFacts> {
  const msg = { type: 'vision:analyze', ...photoPayload(file) };
  // plain source, not a transpiled function: tsx/esbuild helpers do not exist in the worker
  const { reply, ms } = (await session.worker.evaluate(`(async () => {
    const msg = ${JSON.stringify(msg)};
    ${IN_BROWSER_BYTES}
    const started = performance.now();
    const path = ${JSON.stringify(ANALYSIS_DOCUMENT_PATH)};
    const url = chrome.runtime.getURL(path);
    const open = async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0;
    if (!(await open())) {
      await chrome.offscreen.createDocument({ url: path, reasons: ['WORKERS'], justification: 'e2e cross-host check' })
        .catch(async (e) => { if (!(await open())) throw e; });
    }
    const reply = await chrome.runtime.sendMessage(msg);
    return { reply, ms: performance.now() - started };
  })()`)) as { reply: VisionReply; ms: number };
  if (!reply?.ok) throw new Error(`offscreen analysis failed: ${JSON.stringify(reply)}`);
  return { facts: reply.facts, ms };
}

/** Firefox: from the add-on's real background page (reached through Firefox's DevTools server),
 * the same message the background sends (`vision:analyze`) to the analysis frame, opened with the
 * same URL the background uses (it finds a frame already open by that URL). The real path. */
export class FirefoxVision {
  private constructor(
    private readonly devtools: FirefoxDevtools,
    private readonly console: string,
    private readonly memory: string,
    /** the OS process of the background page */
    readonly pid: number,
  ) {}

  static async open(session: FirefoxSession): Promise<FirefoxVision> {
    if (!session.devtoolsPort) throw new Error('launch Firefox with { devtools: true } for the background page');
    const devtools = await FirefoxDevtools.connect(session.devtoolsPort);
    const { consoleActor: console, memoryActor, pid } = await devtools.backgroundPage(session.extensionId);
    return new FirefoxVision(devtools, console, memoryActor, pid);
  }

  /** Whether the analysis frame is open in the background page. */
  frameOpen(): Promise<boolean> {
    return this.devtools.evaluateAsync<boolean>(this.console, `{
      const url = browser.runtime.getURL(${JSON.stringify(ANALYSIS_DOCUMENT_PATH)});
      return [...document.querySelectorAll('iframe')].some((f) => f.src === url);
    }`);
  }

  async analyze(file: string): Promise<PhotoFacts> {
    return (await this.analyzeTimed(file)).facts;
  }

  async analyzeTimed(file: string): Promise<TimedFacts> {
    const msg = { type: 'vision:analyze', ...photoPayload(file) };
    const { reply, ms } = await this.devtools.evaluateAsync<{ reply: VisionReply; ms: number }>(this.console, `{
      const msg = ${JSON.stringify(msg)};
      ${IN_BROWSER_BYTES}
      const started = performance.now();
      const url = browser.runtime.getURL(${JSON.stringify(ANALYSIS_DOCUMENT_PATH)});
      if (![...document.querySelectorAll('iframe')].some((f) => f.src === url)) {
        await new Promise((resolve) => {
          const frame = document.createElement('iframe');
          frame.addEventListener('load', resolve, { once: true });
          frame.src = url;
          (document.body ?? document.documentElement).append(frame);
        });
      }
      const reply = await browser.runtime.sendMessage(msg);
      return { reply, ms: performance.now() - started };
    }`);
    if (!reply?.ok) throw new Error(`analysis frame failed: ${JSON.stringify(reply)}`);
    return { facts: reply.facts, ms };
  }

  /** A full garbage and cycle collection of the background page's process (DevTools' memory
   *  actor): what stays is what the add-on holds, not garbage Firefox has not collected yet. */
  async collectGarbage(): Promise<void> {
    for (const type of ['forceGarbageCollection', 'forceCycleCollection', 'forceGarbageCollection']) await this.devtools.request(this.memory, type);
  }

  close(): void {
    this.devtools.close();
  }
}
