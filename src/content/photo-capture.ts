// Sees each photo the moment it is attached — file input `change`, paste, drop — because the
// sites upload photos right away, long before Send. Capture phase on window: before the site.
import type { SiteAdapter } from '../sites/index.ts';
import { isPhotoFile } from './attached-photo.ts';
import type { PhotoStore } from './photo-store.ts';

export function capturePhotos(site: () => SiteAdapter | null, store: PhotoStore, signal?: AbortSignal): void {
  const attach = (target: EventTarget | null, files: FileList | null | undefined, loose: 'drop' | 'input' | null = null) => {
    const photos = [...(files ?? [])].filter(isPhotoFile);
    const adapter = photos.length ? site() : null;
    if (!adapter || !(target instanceof Node)) return;
    let box = adapter.boxOf(target);
    if (!box && (loose === 'drop' || (loose === 'input' && adapter.photosFromOutside))) {
      // a drop on the page (not on a box), or a picker the site made in <body>: the only compose box
      const boxes = adapter.findBoxes(document);
      box = boxes.length === 1 ? boxes[0] : null;
    }
    if (box) store.add(box, photos, adapter.photoCount(box) !== 0);
  };

  window.addEventListener('change', (e) => {
    const input = e.target;
    // copy the list now: the site empties `input.value` right after reading it
    if (input instanceof HTMLInputElement && input.type === 'file') attach(input, input.files, 'input');
  }, { capture: true, signal });
  window.addEventListener('paste', (e) => attach(e.target, e.clipboardData?.files), { capture: true, signal });
  window.addEventListener('drop', (e) => attach(e.target, e.dataTransfer?.files, 'drop'), { capture: true, signal });
}
