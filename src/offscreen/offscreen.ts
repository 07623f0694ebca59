// Chrome offscreen document: hosts the photo models for the service worker. The listener is
// registered synchronously, before any await, so the first vision:analyze is never missed.
import browser, { type Runtime } from 'webextension-polyfill';
import { parseOffscreenMessage, type VisionAnalyzeReply } from '../messages.ts';
import { fromBase64 } from '../background/bytes.ts';
import { photoAnalyzer } from '../background/load-analyzer.ts';

const origin = new URL(browser.runtime.getURL('/')).origin;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const m = parseOffscreenMessage(message, sender, browser.runtime.id, origin);
  if (!m) return undefined;
  return (async (): Promise<VisionAnalyzeReply> => {
    try {
      const facts = await (await photoAnalyzer()).analyze(fromBase64(m.data), { name: m.name, mime: m.mime });
      return { ok: true, facts: { ...facts, id: m.id } };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  })();
});
