// One interface over both real browsers, so every spec is written once and run in each.
import type { DialogView, NoticeView } from './dialog-view.ts';
import type { ServedWeb } from './served-web.ts';

export type BrowserKind = 'chromium' | 'firefox';

export interface ImeCommit {
  /** what the IME shows while composing (e.g. pinyin) */
  preedit: string;
  /** the candidate the Enter confirms */
  commit: string;
  /** hold Ctrl while pressing that Enter (the send shortcut, had there been no IME) */
  ctrl?: boolean;
}

/** A tab on one of the served sites. Every input is trusted (goes through the browser's input
 * pipeline), except where a method says it plays a hostile page script. */
export interface SitePage {
  readonly kind: BrowserKind;
  goto(url: string): Promise<void>;
  /** JS expression evaluated in the page's own world */
  evaluate<T>(expression: string): Promise<T>;
  /** polls an expression in the page until it is truthy */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** focus the field and type (as committed text, like a paste or an IME would) */
  typeText(selector: string, text: string): Promise<void>;
  /** real file chooser path: the page's file input gets the file and fires input/change */
  attachPhoto(selector: string, file: string): Promise<void>;
  click(selector: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** focus `selector` then press Ctrl+Enter */
  pressCtrlEnter(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** makes this the active tab (keys go to the active tab) */
  bringToFront(): Promise<void>;
  /** IME composition in `selector`, confirmed with Enter (keyCode 229, isComposing) */
  imeCommitWithEnter(selector: string, ime: ImeCommit): Promise<void>;
  /** the extension's dialog, read through the automation protocol (closed shadow root) */
  dialog(): Promise<DialogView | null>;
  /** the extension's notices on screen (not questions: e.g. protection is off), read like the dialog */
  notices(): Promise<NoticeView[]>;
  /** hostile page script: synthetic clicks/keys on the dialog's buttons; returns events fired */
  hostileClicksOnDialog(): Promise<number>;
  /** `fn` (a function declaration run with `this` = a shadow root, closed ones too) on each
   *  shadow root of the page: the first result that is not null */
  inShadowRoots<T>(fn: string): Promise<T | null>;
  /** the page's viewport, in CSS pixels */
  setViewport(width: number, height: number): Promise<void>;
  /** a PNG of the viewport (or the whole page), for a person to look at */
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly kind: BrowserKind;
  readonly web: ServedWeb;
  readonly extensionId: string;
  /** chrome-extension://…/ or moz-extension://…/ */
  readonly extensionOrigin: string;
  /** the private copy of the build the browser loaded */
  readonly extensionDir: string;
  /** where the browser saves downloads, under their own names (empty at launch) */
  readonly downloadDir: string;
  newPage(): Promise<SitePage>;
  /** reloads the extension as an update does (open tabs keep their old content script where the
   * browser leaves it); resolves once the old background is gone */
  reloadExtension(): Promise<void>;
  /** a tab showing one of the extension's own pages (e.g. `src/ui/servers.html`) */
  openOwnPage(path: string): Promise<SitePage>;
  /** a tab the extension opened itself, once its URL starts with `urlPrefix` */
  openedPage(urlPrefix: string, timeoutMs?: number): Promise<SitePage>;
  close(): Promise<void>;
}
