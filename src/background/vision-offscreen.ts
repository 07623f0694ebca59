// Chrome: a service worker cannot start Web Workers (OCR needs them), so the models live in an
// offscreen document, created on the first photo and reused.
import { parseVisionReply, type VisionAnalyzeMessage } from '../messages.ts';
import type { VisionClient } from './vision-client.ts';

export const OFFSCREEN_PATH = 'src/offscreen/offscreen.html';

let creating: Promise<void> | null = null;

async function offscreenExists(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  return contexts.length > 0;
}

export async function ensureOffscreen(): Promise<void> {
  if (await offscreenExists()) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Finds faces and reads text in photos the user attaches, on the device (Web Workers + WebAssembly).',
    })
    .catch(async (e) => {
      if (!(await offscreenExists())) throw e; // a concurrent call created it first
    })
    .finally(() => { creating = null; });
  await creating;
}

export const offscreenVision: VisionClient = {
  async analyze({ id, name, mime, base64 }) {
    await ensureOffscreen();
    const message: VisionAnalyzeMessage = { type: 'vision:analyze', id, name, mime, data: base64 };
    const reply = parseVisionReply(await chrome.runtime.sendMessage(message));
    if (!reply) throw new Error('no answer from the photo checker');
    if (!reply.ok) throw new Error(reply.error);
    return { ...reply.facts, id };
  },
};
