// X (x.com, twitter.com): React with stable `data-testid`s. The draft is a contenteditable
// (`tweetTextarea_0`, `_1`… in a thread: all are read); Post is `tweetButton` (the modal) or
// `tweetButtonInline` (the home timeline). The photo delete control carries only a translated
// label, so photos are counted by their previews in `attachments` and no safer copy is offered.
// Checked against: shared/docs/sites.md ("X"), built from public notes rather than the live site,
// and test/fixtures/sites/x.html.
import { createComposeAdapter } from './compose-dom.ts';
import { SITE_HOSTS } from './hosts.ts';

export const x = createComposeAdapter({
  name: 'x',
  hosts: SITE_HOSTS.x,
  draft: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  send: [
    '[data-testid="tweetButton"]', // the compose dialog's Post
    '[data-testid="tweetButtonInline"]', // the home timeline's inline Post
  ],
  disabled: (b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true',
  photoInput: [
    'input[data-testid="fileInput"]', // the media button's input
    'input[type=file]', // any other picker in the box
  ],
  photoThumb: '[data-testid="attachments"] img',
  ctrlEnterSends: true,
  maxDepth: 24,
});
