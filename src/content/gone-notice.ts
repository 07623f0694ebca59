// The words of the "protection is off" notice, bundled into the content script: once the
// extension is gone its messages cannot be read, and reading them at start would cost every page
// load a synchronous fetch of the whole message catalogue. Named imports keep only these three
// strings of each locale in the bundle; public/_locales stays their one source.
import { noticeClose as enClose, noticeProtectionOff as enOff, noticeProtectionOffHeld as enHeld } from '../../public/_locales/en/messages.json';
import { noticeClose as cnClose, noticeProtectionOff as cnOff, noticeProtectionOffHeld as cnHeld } from '../../public/_locales/zh_CN/messages.json';
import { noticeClose as twClose, noticeProtectionOff as twOff, noticeProtectionOffHeld as twHeld } from '../../public/_locales/zh_TW/messages.json';

/** The notice's text and its close button, in the browser's language (as the browser picks the locale). */
export function goneNotice(uiLanguage: string, held: boolean): { text: string; close: string } {
  const lang = uiLanguage.toLowerCase();
  const [off, heldText, close] = /^zh-(tw|hk|mo|hant)/.test(lang) ? [twOff, twHeld, twClose]
    : lang.startsWith('zh') ? [cnOff, cnHeld, cnClose]
    : [enOff, enHeld, enClose];
  return { text: held ? `${off.message} ${heldText.message}` : off.message, close: close.message };
}
