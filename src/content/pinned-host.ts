// A page element that holds the extension's UI in a CLOSED shadow root, which the page can neither
// hide nor remove for good: every visual property of the host is pinned inline with !important
// (which beats any stylesheet rule, layered or not), attributes the page adds are taken off, and
// the host is put back when the page removes it (pages that re-render <body> do). It is a child
// of <html>, not of <body>, and has no size: the UI itself lives in the top layer.

const PINNED: Record<string, string> = {
  all: 'initial', display: 'block', position: 'fixed', top: '0', left: '0', width: '0', height: '0',
  'z-index': '2147483647', visibility: 'visible', opacity: '1', filter: 'none', transform: 'none',
  'clip-path': 'none', mask: 'none', 'pointer-events': 'auto', 'content-visibility': 'visible',
  overflow: 'visible', contain: 'none', 'mix-blend-mode': 'normal', isolation: 'auto',
};

function pin(host: HTMLElement): string {
  for (const a of [...host.attributes]) if (a.name !== 'style') host.removeAttribute(a.name);
  host.removeAttribute('style');
  for (const [k, v] of Object.entries(PINNED)) host.style.setProperty(k, v, 'important');
  return host.getAttribute('style') ?? '';
}

function applyStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt constructed sheets; a <style> works there.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

export interface PinnedHost {
  readonly shadow: ShadowRoot;
  /** puts the host into the document (call once its content has rendered) */
  attach(): void;
  /** takes it out for good */
  remove(): void;
}

/**
 * `onPutBack` runs after the page removed the host and it was put back (to show the top-layer
 * content again); it returns false to give up, and the host then stays out.
 */
export function pinnedHost(css: string, onPutBack: () => boolean): PinnedHost {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, css);
  let watch: MutationObserver | null = null;
  let pinned = '';

  const guard = () => {
    if (host.attributes.length !== 1 || host.getAttribute('style') !== pinned) {
      pinned = pin(host);
      watch?.takeRecords(); // our own changes
    }
    if (host.isConnected) return;
    (document.documentElement ?? document).append(host);
    if (!onPutBack()) remove();
  };
  const remove = () => {
    watch?.disconnect();
    watch = null;
    host.remove();
  };
  return {
    shadow,
    attach() {
      pinned = pin(host);
      (document.documentElement ?? document).append(host);
      watch = new MutationObserver(guard);
      watch.observe(document, { childList: true, subtree: true });
      watch.observe(host, { attributes: true });
    },
    remove,
  };
}
