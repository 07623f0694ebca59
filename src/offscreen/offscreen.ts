// The analysis document: hosts the photo models for the background (Chrome: as an offscreen
// document; Firefox: as a frame of the event page). The listener is registered synchronously,
// before any await, so the first vision:analyze is never missed. After a minute without jobs it
// asks the background to close it: only that frees the wasm heaps.
import browser, { type Runtime } from 'webextension-polyfill';
import { parseOffscreenMessage, type VisionAnalyzeReply } from '../messages.ts';
import { photoAnalyzer } from '../background/load-analyzer.ts';
import { VISION_IDLE } from '../background/offscreen-host.ts';
import { IdleReport } from './idle-report.ts';

const origin = new URL(browser.runtime.getURL('/')).origin;
const idle = new IdleReport(() => {
  browser.runtime.sendMessage({ type: VISION_IDLE }).catch(() => { /* no answer is expected */ });
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const m = parseOffscreenMessage(message, sender, browser.runtime.id, origin);
  if (!m) return undefined;
  return idle.run(async (): Promise<VisionAnalyzeReply> => {
    try {
      const facts = await (await photoAnalyzer()).analyze(m.data, { name: m.name, mime: m.mime });
      return { ok: true, facts: { ...facts, id: m.id } };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  });
});
