// What a test can see of the extension's warning. The dialog lives in a CLOSED shadow root, which
// page scripts cannot open; the harness reaches it the way DevTools does — through the automation
// protocol (CDP `DOM.getDocument({pierce})` in Chromium, WebDriver BiDi `includeShadowTree: 'all'`
// in Firefox) — and then acts on it only as a user would: trusted mouse clicks at the buttons'
// positions and real key presses. The extension exposes nothing for tests.

export interface DialogButton { name: string; x: number; y: number; disabled: boolean }

export interface DialogView {
  role: string;
  /** accessible name (aria-label / aria-labelledby) */
  label: string;
  /** aria-describedby text */
  description: string;
  /** aria-modal="true" */
  modal: boolean;
  /** everything it says, as rendered */
  text: string;
  buttons: DialogButton[];
  /** keyboard focus is inside the dialog */
  focusInside: boolean;
  /** the name of the focused button, if a button has focus */
  focused: string | null;
  /** thumbnails shown as evidence */
  images: number;
  visible: boolean;
  /** nothing on the way up to the document hides it (opacity, visibility, display, filter, clip) */
  shown: boolean;
}

/** Page function: true when nothing on the way up to the document (through shadow hosts) hides
 * the element: no display:none, zero opacity, hidden visibility, filter, clip or zero size. */
const SHOWN = String.raw`function (el) {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0 || getComputedStyle(el).visibility !== 'visible') return false;
  for (let n = el; n; n = n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null)) {
    const s = getComputedStyle(n);
    if (s.display === 'none' || Number(s.opacity) < 0.5 || s.contentVisibility === 'hidden') return false;
    if (s.filter !== 'none' && /opacity\(0|blur|brightness\(0/.test(s.filter)) return false;
    if (s.clipPath !== 'none' && s.clipPath !== '') return false;
  }
  return true;
}`;

/** A notice of the extension's (role alert) outside any dialog. */
export interface NoticeView { text: string; shown: boolean; buttons: DialogButton[] }

/** Runs in the page with `this` = a shadow root; the notice inside it, or null. */
export const INSPECT_NOTICE = String.raw`function () {
  const el = this.querySelector('[role="alert"]');
  if (!el || el.closest('[role="alertdialog"]')) return null;
  const buttons = Array.from(el.querySelectorAll('button')).map((b) => {
    const r = b.getBoundingClientRect();
    return { name: (b.textContent || '').trim(), x: r.x + r.width / 2, y: r.y + r.height / 2, disabled: !!b.disabled };
  });
  return { text: el.innerText, shown: (${SHOWN})(el), buttons };
}`

/** Runs in the page with `this` = a shadow root (open or closed); the dialog inside it, or null.
 * Kept as plain JS source so both protocols can ship it as a function declaration. */
export const INSPECT_SHADOW_ROOT = String.raw`function () {
  const root = this;
  // the alert dialog itself, not a <dialog> frame that may hold it
  const dlg = root.querySelector('[role="alertdialog"]') || root.querySelector('[role="dialog"], dialog[open]');
  if (!dlg) return null;
  const rect = dlg.getBoundingClientRect();
  const style = getComputedStyle(dlg);
  const idsText = (attr) => (dlg.getAttribute(attr) || '').split(/\s+/).filter(Boolean)
    .map((id) => { const el = root.getElementById(id); return el ? el.textContent.trim() : ''; }).join(' ');
  const buttons = Array.from(dlg.querySelectorAll('button, [role="button"]')).map((b) => {
    const r = b.getBoundingClientRect();
    return { name: (b.getAttribute('aria-label') || b.textContent || '').trim(), x: r.x + r.width / 2, y: r.y + r.height / 2,
      disabled: !!b.disabled || b.getAttribute('aria-disabled') === 'true' };
  });
  return {
    role: dlg.getAttribute('role') || 'dialog',
    label: dlg.getAttribute('aria-label') || idsText('aria-labelledby'),
    description: idsText('aria-describedby'),
    modal: dlg.getAttribute('aria-modal') === 'true' || dlg.localName === 'dialog',
    text: dlg.innerText,
    buttons,
    focusInside: !!root.activeElement && dlg.contains(root.activeElement),
    focused: root.activeElement && root.activeElement.localName === 'button' ? root.activeElement.textContent.trim() : null,
    images: dlg.querySelectorAll('img, canvas').length,
    visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
    shown: (${SHOWN})(dlg),
  };
}`;

/** Runs in the PAGE's world with `this` = the shadow root: what a hostile page script could do if
 * it ever got hold of the dialog's buttons — untrusted clicks, synthetic events, Enter keys. */
export const HOSTILE_PAGE_CLICKS = String.raw`function () {
  const dlg = this.querySelector('[role="alertdialog"]') || this.querySelector('[role="dialog"], dialog[open]');
  if (!dlg) return 0;
  let n = 0;
  for (const b of dlg.querySelectorAll('button, [role="button"]')) {
    b.click(); n++;
    b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })); n++;
    b.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true })); n++;
    b.focus();
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, composed: true })); n++;
  }
  return n;
}`;

/** The button whose accessible name matches. */
export function buttonNamed(view: DialogView, name: RegExp): DialogButton {
  const b = view.buttons.find((x) => name.test(x.name));
  if (!b) throw new Error(`no dialog button matching ${name}; buttons: ${view.buttons.map((x) => x.name).join(' | ')}`);
  return b;
}
