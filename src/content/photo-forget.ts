// Forgets photos that leave the draft: the user clicks a thumbnail's delete control, or the site
// empties the box (after posting). Only does work while some box holds photos.
import type { SiteAdapter } from '../sites/index.ts';
import type { PhotoStore } from './photo-store.ts';

export interface PhotoWatch {
  /** compare the boxes' thumbnails with their photos now (also done on every DOM change) */
  sweep(): void;
}

export function forgetRemovedPhotos(site: () => SiteAdapter | null, store: PhotoStore): PhotoWatch {
  window.addEventListener('click', (e) => {
    if (store.boxes().length === 0) return;
    const hit = site()?.removedPhotoIndex(e.target);
    if (hit) store.removeAt(hit.box, hit.index);
  }, true);

  const shown = new Map<Element, number>();
  const sweep = () => {
    if (store.boxes().length === 0) return;
    const adapter = site();
    if (!adapter) return;
    for (const box of store.boxes()) {
      if (!box.isConnected) continue;
      const count = adapter.photoCount(box);
      if (count === null) continue;
      // only a box whose thumbnails we have seen is "emptied": a photo just picked may not show yet
      if (count === 0 && (shown.get(box) ?? 0) > 0) store.clear(box);
      shown.set(box, count);
    }
  };
  // synchronously after each change, so a Send right after the site cleared the box sees it cleared
  new MutationObserver(sweep).observe(document, { childList: true, subtree: true });
  return { sweep };
}

/** After a send went through: once the site has emptied the box, its photos are gone too. */
export function forgetAfterSend(adapter: SiteAdapter, box: Element, store: PhotoStore, waitMs = 30_000): void {
  const start = Date.now();
  const timer = setInterval(() => {
    const emptied = !box.isConnected || (adapter.draftText(box).trim() === '' && (adapter.photoCount(box) ?? 0) === 0);
    if (emptied) store.clear(box);
    if (emptied || Date.now() - start > waitMs) clearInterval(timer);
  }, 300);
}
