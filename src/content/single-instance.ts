// One guard per page. The content script can reach a tab twice: declared in the manifest (or
// registered for a user's server) and also put into tabs that were open when the extension was
// installed or the server added. Two guards would each hold Send and each ask. Scripts of one
// extension share their isolated world in a page, so the first one leaves a mark there that the
// second finds; a mark left by a script whose extension is gone does not count.

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

function stillGuards(other: (() => boolean) | undefined): boolean {
  try {
    return other?.() === true;
  } catch {
    return false; // Firefox: the script of a removed extension is a dead object
  }
}
