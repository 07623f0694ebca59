// @vitest-environment happy-dom
// The warning's rough edges: report channels from the post and its site as well as the browser,
// the site's own word for a post, one brand per language, no zero counts, no rule said twice,
// the thumbnail cropped around the face it outlines, back and post on one row, a cue to scroll.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Verdict } from '../../src/analysis/types.ts';
import { WarningDialog } from '../../src/ui/WarningDialog.tsx';
import { translatorFromMessages } from '../../src/ui/i18n.ts';
import type { DialogState, PhotoView, SaferOffer } from '../../src/ui/dialog-state.ts';
import type { ReportRegion } from '../../src/ui/locale.ts';
import type { SiteKind } from '../../src/sites/hosts.ts';
import { chineseScript, reportRegions } from '../../src/ui/report-regions.ts';
import { DIALOG_CSS } from '../../src/ui/dialog-styles.ts';

vi.mock('../../src/content/extension-api.ts', async () => (await import('./fake-extension-api.ts')).fakeExtensionApi({ runtime: { sendMessage: async () => ({ ok: true }) } }));
const { AttachedPhoto } = await import('../../src/content/attached-photo.ts');

type Messages = Record<string, { message: string }>;
const messages = (loc: string): Messages => JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales', loc, 'messages.json'), 'utf8'));
const ZH_DRAFT = '这个小女孩一个人在火车站门口乞讨，大家帮忙转发';
const EN_DRAFT = 'This little girl is begging alone at the station, please share';
const face = { x: 100, y: 400, width: 200, height: 200 };
const verdict: Verdict = {
  level: 'warn', score: 0.9,
  reasons: [
    { code: 'child-face', severity: 'high', message: 'A child.', evidence: [{ kind: 'photo-face', photo: 0, age: 6, box: face }] },
    { code: 'child-words', severity: 'medium', message: 'Words for a child.', evidence: [{ kind: 'text', quote: '小女孩', start: 2, end: 5 }] },
  ],
};
const photo: PhotoView = { draw: () => true };

function mount(o: { state?: DialogState; loc?: string; region?: ReportRegion; site?: SiteKind; draft?: string; safer?: SaferOffer } = {}) {
  const state = o.state ?? { kind: 'verdict', verdict, draft: o.draft ?? ZH_DRAFT, unchecked: [], safer: o.safer };
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(h(WarningDialog, {
    state, t: translatorFromMessages(messages(o.loc ?? 'en')), region: o.region ?? 'US', site: o.site ?? 'weibo', photos: [photo], onChoice: () => {},
  }), host));
  return host;
}
afterEach(() => { document.body.innerHTML = ''; });

describe('report channels', () => {
  it('an English browser writing a Chinese post on weibo.com is told 110 as well as 911', () => {
    const report = mount({ region: 'US', site: 'weibo', draft: ZH_DRAFT }).querySelector('.report')!.textContent!;
    expect(report).toContain('911');
    expect(report).toContain('110');
    expect(report).toContain('Mainland China');
    expect(report).toContain('United States');
  });

  it('the post alone decides too: a traditional Chinese post on X from an English browser gets Taiwan\'s line', () => {
    expect(reportRegions('US', 'x', '這個小女孩一個人在車站門口乞討，請幫忙轉發')).toEqual(['US', 'TW']);
    expect(reportRegions('HK', 'x', '這個小女孩一個人在車站門口乞討')).toEqual(['HK']);
    expect(reportRegions('US', 'x', EN_DRAFT)).toEqual(['US']);
    expect(reportRegions('CN', 'weibo', ZH_DRAFT)).toEqual(['CN']);
    expect(chineseScript('Our neighbour 王小明 is lost, please call the police if you see him')).toBeNull();
    expect(chineseScript(ZH_DRAFT)).toBe('hans');
  });

  it('one region: one line, as before', () => {
    const host = mount({ region: 'US', site: 'x', draft: EN_DRAFT });
    expect(host.querySelector('p.report')!.textContent).toBe(messages('en').reportUS.message);
  });
});

