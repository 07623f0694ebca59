// Bluesky (bsky.app), React Native Web. The composer is `composePostView`, each post of a thread a
// ProseMirror contenteditable, Publish is `composerPublishBtn`. The media button makes a file
// input in <body> on the fly and removes it after the pick, so a photo picked outside the
// composer belongs to it; photos also arrive by paste and by a drop on <body>. Photos are counted
// by their local previews (blob:/data: images; low confidence); their delete controls have no
// stable hook and there is no input to hand copies to: no safer copy.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';

export const bluesky = createComposeAdapter({
  name: 'bluesky',
  hosts: SITE_HOSTS.bluesky,
  draft: '[data-testid="composePostView"] [contenteditable="true"], div.ProseMirror[contenteditable="true"]',
  send: '[data-testid="composerPublishBtn"]',
  disabled: (b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: 'input[type=file]',
  photoThumb: 'img[src^="blob:"], img[src^="data:image"]',
  photosFromOutside: true,
  ctrlEnterSends: true,
  maxDepth: 30,
});
