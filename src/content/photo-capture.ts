// Sees each photo the moment it is attached — file input `change`, paste, drop — because the
// sites upload photos right away, long before Send. Capture phase on window: before the site.
// Only the user's own attach counts: a page script can dispatch a `change` with any file it made
// (a DataTransfer), which is not a photo the user picked and must not cost the analysis anything.
import type { SiteAdapter } from '../sites/index.ts';
import { photosByContent } from './attached-photo.ts';
import type { PhotoStore } from './photo-store.ts';

/** `change` events this content script dispatched itself (safer copies put in the site's input) */
const ownEvents = new WeakSet<Event>();

/** Puts `files` in the site's file input as a pick would, and captures them like one. */
export function attachAsExtension(input: HTMLInputElement, files: FileList): void {
  input.files = files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const change = new Event('change', { bubbles: true });
  ownEvents.add(change);
  input.dispatchEvent(change);
}

export function capturePhotos(site: () => SiteAdapter | null, store: PhotoStore, signal?: AbortSignal): void {
  const attach = (event: Event, target: EventTarget | null, files: FileList | null | undefined, loose: 'drop' | 'input' | null = null) => {
    if (!event.isTrusted && !ownEvents.has(event)) return;
    const picked = [...(files ?? [])];
    const adapter = picked.length ? site() : null;
    if (!adapter || !(target instanceof Node)) return;
    let box = adapter.boxOf(target);
    if (!box && (loose === 'drop' || (loose === 'input' && adapter.photosFromOutside))) {
      // a drop on the page (not on a box), or a picker the site made in <body>: the only compose box
      const boxes = adapter.findBoxes(document);
      box = boxes.length === 1 ? boxes[0] : null;
    }
    if (!box) return;
    const into = box;
    const mayAdopt = adapter.photoCount(into) !== 0;
    const photos = photosByContent(picked);
    if (Array.isArray(photos)) store.add(into, photos, mayAdopt);
    else void photos.then((found) => { if (found.length) store.add(into, found, mayAdopt); });
  };

  window.addEventListener('change', (e) => {
    const input = e.target;
    // copy the list now: the site empties `input.value` right after reading it
    if (input instanceof HTMLInputElement && input.type === 'file') attach(e, input, input.files, 'input');
  }, { capture: true, signal });
  window.addEventListener('paste', (e) => attach(e, e.target, e.clipboardData?.files), { capture: true, signal });
  window.addEventListener('drop', (e) => attach(e, e.target, e.dataTransfer?.files, 'drop'), { capture: true, signal });
}
