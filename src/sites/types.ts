// What the site-independent content script needs to know about one site's compose boxes.
// Only files in src/sites know a site's DOM.

export interface SendTarget {
  /** the compose box the send belongs to */
  box: Element;
  /** the control that posts it (clicked again by "Post anyway") */
  button: HTMLElement;
}

export interface SiteAdapter {
  readonly name: string;
  /** true when this adapter handles pages at this URL */
  matches(url: URL): boolean;
  /** the compose boxes currently in the document */
  findBoxes(doc: Document): Element[];
  /** the compose box that contains this node (draft, file input, drop target…), or null */
  boxOf(node: Node): Element | null;
  /** the box's draft field (to give focus back after "Go back and edit") */
  draftField(box: Element): HTMLElement | null;
  /** the draft's text as the user typed it */
  draftText(box: Element): string;
  /** the box's send control (present even while disabled), or null */
  sendButton(box: Element): HTMLElement | null;
  /** when `target` (a click's target) is a box's send control, that box and control */
  sendTargetAt(target: EventTarget | null): SendTarget | null;
  /** the site ignores clicks on it right now (empty draft, upload in progress…) */
  isSendDisabled(button: HTMLElement): boolean;
  /** true when this key event posts the draft of the box it happens in */
  isSendShortcut(event: KeyboardEvent): boolean;
  /** a photo picked through a file input outside every box belongs to the only box open */
  readonly photosFromOutside: boolean;
  /** the box's photo file inputs */
  photoInputs(box: Element): HTMLInputElement[];
  /** how many photos the box shows right now; null when this site's thumbnails are not known */
  photoCount(box: Element): number | null;
  /** each attached photo's delete control, in the box's order; null when this site's are not known */
  photoDeleteControls(box: Element): HTMLElement[] | null;
  /** each shown photo's own identity, in the box's order (the order of `photoCount` and the
   *  delete controls): its thumbnail's source URL, else the site's id for it; null when unknown */
  photoSources(box: Element): (string | null)[] | null;
  /** when `target` is a photo's delete control, the index of that photo in the box; else null */
  removedPhotoIndex(target: EventTarget | null): { box: Element; index: number } | null;
}
