// Builds a SiteAdapter from a few selectors. The compose box is found structurally — the nearest
// ancestor that holds both a draft field and a send control — so hashed class names, several boxes
// on one page and boxes rendered late or again all work the same way.
import { isNotSendWord, isSendWord, labelOf } from './labels.ts';
import type { SendTarget, SiteAdapter } from './types.ts';

/** One CSS selector, or a list of them: one entry per way the site has marked the part, each with
 *  its reason beside it in the adapter. */
export type Selector = string | readonly string[];

const css = (selector: Selector): string => (typeof selector === 'string' ? selector : selector.join(', '));

export interface ComposeSelectors {
  name: string;
  hosts: readonly string[];
  /** URL paths this adapter handles (default: all) */
  path?: RegExp;
  /** draft fields (textarea or contenteditable) */
  draft: Selector;
  /** the send control by structure (hook, class, role); when a box holds several, the one whose
   *  label says Send (labels.ts), else the last one */
  send: Selector;
  /** controls that count as Send only by their label (a redesign that dropped the hook) */
  sendByLabel?: Selector;
  disabled: (button: HTMLElement) => boolean;
  photoInput: Selector;
  /** each attached photo's delete control, one per photo in attach order; omit when unknown.
   *  Counting delete controls avoids depending on how the thumbnails are wrapped. */
  photoDelete?: Selector;
  /** one element per attached photo, to count them when the delete controls are not known */
  photoThumb?: Selector;
  /** the site's file picker lives outside the compose box (made on the fly in <body>): a photo
   *  picked there belongs to the only compose box open */
  photosFromOutside?: boolean;
  /** Ctrl/Cmd+Enter posts on this site */
  ctrlEnterSends: boolean;
  /** how far up from a draft field to look for the box (the mobile page puts Send in a header) */
  maxDepth?: number;
}

