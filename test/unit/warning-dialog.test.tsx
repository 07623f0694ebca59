// @vitest-environment happy-dom
// The warning dialog: accessible alert dialog, reasons with evidence and rules, report channel
// for the locale, buttons that ignore untrusted events.
import { describe, expect, it, afterEach } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Verdict } from '../../src/analysis/types.ts';
import { WarningDialog } from '../../src/ui/WarningDialog.tsx';
import { translatorFromMessages } from '../../src/ui/i18n.ts';
import type { Choice, DialogState, PhotoView } from '../../src/ui/dialog-state.ts';

const messages = (loc: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales', loc, 'messages.json'), 'utf8'));

const DRAFT = '这个小女孩一个人在火车站门口乞讨，大家帮忙转发';
const at = DRAFT.indexOf('乞讨');

const verdict: Verdict = {
  level: 'warn',
  score: 0.93,
  reasons: [
    { code: 'child-face', severity: 'high', message: 'The photo shows a child.', evidence: [{ kind: 'photo-face', photo: 0, age: 6.4, box: { x: 1, y: 2, width: 30, height: 30 } }] },
    { code: 'vulnerable-begging', severity: 'high', message: 'The text says the child is begging.', evidence: [{ kind: 'text', quote: '乞讨', start: at, end: at + 2 }] },
    { code: 'photo-gps', severity: 'medium', message: 'The photo carries where it was taken.', evidence: [{ kind: 'photo-gps', photo: 0, lat: 39.9042, lon: 116.4074 }] },
  ],
};

function mount(state: DialogState, loc = 'en', region: 'CN' | 'US' | 'EU' | 'TW' | 'HK' | 'other' = 'US') {
  const choices: Choice[] = [];
  const drawn: unknown[] = [];
  const photo: PhotoView = { draw: (_c, box) => { drawn.push(box); return true; } };
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(h(WarningDialog, { state, t: translatorFromMessages(messages(loc)), region, site: 'weibo', photos: [photo], onChoice: (c) => choices.push(c) }), host));
  return { host, choices, drawn, dialog: host.querySelector('[role="alertdialog"]') as HTMLElement };
}

const trusted = <E extends Event>(e: E): E => {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
};

afterEach(() => { document.body.innerHTML = ''; });

