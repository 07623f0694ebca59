// Mounts the warning dialog in a CLOSED shadow root on the page: page scripts can neither read
// nor style it, and its buttons ignore untrusted events. It is a modal <dialog> shown with
// showModal(), so it sits in the top layer above everything the page draws — the page's own modal
// <dialog> included, which would otherwise make it inert. The host enters the page only once the
// dialog has rendered: a failure before that leaves nothing covering the page.
import { h, render } from 'preact';
import type { Choice, DialogState, PhotoView } from '../ui/dialog-state.ts';
import { DIALOG_CSS } from '../ui/dialog-styles.ts';
import type { Translate } from '../ui/i18n.ts';
import type { ReportRegion } from '../ui/locale.ts';
import { WarningDialog } from '../ui/WarningDialog.tsx';
import { pinnedHost } from './pinned-host.ts';

export interface DialogHandle {
  show(state: DialogState): void;
  /** the user's choice; the dialog is removed when it settles */
  readonly choice: Promise<Choice>;
  close(): void;
}

export interface DialogContext {
  t: Translate;
  region: ReportRegion;
  photos: PhotoView[];
  /** the page would not let the dialog stay (it kept removing it): it settled as 'back' */
  gone?: () => void;
}

/** the <dialog> is only the top-layer frame: transparent, full viewport; the card inside draws itself */
const LAYER_CSS = `dialog.layer { all: initial; display: block; position: fixed; inset: 0; width: 100vw; height: 100vh;
  max-width: none; max-height: none; margin: 0; padding: 0; border: 0; background: transparent; overflow: hidden; }
dialog.layer:not([open]) { display: none; } dialog.layer::backdrop { background: transparent; }`;

/** times the host is put back after the page removed it, before the check gives way to the user */
const PUT_BACKS = 3;

export function openDialog(ctx: DialogContext, first: DialogState): DialogHandle {
  let putBacks = 0;
  const host = pinnedHost(DIALOG_CSS + LAYER_CSS, () => {
    if (++putBacks > PUT_BACKS) {
      finish('back');
      ctx.gone?.();
      return false;
    }
    if (layer.open) layer.close(); // removal took it out of the top layer: show it modal again
    layer.showModal();
    focusFirst();
    return true;
  });
  const layer = document.createElement('dialog');
  layer.className = 'layer';
  const mount = document.createElement('div');
  layer.append(mount);
  host.shadow.append(layer);

  let settle!: (c: Choice) => void;
  let settled = false;
  const choice = new Promise<Choice>((resolve) => { settle = resolve; });
  const focusFirst = () => host.shadow.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  // (seen from window, an event inside the closed root has no path into it: ask the root)
  const keepFocus = () => {
    if (!host.shadow.activeElement) focusFirst();
  };
  // Esc from anywhere (focus may not have reached the dialog yet) means back to editing
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !e.isTrusted) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    finish('back');
  };
  // the browser's own Esc handling closes a modal dialog: ours decides (onEscape) instead
  layer.addEventListener('cancel', (e) => e.preventDefault());
  // …unless the browser closes it anyway (a repeated Esc): that is "back" too
  layer.addEventListener('close', () => { if (!layer.open) finish('back'); });

  function finish(c: Choice): void {
    if (settled) return;
    settled = true;
    window.removeEventListener('focusin', keepFocus, true);
    window.removeEventListener('keydown', onEscape, true);
    host.remove();
    if (layer.open) layer.close();
    render(null, mount);
    settle(c);
  }
  const show = (state: DialogState) =>
    render(h(WarningDialog, { state, t: ctx.t, region: ctx.region, photos: ctx.photos, onChoice: finish }), mount);

  show(first); // throws before anything is on the page
  host.attach();
  layer.showModal();
  focusFirst();
  window.addEventListener('focusin', keepFocus, true);
  window.addEventListener('keydown', onEscape, true);
  return { show, choice, close: () => finish('back') };
}
