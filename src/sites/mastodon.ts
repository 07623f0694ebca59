// Mastodon 4.x (the web UI every instance serves): `form.compose-form`, its textarea, the upload
// button's file input and the submit button. Ctrl/Cmd+Enter submits from keydown, not through the
// form's submit event, so the keydown is what is caught. Each upload's delete is the first
// button of its actions (`.compose-form__upload__delete` since 4.3).
// Checked against: shared/docs/sites.md ("Mastodon", the 4.x source) and test/fixtures/sites/mastodon.html.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';

export const mastodon = createComposeAdapter({
  name: 'mastodon',
  hosts: SITE_HOSTS.mastodon,
  draft: [
    'textarea.autosuggest-textarea__textarea', // the 4.x compose textarea
    'form.compose-form textarea', // any textarea of the form, should that class change
  ],
  send: [
    '.compose-form__submit button[type="submit"]', // 4.x Publish
    '.compose-form__submit button', // the same button, should it lose its type attribute
    'form.compose-form button[type="submit"]', // the form's submit, should the wrapper's class change
  ],
  disabled: (b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoDelete: [
    '.compose-form__upload__delete', // 4.3 and later
    '.compose-form__upload__actions > button:first-child', // before 4.3: the first of the upload's actions
  ],
  ctrlEnterSends: true,
  maxDepth: 16,
});

/** A server the user added is not in the host list: it is told by the web UI's markup. */
export function isMastodonPage(doc: Document): boolean {
  return doc.getElementById('mastodon') !== null || doc.querySelector('form.compose-form') !== null;
}
