// Wires the router to the extension's events. Called by the Chrome and Firefox entry points,
// synchronously at start-up so no message that wakes the background is missed.
import browser, { type Runtime } from 'webextension-polyfill';
import { metadataFacts, scoreDraft } from './engine.ts';
import { watchHostAccess } from './host-access.ts';
import { PhotoJobs } from './photo-jobs.ts';
import { createRouter } from './router.ts';
import { addedHosts, serverPattern } from '../sites/own-servers.ts';
import type { VisionClient } from './vision-client.ts';
import { memoryArea, Pauses } from './pause.ts';
import { openFirstRunOnInstall } from './first-run.ts';
import { protectOpenTabsOnInstall } from './protect-open-tabs.ts';

export function startBackground(vision: VisionClient): void {
  const jobs = new PhotoJobs({ vision, metadata: metadataFacts });
  // the servers the user added are the origins granted beyond the manifest's; read each time, so
  // a server added or removed a moment ago counts at once
  const addedServers = async () => addedHosts((await browser.permissions.getAll()).origins ?? []);
  const route = createRouter({
    runtimeId: browser.runtime.id, jobs, score: scoreDraft,
    addedHosts: addedServers,
    // storage.session: memory only, never on disk
    pauses: new Pauses(browser.storage?.session ?? memoryArea()),
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => jobs.forgetTab(tabId));
  watchHostAccess();
  openFirstRunOnInstall();
  protectOpenTabsOnInstall(async () => [...(await addedServers())].map(serverPattern));
}
