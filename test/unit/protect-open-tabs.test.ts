// Open tabs get the content script: on install (the listed sites) and when a server is added.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Tab = { id?: number; url: string; discarded?: boolean };
const state = {
  tabs: [] as Tab[],
  queried: [] as string[][],
  injected: [] as { tabId: number; files: string[] }[],
  refuse: new Set<number>(),
  installListeners: [] as ((d: { reason: string }) => void)[],
};
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      getManifest: () => ({ content_scripts: [{ js: ['src/content/main.js'] }] }),
      getURL: (p: string) => `chrome-extension://abc/${p.replace(/^\//, '')}`,
      onInstalled: { addListener: (f: (d: { reason: string }) => void) => state.installListeners.push(f) },
    },
    tabs: {
      query: async ({ url }: { url: string[] }) => {
        state.queried.push(url);
        return state.tabs.filter((t) => url.some((p) => matches(p, t.url)));
      },
    },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        if (state.refuse.has(target.tabId)) throw new Error('Cannot access contents of the page');
        state.injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
  },
}));
const { protectOpenTabs, protectOpenTabsOnInstall } = await import('../../src/background/protect-open-tabs.ts');
const { HOST_PATTERNS } = await import('../../src/sites/hosts.ts');

beforeEach(() => {
  state.tabs = [];
  state.queried = [];
  state.injected = [];
  state.refuse.clear();
});

describe('the content script for tabs already open', () => {
  it('goes into each matching tab, by its path from the extension root; a tab that refuses is skipped', async () => {
    state.tabs = [
      { id: 1, url: 'https://social.example.org/home' },
      { id: 2, url: 'https://social.example.org/@me' },
      { id: 3, url: 'https://elsewhere.example/' },
      { id: 4, url: 'https://social.example.org/error', discarded: true },
      { url: 'https://social.example.org/devtools' },
    ];
    state.refuse.add(2);
    expect(await protectOpenTabs(['https://social.example.org/*'])).toBe(1);
    expect(state.injected).toEqual([{ tabId: 1, files: ['/src/content/main.js'] }]);
  });

  it('on install and on update, into the open tabs of the listed sites and the added servers; not on a browser update', async () => {
    state.tabs = [{ id: 7, url: 'https://weibo.com/u/1' }, { id: 8, url: 'https://example.com/' }, { id: 9, url: 'https://social.example.org/home' }];
    protectOpenTabsOnInstall(async () => ['https://social.example.org/*']);
    const fire = async (reason: string) => {
      for (const f of state.installListeners) f({ reason });
      await new Promise((r) => setTimeout(r, 0));
    };
    await fire('browser_update');
    await fire('chrome_update');
    expect(state.injected).toEqual([]);
    await fire('install');
    await vi.waitFor(() => expect(state.injected.map((i) => i.tabId)).toEqual([7, 9]));
    expect(state.queried).toEqual([[...HOST_PATTERNS, 'https://social.example.org/*']]);
    await fire('update');
    await vi.waitFor(() => expect(state.injected.map((i) => i.tabId)).toEqual([7, 9, 7, 9]));
  });

  it('still guards the listed sites when the added servers cannot be read', async () => {
    state.installListeners = [];
    state.tabs = [{ id: 7, url: 'https://weibo.com/u/1' }];
    protectOpenTabsOnInstall(async () => { throw new Error('permissions unavailable'); });
    for (const f of state.installListeners) f({ reason: 'update' });
    await vi.waitFor(() => expect(state.injected).toEqual([{ tabId: 7, files: ['/src/content/main.js'] }]));
  });

  it('asks nothing of the browser for no patterns', async () => {
    expect(await protectOpenTabs([])).toBe(0);
    expect(state.queried).toEqual([]);
  });
});
