// Mastodon 4.x (the web UI every instance serves): `form.compose-form`, its textarea, the upload
// button's file input and the submit button. Ctrl/Cmd+Enter submits from keydown, not through the
// form's submit event, so the keydown is what is caught. Each upload's delete is the first
// button of its actions (`.compose-form__upload__delete` since 4.3).
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';

export const mastodon = createComposeAdapter({
  name: 'mastodon',
  hosts: SITE_HOSTS.mastodon,
  draft: 'textarea.autosuggest-textarea__textarea, form.compose-form textarea',
  send: '.compose-form__submit button[type="submit"], .compose-form__submit button, form.compose-form button[type="submit"]',
  disabled: (b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoDelete: '.compose-form__upload__delete, .compose-form__upload__actions > button:first-child',
  ctrlEnterSends: true,
  maxDepth: 16,
});

/** A server the user added is not in the host list: it is told by the web UI's markup. */
export function isMastodonPage(doc: Document): boolean {
  return doc.getElementById('mastodon') !== null || doc.querySelector('form.compose-form') !== null;
}
