// Chrome: the analysis document as an offscreen document (one per extension, found by its URL).
import { ANALYSIS_DOCUMENT_PATH, type OffscreenDeps } from './offscreen-host.ts';

export const offscreenDocument: OffscreenDeps = {
  async exists() {
    const url = chrome.runtime.getURL(ANALYSIS_DOCUMENT_PATH);
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
    return contexts.length > 0;
  },
  create: () => chrome.offscreen.createDocument({
    url: ANALYSIS_DOCUMENT_PATH,
    reasons: ['WORKERS' as chrome.offscreen.Reason],
    justification: 'Finds faces and reads text in photos the user attaches, on the device (Web Workers + WebAssembly).',
  }),
  close: () => chrome.offscreen.closeDocument(),
};
