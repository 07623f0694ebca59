// The fixture pages (test/fixtures/sites, owned by the extension helper) and where they are served:
// at the real sites' URLs, so the manifest's match patterns apply as they would on the live sites.
// Selectors here only drive the pages as a user would; they are not the extension's selectors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITES } from './paths.ts';

export interface ComposeBoxSelectors {
  text: string;
  photo: string;
  send: string;
  /** clicked before each photo when the site makes its file input on the fly (Bluesky) */
  openPicker?: string;
}

export interface SiteFixture {
  name: string;
  url: string;
  file: string;
  /** path of the site's post endpoint, for counting posts */
  postPath: string;
  /** the main compose box */
  box: ComposeBoxSelectors;
  /** a second compose box on the same page (repost/comment), when the fixture has one */
  other?: ComposeBoxSelectors;
  /** the page is ready for input when this expression is truthy (weibo.com re-mounts its box) */
  ready: string;
  /** the extension can swap this site's photos for safer copies (its delete controls are known) */
  saferCopy: boolean;
}

export const SITES: readonly SiteFixture[] = [
  {
    name: 'weibo.com (current UI)',
    url: 'https://weibo.com/',
    file: 'weibo.html',
    postPath: '/ajax/statuses/update',
    box: { text: '#home-compose textarea', photo: '#home-compose input[type=file]', send: '#home-compose button.woo-button-primary' },
    other: { text: '#repost-compose textarea', photo: '#repost-compose input[type=file]', send: '#repost-compose button.woo-button-primary' },
    ready: 'document.documentElement.dataset.remounted === "1"',
    saferCopy: true,
  },
  {
    name: 'weibo.com (legacy V6)',
    url: 'https://weibo.com/u/6543210987/home?wvr=5',
    file: 'weibo-v6.html',
    postPath: '/ajax/statuses/update',
    box: {
      text: '#v6_pl_content_publishertop textarea[node-type=textEl]',
      photo: '#v6_pl_content_publishertop input[node-type=fileBtn]',
      send: '#v6_pl_content_publishertop a[node-type=submit]',
    },
    other: {
      text: '[node-type=commentwrap] textarea[node-type=textEl]',
      photo: '[node-type=commentwrap] input[type=file]',
      send: '[node-type=commentwrap] a[node-type=submit]',
    },
    ready: 'document.readyState === "complete"',
    saferCopy: true,
  },
  {
    name: 'm.weibo.cn/compose',
    url: 'https://m.weibo.cn/compose/',
    file: 'weibo-mobile.html',
    postPath: '/api/statuses/update',
    box: { text: '.compose-main textarea', photo: '#selectphoto', send: 'a.m-send-btn' },
    ready: 'document.readyState === "complete"',
    saferCopy: true,
  },
  {
    name: 'X (x.com)',
    url: 'https://x.com/home',
    file: 'x.html',
    postPath: '/i/api/graphql/a1b2c3/CreateTweet',
    box: { text: '[data-testid="tweetTextarea_0"]', photo: 'input[data-testid="fileInput"]', send: '[data-testid="tweetButtonInline"]' },
    ready: 'document.readyState === "complete"',
    saferCopy: false,
  },
  {
    name: 'Mastodon (mastodon.social)',
    url: 'https://mastodon.social/home',
    file: 'mastodon.html',
    postPath: '/api/v1/statuses',
    box: { text: 'textarea.autosuggest-textarea__textarea', photo: '.compose-form__upload-button input[type=file]', send: '.compose-form__submit button' },
    ready: 'document.readyState === "complete"',
    saferCopy: true,
  },
  {
    name: 'Bluesky (bsky.app)',
    url: 'https://bsky.app/',
    file: 'bluesky.html',
    postPath: '/xrpc/com.atproto.repo.createRecord',
    box: {
      text: '[data-testid="composePostView"] .ProseMirror',
      photo: 'body > input[type=file]',
      openPicker: '[data-testid="openMediaBtn"]',
      send: '[data-testid="composerPublishBtn"]',
    },
    ready: 'document.readyState === "complete"',
    saferCopy: false,
  },
];

export function fixtureHtml(site: SiteFixture): string {
  return readFileSync(join(FIXTURE_SITES, site.file), 'utf8');
}
