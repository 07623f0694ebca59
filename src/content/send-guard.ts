// Stops Send — click, Ctrl/Cmd+Enter, form submit — before the site sees it (capture phase on
// window, registered at document_start), asks for the verdict, and either lets the send through
// (benign) or shows the dialog. The pointer, mouse and touch events that lead to a click on Send
// are kept from the site too, so a site that posts on pointerdown cannot post before the check.
// "Post anyway" lets exactly that send through by clicking the site's own button once (found
// again: the site may have rendered it anew); key events are never replayed. When that click
// does not post (the site ignores synthetic clicks), the user is told to press Send themselves
// and that one press goes through. "Cover faces, remove location" swaps the photos for safer
// copies (or saves them) and goes back to editing: the next Send checks what the post then holds.
// Every path ends in a verdict or a visible notice; an extension that is gone (lifetime.ts)
// stops nothing.
import type { Locale } from '../analysis/types.ts';
import type { SiteAdapter } from '../sites/index.ts';
import type { Translate } from '../ui/i18n.ts';
import type { ReportRegion } from '../ui/locale.ts';
import { checkDraft, DEFAULT_LIMITS, type CheckLimits } from './check-draft.ts';
import { openDialog, type DialogHandle } from './dialog-host.ts';
import type { Lifetime } from './lifetime.ts';
import { showNotice, type Notice } from './notice.ts';
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
  /** how long a released send may take to show on the page before the user is asked to press Send */
  postedWithinMs?: number;
  /** brings the photo lists up to date with the page before a check */
  beforeCheck?: () => void;
  /** a send of `box` is about to be let through (its photos go with that post) */
  sending?: (adapter: SiteAdapter, box: Element) => void;
  /** the content script's lifetime: its signal removes every listener; absent, it never ends */
  life?: Lifetime;
  /** the user paused checking on this site: Send goes out unchecked */
  paused?: () => Promise<boolean>;
}

/** What comes before a click on Send; a site may post on any of them. Not cancelled (that would
 *  cancel the click too on touch screens), only kept from the site until the check allows it. */
const PRESS_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend'] as const;

