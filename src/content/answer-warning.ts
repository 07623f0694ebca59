// The user's answer to a warning that is on screen (or about to be): "Post anyway", back to
// editing, or the safer copies first — swapped into the post, or saved one download per click
// where the site's controls are not known — after which the user is back at the draft. A swap or
// a save that fails shows the same warning again, saying why, without its button.
import type { SiteAdapter } from '../sites/index.ts';
import type { DialogState, SaferOffer } from '../ui/dialog-state.ts';
import type { AttachedPhoto } from './attached-photo.ts';
import type { CheckOutcome } from './check-draft.ts';
import { openDialog, type DialogContext, type DialogHandle } from './dialog-host.ts';
import { makeSaferCopies, replaceWithSaferCopies, saveCopy, SaferCopyError, saferOffer } from './safer-photos.ts';

export interface Warning {
  ctx: DialogContext;
  adapter: SiteAdapter;
  box: Element;
  photos: readonly AttachedPhoto[];
  draft: string;
  outcome: CheckOutcome;
  /** the "checking…" dialog already on screen, shown the answer in place */
  open: DialogHandle | null;
}

/** Resolves to 'post' when the user chose to post anyway, 'edit' when back at the draft. */
export async function answerWarning(w: Warning): Promise<'post' | 'edit'> {
  const { ctx, outcome } = w;
  let open = w.open;
  /** the first answer goes into the "checking…" dialog when there is one; later ones open anew */
  const show = (state: DialogState): DialogHandle => {
    if (!open) return openDialog(ctx, state);
    const first = open;
    open = null;
    first.show(state);
    return first;
  };
  if (outcome.kind === 'failed') return (await show({ kind: 'failed', why: outcome.why }).choice) === 'post' ? 'post' : 'edit';

  const verdict = (safer: SaferOffer | null, saferError?: string): DialogState =>
    ({ kind: 'verdict', verdict: outcome.verdict, unchecked: outcome.unchecked, draft: w.draft, safer, ...(saferError ? { saferError } : {}) });
  const offer = saferOffer(w.adapter, w.box, w.photos, outcome.plans);
  let shown = show(verdict(offer));
  /** copies made for saving, one download per click (browsers hold back a second one) */
  let toSave: File[] | null = null;
  let saved = 0;
  for (;;) {
    const choice = await shown.choice;
    if (choice === 'post') return 'post';
    if (choice !== 'safer' || !offer) return 'edit';
    try {
      if (offer.swap) {
        await replaceWithSaferCopies(w.adapter, w.box, w.photos, outcome.plans);
        return 'edit';
      }
      toSave ??= await makeSaferCopies(w.photos, outcome.plans);
      saveCopy(toSave[saved++]);
      if (saved >= toSave.length) return 'edit';
      shown = show(verdict({ ...offer, saved }));
    } catch (e) {
      shown = show(verdict(null, ctx.t(e instanceof SaferCopyError ? e.key : 'saferErrCopy')));
    }
  }
}
