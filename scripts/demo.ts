// `npm run demo [-- --site weibo|weibo-v6|weibo-mobile|x|mastodon|bluesky] [--headless] [--photo PATH] [--text "…"]`
// Opens Debian Chromium with dist/chrome loaded on a look-alike site page served at the real
// URL (nothing leaves the machine: every other request is refused). With a display the window
// stays open for you to try; without one (or with --headless) it attaches a photo, types a
// draft, presses Send and saves a screenshot of what happened to .tmp/demo-<site>.png.
import { chromium, type Route } from 'playwright-core';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'weibo' },
    headless: { type: 'boolean', default: false },
    photo: { type: 'string', default: resolve(root, '../shared/testdata/scenes/kodak_kodim15.png') },
    text: { type: 'string', default: '这个小女孩一个人在火车站门口乞讨，好可怜，大家帮忙转发找找她的家人' },
    build: { type: 'boolean', default: false },
  },
});

interface DemoPage { url: string; fixture: string; post: string; text: string; photo: string; send: string; openPicker?: string }
const PAGES: Record<string, DemoPage> = {
  weibo: { url: 'https://weibo.com/', fixture: 'weibo.html', post: '/ajax/statuses/update', text: 'textarea', photo: 'input[type=file]', send: 'button.woo-button-primary' },
  'weibo-v6': { url: 'https://weibo.com/u/1234567890/home', fixture: 'weibo-v6.html', post: '/ajax/statuses/update', text: 'textarea', photo: 'input[type=file]', send: 'a[node-type="submit"]' },
  'weibo-mobile': { url: 'https://m.weibo.cn/compose/', fixture: 'weibo-mobile.html', post: '/api/statuses/update', text: 'textarea', photo: 'input[type=file]', send: 'a.m-send-btn' },
  x: { url: 'https://x.com/home', fixture: 'x.html', post: '/i/api/graphql/a1b2c3/CreateTweet', text: '[data-testid="tweetTextarea_0"]', photo: 'input[data-testid="fileInput"]', send: '[data-testid="tweetButtonInline"]' },
  mastodon: { url: 'https://mastodon.social/home', fixture: 'mastodon.html', post: '/api/v1/statuses', text: 'textarea', photo: 'input[type=file]', send: '.compose-form__submit button' },
  bluesky: {
    url: 'https://bsky.app/', fixture: 'bluesky.html', post: '/xrpc/com.atproto.repo.createRecord',
    text: '.ProseMirror', photo: 'body > input[type=file]', send: '[data-testid="composerPublishBtn"]', openPicker: '[data-testid="openMediaBtn"]',
  },
};
const page = PAGES[args.site!];
if (!page) throw new Error(`--site must be one of ${Object.keys(PAGES).join(', ')}`);

const ext = join(root, 'dist/chrome');
if (args.build || !existsSync(join(ext, 'manifest.json'))) execSync('npm run build:chrome', { cwd: root, stdio: 'inherit' });

const headless = args.headless || !process.env.DISPLAY;
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'child-guard-demo-')), {
  executablePath: '/usr/bin/chromium',
  headless,
  viewport: { width: 1000, height: 760 },
  args: [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  ],
});

const html = readFileSync(join(root, 'test/fixtures/sites', page.fixture), 'utf8');
const origin = new URL(page.url).origin;
await ctx.route('**/*', (route: Route) => {
  const url = new URL(route.request().url());
  if (url.origin === origin && url.pathname === page.post) return route.fulfill({ contentType: 'application/json', body: '{"ok":1}' });
  if (url.origin === origin && url.pathname === new URL(page.url).pathname) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  return route.abort(); // nothing leaves this machine
});

const tab = ctx.pages()[0] ?? (await ctx.newPage());
await tab.goto(page.url);
console.log(`Child Guard demo: ${page.url} (fixture ${page.fixture}) in Chromium with ${ext}`);

if (!headless) {
  console.log('Type a draft, attach a photo and press Send. Close the window to finish.');
  await new Promise((done) => ctx.on('close', done));
} else {
  await tab.waitForTimeout(400); // the look-alike re-mounts its compose box, as Vue does
  if (page.openPicker) await tab.locator(page.openPicker).click();
  await tab.locator(page.photo).first().setInputFiles(args.photo!);
  await tab.locator(page.text).first().click();
  await tab.keyboard.insertText(args.text!);
  await tab.waitForTimeout(3000); // photo analysis starts at attach
  await tab.locator(page.send).first().click();
  await tab.waitForTimeout(1500);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const shot = join(root, `.tmp/demo-${args.site}.png`);
  await tab.screenshot({ path: shot });
  const sent = await tab.evaluate(() => document.documentElement.dataset.sent ?? '0');
  console.log(`posts the site sent: ${sent}; screenshot: ${shot}`);
  await ctx.close();
}
