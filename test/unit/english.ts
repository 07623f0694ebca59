// The extension's English messages and their translator, as the content-script tests read them.
import { readFileSync } from 'node:fs';
import { translatorFromMessages } from '../../src/ui/i18n.ts';

export const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
export const t = translatorFromMessages(en);
