// @vitest-environment happy-dom
// The X, Mastodon and Bluesky adapters against their look-alike pages in test/fixtures/sites
// (faithful to shared/docs/sites.md): the box, the draft (contenteditable on X and Bluesky), Send
// and its disabled state, Ctrl/Cmd+Enter, photo inputs and counts, and the host each is chosen for.
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites/index.ts';
import { x } from '../../src/sites/x.ts';
import { mastodon } from '../../src/sites/mastodon.ts';
import { bluesky } from '../../src/sites/bluesky.ts';
import { addThumbnail, loadFixture } from './load-fixture.ts';

const keydown = (target: Element, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent => {
  const e = new KeyboardEvent('keydown', { bubbles: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(e, 'keyCode', { value: init.keyCode });
  let seen: KeyboardEvent | null = null;
  target.addEventListener('keydown', (ev) => { seen = ev as KeyboardEvent; }, { once: true });
  target.dispatchEvent(e);
  return seen!;
};
/** Types into a contenteditable the way the editors leave it: one block per paragraph. */
function typeInto(editor: Element, paragraphs: string[]) {
  editor.innerHTML = paragraphs.map((p) => `<div data-block="true"><span data-text="true">${p}</span></div>`).join('');
}

describe('adapterFor', () => {
  it('picks each site by its host', () => {
    expect(adapterFor(new URL('https://x.com/home'), document)).toBe(x);
    expect(adapterFor(new URL('https://twitter.com/compose/post'), document)).toBe(x);
    expect(adapterFor(new URL('https://mastodon.social/home'), document)).toBe(mastodon);
    expect(adapterFor(new URL('https://m.cmx.im/home'), document)).toBe(mastodon);
    expect(adapterFor(new URL('https://bsky.app/'), document)).toBe(bluesky);
    loadFixture('weibo');
    expect(adapterFor(new URL('https://example.social/home'), document)).toBeNull();
  });

  it('takes a page of an unlisted host for Mastodon by its markup (a server the user added)', () => {
    loadFixture('mastodon');
    expect(adapterFor(new URL('https://social.example.org/home'), document)).toBe(mastodon);
    document.body.innerHTML = '<div id="mastodon" data-props="{}"></div>';
    expect(adapterFor(new URL('https://social.example.org/home'), document)).toBe(mastodon);
  });
});

describe('X', () => {
  beforeEach(() => loadFixture('x'));

  it('finds the composer around the contenteditable draft and its Post button', () => {
    const [box] = x.findBoxes(document);
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(x.boxOf(editor)).toBe(box);
    expect(x.draftField(box)).toBe(editor);
    expect(x.sendButton(box)!.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(x.sendTargetAt(box.querySelector('[data-testid="tweetButtonInline"] span span'))).toEqual({ box, button: x.sendButton(box) });
    expect(x.isSendDisabled(x.sendButton(box)!)).toBe(true);
  });

  it('reads the draft as typed, and every post of a thread', () => {
    const [box] = x.findBoxes(document);
    const first = box.querySelector('[data-testid="tweetTextarea_0"]')!;
    typeInto(first, ['这个小女孩一个人在火车站']);
    expect(x.draftText(box)).toBe('这个小女孩一个人在火车站');
    const second = first.cloneNode() as Element;
    second.setAttribute('data-testid', 'tweetTextarea_1');
    first.parentElement!.append(second);
    typeInto(second, ['Please share']);
    expect(x.findBoxes(document)).toEqual([box]);
    expect(x.draftText(box)).toBe('这个小女孩一个人在火车站\nPlease share');
  });

  it('takes Ctrl/Cmd+Enter in the draft for Send, not while an IME composes', () => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(x.isSendShortcut(keydown(editor, { key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(x.isSendShortcut(keydown(editor, { key: 'Enter', metaKey: true }))).toBe(true);
    expect(x.isSendShortcut(keydown(editor, { key: 'Enter', ctrlKey: true, isComposing: true }))).toBe(false);
    expect(x.isSendShortcut(keydown(editor, { key: 'Process', ctrlKey: true, keyCode: 229 }))).toBe(false);
  });

  it('finds the hidden file input and counts photos by their previews; no delete control is relied on', () => {
    const [box] = x.findBoxes(document);
    expect(x.photoInputs(box).map((i) => i.getAttribute('data-testid'))).toEqual(['fileInput']);
    expect(x.photoCount(box)).toBe(0);
    addThumbnail(box.querySelector('[data-testid="attachments"]')!, '<div><img alt="Image"><button aria-label="Remove media">✕</button></div>');
    expect(x.photoCount(box)).toBe(1);
    expect(x.photoDeleteControls(box)).toBeNull();
  });
});

describe('Mastodon', () => {
  beforeEach(() => loadFixture('mastodon'));

  it('finds form.compose-form as the box, its textarea and submit button', () => {
    const [box] = mastodon.findBoxes(document);
    expect(box.closest('form.compose-form')).not.toBeNull();
    expect(mastodon.draftField(box)!.classList.contains('autosuggest-textarea__textarea')).toBe(true);
    const submit = mastodon.sendButton(box)!;
    expect(submit.textContent).toBe('Post');
    expect(mastodon.isSendDisabled(submit)).toBe(true);
    submit.removeAttribute('disabled');
    expect(mastodon.isSendDisabled(submit)).toBe(false);
    expect(mastodon.sendTargetAt(submit)).toEqual({ box, button: submit });
    // the upload and poll buttons are not Send
    expect(mastodon.sendTargetAt(box.querySelector('.compose-form__upload-button button'))).toBeNull();
  });

  it('takes Ctrl/Cmd+Enter in the textarea (Mastodon submits from keydown)', () => {
    const textarea = document.querySelector('textarea')!;
    expect(mastodon.isSendShortcut(keydown(textarea, { key: 'Enter', keyCode: 13, ctrlKey: true }))).toBe(true);
    expect(mastodon.isSendShortcut(keydown(textarea, { key: 'Enter', keyCode: 13 }))).toBe(false);
  });

  it('counts uploads by their delete buttons (4.3 class, or the first action of 4.2)', () => {
    const [box] = mastodon.findBoxes(document);
    const wrapper = box.querySelector('.compose-form__uploads-wrapper')!;
    expect(mastodon.photoInputs(box)).toHaveLength(1);
    addThumbnail(wrapper, '<div class="compose-form__upload"><div class="compose-form__upload__thumbnail"><div class="compose-form__upload__actions"><button class="icon-button compose-form__upload__delete">✕</button><button class="icon-button">Edit</button></div></div></div>');
    addThumbnail(wrapper, '<div class="compose-form__upload"><div class="compose-form__upload__thumbnail"><div class="compose-form__upload__actions"><button class="icon-button">✕ Delete</button><button class="icon-button">Edit</button></div></div></div>');
    expect(mastodon.photoCount(box)).toBe(2);
    const second = mastodon.photoDeleteControls(box)![1];
    expect(second.textContent).toBe('✕ Delete');
    expect(mastodon.removedPhotoIndex(second)).toEqual({ box, index: 1 });
  });
});

describe('Bluesky', () => {
  beforeEach(() => loadFixture('bluesky'));

  it('finds the composer, its ProseMirror draft and Publish', () => {
    const [box] = bluesky.findBoxes(document);
    expect(box.getAttribute('data-testid')).toBe('composePostView');
    const publish = bluesky.sendButton(box)!;
    expect(bluesky.isSendDisabled(publish)).toBe(true);
    publish.setAttribute('aria-disabled', 'false');
    expect(bluesky.isSendDisabled(publish)).toBe(false);
    expect(bluesky.sendTargetAt(publish.querySelector('div'))).toEqual({ box, button: publish });
    const editor = box.querySelector('.ProseMirror')!;
    editor.innerHTML = '<p>lost boy at the station</p>';
    expect(bluesky.draftText(box).trim()).toBe('lost boy at the station');
  });

  it('gives a photo picked through an input outside the composer to the composer', () => {
    expect(bluesky.photosFromOutside).toBe(true);
    const input = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'file' }));
    expect(bluesky.boxOf(input)).toBeNull();
  });

  it('counts photos by their local previews, not the avatar', () => {
    const [box] = bluesky.findBoxes(document);
    const gallery = box.querySelector('.gallery')!;
    addThumbnail(gallery, '<img src="https://cdn.bsky.app/img/avatar/plain/did:plc:x/abc@jpeg">');
    expect(bluesky.photoCount(box)).toBe(0);
    addThumbnail(gallery, '<div><img src="blob:https://bsky.app/0b9e"><button aria-label="Remove image">✕</button></div>');
    expect(bluesky.photoCount(box)).toBe(1);
    expect(bluesky.photoDeleteControls(box)).toBeNull();
  });
});
