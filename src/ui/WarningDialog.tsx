// The warning shown at Send: an alert dialog that keeps focus, Esc = back to editing.
// Buttons act only on trusted (user) events: a page script cannot press them.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from './i18n.ts';
import type { Choice, DialogState, PhotoView, SaferOffer } from './dialog-state.ts';
import { ReasonItem } from './ReasonItem.tsx';
import { generalRules, ruleFor } from './rules.ts';
import { REPORT_CHANNEL, type ReportRegion } from './locale.ts';
import { postWordKey, REGION_NAME, reportRegions } from './report-regions.ts';
import { siteOfHost, type SiteKind } from '../sites/hosts.ts';

export interface WarningDialogProps {
  state: DialogState;
  t: Translate;
  /** the browser's region */
  region: ReportRegion;
  /** the site the post is for; by default the page's (the content script runs elsewhere only on
   *  Mastodon servers the user added) */
  site?: SiteKind;
  photos: PhotoView[];
  onChoice(choice: Choice): void;
}

function titleKey(state: DialogState) {
  if (state.kind === 'checking') return 'titleChecking' as const;
  if (state.kind === 'failed') return 'titleFailed' as const;
  return state.verdict.level === 'warn' ? ('titleWarn' as const) : state.verdict.level === 'caution' ? ('titleCaution' as const) : ('titleFailed' as const);
}

function saferLabel(offer: SaferOffer) {
  if (!offer.swap) return offer.saved ? ('buttonSaferSaveNext' as const) : ('buttonSaferSave' as const);
  if (offer.text > 0) return 'buttonSaferCopies' as const; // the note says what changes
  if (offer.faces > 0 && offer.located > 0) return 'buttonSaferBoth' as const;
  return offer.faces > 0 ? ('buttonSaferFaces' as const) : ('buttonSaferLocation' as const);
}

/** What the copies change, zero counts left out; '' when nothing is counted. */
function saferWhat(t: Translate, offer: SaferOffer): string {
  const counts: [number, MessageKey][] = [[offer.faces, 'saferPartFaces'], [offer.text, 'saferPartLines'], [offer.located, 'saferPartPlaces']];
  const parts = counts.filter(([n]) => n > 0).map(([n, key]) => t(key, [n]));
  return parts.length ? t('saferCopyWhat', [parts.join(t('listSeparator'))]) : '';
}

