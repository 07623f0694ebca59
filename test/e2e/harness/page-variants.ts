// Look-alike pages that work against the extension, made from the fixtures in
// test/fixtures/sites: other labels (traditional Chinese, an A/B wording), a site that posts on
// pointerdown or only on trusted clicks, a composer inside the page's own modal <dialog>, page CSS
// that hides foreign elements, a page that removes nodes it did not make, a box re-rendered when
// it loses focus. Each is served at its own weibo.com URL.
import type { BrowserSession, SitePage } from './session.ts';
import { SITES, fixtureHtml, type SiteFixture } from './sites.ts';

export const WEIBO = SITES.find((s) => s.file === 'weibo.html')!;
export const WEIBO_V6 = SITES.find((s) => s.file === 'weibo-v6.html')!;

function swap(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`variant: the fixture no longer has ${JSON.stringify(from)}`);
  return html.split(from).join(to);
}

const beforeBodyEnd = (html: string, markup: string) => swap(html, '</body>', `${markup}\n</body>`);

/** Scripts and styles a page variant adds, by name. */
export const VARIANTS = {
  /** weibo.com in traditional Chinese: 發送, 轉發, 刪除 */
  traditional: (h: string) => swap(swap(swap(h, '发送', '發送'), '转发', '轉發'), '删除', '刪除'),
  /** an A/B test renamed Send to a word no list has */
  abLabel: (h: string) => swap(h, '>发送<', '>分享一下<'),
  /** V6 in traditional Chinese (發佈) */
  v6Traditional: (h: string) => swap(swap(h, '>发布<', '>發佈<'), '>评论<', '>評論<'),
  /** the site posts on pointerdown, as touch-style tap handlers do */
  pointerdown: (h: string) => swap(h, "document.addEventListener('click', (e) => {", "document.addEventListener('pointerdown', (e) => {"),
  /** the site posts only on a click from the user (isTrusted) */
  trustedOnly: (h: string) => swap(h, 'if (button && !button.disabled) post(box);', 'if (button && !button.disabled && e.isTrusted) post(box);'),
  /** the compose box sits in the page's own modal <dialog> */
  modal: (h: string) => beforeBodyEnd(
    swap(swap(h, '<div class="woo-panel-main _box_m3n8j_1" id="home-compose">', '<dialog id="page-modal"><div class="woo-panel-main _box_m3n8j_1" id="home-compose">'),
      '\n\n  <article', '</dialog>\n\n  <article'),
    '<script>document.getElementById("page-modal").showModal();</script>'),
  /** page CSS hides every element it did not put there */
  hidingCss: (h: string) => swap(h, '</head>', `<style>
    html > div, body > div:not(#app), [style*="2147483647"] { opacity: 0 !important; visibility: hidden !important; filter: opacity(0) !important; }
  </style></head>`),
  /** the page removes nodes it did not make from <html> and <body> (`once`: the first time only) */
  strictBody: (once: boolean) => (h: string) => beforeBodyEnd(h, `<script>
    const own = new Set([...document.documentElement.children, ...document.body.children]);
    const strip = new MutationObserver(() => {
      const foreign = [...document.documentElement.children, ...document.body.children].filter((n) => !own.has(n) && n.localName !== 'script');
      if (!foreign.length) return;
      for (const n of foreign) n.remove();
      document.documentElement.dataset.stripped = String(Number(document.documentElement.dataset.stripped || 0) + 1);
      if (${once}) strip.disconnect();
    });
    strip.observe(document.documentElement, { childList: true });
    strip.observe(document.body, { childList: true });
  </script>`),
  /** the site renders the compose box anew whenever its draft loses focus */
  rerenderOnBlur: (h: string) => beforeBodyEnd(h, `<script>
    document.addEventListener('focusout', (e) => {
      if (!e.target.matches('#home-compose textarea')) return;
      setTimeout(() => {
        const old = document.getElementById('home-compose');
        const fresh = old.cloneNode(true);
        fresh.querySelector('textarea').value = old.querySelector('textarea').value;
        old.replaceWith(fresh);
        document.documentElement.dataset.rerendered = String(Number(document.documentElement.dataset.rerendered || 0) + 1);
      }, 30);
    });
  </script>`),
};

let served = 0;

/** Serves the fixture of `site` changed by `change` at a URL of its own and opens it. */
export async function openVariant(session: BrowserSession, site: SiteFixture, ...changes: ((h: string) => string)[]): Promise<SitePage> {
  const url = `${new URL(site.url).origin}/variant/${++served}${site === WEIBO_V6 ? '/home?wvr=5' : ''}`;
  session.web.servePage(url, changes.reduce((h, c) => c(h), fixtureHtml(site)));
  const page = await session.newPage();
  await page.goto(url);
  await page.waitFor(site.ready);
  return page;
}
