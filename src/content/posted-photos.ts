// The photos of a send that went through belong to that post. They are forgotten once the site
// shows it took the post — from the page's state, never from a timer, so typing the next draft
// at once cannot keep them. Until then they stay checked: a post the site refused keeps them.
import type { SiteAdapter } from '../sites/index.ts';
import type { AttachedPhoto } from './attached-photo.ts';
import type { PhotoStore } from './photo-store.ts';

interface Send {
  box: Element;
  photos: AttachedPhoto[];
  /** what the box showed when the send was let through */
  thumbnails: number | null;
  files: number;
  text: string;
}

const fileCount = (adapter: SiteAdapter, box: Element) => adapter.photoInputs(box).reduce((n, i) => n + (i.files?.length ?? 0), 0);

/** True once the page shows the send was taken; the strongest sign the site gives decides. */
function taken(adapter: SiteAdapter, s: Send): boolean {
  if (!s.box.isConnected) return true; // the box is gone, and the draft with it
  const thumbnails = adapter.photoCount(s.box);
  if (s.thumbnails && thumbnails !== null) return thumbnails === 0;
  // no thumbnails to go by: the file input reset or the text cleared, whichever the box had
  const signs = [
    ...(s.files ? [fileCount(adapter, s.box) === 0] : []),
    ...(s.text.trim() ? [adapter.draftText(s.box).trim() === ''] : []),
  ];
  return signs.length === 0 || signs.includes(true); // nothing to wait for: the photos went with the send
}

export class PostedPhotos {
  private sends = new Map<Element, Send>();

  constructor(private store: PhotoStore) {}

  get waiting(): boolean {
    return this.sends.size > 0;
  }

  /** Call just before the site's own send runs (it may clear the box synchronously). */
  add(adapter: SiteAdapter, box: Element): void {
    const photos = [...this.store.list(box)];
    if (!photos.length) return void this.sends.delete(box);
    this.sends.set(box, { box, photos, thumbnails: adapter.photoCount(box), files: fileCount(adapter, box), text: adapter.draftText(box) });
  }

  /** Forgets the photos of every send the page now shows as taken. */
  settle(adapter: SiteAdapter): void {
    for (const [box, s] of this.sends) {
      if (!taken(adapter, s)) continue;
      this.sends.delete(box);
      this.store.forget(s.photos);
    }
  }
}
