// A short notice that is not a question: the extension cannot check this page any more, or the
// user must press Send themselves. A popover in the top layer, in a closed shadow root on a
// pinned host (pinned-host.ts), announced to screen readers; the page keeps working under it.
import { pinnedHost } from './pinned-host.ts';

const NOTICE_CSS = `.notice { position: fixed; inset: auto 0 16px 0; width: fit-content; max-width: min(460px, 92vw); margin: 0 auto;
  padding: 12px 14px; box-sizing: border-box; display: flex; gap: 10px; align-items: flex-start; background: #fff8e1;
  color: #1d1d1f; border: 2px solid #ef8f00; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.3);
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.notice p { margin: 0; flex: 1; }
.notice button { font: inherit; border: 1px solid #999; background: #fff; border-radius: 14px; padding: 2px 10px; cursor: pointer; }`;

export interface Notice {
  close(): void;
}

export function showNotice(text: string, closeLabel: string): Notice {
  let putBacks = 0;
  const host = pinnedHost(NOTICE_CSS, () => {
    if (++putBacks > 3) return false; // a page that insists wins: it is the page the user chose
    if (box.isConnected && typeof box.showPopover === 'function' && !box.matches(':popover-open')) box.showPopover();
    return true;
  });
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'alert');
  box.setAttribute('popover', 'manual');
  const p = document.createElement('p');
  p.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  close.addEventListener('click', (e) => { if (e.isTrusted) host.remove(); });
  box.append(p, close);
  host.shadow.append(box);
  host.attach();
  // a browser without popovers still shows it: the host is fixed and on top
  if (typeof box.showPopover === 'function') box.showPopover();
  else box.removeAttribute('popover');
  return { close: () => host.remove() };
}
