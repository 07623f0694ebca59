// Firefox: the analysis document as a frame of the event page. Running the models in the event
// page itself would keep their wasm heaps for as long as the page lives; a frame can be removed.
import browser from 'webextension-polyfill';
import { ANALYSIS_DOCUMENT_PATH, type OffscreenDeps } from './offscreen-host.ts';

/** A frame whose document has not loaded by then is treated as failed (and removed). */
const LOAD_TIMEOUT_MS = 15_000;

const documentUrl = () => browser.runtime.getURL(ANALYSIS_DOCUMENT_PATH);
const findFrame = () => [...document.querySelectorAll('iframe')].find((f) => f.src === documentUrl()) ?? null;

export const analysisFrame: OffscreenDeps = {
  async exists() {
    return findFrame() !== null;
  },
  create() {
    return new Promise<void>((resolve, reject) => {
      const frame = document.createElement('iframe');
      const timer = setTimeout(() => { frame.remove(); reject(new Error('the photo checker did not load')); }, LOAD_TIMEOUT_MS);
      // a module script runs before `load`, so its message listener is in place by then
      frame.addEventListener('load', () => { clearTimeout(timer); resolve(); }, { once: true });
      frame.src = documentUrl();
      (document.body ?? document.documentElement).append(frame);
    });
  },
  async close() {
    findFrame()?.remove();
  },
};