export function guardSends(o: GuardOptions): void {
  const limits = o.limits ?? DEFAULT_LIMITS;
  const signal = o.life?.signal;
  const alive = () => o.life?.check() ?? true;
  /** the box whose send we are letting through right now (our own synchronous click) */
  let releasing: Element | null = null;
  /** the check running for each box; a second press while it runs changes nothing */
  const running = new Map<Element, object>();
  /** one press of the user's own that goes through unchecked: that box, with that draft */
  let userPress: { box: Element; draft: string; notice: Notice } | null = null;

  const block = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  /** the box as it is now: the site may have rendered it again while the dialog was open */
  const currentBox = (adapter: SiteAdapter, box: Element, draft: string): Element | null =>
    box.isConnected ? box : (adapter.findBoxes(document).find((b) => adapter.draftText(b) === draft) ?? null);

  /** The user's own press after "press Send yourself": trusted, on that box, with that draft. */
  function passesAsUserPress(adapter: SiteAdapter, box: Element, e: Event, consume: boolean): boolean {
    const u = userPress;
    if (!u || !e.isTrusted || (u.box !== box && u.box.isConnected) || adapter.draftText(box) !== u.draft) return false;
    if (consume) {
      u.notice.close();
      userPress = null;
      o.sending?.(adapter, box);
      // the press goes on to the site; a submit it causes comes right after, in the same task
      releasing = box;
      setTimeout(() => { if (releasing === box) releasing = null; }, 0);
    }
    return true;
  }

  let pausedNotice: Notice | null = null;

  function askUserToPress(adapter: SiteAdapter, box: Element, draft: string, key: 'noticePressSend' | 'noticeDialogRemoved'): void {
    userPress?.notice.close();
    const u = (userPress = { box, draft, notice: showNotice(o.t(key), o.t('noticeClose')) });
    adapter.draftField(box)?.focus();
    // a site slower than we waited may post after all (the draft goes): then the notice is wrong,
    // and goes; only strong signs count here, as focusing the draft may restyle the box
    void postedWithin(adapter, box, draft, 60_000, false).then((taken) => {
      if (!taken || userPress !== u) return;
      u.notice.close();
      userPress = null;
    });
  }

  /** Resolves true once the page shows the send was taken: the box went, its draft changed, or
   *  (`anyChange`) anything in it changed (sites disable Send or show progress at once). */
  function postedWithin(adapter: SiteAdapter, box: Element, draft: string, ms: number, anyChange = true): Promise<boolean> {
    return new Promise((resolve) => {
      let changed = false;
      const watch = new MutationObserver(() => { changed = true; });
      if (anyChange) watch.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
      const started = performance.now();
      const look = () => {
        const taken = changed || !box.isConnected || adapter.draftText(box) !== draft;
        if (taken || performance.now() - started > ms || signal?.aborted) {
          watch.disconnect();
          resolve(taken);
        } else setTimeout(look, 50);
      };
      setTimeout(look, 0);
    });
  }

  /** Lets the checked send through by clicking the site's own Send once (found again: the site
   *  may have rendered it anew); asks the user to press Send when that did not post. */
  function release(adapter: SiteAdapter, checked: Element, draft: string, submit: (() => void) | null): void {
    const box = currentBox(adapter, checked, draft);
    if (!box) return; // the draft is gone from the page: nothing left to send
    const button = adapter.sendButton(box);
    o.sending?.(adapter, box); // before the site's handler, which may empty the box at once
    const posted = postedWithin(adapter, box, draft, o.postedWithinMs ?? 2000);
    releasing = box;
    try {
      if (button) button.click();
      else submit?.();
    } finally {
      releasing = null;
    }
    void posted.then((taken) => { if (!taken && !signal?.aborted) askUserToPress(adapter, box, draft, 'noticePressSend'); });
  }

  async function decide(adapter: SiteAdapter, box: Element, submit: (() => void) | null = null): Promise<void> {
    if (running.has(box)) return;
    const check = {};
    running.set(box, check);
    const finish = () => { if (running.get(box) === check) running.delete(box); };
    let dialog: DialogHandle | null = null;
    const draft = adapter.draftText(box);
    try {
      if (await o.paused?.()) {
        // the user's own choice, but never a silent pass: the page says this post went unchecked
        pausedNotice?.close();
        pausedNotice = showNotice(o.t('noticePausedSend'), o.t('noticeClose'));
        return release(adapter, box, draft, submit);
      }
      o.beforeCheck?.();
      const photos = [...o.store.list(box, adapter.photoCount(box) !== 0)];
      const ctx = { t: o.t, region: o.region, photos, gone: () => askUserToPress(adapter, box, draft, 'noticeDialogRemoved') };
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
      const outcome = await checkDraft(draft, photos, o.locale, o.t, limits, adapter.photoCount(box));
      clearTimeout(checking);
      if (gaveUp) return;
      stillChecking = false;

      const open = dialog as DialogHandle | null;
      if (outcome.kind === 'failed' && outcome.lost && o.life?.lost(new Error('context invalidated'), true)) {
        open?.close(); // the extension is gone: its notice says so, the next press goes through
        return;
      }
      if (outcome.kind === 'verdict' && outcome.verdict.level === 'none' && outcome.unchecked.length === 0) {
        open?.close();
        return release(adapter, box, draft, submit);
      }
      if ((await answerWarning({ ctx, adapter, box, photos, draft, outcome, open })) === 'post') return release(adapter, box, draft, submit);
      adapter.draftField(box)?.focus();
    } catch (e) {
      // never a held send with nothing on screen: whatever broke, the user gets the press back
      (dialog as DialogHandle | null)?.close();
      if (!o.life?.lost(e, true)) askUserToPress(adapter, box, draft, 'noticeDialogRemoved');
    } finally {
      finish();
    }
  }

  const listen = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, fn, { capture: true, signal });

  /** the Send control an event is on, when the press should be checked (else null: let it be) */
  function pressedSend(e: Event): { adapter: SiteAdapter; box: Element; button: HTMLElement } | null {
    const adapter = o.site();
    const hit = adapter?.sendTargetAt(e.target);
    if (!adapter || !hit || releasing === hit.box || adapter.isSendDisabled(hit.button)) return null;
    if (passesAsUserPress(adapter, hit.box, e, e.type === 'click')) return null;
    return alive() ? { adapter, ...hit } : null; // an extension that is gone stops nothing
  }

  for (const type of PRESS_EVENTS) listen(type, (e) => { if (pressedSend(e)) e.stopImmediatePropagation(); });

  listen('click', (e) => {
    const hit = pressedSend(e);
    if (!hit) return;
    block(e);
    void decide(hit.adapter, hit.box);
  });

  listen('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.isComposing || e.keyCode === 229) return;
    const adapter = o.site();
    if (!adapter?.isSendShortcut(e)) return;
    const box = adapter.boxOf(e.target as Node);
    const button = box && adapter.sendButton(box);
    if (!box || !button || releasing === box || adapter.isSendDisabled(button)) return;
    if (passesAsUserPress(adapter, box, e, true) || !alive()) return;
    block(e);
    void decide(adapter, box);
  });

  listen('submit', (e) => {
    const adapter = o.site();
    const form = e.target;
    if (!adapter || !(form instanceof HTMLFormElement)) return;
    const box = adapter.findBoxes(document).find((b) => form.contains(b) || b.contains(form));
    if (!box || releasing === box || passesAsUserPress(adapter, box, e, true) || !alive()) return;
    block(e);
    void decide(adapter, box, () => form.requestSubmit());
  });
}
