// The analysis document (src/offscreen/offscreen.html) hosts the photo models in both browsers:
// Chrome opens it as an offscreen document (a service worker cannot start the Web Workers OCR
// needs), Firefox as a frame of its background page. Either way it opens on the first photo and
// closes when it reports a minute without jobs: only closing it gives back tfjs' and tesseract's
// wasm heaps, which never shrink.
import browser, { type Runtime } from 'webextension-polyfill';
import { isFromOurExtension, parseVisionReply, type VisionAnalyzeMessage } from '../messages.ts';
import { ANALYSIS_DOCUMENT_PATH, OffscreenHost, VISION_IDLE, type OffscreenDeps } from './offscreen-host.ts';
import type { VisionClient } from './vision-client.ts';

/** A vision client that runs each photo in the analysis document, opened and closed by `deps`.
 *  Call synchronously at start-up: an idle report may be what wakes the background. */
export function documentVision(deps: OffscreenDeps): VisionClient {
  const host = new OffscreenHost(deps);
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const documentUrl = browser.runtime.getURL(ANALYSIS_DOCUMENT_PATH);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const fromDocument = isFromOurExtension(sender, browser.runtime.id, origin) && sender.url === documentUrl;
    if (fromDocument && (message as { type?: unknown } | null)?.type === VISION_IDLE) void host.idle();
    return undefined;
  });
  return {
    analyze({ id, name, mime, bytes }) {
      return host.use(async () => {
        const message: VisionAnalyzeMessage = { type: 'vision:analyze', id, name, mime, data: bytes };
        const reply = parseVisionReply(await browser.runtime.sendMessage(message));
        if (!reply) throw new Error('no answer from the photo checker');
        if (!reply.ok) throw new Error(reply.error);
        return { ...reply.facts, id };
      });
    },
  };
}
