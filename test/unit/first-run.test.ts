// On install, and only then, the "how it works" page opens, once.
import { describe, expect, it, vi } from 'vitest';

const listeners: ((d: { reason: string }) => void)[] = [];
const opened: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { onInstalled: { addListener: (f: (d: { reason: string }) => void) => listeners.push(f) }, getURL: (p: string) => `moz-extension://uuid/${p}` },
    tabs: { create: async ({ url }: { url: string }) => { opened.push(url); } },
  },
}));
const { openFirstRunOnInstall } = await import('../../src/background/first-run.ts');

describe('first-run page', () => {
  it('opens once on install, not on an update or a browser update', () => {
    openFirstRunOnInstall();
    for (const reason of ['install', 'update', 'browser_update', 'shared_module_update']) for (const f of listeners) f({ reason });
    expect(opened).toEqual(['moz-extension://uuid/src/ui/about.html']);
  });
});