/** True while the scrolling body hides content below its fold. */
function useMoreBelow(body: { current: HTMLElement | null }, deps: unknown[]): [boolean, () => void] {
  const [more, setMore] = useState(false);
  const measure = () => {
    const b = body.current;
    if (b) setMore(b.scrollHeight - b.scrollTop - b.clientHeight > 8);
  };
  useLayoutEffect(() => {
    measure();
    // the text grows after its first layout when a thumbnail or a font loads: each part of the
    // body is watched, since the body's own box keeps its size while its content overflows
    const b = body.current;
    const grown = b && typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (b && grown) for (const part of [b, ...b.children]) grown.observe(part);
    window.addEventListener('resize', measure);
    return () => {
      grown?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, deps);
  return [more, measure];
}

/** Tab and Shift+Tab cycle through the dialog's buttons; nothing outside can take focus. */
function trapTab(e: KeyboardEvent, root: HTMLElement) {
  const items = [...root.querySelectorAll<HTMLElement>('button:not([disabled])')];
  if (items.length === 0) return;
  const active = (root.getRootNode() as ShadowRoot).activeElement;
  const at = items.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at + 1) % items.length;
  e.preventDefault();
  items[next].focus();
}

export function WarningDialog({ state, t, region, site = siteOfHost(location.hostname) ?? 'mastodon', photos, onChoice }: WarningDialogProps) {
  const root = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [moreBelow, measure] = useMoreBelow(body, [state]);
  // keep the title in view: focusing the button at the bottom must not scroll the reasons away
  useLayoutEffect(() => back.current?.focus({ preventScroll: true }), [state.kind]);

  const trusted = (e: Event, choice: Choice) => {
    if (!e.isTrusted) return;
    onChoice(choice);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the page's shortcuts must not act while the dialog is open
    if (e.key === 'Escape') trusted(e, 'back');
    else if (e.key === 'Tab' && root.current) trapTab(e, root.current);
  };

  const verdict = state.kind === 'verdict' ? state.verdict : null;
  const post = t(postWordKey(site));
  const intro =
    state.kind === 'checking' ? t('checkingBody')
    : state.kind === 'failed' ? t('failedBody', [state.why])
    : verdict!.level === 'warn' ? t('introWarn')
    : verdict!.level === 'caution' ? t('introCaution', [post])
    : t('failedBody', [state.unchecked.join('; ')]);
  const regions = reportRegions(region, site, state.kind === 'verdict' ? state.draft : '');
  const cited = new Set((verdict?.reasons ?? []).map((r) => ruleFor(r.code)).filter((k): k is MessageKey => k !== null));
  const rules = generalRules(regions, cited);
  // a page further each click, until the end (where the cue goes away)
  const scrollOn = () => body.current?.scrollBy({ top: body.current.clientHeight * 0.85, behavior: 'smooth' });

  return (
    <div class="backdrop">
      <div
        ref={root}
        class={`dialog ${state.kind} ${verdict?.level ?? ''}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="cg-title"
        aria-describedby="cg-intro"
        aria-busy={state.kind === 'checking' ? 'true' : undefined}
        onKeyDown={onKeyDown}
      >
        <div class="body" ref={body} onScroll={measure}>
          <h2 id="cg-title">{t(titleKey(state), [post])}</h2>
          <p id="cg-intro">{intro}</p>
          {state.kind === 'checking' && <div class="spinner" role="progressbar" aria-label={t('titleChecking', [post])} />}
          {verdict && verdict.reasons.length > 0 && (
            <ul class="reasons" aria-label={t('reasonsLabel')}>
              {verdict.reasons.map((r, i) => (
                <ReasonItem key={`${r.code}-${i}`} reason={r} t={t} photos={photos} draft={state.kind === 'verdict' ? state.draft : ''}
                  citeRule={verdict.reasons.findIndex((o) => ruleFor(o.code) === ruleFor(r.code)) === i} />
              ))}
            </ul>
          )}
          {state.kind === 'verdict' && state.unchecked.length > 0 && verdict!.level !== 'none' && (
            <p class="note">{t('incompleteNote', [state.unchecked.join('; ')])}</p>
          )}
          {state.kind === 'verdict' && state.saferError && (
            <p class="note error" role="status">{t('saferFailed', [state.saferError, post])}</p>
          )}
          {state.kind !== 'checking' && (
            <section class="safer" aria-labelledby="cg-safer">
              <h3 id="cg-safer">{t('saferHeading')}</h3>
              <p>{t('saferLost')}</p>
              <p>{t('saferShare')}</p>
              {state.kind === 'verdict' && state.safer && (
                <p class="safer-note">
                  {t(state.safer.swap ? 'saferCopyNote' : 'saferSaveNote', [post])} {saferWhat(t, state.safer)}
                  {state.safer.saved ? ` ${t('saferSavedSome', [state.safer.saved, state.safer.photos])}` : ''}
                </p>
              )}
              <h3>{t('reportHeading')}</h3>
              {regions.length === 1 ? <p class="report">{t(REPORT_CHANNEL[regions[0]])}</p> : (
                <ul class="report">
                  {regions.map((r) => <li key={r}><span class="region">{t(REGION_NAME[r])}</span>{t(REPORT_CHANNEL[r])}</li>)}
                </ul>
              )}
              {rules.length > 0 && <ul class="general-rules">{rules.map((k) => <li key={k}>{t(k)}</li>)}</ul>}
            </section>
          )}
        </div>
        {moreBelow && state.kind !== 'checking' && (
          <button type="button" class="more-below" onClick={(e) => { if (e.isTrusted) scrollOn(); }}>
            <span aria-hidden="true">↓ </span>{t('moreBelow')}
          </button>
        )}
        {/* the safer copy first (a row of its own when narrow); back and post always share a row */}
        <div class="actions">
          {state.kind === 'verdict' && state.safer && (
            <button type="button" class="safer-copy" onClick={(e) => trusted(e, 'safer')}>
              {t(saferLabel(state.safer), [(state.safer.saved ?? 0) + 1, state.safer.photos])}
            </button>
          )}
          <div class="pair">
            <button ref={back} type="button" class="back" onClick={(e) => trusted(e, 'back')}>{t('buttonBack')}</button>
            {state.kind !== 'checking' && (
              <button type="button" class="post" onClick={(e) => trusted(e, 'post')}>{t('buttonPost')}</button>
            )}
          </div>
        </div>
        <p class="hint" aria-hidden="true">{t('escHint')}</p>
      </div>
    </div>
  );
}
