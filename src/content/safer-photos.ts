// "Cover faces, remove location": every photo of the box is swapped for a safer copy
// (safer-copy.ts) through the site's own controls — its delete buttons, then its file input — so
// the site uploads and shows the copies as if the user had picked them. Offered when the box's
// photos were all examined. Where the site's controls are not known or do not agree with what we
// hold (X, Bluesky), the copies are saved as downloads instead, for the user to attach.
import type { SiteAdapter } from '../sites/index.ts';
import type { AttachedPhoto } from './attached-photo.ts';
import type { SaferOffer } from '../ui/dialog-state.ts';
import type { MessageKey } from '../ui/i18n.ts';
import type { CoverPlan } from './check-draft.ts';
import { saferCopy } from './safer-copy.ts';
import { attachAsExtension } from './photo-capture.ts';

/** Why the swap stopped, as a message the dialog can show in the user's language. */
export class SaferCopyError extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

export function saferOffer(adapter: SiteAdapter, box: Element, photos: readonly AttachedPhoto[], plans: readonly CoverPlan[]): SaferOffer | null {
  if (photos.length === 0 || plans.length !== photos.length) return null;
  if (plans.some((p) => p === null)) return null;
  const faces = plans.reduce((n, p) => n + p!.faces.length, 0);
  const text = plans.reduce((n, p) => n + p!.text.length, 0);
  const located = plans.filter((p) => p!.located).length;
  if (faces === 0 && text === 0 && located === 0) return null;
  const controls = adapter.photoDeleteControls(box);
  const swap = controls !== null && controls.length === photos.length && adapter.photoInputs(box).length > 0;
  return { faces, text, located, swap, photos: photos.length };
}

/** The safer copy of each photo, in the box's order. */
export async function makeSaferCopies(photos: readonly AttachedPhoto[], plans: readonly CoverPlan[]): Promise<File[]> {
  const copies: File[] = [];
  // one at a time: a 12 MP canvas each is enough in a page's process
  try {
    for (const [i, p] of photos.entries()) copies.push(await saferCopy(p.file, plans[i] ?? { faces: [], text: [] }, `photo-${i + 1}-safer`));
  } catch {
    throw new SaferCopyError('saferErrCopy');
  }
  return copies;
}

/**
 * Saves one copy as a download (the browser's own; nothing leaves the device). One per click:
 * browsers hold back a second download that no click asked for. A data: URL, not a blob: one, as
 * Firefox does not download a blob a content script made; the link sits in a closed shadow root
 * (page scripts cannot open it) for the moment of the click.
 */
export function saveCopy(copy: File): void {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  (document.body ?? document.documentElement).append(host);
  const reader = new FileReader();
  reader.onload = () => {
    const link = Object.assign(document.createElement('a'), { href: reader.result as string, download: copy.name });
    root.append(link);
    link.click();
    host.remove();
  };
  reader.onerror = () => host.remove();
  reader.readAsDataURL(copy);
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = performance.now() + ms; !test(); ) {
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, 16));
  }
  return true;
}

function fileLists(files: File[], multiple: boolean): FileList[] {
  return (multiple ? [files] : files.map((f) => [f])).map((batch) => {
    const dt = new DataTransfer();
    for (const f of batch) dt.items.add(f);
    return dt.files;
  });
}

/**
 * Makes every copy first, then deletes the box's photos and attaches the copies. Throws (with the
 * draft as it was) when a copy cannot be made or the box changed under us.
 */
export async function replaceWithSaferCopies(adapter: SiteAdapter, box: Element, photos: readonly AttachedPhoto[], plans: readonly CoverPlan[]): Promise<void> {
  const copies = await makeSaferCopies(photos, plans);
  const input = adapter.photoInputs(box)[0];
  if (!input || !box.isConnected) throw new SaferCopyError('saferErrChanged');
  const attach = (files: File[]) => {
    for (const list of fileLists(files, input.multiple)) attachAsExtension(input, list);
  };
  try {
    new DataTransfer(); // a browser that cannot build file lists fails here, before any change
  } catch {
    throw new SaferCopyError('saferErrSite');
  }
  let deleted = 0;
  try {
    for (let left = photos.length; left > 0; left--, deleted++) {
      const controls = adapter.photoDeleteControls(box) ?? [];
      if (controls.length !== left) throw new SaferCopyError('saferErrChanged');
      controls[left - 1].click();
      if (!(await until(() => (adapter.photoDeleteControls(box)?.length ?? 0) < left, 2000))) throw new SaferCopyError('saferErrSite');
    }
  } finally {
    // whatever was deleted comes back, as its copy: no photo the user picked is lost
    if (deleted > 0) attach(copies.slice(photos.length - deleted));
  }
}
