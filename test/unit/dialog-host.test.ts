// @vitest-environment happy-dom
// The warning's host on the page: nothing enters the page before the dialog rendered, the dialog
// is a modal <dialog> in the closed root, focus may move between its buttons (Tab) and is kept
// inside, and what a page sets on the host is taken back.
import { afterEach, describe, expect, it } from 'vitest';
import { openDialog, type DialogHandle } from '../../src/content/dialog-host.ts';
import type { Translate } from '../../src/ui/i18n.ts';
import { t } from './english.ts';

import { closedRoots as roots } from './closed-roots.ts';
const tick = () => new Promise((r) => setTimeout(r, 20));
let open: DialogHandle | null = null;
afterEach(() => { open?.close(); open = null; roots.length = 0; });

describe('the warning\'s host', () => {
  it('is a modal <dialog> in a closed root on <html>; focus moves between its buttons and stays inside', async () => {
    open = openDialog({ t, region: 'CN', photos: [] }, { kind: 'failed', why: 'x' });
    const root = roots.at(-1)!;
    expect(root.host.parentElement).toBe(document.documentElement);
    expect(root.querySelector('dialog')!.open).toBe(true);
    const [back, post] = [...root.querySelectorAll('button')];
    expect(root.activeElement).toBe(back);
    post.focus(); // Tab
    await tick();
    expect(root.activeElement).toBe(post);
    const outside = document.body.appendChild(document.createElement('button'));
    outside.focus();
    await tick();
    expect(root.activeElement).toBe(back);
    outside.remove();
  });

  it('enters the page only once the dialog has rendered: a failure before leaves nothing', () => {
    const broken: Translate = () => { throw new Error('Extension context invalidated.'); };
    const before = document.documentElement.children.length;
    expect(() => openDialog({ t: broken, region: 'CN', photos: [] }, { kind: 'failed', why: 'x' })).toThrow();
    expect(document.documentElement.children.length).toBe(before);
  });

  it('takes back what the page sets on its host (its removal is put back too: e2e, as this DOM does not report it)', async () => {
    open = openDialog({ t, region: 'CN', photos: [] }, { kind: 'failed', why: 'x' });
    const host = roots.at(-1)!.host as HTMLElement;
    host.style.setProperty('opacity', '0', 'important');
    host.setAttribute('inert', '');
    await tick();
    expect(host.style.getPropertyValue('opacity')).toBe('1');
    expect(host.hasAttribute('inert')).toBe(false);
  });
});
