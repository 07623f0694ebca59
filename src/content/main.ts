// Content script (document_start, top frame of supported sites). Site-independent: everything
// about a site's DOM comes from its adapter in src/sites. Kept small: the engine and the photo
// models run in the background. Its lifecycle is in README.md next to this file: every listener
// and observer hangs on one Lifetime, which ends exactly once, when the extension is gone.
import { adapterFor, type SiteAdapter } from '../sites/index.ts';
import { translatorFrom } from '../ui/i18n.ts';
import { draftLocale, reportRegion } from '../ui/locale.ts';
import { forgetPhotos, sitePaused } from './background-client.ts';
import { i18n, runtimeId } from './extension-api.ts';
import { goneNotice } from './gone-notice.ts';
import { extensionAlive, Lifetime } from './lifetime.ts';
import { showNotice } from './notice.ts';
import { capturePhotos } from './photo-capture.ts';
import { forgetRemovedPhotos } from './photo-forget.ts';
import { PhotoStore } from './photo-store.ts';
import { guardSends } from './send-guard.ts';
import { answerCutOffCopies, claimPage, guardedByAnother } from './single-instance.ts';

// Both weibo.com UIs share a host; the adapter is picked from the document when an event needs
// it (the page may still be loading, or navigate in place), at most once a second.
let picked: { at: number; adapter: SiteAdapter | null } = { at: -Infinity, adapter: null };
const site = (): SiteAdapter | null => {
  const now = performance.now();
  if (now - picked.at > 1000 || !picked.adapter) picked = { at: now, adapter: adapterFor(new URL(location.href), document) };
  return picked.adapter;
};

const ui = i18n.getUILanguage();
const extensionId = runtimeId() ?? '';
const life = new Lifetime((held) => {
  if (guardedByAnother(extensionId)) return; // the updated extension's script guards the page now
  const notice = goneNotice(ui, held);
  showNotice(notice.text, notice.close);
});
const alive = () => !life.ended && extensionAlive();

// a second copy of this script in the page (put into open tabs as well) leaves it to the first
if (claimPage(alive)) guardPage();

function guardPage(): void {
  const t = translatorFrom(i18n);
  const store = new PhotoStore();
  answerCutOffCopies(extensionId, alive, life.signal);
  forgetPhotos('all'); // a fresh page starts a fresh draft
  capturePhotos(site, store, life.signal);
  const photoWatch = forgetRemovedPhotos(site, store, life.signal);
  guardSends({
    site,
    store,
    beforeCheck: photoWatch.sweep,
    sending: photoWatch.sending,
    paused: sitePaused,
    t,
    locale: draftLocale(ui),
    region: reportRegion(ui.includes('-') ? ui : navigator.language || ui),
    life,
  });
}
