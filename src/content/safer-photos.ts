// "Blur faces and remove location": every photo of the box is swapped for a safer copy
// (safer-copy.ts) through the site's own controls — its delete buttons, then its file input — so
// the site uploads and shows the copies as if the user had picked them. Only offered when the
// box's photos were all examined and the site's controls are known and agree with what we hold.
import type { SiteAdapter } from '../sites/index.ts';
import type { AttachedPhoto } from './attached-photo.ts';
import type { SaferOffer } from '../ui/dialog-state.ts';
import type { MessageKey } from '../ui/i18n.ts';
import type { CoverPlan } from './check-draft.ts';
import { saferCopy } from './safer-copy.ts';


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
  if (!controls || controls.length !== photos.length || adapter.photoInputs(box).length === 0) return null;
  return { faces, text, located };
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
  const copies: File[] = [];
  // one at a time: a 12 MP canvas each is enough in a page's process
  try {
    for (const [i, p] of photos.entries()) copies.push(await saferCopy(p.file, plans[i] ?? { faces: [], text: [] }, `photo-${i + 1}`));
  } catch {
    throw new SaferCopyError('saferErrCopy');
  }
  const input = adapter.photoInputs(box)[0];
  if (!input || !box.isConnected) throw new SaferCopyError('saferErrChanged');
  const attach = (files: File[]) => {
    for (const list of fileLists(files, input.multiple)) {
      input.files = list;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
  try {
    fileLists(copies, input.multiple); // a browser that cannot build file lists fails here, before any change
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