describe('the site\'s own word for a post', () => {
  const title = (site: SiteKind, loc: string) => { const t = mount({ site, loc, region: 'CN' }).querySelector('h2')!.textContent; document.body.innerHTML = ''; return t; };
  it('微博 on Weibo, 帖子 on X and Bluesky, 嘟文 on Mastodon; "post" in English', () => {
    expect(title('weibo', 'zh_CN')).toBe('请稍等——这条微博可能让孩子陷入危险');
    expect(title('x', 'zh_CN')).toBe('请稍等——这条帖子可能让孩子陷入危险');
    expect(title('mastodon', 'zh_CN')).toBe('请稍等——这条嘟文可能让孩子陷入危险');
    expect(title('bluesky', 'zh_CN')).toBe('请稍等——这条帖子可能让孩子陷入危险');
    expect(title('x', 'zh_TW')).toBe('請稍等——這則貼文可能讓孩子陷入危險');
    expect(title('weibo', 'zh_TW')).toBe('請稍等——這則微博可能讓孩子陷入危險');
    expect(title('mastodon', 'en')).toBe('Wait — this post may put a child at risk');
  });

  it('every sentence about the post takes the site\'s word; no zh message calls a post 微博 by itself', () => {
    const aboutThePost = ['titleWarn', 'titleCaution', 'titleChecking', 'titleFailed', 'introCaution', 'saferCopyNote', 'saferSaveNote', 'saferFailed'];
    for (const loc of ['en', 'zh_CN', 'zh_TW']) {
      const m = messages(loc);
      for (const key of aboutThePost) expect(m[key].message, `${loc} ${key}`).toContain('$POST$');
      const weiboAsPost = Object.entries(m).filter(([, v]) => /(这条|這則|你的|此)微博|微博(里|裡)/.test(v.message));
      expect(weiboAsPost.map(([k]) => k), loc).toEqual([]);
    }
  });
});

describe('one brand name per language', () => {
  it('each locale names the extension one way, the way its extName does', () => {
    const brands = ['Child Guard', '儿童守护', '兒童守護'];
    for (const loc of ['en', 'zh_CN', 'zh_TW']) {
      const m = messages(loc);
      const others = brands.filter((b) => b !== m.extName.message);
      const mixed = Object.entries(m).filter(([, v]) => others.some((b) => v.message.includes(b)));
      expect(mixed.map(([k]) => k), loc).toEqual([]);
    }
  });

  it('the manifest takes its short name from the locale too', () => {
    const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'manifest.json'), 'utf8'));
    expect(manifest.short_name ?? '__MSG_extName__').toBe('__MSG_extName__');
  });

  it('the dialog says 儿童守护 in zh-CN', () => {
    const note = mount({ loc: 'zh_CN', safer: { faces: 1, text: 0, located: 1, swap: true, photos: 1 } }).querySelector('.safer-note')!.textContent!;
    expect(note).toContain('儿童守护');
    expect(note).not.toContain('Child Guard');
  });
});

describe('what the safer copies change', () => {
  const note = (safer: SaferOffer, loc = 'en') => { const t = mount({ safer, loc }).querySelector('.safer-note')!.textContent!; document.body.innerHTML = ''; return t; };
  it('leaves out the parts that are zero', () => {
    const faces = note({ faces: 2, text: 0, located: 0, swap: true, photos: 1 });
    expect(faces).toContain('The copies: 2 face(s) covered.');
    expect(faces).not.toMatch(/\b0\b/);
    expect(note({ faces: 0, text: 0, located: 1, swap: true, photos: 1 })).toContain('The copies: location removed from 1 photo(s).');
    expect(note({ faces: 1, text: 2, located: 1, swap: true, photos: 1 })).toContain('The copies: 1 face(s) covered, 2 line(s) of text covered (what was quoted above), location removed from 1 photo(s).');
    const zh = note({ faces: 1, text: 0, located: 1, swap: true, photos: 1 }, 'zh_CN');
    expect(zh).toContain('副本将：遮住 1 张脸，去除 1 张照片的位置信息。');
    expect(zh).not.toContain(' 0 ');
  });
});

describe('the rules', () => {
  it('a rule cited in a card is not listed again under the report line', () => {
    const host = mount({ region: 'CN', loc: 'en' });
    const crc = messages('en').ruleCrc16.message;
    const said = host.textContent!.split(crc).length - 1;
    expect(said).toBe(1);
    expect(host.querySelector('.general-rules')!.textContent).toContain('Law on the Protection of Minors');
  });
});

