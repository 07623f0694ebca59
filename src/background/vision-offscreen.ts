// Chrome: a service worker cannot start Web Workers (OCR needs them), so the models live in an
// offscreen document, created on the first photo and closed again when idle (offscreen-host.ts).
import { isFromOurExtension, parseVisionReply, type VisionAnalyzeMessage } from '../messages.ts';
import type { VisionClient } from './vision-client.ts';
import { OffscreenHost, VISION_IDLE } from './offscreen-host.ts';

export const OFFSCREEN_PATH = 'src/offscreen/offscreen.html';

async function offscreenExists(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  return contexts.length > 0;
}

const host = new OffscreenHost({
  exists: offscreenExists,
  create: () => chrome.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['WORKERS' as chrome.offscreen.Reason],
    justification: 'Finds faces and reads text in photos the user attaches, on the device (Web Workers + WebAssembly).',
  }),
  close: () => chrome.offscreen.closeDocument(),
});

/** Listens for the document's idle reports. Call at start-up (a report may wake the worker). */
export function closeOffscreenWhenIdle(): void {
  const origin = new URL(chrome.runtime.getURL('/')).origin;
  const documentUrl = chrome.runtime.getURL(OFFSCREEN_PATH);
  chrome.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender) => {
    const fromDocument = isFromOurExtension(sender, chrome.runtime.id, origin) && sender.url === documentUrl;
    if (fromDocument && (message as { type?: unknown } | null)?.type === VISION_IDLE) void host.idle();
    return undefined;
  });
}

export const offscreenVision: VisionClient = {
  analyze({ id, name, mime, base64 }) {
    return host.use(async () => {
      const message: VisionAnalyzeMessage = { type: 'vision:analyze', id, name, mime, data: base64 };
      const reply = parseVisionReply(await chrome.runtime.sendMessage(message));
      if (!reply) throw new Error('no answer from the photo checker');
      if (!reply.ok) throw new Error(reply.error);
      return { ...reply.facts, id };
    });
  },
};
