// Stops Send — click, Ctrl/Cmd+Enter, form submit — before the site sees it (capture phase on
// window, registered at document_start), asks for the verdict, and either lets the send through
// (benign) or shows the dialog. "Post anyway" lets exactly that send through by clicking the
// site's own button once; key events are never replayed. "Cover faces, remove location" swaps the
// photos for safer copies (or saves them, where the site's controls are not known) and goes back
// to editing: the next Send checks what the post then holds.
import type { Locale } from '../analysis/types.ts';
import type { SiteAdapter } from '../sites/index.ts';
import type { Translate } from '../ui/i18n.ts';
import type { ReportRegion } from '../ui/locale.ts';
import { checkDraft, DEFAULT_LIMITS, type CheckLimits } from './check-draft.ts';
import { openDialog, type DialogHandle } from './dialog-host.ts';
import type { PhotoStore } from './photo-store.ts';
import { answerWarning } from './answer-warning.ts';

export interface GuardOptions {
  site: () => SiteAdapter | null;
  store: PhotoStore;
  t: Translate;
  locale: Locale;
  region: ReportRegion;
  limits?: CheckLimits;
  /** show "checking…" only when the verdict is not there by then */
  checkingDelayMs?: number;
  /** brings the photo lists up to date with the page before a check */
  beforeCheck?: () => void;
  /** a send of `box` is about to be let through (its photos go with that post) */
  sending?: (adapter: SiteAdapter, box: Element) => void;
  /** the user paused checking on this site: Send goes out unchecked */
  paused?: () => Promise<boolean>;
}

export function guardSends(o: GuardOptions): void {
  const limits = o.limits ?? DEFAULT_LIMITS;
  /** the box whose send we are letting through right now (our own synchronous click) */
  let releasing: Element | null = null;
  /** the check running for each box; a second press while it runs changes nothing */
  const running = new Map<Element, object>();

  const block = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  function releaseVia(adapter: SiteAdapter, box: Element, act: () => void): () => void {
    return () => {
      o.sending?.(adapter, box); // before the site's handler, which may empty the box at once
      releasing = box;
      try {
        act();
      } finally {
        releasing = null;
      }
    };
  }

  async function decide(adapter: SiteAdapter, box: Element, release: () => void): Promise<void> {
    if (running.has(box)) return;
    const check = {};
    running.set(box, check);
    const finish = () => { if (running.get(box) === check) running.delete(box); };
    try {
      if (await o.paused?.()) return release();
      o.beforeCheck?.();
      const photos = [...o.store.list(box, adapter.photoCount(box) !== 0)];
      const ctx = { t: o.t, region: o.region, photos };
      let dialog: DialogHandle | null = null;
      let stillChecking = true;
      let gaveUp = false;
      const checking = setTimeout(() => {
        dialog = openDialog(ctx, { kind: 'checking' });
        // "Go back" while checking: back to editing at once; a new Send starts a new check
        void dialog.choice.then(() => {
          if (!stillChecking) return; // the answer to the verdict, handled below
          gaveUp = true;
          finish();
          adapter.draftField(box)?.focus();
        });
      }, o.checkingDelayMs ?? 150);
      const draft = adapter.draftText(box);
      const outcome = await checkDraft(draft, photos, o.locale, o.t, limits, adapter.photoCount(box));
      clearTimeout(checking);
      if (gaveUp) return;
      stillChecking = false;

      const open = dialog as DialogHandle | null;
      if (outcome.kind === 'verdict' && outcome.verdict.level === 'none' && outcome.unchecked.length === 0) {
        open?.close();
        return release();
      }
      if ((await answerWarning({ ctx, adapter, box, photos, draft, outcome, open })) === 'post') return release();
      adapter.draftField(box)?.focus();
    } finally {
      finish();
    }
  }

  window.addEventListener('click', (e) => {
    const adapter = o.site();
    const hit = adapter?.sendTargetAt(e.target);
    if (!adapter || !hit || releasing === hit.box || adapter.isSendDisabled(hit.button)) return;
    block(e);
    void decide(adapter, hit.box, releaseVia(adapter, hit.box, () => hit.button.click()));
  }, true);

  window.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.isComposing || e.keyCode === 229) return;
    const adapter = o.site();
    if (!adapter?.isSendShortcut(e)) return;
    const box = adapter.boxOf(e.target as Node);
    const button = box && adapter.sendButton(box);
    if (!box || !button || releasing === box || adapter.isSendDisabled(button)) return;
    block(e);
    void decide(adapter, box, releaseVia(adapter, box, () => button.click()));
  }, true);

  window.addEventListener('submit', (e) => {
    const adapter = o.site();
    const form = e.target;
    if (!adapter || !(form instanceof HTMLFormElement)) return;
    const box = adapter.findBoxes(document).find((b) => form.contains(b) || b.contains(form));
    if (!box || releasing === box) return;
    block(e);
    const button = adapter.sendButton(box);
    void decide(adapter, box, releaseVia(adapter, box, () => (button ? button.click() : form.requestSubmit())));
  }, true);
}
