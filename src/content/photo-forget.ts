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

/** Events that come before the user changes a draft: the site's clearing is seen first. */
const BEFORE_USER_EDIT = ['pointerdown', 'focusin', 'keydown', 'beforeinput', 'paste', 'drop', 'change'] as const;

export function forgetRemovedPhotos(site: () => SiteAdapter | null, store: PhotoStore, signal?: AbortSignal): PhotoWatch {
  window.addEventListener('click', (e) => {
    if (store.boxes().length === 0) return;
    const hit = site()?.removedPhotoIndex(e.target);
    if (hit) store.removeAt(hit.box, hit.index);
  }, { capture: true, signal });

  const posted = new PostedPhotos(store);
  const shown = new Map<Element, number>();
  const sweep = () => {
    if (store.boxes().length === 0 && !posted.waiting) return;
    const adapter = site();
    if (!adapter) return;
    posted.settle(adapter);
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
  const observer = new MutationObserver(sweep);
  observer.observe(document, { childList: true, subtree: true });
  signal?.addEventListener('abort', () => observer.disconnect());
  // a cleared textarea makes no DOM change: look before the user's next edit could hide it
  for (const type of BEFORE_USER_EDIT) window.addEventListener(type, () => { if (posted.waiting) sweep(); }, { capture: true, signal });
  return { sweep, sending: (adapter, box) => posted.add(adapter, box) };
}
