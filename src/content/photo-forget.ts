// Forgets photos that leave the draft: the user clicks a thumbnail's delete control, the site
// empties the box, or a send the extension let through has been taken by the site. Only does
// work while some box holds photos.
import type { SiteAdapter } from '../sites/index.ts';
import type { PhotoStore } from './photo-store.ts';
import { PostedPhotos } from './posted-photos.ts';

export interface PhotoWatch {
  /** compare the boxes with their photos now (also done on every DOM change and user input) */
  sweep(): void;
  /** a send of `box` is about to be let through: the photos it holds now go with that post */
  sending(adapter: SiteAdapter, box: Element): void;
}

/** How long a box's thumbnails must stay away before its photos count as removed. */
export const EMPTIED_SETTLE_MS = 600;

/** Events that come before the user changes a draft: the site's clearing is seen first. */
const BEFORE_USER_EDIT = ['pointerdown', 'focusin', 'keydown', 'beforeinput', 'paste', 'drop', 'change'] as const;

export function forgetRemovedPhotos(site: () => SiteAdapter | null, store: PhotoStore, signal?: AbortSignal): PhotoWatch {
  window.addEventListener('click', (e) => {
    if (store.boxes().length === 0) return;
    const adapter = site();
    const hit = adapter?.removedPhotoIndex(e.target);
    if (!adapter || !hit) return;
    const sources = adapter.photoSources(hit.box);
    if (sources) store.bindSources(hit.box, sources);
    store.removeShown(hit.box, hit.index, sources?.[hit.index] ?? null);
  }, { capture: true, signal });

  const posted = new PostedPhotos(store);
  const shown = new Map<Element, number>();
  /** boxes whose thumbnails went away, waiting to see whether they stay away */
  const emptied = new Map<Element, ReturnType<typeof setTimeout>>();
  const confirmEmptied = (box: Element) => {
    emptied.delete(box);
    const adapter = site();
    if (box.isConnected && adapter?.photoCount(box) === 0) store.clear(box);
  };
  const sweep = () => {
    if (store.boxes().length === 0 && !posted.waiting) return;
    const adapter = site();
    if (!adapter) return;
    posted.settle(adapter);
    for (const box of store.boxes()) {
      if (!box.isConnected) continue;
      const count = adapter.photoCount(box);
      if (count === null) continue;
      const sources = adapter.photoSources(box);
      if (sources) store.bindSources(box, sources);
      // only a box whose thumbnails we have seen is "emptied": a photo just picked may not show
      // yet; and only once it stays empty, since a site that draws its list anew passes through
      // an empty frame (the site's own sign that it posted is handled by PostedPhotos)
      if (count > 0) {
        clearTimeout(emptied.get(box));
        emptied.delete(box);
      } else if ((shown.get(box) ?? 0) > 0 && !emptied.has(box)) {
        emptied.set(box, setTimeout(() => confirmEmptied(box), EMPTIED_SETTLE_MS));
      }
      shown.set(box, count);
    }
  };
  // synchronously after each change, so a Send right after the site cleared the box sees it cleared
  const observer = new MutationObserver(sweep);
  observer.observe(document, { childList: true, subtree: true });
  signal?.addEventListener('abort', () => {
    observer.disconnect();
    for (const timer of emptied.values()) clearTimeout(timer);
  });
  // a cleared textarea makes no DOM change: look before the user's next edit could hide it
  for (const type of BEFORE_USER_EDIT) window.addEventListener(type, () => { if (posted.waiting) sweep(); }, { capture: true, signal });
  return { sweep, sending: (adapter, box) => posted.add(adapter, box) };
}
