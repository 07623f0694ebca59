// Mounts the warning dialog in a CLOSED shadow root on the page: page scripts can neither read
// nor style it, and its buttons ignore untrusted events. Focus is kept inside while it is open.
import { h, render } from 'preact';
import type { Choice, DialogState, PhotoView } from '../ui/dialog-state.ts';
import { DIALOG_CSS } from '../ui/dialog-styles.ts';
import type { Translate } from '../ui/i18n.ts';
import type { ReportRegion } from '../ui/locale.ts';
import { WarningDialog } from '../ui/WarningDialog.tsx';

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
}

function applyStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(DIALOG_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt constructed sheets; a <style> works there.
    const style = document.createElement('style');
    style.textContent = DIALOG_CSS;
    shadow.append(style);
  }
}

export function openDialog(ctx: DialogContext, first: DialogState): DialogHandle {
  const host = document.createElement('div');
  for (const [k, v] of Object.entries({ position: 'fixed', inset: '0', 'z-index': '2147483647', display: 'block' })) {
    host.style.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow);
  const mount = document.createElement('div');
  shadow.append(mount);

  let settle!: (c: Choice) => void;
  const choice = new Promise<Choice>((resolve) => { settle = resolve; });
  const keepFocus = (e: FocusEvent) => {
    if (e.target !== host && !e.composedPath().includes(host)) shadow.querySelector<HTMLElement>('button')?.focus();
  };
  // Esc from anywhere (focus may not have reached the dialog yet) means back to editing
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !e.isTrusted) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    close();
    settle('back');
  };
  const close = () => {
    window.removeEventListener('focusin', keepFocus, true);
    window.removeEventListener('keydown', onEscape, true);
    render(null, mount);
    host.remove();
  };
  const show = (state: DialogState) =>
    render(h(WarningDialog, { state, t: ctx.t, region: ctx.region, photos: ctx.photos, onChoice: (c: Choice) => { close(); settle(c); } }), mount);

  (document.body ?? document.documentElement).append(host);
  window.addEventListener('focusin', keepFocus, true);
  window.addEventListener('keydown', onEscape, true);
  show(first);
  return { show, choice, close: () => { close(); settle('back'); } };
}