export function createComposeAdapter(selectors: ComposeSelectors): SiteAdapter {
  const s = {
    ...selectors,
    draft: css(selectors.draft),
    send: css(selectors.send),
    sendByLabel: selectors.sendByLabel && css(selectors.sendByLabel),
    photoInput: css(selectors.photoInput),
    photoDelete: selectors.photoDelete && css(selectors.photoDelete),
    photoThumb: selectors.photoThumb && css(selectors.photoThumb),
  };
  const maxDepth = s.maxDepth ?? 10;

  const candidates = s.sendByLabel ? `${s.send}, ${s.sendByLabel}` : s.send;

  /** Structure first: the hook's controls, minus those that say they are not Send; a label
   *  picks among several, or finds a control that lost its hook. */
  function sendControlsIn(root: Element): HTMLElement[] {
    const all = [...root.querySelectorAll<HTMLElement>(candidates)];
    const said = all.filter((el) => isSendWord(labelOf(el)));
    const structural = all.filter((el) => el.matches(s.send) && !isNotSendWord(labelOf(el)));
    if (structural.length <= 1 && said.length === 0) return structural;
    return said.length ? said : structural.slice(-1);
  }

  const isCandidate = (el: Element) => el.matches(candidates);

  /** nearest ancestor (or self) of `from` that satisfies `test`, within maxDepth steps */
  function climb(from: Element, test: (el: Element) => boolean): Element | null {
    let el: Element | null = from;
    for (let i = 0; el && i <= maxDepth; i++, el = el.parentElement) if (test(el)) return el;
    return null;
  }

  /** the smallest ancestor of a draft field that also holds exactly the box's own send control */
  const boxOfDraft = (draft: Element): Element | null => climb(draft, (el) => sendControlsIn(el).length > 0);

  const draftIn = (box: Element): HTMLElement | null => box.querySelector<HTMLElement>(s.draft);

  function boxOf(node: Node): Element | null {
    const start = node instanceof Element ? node : node.parentElement;
    if (!start) return null;
    const draftAncestor = start.closest(s.draft);
    if (draftAncestor) return boxOfDraft(draftAncestor);
    // from a button, input or thumbnail: the nearest ancestor holding a draft field whose box it is
    const holder = climb(start, (el) => el.querySelector(s.draft) !== null);
    if (!holder) return null;
    const box = boxOfDraft(holder.querySelector(s.draft)!);
    return box && box.contains(start) ? box : null;
  }

  function sendTargetAt(target: EventTarget | null): SendTarget | null {
    if (!(target instanceof Element)) return null;
    const button = climb(target, isCandidate) as HTMLElement | null;
    if (!button) return null;
    const box = boxOf(button);
    return box && sendControlsIn(box).includes(button) ? { box, button } : null;
  }

  const deleteControls = (box: Element): HTMLElement[] => (s.photoDelete ? [...box.querySelectorAll<HTMLElement>(s.photoDelete)] : []);
  const countBy = s.photoDelete ?? s.photoThumb;

  /** one photo's identity, from its delete control or thumbnail: the nearest ancestor (within the
   *  photo's own item: no other photo's control in it) showing a picture gives its source URL */
  function photoSource(el: Element): string | null {
    let node: Element | null = el;
    for (let i = 0; node && i < 6; i++, node = node.parentElement) {
      if (i > 0 && countBy && node.querySelectorAll(countBy).length > 1) break;
      const img = node instanceof HTMLImageElement ? node : node.querySelector('img');
      if (img?.getAttribute('src')) return img.src;
      const painted = [node, ...node.querySelectorAll('[style*="background-image"]')]
        .map((e) => /url\(["']?([^"')]+)["']?\)/.exec((e as HTMLElement).style?.backgroundImage ?? '')?.[1]).find(Boolean);
      if (painted) return painted;
      const id = node.getAttribute('data-id');
      if (id) return `id:${id}`;
    }
    return null;
  }

  return {
    name: s.name,
    matches: (url) => s.hosts.includes(url.hostname) && (!s.path || s.path.test(url.pathname)),
    findBoxes(doc) {
      const boxes = new Set<Element>();
      for (const draft of doc.querySelectorAll(s.draft)) {
        const box = boxOfDraft(draft);
        if (box) boxes.add(box);
      }
      return [...boxes];
    },
    boxOf,
    draftField: draftIn,
    draftText(box) {
      // every draft field of the box: a thread written in one composer is posted as one
      return [...box.querySelectorAll<HTMLElement>(s.draft)].map((d) =>
        d instanceof HTMLTextAreaElement || d instanceof HTMLInputElement ? d.value : (d.innerText ?? d.textContent ?? '')).join('\n');
    },
    sendButton: (box) => sendControlsIn(box)[0] ?? null,
    sendTargetAt,
    isSendDisabled: (button) => s.disabled(button),
    isSendShortcut(e) {
      if (!s.ctrlEnterSends || e.isComposing || e.keyCode === 229) return false;
      const enter = e.key === 'Enter' || e.keyCode === 13 || e.keyCode === 10;
      return enter && (e.ctrlKey || e.metaKey) && !e.altKey && e.target instanceof Element && e.target.closest(s.draft) !== null;
    },
    photoInputs: (box) => [...box.querySelectorAll<HTMLInputElement>(s.photoInput)],
    photoCount: (box) => (countBy ? box.querySelectorAll(countBy).length : null),
    photosFromOutside: s.photosFromOutside ?? false,
    photoDeleteControls: (box) => (s.photoDelete ? deleteControls(box) : null),
    photoSources: (box) => (countBy ? [...box.querySelectorAll(countBy)].map(photoSource) : null),
    removedPhotoIndex(target) {
      if (!s.photoDelete || !(target instanceof Element)) return null;
      const control = target.closest<HTMLElement>(s.photoDelete);
      const box = control && boxOf(control);
      if (!control || !box) return null;
      const index = deleteControls(box).indexOf(control);
      return index < 0 ? null : { box, index };
    },
  };
}
