// The warning's layout as rendered, read from its closed shadow root (bounding boxes), and the
// problems a person would see: something outside the window or the dialog, a button whose text
// does not fit, two buttons on top of each other, "Post anyway" parted from "Go back and edit",
// content below the fold with no cue to scroll.

export interface Rect { x: number; y: number; right: number; bottom: number }
export interface DialogLayout {
  viewport: { width: number; height: number };
  dialog: Rect;
  title: Rect;
  body: Rect & { scrollHeight: number; clientHeight: number; scrollTop: number };
  /** the safer way's section and the report line (null while checking) */
  safer: Rect | null;
  report: Rect | null;
  cue: Rect | null;
  buttons: (Rect & { name: string; className: string; overflows: boolean })[];
}

/** Runs with `this` = the shadow root. */
export const READ_DIALOG_LAYOUT = String.raw`function () {
  const dlg = this.querySelector('[role="alertdialog"], [role="dialog"], dialog[open]');
  if (!dlg) return null;
  const box = (el) => { if (!el) return null; const b = el.getBoundingClientRect(); return { x: b.x, y: b.y, right: b.right, bottom: b.bottom }; };
  const body = dlg.querySelector('.body');
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    dialog: box(dlg),
    title: box(dlg.querySelector('h2')),
    body: { ...box(body), scrollHeight: body.scrollHeight, clientHeight: body.clientHeight, scrollTop: body.scrollTop },
    safer: box(dlg.querySelector('.safer')),
    report: box(dlg.querySelector('.report')),
    cue: box(dlg.querySelector('.more-below')),
    buttons: Array.from(dlg.querySelectorAll('.actions button')).map((b) => ({
      ...box(b), name: b.textContent.trim(), className: b.className,
      overflows: b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1,
    })),
  };
}`;

const inside = (a: Rect, b: Rect, slack = 0.5) => a.x >= b.x - slack && a.y >= b.y - slack && a.right <= b.right + slack && a.bottom <= b.bottom + slack;
const overlap = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.x, b.x) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y) > 0.5;

/** Every layout problem found; [] when there is none. `scrolled`: the body was scrolled down, so
 *  the title (at its top) is out of view by design. */
export function layoutProblems(l: DialogLayout, { scrolled = false } = {}): string[] {
  const problems: string[] = [];
  const window = { x: 0, y: 0, right: l.viewport.width, bottom: l.viewport.height };
  if (!inside(l.dialog, window)) problems.push(`the dialog leaves the window: ${JSON.stringify(l.dialog)} in ${JSON.stringify(l.viewport)}`);
  if (!scrolled && !inside(l.title, l.dialog)) problems.push('the title is clipped');
  for (const b of l.buttons) {
    if (!inside(b, l.dialog)) problems.push(`"${b.name}" leaves the dialog`);
    if (b.overflows) problems.push(`"${b.name}" does not fit its text`);
  }
  for (let i = 0; i < l.buttons.length; i++) {
    for (let j = i + 1; j < l.buttons.length; j++) {
      if (overlap(l.buttons[i], l.buttons[j])) problems.push(`"${l.buttons[i].name}" and "${l.buttons[j].name}" overlap`);
    }
    if (overlap(l.buttons[i], l.body)) problems.push(`"${l.buttons[i].name}" covers the text`);
  }
  const back = l.buttons.find((b) => b.className.includes('back'));
  const post = l.buttons.find((b) => b.className.includes('post'));
  if (back && post && Math.abs(back.y - post.y) > 1) problems.push('"Post anyway" is not on the row of "Go back and edit"');
  const hidden = l.body.scrollHeight - l.body.scrollTop - l.body.clientHeight > 8;
  if (hidden && !l.cue) problems.push('content is below the fold and nothing says so');
  if (l.cue) {
    if (!inside(l.cue, l.dialog)) problems.push('the scroll cue leaves the dialog');
    if (overlap(l.cue, l.body) || l.buttons.some((b) => overlap(b, l.cue!))) problems.push('the scroll cue overlaps');
  }
  return problems;
}
