// "How it works and what it never does": opened once on install (in the browser's language) and
// from the toolbar popup. Every sentence comes from _locales.
import type { MessageKey, Translate } from './i18n.ts';

const HOW: MessageKey[] = ['aboutHow1', 'aboutHow2', 'aboutHow3', 'aboutHow4'];
const NEVER: MessageKey[] = ['aboutNever1', 'aboutNever2', 'aboutNever3', 'aboutNever4', 'aboutNever5'];

export function AboutPage({ t, optionsUrl }: { t: Translate; optionsUrl: string }) {
  return (
    <main>
      <h1>{t('aboutTitle')}</h1>
      <p class="intro">{t('aboutIntro')}</p>
      <section aria-labelledby="how"><h2 id="how">{t('aboutHowHeading')}</h2><ol>{HOW.map((k) => <li key={k}>{t(k)}</li>)}</ol></section>
      <section aria-labelledby="never" class="never"><h2 id="never">{t('aboutNeverHeading')}</h2><ul>{NEVER.map((k) => <li key={k}>{t(k)}</li>)}</ul></section>
      <section aria-labelledby="where"><h2 id="where">{t('aboutWhereHeading')}</h2><p>{t('aboutWhere')}</p><p><a href={optionsUrl}>{t('popupOptions')}</a></p></section>
    </main>
  );
}
