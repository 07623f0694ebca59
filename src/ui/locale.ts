// The user's locale decides the language of the engine's messages and which report channels
// the dialog lists. Both come from the browser's UI language (e.g. "zh-CN", "en-US", "de").
import type { Locale } from '../analysis/types.ts';
import type { MessageKey } from './i18n.ts';

export function draftLocale(uiLanguage: string): Locale {
  const tag = uiLanguage.toLowerCase().replace('_', '-');
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
}

const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);
/** languages spoken (almost) only inside the EU, for tags without a region such as "de" or "fr" */
const EU_LANGUAGES = new Set(['bg', 'hr', 'cs', 'da', 'nl', 'et', 'fi', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl',
  'pt', 'ro', 'sk', 'sl', 'es', 'sv']);

export type ReportRegion = 'CN' | 'TW' | 'HK' | 'US' | 'EU' | 'other';

export function reportRegion(uiLanguage: string): ReportRegion {
  const [lang = '', ...rest] = uiLanguage.replace('_', '-').split('-');
  const region = rest.find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
  if (region === 'CN' || (region === 'SG' && lang === 'zh')) return 'CN';
  if (region === 'TW') return 'TW';
  if (region === 'HK' || region === 'MO') return 'HK';
  if (region === 'US') return 'US';
  if (region && EU.has(region)) return 'EU';
  if (!region && lang.toLowerCase() === 'zh') return 'CN';
  if (!region && EU_LANGUAGES.has(lang.toLowerCase())) return 'EU';
  return 'other';
}

export const REPORT_CHANNEL: Record<ReportRegion, MessageKey> = {
  CN: 'reportCN', TW: 'reportTW', HK: 'reportHK', US: 'reportUS', EU: 'reportEU', other: 'reportOther',
};
