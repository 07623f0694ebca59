// Which photos are attached to which compose box, in attach order (the order the site shows
// them). Photos the user deletes, or the site clears after posting, are forgotten here and in
// the background. Nothing is kept beyond the page's life.
import { AttachedPhoto } from './attached-photo.ts';
import { forgetPhotos } from './background-client.ts';

export class PhotoStore {
  private byBox = new Map<Element, AttachedPhoto[]>();

  /** `mayAdopt`: see `list` */
  add(box: Element, files: File[], mayAdopt = true): void {
    const list = this.list(box, mayAdopt);
    for (const f of files) list.push(new AttachedPhoto(f));
    this.byBox.set(box, list);
  }

  /**
   * The box's photos. A box the site rendered again inherits the photos of its vanished twin —
   * when `mayAdopt` (the new box shows photos, or the site's thumbnails are unknown). Otherwise
   * the vanished box's photos are gone with it (the page moved on without posting them).
   */
  list(box: Element, mayAdopt = true): AttachedPhoto[] {
    const own = this.byBox.get(box);
    if (own) return own;
    for (const [old, photos] of this.byBox) {
      if (old.isConnected) continue;
      this.byBox.delete(old);
      if (mayAdopt) {
        this.byBox.set(box, photos);
        return photos;
      }
      void this.release(photos);
    }
    return [];
  }

  boxes(): Element[] {
    return [...this.byBox.keys()];
  }

  removeAt(box: Element, index: number): void {
    const list = this.list(box);
    const [gone] = list.splice(index, 1);
    if (gone) void this.release([gone]);
  }

  /** Drops these photos from whichever box holds them now (the box may have been rendered again). */
  forget(photos: readonly AttachedPhoto[]): void {
    const gone = new Set(photos);
    const held: AttachedPhoto[] = [];
    for (const [box, list] of this.byBox) {
      const kept = list.filter((p) => !gone.has(p));
      if (kept.length === list.length) continue;
      held.push(...list.filter((p) => gone.has(p)));
      this.byBox.set(box, kept);
    }
    if (held.length) void this.release(held);
  }

  clear(box: Element): void {
    const list = this.byBox.get(box);
    this.byBox.delete(box);
    if (list?.length) void this.release(list);
  }

  /** Tell the background to drop photos no box holds any more. */
  private async release(photos: AttachedPhoto[]): Promise<void> {
    const stillHeld = new Set<AttachedPhoto>([...this.byBox.values()].flat());
    const keepIds = new Set(await Promise.all([...stillHeld].map((p) => p.id)));
    const ids: string[] = [];
    for (const p of photos) {
      p.dispose();
      const id = await p.id;
      if (id && !keepIds.has(id)) ids.push(id);
    }
    forgetPhotos(ids);
  }
}
