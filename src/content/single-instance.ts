// One guard per page. The content script can reach a tab twice: declared in the manifest (or
// registered for a user's server) and also put into tabs that were open when the extension was
// installed or updated or the server added. Two guards would each hold Send and each ask. Scripts
// of one extension share their isolated world in a page, so the first one leaves a mark there that
// the second finds; a mark left by a script whose extension is gone does not count.
//
// After an update Chrome runs the new script in a fresh world, beside the old one that is cut off.
// The old one must not then say "protection is off" while the new one guards: it asks over a DOM
// event named after the extension (the same id across updates), which the living guard cancels.
// A page can cancel that event too, so it only ever silences that notice; whether a script guards
// is decided by the mark, which the page cannot reach.

const MARK = Symbol.for('child-guard.page-guard');

type Marked = Record<symbol, (() => boolean) | undefined>;

/** True when this script should guard the page: no other living guard is here. `alive` tells
 *  later scripts whether this one still guards. */
export function claimPage(alive: () => boolean, scope: object = globalThis): boolean {
  const marked = scope as Marked;
  if (stillGuards(marked[MARK])) return false;
  marked[MARK] = alive;
  return true;
}

const askEvent = (extensionId: string) => `child-guard-alive:${extensionId}`;

/** The guard's answer to a cut-off copy asking whether anyone guards the page. */
export function answerCutOffCopies(extensionId: string, alive: () => boolean, signal: AbortSignal, target: EventTarget = window): void {
  target.addEventListener(askEvent(extensionId), (e) => { if (alive()) e.preventDefault(); }, { signal });
}

/** Asked by a script whose extension is gone: does a living guard (the updated extension's) hold
 *  the page? Its own listeners are gone by then, so only another script can answer. */
export function guardedByAnother(extensionId: string, target: EventTarget = window): boolean {
  return !target.dispatchEvent(new CustomEvent(askEvent(extensionId), { cancelable: true }));
}

function stillGuards(other: (() => boolean) | undefined): boolean {
  try {
    return other?.() === true;
  } catch {
    return false; // Firefox: the script of a removed extension is a dead object
  }
}
