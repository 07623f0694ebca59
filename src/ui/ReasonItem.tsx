// One reason of the verdict: the engine's sentence, its evidence (quoted words, the photo's
// thumbnail, what was found in it) and the rule behind it.
import type { Evidence, Reason } from '../analysis/types.ts';
import type { Translate } from './i18n.ts';
import type { PhotoView } from './dialog-state.ts';
import { PhotoThumb } from './PhotoThumb.tsx';
import { ruleFor } from './rules.ts';
import { quoteInContext } from './quote-context.ts';

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);

function EvidenceLine({ e, t, photos, draft }: { e: Evidence; t: Translate; photos: PhotoView[]; draft: string }) {
  if (e.kind === 'text') {
    const q = quoteInContext(draft, e.start, e.end, e.quote);
    if (!q) return <li class="evidence quote">{t('evidenceWords', [clip(e.quote)])}</li>;
    return <li class="evidence quote">{t('evidenceWordsIn')} “{q.before}<mark>{q.quote}</mark>{q.after}”</li>;
  }
  const label = t('photoLabel', [e.photo + 1]);
  const what =
    e.kind === 'photo-gps' ? t('evidenceGps', [e.lat.toFixed(5), e.lon.toFixed(5)])
    : e.kind === 'photo-place' ? t('evidencePlace', [e.place])
    : e.kind === 'photo-face' ? t('evidenceFace', [Math.round(e.age)])
    : t('evidencePhotoText', [clip(e.quote)]);
  return (
    <li class="evidence photo">
      <PhotoThumb photo={photos[e.photo]} highlight={e.kind === 'photo-face' ? e.box : undefined} label={label} />
      <span><strong>{label}</strong> · {what}</span>
    </li>
  );
}

/** `citeRule` false when an earlier reason already cited the same rule */
export function ReasonItem({ reason, t, photos, draft, citeRule = true }: { reason: Reason; t: Translate; photos: PhotoView[]; draft: string; citeRule?: boolean }) {
  const rule = citeRule ? ruleFor(reason.code) : null;
  return (
    <li class={`reason ${reason.severity}`}>
      <p class="message">{reason.message}</p>
      {reason.evidence.length > 0 && (
        <ul class="evidence-list">
          {reason.evidence.map((e, i) => <EvidenceLine key={i} e={e} t={t} photos={photos} draft={draft} />)}
        </ul>
      )}
      {rule && <p class="rule"><span class="rule-label">{t('ruleHeading')}:</span> {t(rule)}</p>}
    </li>
  );
}
