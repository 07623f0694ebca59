// Loads a look-alike site page from test/fixtures/sites into happy-dom's document (scripts not run:
// the adapters must work on the markup alone).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One page per site adapter, named after it (test/unit/site-registry.test.ts checks they agree). */
export const FIXTURE_NAMES = ['weibo', 'weibo-v6', 'weibo-mobile', 'x', 'mastodon', 'bluesky'] as const;

export function loadFixture(name: (typeof FIXTURE_NAMES)[number]): string {
  const html = readFileSync(resolve(process.cwd(), 'test/fixtures/sites', `${name}.html`), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return html;
}

/** Adds one thumbnail the way each fixture's send handler does after a file is picked. */
export function addThumbnail(list: Element, markup: string): void {
  list.insertAdjacentHTML('beforeend', markup);
}

/** The event as the browser delivers a user's own action (a page script's dispatch is untrusted). */
export function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/**
 * Empties the page and lets a guard's pending looks run once more: a guard watches a released
 * compose box for up to a minute, and a look that ran after the test environment was torn down
 * would fail on DOM globals that are gone. A box no longer in the page ends each watch.
 */
export async function leavePage(): Promise<void> {
  document.documentElement.innerHTML = '';
  await new Promise((r) => setTimeout(r, 120));
}
