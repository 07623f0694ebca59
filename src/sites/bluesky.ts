// Bluesky (bsky.app), React Native Web. The composer is `composePostView`, each post of a thread a
// ProseMirror contenteditable, Publish is `composerPublishBtn`. The media button makes a file
// input in <body> on the fly and removes it after the pick, so a photo picked outside the
// composer belongs to it; photos also arrive by paste and by a drop on <body>. Photos are counted
// by their local previews (blob:/data: images; low confidence); their delete controls have no
// stable hook and there is no input to hand copies to: no safer copy.
// Checked against: shared/docs/sites.md ("Bluesky"), built from public notes rather than the live
// site, and test/fixtures/sites/bluesky.html.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';

export const bluesky = createComposeAdapter({
  name: 'bluesky',
  hosts: SITE_HOSTS.bluesky,
  draft: [
    '[data-testid="composePostView"] [contenteditable="true"]', // any editor inside the composer
    'div.ProseMirror[contenteditable="true"]', // the editor itself, should the composer's testid go
  ],
  send: '[data-testid="composerPublishBtn"]',
  disabled: (b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoThumb: [
    'img[src^="blob:"]', // a picked or dropped photo's local preview
    'img[src^="data:image"]', // a pasted one's
  ],
  photosFromOutside: true,
  ctrlEnterSends: true,
  maxDepth: 30,
});