describe('WarningDialog', () => {
  it('is a labelled modal alert dialog with focus on "Go back and edit"', () => {
    const { dialog, host } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe('Wait — this post may put a child at risk');
    expect(host.querySelector(`#${dialog.getAttribute('aria-describedby')}`)!.textContent).toContain('It was not published');
    expect(document.activeElement?.textContent).toBe('Go back and edit');
  });

  it('shows each reason with its evidence, photo thumbnail and the rule behind it', () => {
    const { host, drawn } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] });
    const reasons = [...host.querySelectorAll('.reason')];
    expect(reasons.map((r) => r.querySelector('.message')!.textContent)).toEqual(verdict.reasons.map((r) => r.message));
    expect(reasons[0].textContent).toContain('A face that looks about 6 years old');
    expect(reasons[0].querySelector('canvas[role="img"]')!.getAttribute('aria-label')).toBe('Photo 1');
    expect(reasons[0].textContent).toContain('UNICEF');
    expect(reasons[1].textContent).toContain('In your text: “…孩一个人在火车站门口乞讨，大家帮忙转发”');
    expect(reasons[1].querySelector('mark')!.textContent).toBe('乞讨');
    expect(reasons[1].textContent).toContain('victim of abuse or exploitation');
    expect(reasons[2].textContent).toContain('39.90420, 116.40740');
    expect(reasons[2].textContent).toContain('Cyberspace Administration of China');
    expect(drawn).toContainEqual({ x: 1, y: 2, width: 30, height: 30 }); // the face is outlined
  });

  it('lists the report channel for the user’s region, in the user’s language', () => {
    expect(mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] }, 'en', 'US').host.querySelector('.report')!.textContent).toContain('1-800-843-5678');
    document.body.innerHTML = '';
    const cn = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] }, 'zh_CN', 'CN').host;
    expect(cn.querySelector('.report')!.textContent).toContain('110');
    expect(cn.querySelector('.report')!.textContent).toContain('12355');
    expect(cn.querySelector('h2')!.textContent).toBe('请稍等——这条微博可能让孩子陷入危险');
    expect(cn.textContent).toContain('未成年人保护法');
    document.body.innerHTML = '';
    const eu = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] }, 'zh_TW', 'EU').host;
    expect(eu.querySelector('.report')!.textContent).toContain('116 000');
    expect(eu.querySelector('button.post')!.textContent).toBe('仍然發布');
  });

  it('ignores untrusted clicks and key presses (a page script cannot answer it)', () => {
    const { host, choices } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] });
    host.querySelector<HTMLButtonElement>('button.post')!.click();
    host.querySelector('button.post')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    host.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(choices).toEqual([]);
  });

  it('answers trusted clicks, and Esc means back to editing', () => {
    const { host, choices } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] });
    host.querySelector('button.post')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    host.querySelector('[role="alertdialog"]')!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(choices).toEqual(['post', 'back']);
  });

  it('offers to cover faces and remove location, named by what the copies change, answering only trusted clicks', () => {
    const label = (safer: { faces: number; text?: number; located: number; swap?: boolean; saved?: number }, loc = 'en') => {
      const { host } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [], safer: { text: 0, swap: true, photos: 2, ...safer } }, loc);
      const text = host.querySelector('button.safer-copy')!.textContent;
      document.body.innerHTML = '';
      return text;
    };
    expect(label({ faces: 2, located: 1 })).toBe('Cover faces, remove location');
    expect(label({ faces: 1, located: 0 })).toBe('Cover faces');
    expect(label({ faces: 0, located: 1 })).toBe('Remove location');
    expect(label({ faces: 1, located: 1 }, 'zh_CN')).toBe('给人脸打码并去除位置');
    expect(label({ faces: 1, text: 2, located: 0 })).toBe('Make safer copies');
    expect(label({ faces: 1, located: 1, swap: false })).toBe('Save safer copies');
    expect(label({ faces: 1, located: 1, swap: false, saved: 1 })).toBe('Save copy 2 of 2');

    const { host, choices } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [], safer: { faces: 1, text: 2, located: 1, swap: true, photos: 1 } });
    expect(host.querySelector('.safer-note')!.textContent).toContain('pixel blocks');
    expect(host.querySelector('.safer-note')!.textContent).toContain('1 face(s) covered, 2 line(s) of text covered (what was quoted above), location removed from 1 photo(s).');
    const button = host.querySelector<HTMLButtonElement>('button.safer-copy')!;
    button.click();
    expect(choices).toEqual([]);
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(choices).toEqual(['safer']);
  });

  it('where it cannot swap the photos, says the copies go to the downloads', () => {
    const { host } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [], safer: { faces: 1, text: 0, located: 1, swap: false, photos: 2 } });
    expect(host.querySelector('.safer-note')!.textContent).toContain('save copies of the photos to your downloads');
    expect(host.querySelector('.safer-note')!.textContent).toContain('attach the copies instead');
    document.body.innerHTML = '';
    const next = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [], safer: { faces: 1, text: 0, located: 1, swap: false, photos: 2, saved: 1 } });
    expect(next.host.querySelector('.safer-note')!.textContent).toContain('1 of 2 copies are in your downloads');
  });

  it('has no such button when there is nothing it could change, and says why a swap failed', () => {
    const { host } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [], safer: null, saferError: 'a copy could not be made' });
    expect(host.querySelector('button.safer-copy')).toBeNull();
    expect(host.querySelector('.note.error')!.textContent).toBe('The photos could not all be swapped (a copy could not be made). None was lost: look at the post again before you send it.');
  });

  it('keeps Tab inside the dialog', () => {
    const { host } = mount({ kind: 'verdict', verdict, draft: DRAFT, unchecked: [] });
    const [back, post] = host.querySelectorAll('button');
    const tab = (shiftKey = false) => host.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true }));
    tab();
    expect(document.activeElement).toBe(post);
    tab();
    expect(document.activeElement).toBe(back);
    tab(true);
    expect(document.activeElement).toBe(post);
  });

  it('says when the check could not finish, and still lets the user decide', () => {
    const { host } = mount({ kind: 'failed', why: 'it took too long' });
    expect(host.querySelector('h2')!.textContent).toBe('This post could not be checked');
    expect(host.textContent).toContain('(it took too long)');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Go back and edit', 'Post anyway']);
  });

  it('while checking, offers only "Go back and edit" and marks itself busy', () => {
    const { host, dialog } = mount({ kind: 'checking' });
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Go back and edit']);
  });

  it('names photos that could not be fully examined', () => {
    const { host } = mount({ kind: 'verdict', verdict: { level: 'none', score: 0, reasons: [] }, draft: DRAFT, unchecked: ['Photo 1: the file is too large to examine'] });
    expect(host.querySelector('h2')!.textContent).toBe('This post could not be checked');
    expect(host.textContent).toContain('Photo 1: the file is too large to examine');
  });
});
