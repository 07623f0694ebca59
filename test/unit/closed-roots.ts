// Closed shadow roots, as the content script makes them: the page cannot reach them, a test can.
// Records every root attached from the moment this module loads.
const roots: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.push(root);
  return root;
};

/** Every root attached so far (clear it with `roots.length = 0`). */
export const closedRoots: ShadowRoot[] = roots;
/** The roots whose host is still in the document. */
export const shownRoots = (): ShadowRoot[] => roots.filter((r) => r.host.isConnected);
