// The toolbar popup: is this tab protected, what the draft's photos showed so far, a switch to
// pause checking on this site for an hour, and links to the options and the "how it works" page.
import type { MessageKey, Translate } from './i18n.ts';
import type { PhotoSummary } from '../messages.ts';
import type { SiteKind } from '../sites/hosts.ts';
import type { TabView } from './popup-tab.ts';

export interface PopupProps {
  /** null while it is being read */
  view: TabView | null;
  t: Translate;
  /** formats the time a pause ends */
  time(ms: number): string;
  onPause(paused: boolean): void;
  /** the pages the links open */
  optionsUrl: string;
  aboutUrl: string;
  accessUrl: string;
}

const SITE_NAME: Record<SiteKind, MessageKey> = { weibo: 'siteWeibo', x: 'siteX', mastodon: 'siteMastodon', bluesky: 'siteBluesky' };

function Photos({ photos, t }: { photos: PhotoSummary; t: Translate }) {
  if (photos.photos === 0) return <p>{t('popupNoPhotos')}</p>;
  const examined = photos.photos - photos.pending;
  return (
    <ul class="facts">
      <li>{t('popupPhotos', [photos.photos])}{photos.pending > 0 ? ` · ${t('popupPending', [photos.pending])}` : ''}</li>
      {examined > 0 && (
        <>
          <li class={photos.childFaces > 0 ? 'found' : ''}>
            {photos.faces === 0 ? t('popupNoFaces') : photos.childFaces > 0 ? t('popupFaces', [photos.faces, photos.childFaces]) : t('popupFacesNoChild', [photos.faces])}
          </li>
          <li class={photos.located > 0 ? 'found' : ''}>{photos.located > 0 ? t('popupLocated', [photos.located]) : t('popupNotLocated')}</li>
          <li class={photos.withText > 0 ? 'found' : ''}>{photos.withText > 0 ? t('popupText', [photos.withText]) : t('popupNoText')}</li>
        </>
      )}
    </ul>
  );
}

export function Popup({ view, t, time, onPause, optionsUrl, aboutUrl, accessUrl }: PopupProps) {
  const paused = view?.kind === 'protected' && view.pausedUntil !== null;
  const status =
    !view ? ''
    : view.kind === 'not-here' ? t('popupNotHere')
    : view.kind === 'no-access' ? t('popupNoAccess')
    : paused ? t('popupPaused', [view.host, time(view.pausedUntil!)])
    : t('popupProtected', [t(SITE_NAME[view.site]), view.host]);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p id="status" role="status" class={`status ${view?.kind ?? 'loading'}${paused ? ' paused' : ''}`}>{status}</p>
      {view?.kind === 'no-access' && <p><a href={accessUrl} target="_blank" rel="noopener">{t('popupAllow')}</a></p>}
      {view?.kind === 'protected' && (
        <>
          <button type="button" role="switch" class="switch" aria-checked={paused ? 'true' : 'false'} onClick={() => onPause(!paused)}>
            <span class="track" aria-hidden="true"><span class="knob" /></span>
            <span>{t('popupPause')}</span>
          </button>
          <section aria-labelledby="photos-heading">
            <h2 id="photos-heading">{t('popupPhotosHeading')}</h2>
            <Photos photos={view.photos} t={t} />
            <p class="note">{t('popupTextNote')}</p>
          </section>
        </>
      )}
      <nav>
        <a href={aboutUrl} target="_blank" rel="noopener">{t('popupAbout')}</a>
        <a href={optionsUrl} target="_blank" rel="noopener">{t('popupOptions')}</a>
      </nav>
    </main>
  );
}
