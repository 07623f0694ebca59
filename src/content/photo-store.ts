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

  /**
   * Ties each photo of the box to the thumbnail the site shows for it (`sources`, in the site's
   * order), so a delete forgets the photo it was meant for wherever the site put it (newest
   * first, reordered). New thumbnails go to the photos not yet tied, in attach order — reversed
   * when they appeared before the tied ones (a site that shows the newest first).
   */
  bindSources(box: Element, sources: readonly (string | null)[]): void {
    const list = this.byBox.get(box);
    if (!list?.length) return;
    const tied = (src: string | null) => src !== null && list.some((p) => p.source === src);
    const fresh = sources.filter((src): src is string => src !== null && !tied(src));
    if (!fresh.length) return;
    // the site drew its thumbnails anew with new URLs: those photos are tied again
    const showing = new Set(sources);
    for (const p of list) if (p.source !== null && !showing.has(p.source)) p.source = null;
    const untied = list.filter((p) => p.source === null);
    const firstTied = sources.findIndex(tied);
    const newestFirst = firstTied >= 0 && sources.indexOf(fresh[0]) < firstTied;
    (newestFirst ? [...fresh].reverse() : fresh).slice(0, untied.length).forEach((src, i) => { untied[i].source = src; });
  }

  /**
   * The user deleted the photo the site shows at `index`, with that `source`. Forgotten by its
   * source; by its place in attach order only where the site's thumbnails give no sources. A
   * source tied to no photo forgets nothing: checking a photo too many is safe, one too few is not.
   */
  removeShown(box: Element, index: number, source: string | null): void {
    const list = this.list(box);
    const bySource = source === null ? -1 : list.findIndex((p) => p.source === source);
    const at = bySource >= 0 ? bySource : list.some((p) => p.source !== null) ? -1 : index;
    if (at < 0) return;
    const [gone] = list.splice(at, 1);
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