describe('the thumbnail', () => {
  it('is cropped around the face it outlines: the outline lies inside the thumbnail', async () => {
    // a wide photo (4000 × 1000) with the face near its left edge: a centre crop shows x 1500–2500
    const calls: { draw?: number[]; stroke?: number[] } = {};
    const ctx = { drawImage: (...a: number[]) => { calls.draw = a.slice(1); }, strokeRect: (...a: number[]) => { calls.stroke = a; }, strokeStyle: '', lineWidth: 0 };
    vi.stubGlobal('createImageBitmap', async () => ({ width: 4000, height: 1000, close() {} }));
    const canvas = { width: 96, height: 96, hidden: false, getContext: () => ctx } as unknown as HTMLCanvasElement;
    const p = new AttachedPhoto(new File([new Uint8Array([1, 2, 3])], 'wide.jpg', { type: 'image/jpeg' }));
    expect(p.draw(canvas, face)).toBe(true);
    await vi.waitFor(() => expect(calls.stroke).toBeDefined());
    const [x, y, w, hgt] = calls.stroke!;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(96);
    expect(y + hgt).toBeLessThanOrEqual(96);
    expect(w).toBeGreaterThan(20); // large enough to see
    vi.unstubAllGlobals();
  });
});

describe('the buttons', () => {
  it('"Go back and edit" and "Post anyway" share a row that never wraps; the safer copy may take its own', () => {
    const host = mount({ safer: { faces: 1, text: 0, located: 1, swap: true, photos: 1 } });
    const back = host.querySelector('button.back')!;
    const post = host.querySelector('button.post')!;
    expect(back.parentElement).toBe(post.parentElement);
    expect(back.parentElement!.contains(host.querySelector('button.safer-copy'))).toBe(false);
    const rule = DIALOG_CSS.match(new RegExp(`\\.${back.parentElement!.className}\\s*\\{[^}]*\\}`))![0];
    expect(rule).toContain('flex-wrap: nowrap');
  });
});

describe('the scroll cue', () => {
  const layout = { scrollHeight: 1500, clientHeight: 600, scrollTop: 0 };
  const props = ['scrollHeight', 'clientHeight', 'scrollTop'] as const;
  const saved = props.map((p) => [p, Object.getOwnPropertyDescriptor(HTMLElement.prototype, p)] as const);
  afterEach(() => {
    for (const [p, d] of saved) {
      if (d) Object.defineProperty(HTMLElement.prototype, p, d);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[p];
    }
  });

  it('shows "more below" while the safer way and the report line are below the fold, and not once scrolled there', () => {
    for (const p of props) {
      Object.defineProperty(HTMLElement.prototype, p, {
        configurable: true,
        get(this: HTMLElement) { return this.classList.contains('body') ? layout[p] : 0; },
        set(this: HTMLElement, v: number) { if (this.classList.contains('body') && p === 'scrollTop') layout.scrollTop = v; },
      });
    }
    const host = mount();
    const cue = host.querySelector('.more-below');
    expect(cue?.textContent).toContain('More below');
    const body = host.querySelector<HTMLElement>('.body')!;
    body.scrollTop = 900;
    act(() => { body.dispatchEvent(new Event('scroll')); });
    expect(host.querySelector('.more-below')).toBeNull();
  });

  it('shows no cue when everything fits', () => {
    expect(mount().querySelector('.more-below')).toBeNull();
  });

  it('shows the cue when the text grows after it was laid out (a thumbnail or a font that loads late)', () => {
    const watched = new Set<Element>();
    const observers: (() => void)[] = [];
    const real = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(private readonly onResize: () => void) { observers.push(() => this.onResize()); }
      observe(el: Element) { watched.add(el); }
      unobserve(el: Element) { watched.delete(el); }
      disconnect() { watched.clear(); }
    } as unknown as typeof ResizeObserver;
    try {
      const size = { scrollHeight: 600, clientHeight: 600, scrollTop: 0 };
      for (const p of props) {
        Object.defineProperty(HTMLElement.prototype, p, { configurable: true, get(this: HTMLElement) { return this.classList.contains('body') ? size[p] : 0; } });
      }
      const host = mount();
      expect(host.querySelector('.more-below')).toBeNull();
      size.scrollHeight = 1500; // the thumbnail has loaded: the safer way is pushed below the fold
      const reasons = host.querySelector('.reasons')!;
      expect(watched.has(reasons), 'the reasons list is watched for size').toBe(true);
      act(() => { for (const fire of observers) fire(); });
      expect(host.querySelector('.more-below')?.textContent).toContain('More below');
    } finally {
      globalThis.ResizeObserver = real;
    }
  });
});
