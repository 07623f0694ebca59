// The one protocol between the extension's contexts, by sender:
//   content script → background: photo:reserve, photo:analyze, photo:forget, draft:score, site:paused
//   toolbar popup → background: popup:tab, popup:pause
//   background → analysis document (Chrome's offscreen document, Firefox's frame): vision:analyze
// Photo bytes travel as a Uint8Array: messages are structured clones in Firefox, and in Chrome
// since 148 with the manifest's `message_serialization: structured_clone` (vite.config.ts), so no
// base64 copies of a 5 MB photo are made on the page's main thread or in the extension's process.
// Every receiver calls one of the parse… functions below: they check the shape AND the sender,
// and return null for anything else (pages and other extensions are untrusted).
import type { Box, Locale, PhotoFacts, Verdict } from './analysis/types.ts';
import { LOCALES } from './analysis/types.ts';
import { isSupportedPageUrl } from './sites/hosts.ts';

/** Largest photo the content script sends (bytes). Bigger files are reported as unchecked. */
export const MAX_PHOTO_BYTES = 32 * 1024 * 1024;
export const MAX_DRAFT_CHARS = 100_000;
export const MAX_PHOTOS_PER_DRAFT = 40;
const PHOTO_ID = /^[0-9a-f]{64}$/; // SHA-256 of the bytes, hex

export interface PhotoAnalyzeMessage {
  type: 'photo:analyze';
  /** SHA-256 of the bytes (hex); the background checks it */
  id: string;
  name: string;
  mime: string;
  /** the photo's bytes */
  data: Uint8Array<ArrayBuffer>;
}
/** Asks for room in the analysis budget before the bytes cross: a photo refused never costs the
 *  extension's process a copy of itself */
export interface PhotoReserveMessage {
  type: 'photo:reserve';
  id: string;
  /** the photo's size in bytes */
  size: number;
}
export interface PhotoForgetMessage {
  type: 'photo:forget';
  /** photo ids, or 'all' for a fresh page */
  ids: string[] | 'all';
}
export interface DraftScoreMessage {
  type: 'draft:score';
  text: string;
  photoIds: string[];
  locale: Locale;
  /** how long the background may wait for unfinished photo checks */
  waitMs: number;
}
/** Has the user paused checking on the sender's site (its host, from the sender's URL)? */
export interface SitePausedMessage { type: 'site:paused' }

export interface VisionAnalyzeMessage {
  type: 'vision:analyze';
  id: string;
  name: string;
  mime: string;
  data: Uint8Array<ArrayBuffer>;
}
export type OffscreenMessage = VisionAnalyzeMessage;

// ---- replies ----
export type PhotoAnalyzeReply =
  | { ok: true }
  /** `busy`: over the analysis budget (too many photos being checked); the photo was not kept */
  | { ok: false; error: string; busy?: true };
export type PhotoForgetReply = { ok: true };
export interface PhotoStatus {
  id: string;
  /** faces and text were checked (metadata alone is not enough to call a photo checked) */
  complete: boolean;
  /** still running when the draft was scored (the bounded wait ran out) */
  late?: boolean;
  /** the reading of the text in the picture ran out of time: what follows the point it reached is unread */
  textPartial?: true;
  error?: string;
  /** every face found (child or not), in the photo's upright pixels: what a safer copy covers */
  faces: Box[];
  /** the photo's metadata tells where it was taken (GPS or place names) */
  located: boolean;
  /** the lines of text in the picture the verdict quotes (photo's upright pixels): covered too */
  coverText?: Box[];
}
export type DraftScoreReply =
  | { ok: true; verdict: Verdict; photos: PhotoStatus[] }
  /** the background no longer holds these photos (e.g. the service worker restarted): send them again */
  | { ok: false; missing: string[] }
  | { ok: false; error: string };
export type VisionAnalyzeReply = { ok: true; facts: PhotoFacts } | { ok: false; error: string };
export interface SitePausedReply { paused: boolean }

/** Each content message with the one reply it gets: the router must answer every kind with its
 *  own reply type, and a caller gets that type back. */
export interface ContentProtocol {
  'photo:reserve': { message: PhotoReserveMessage; reply: PhotoAnalyzeReply };
  'photo:analyze': { message: PhotoAnalyzeMessage; reply: PhotoAnalyzeReply };
  'photo:forget': { message: PhotoForgetMessage; reply: PhotoForgetReply };
  'draft:score': { message: DraftScoreMessage; reply: DraftScoreReply };
  'site:paused': { message: SitePausedMessage; reply: SitePausedReply };
}
export type ContentMessage = ContentProtocol[keyof ContentProtocol]['message'];
/** The reply a content message gets. */
export type ReplyTo<M extends ContentMessage> = ContentProtocol[M['type']]['reply'];

/** The parts of runtime.MessageSender we rely on (same in Chrome and Firefox). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isPhotoId = (v: unknown): v is string => typeof v === 'string' && PHOTO_ID.test(v);
// by its tag, not instanceof: a clone may come from another realm (a content script's sandbox)
const isPhotoBytes = (v: unknown): v is Uint8Array<ArrayBuffer> =>
  Object.prototype.toString.call(v) === '[object Uint8Array]' &&
  (v as Uint8Array).byteLength > 0 && (v as Uint8Array).byteLength <= MAX_PHOTO_BYTES &&
  Object.prototype.toString.call((v as Uint8Array).buffer) === '[object ArrayBuffer]';
const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** A content script of ours, in the top frame of a supported site or of a server the user added. */
export function isFromOurContentScript(sender: SenderInfo, runtimeId: string, addedHosts?: ReadonlySet<string>): boolean {
  return (
    sender.id === runtimeId &&
    typeof sender.tab?.id === 'number' &&
    sender.frameId === 0 &&
    isSupportedPageUrl(sender.url ?? sender.tab.url, addedHosts)
  );
}

/** Another page of our own extension (service worker, background page), never a tab. */
export function isFromOurExtension(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && sender.tab === undefined && (sender.url === undefined || sender.url.startsWith(extensionOrigin));
}

function parsePhotoPayload(m: Record<string, unknown>): { id: string; name: string; mime: string; data: Uint8Array<ArrayBuffer> } | null {
  if (!isPhotoId(m.id) || !isShortString(m.name, 500) || !isShortString(m.mime, 100) || !isPhotoBytes(m.data)) return null;
  return { id: m.id, name: m.name, mime: m.mime, data: m.data };
}

/** Shape of a content → background message (no sender check). */
export function parseContentMessageShape(m: unknown): ContentMessage | null {
  if (!isObject(m)) return null;
  switch (m.type) {
    case 'photo:analyze': {
      const p = parsePhotoPayload(m);
      return p && { type: 'photo:analyze', ...p };
    }
    case 'photo:reserve':
      if (!isPhotoId(m.id) || typeof m.size !== 'number' || !Number.isInteger(m.size) || m.size <= 0 || m.size > MAX_PHOTO_BYTES) return null;
      return { type: 'photo:reserve', id: m.id, size: m.size };
    case 'photo:forget':
      if (m.ids === 'all') return { type: 'photo:forget', ids: 'all' };
      if (Array.isArray(m.ids) && m.ids.length <= MAX_PHOTOS_PER_DRAFT * 4 && m.ids.every(isPhotoId)) {
        return { type: 'photo:forget', ids: [...m.ids] };
      }
      return null;
    case 'draft:score':
      if (
        !isShortString(m.text, MAX_DRAFT_CHARS) ||
        !Array.isArray(m.photoIds) ||
        m.photoIds.length > MAX_PHOTOS_PER_DRAFT ||
        !m.photoIds.every(isPhotoId) ||
        !isLocale(m.locale) ||
        typeof m.waitMs !== 'number' ||
        !(m.waitMs >= 0 && m.waitMs <= 60_000)
      ) return null;
      return { type: 'draft:score', text: m.text, photoIds: [...m.photoIds], locale: m.locale, waitMs: m.waitMs };
    case 'site:paused':
      return { type: 'site:paused' };
    default:
      return null;
  }
}

/** In the background: a message from our content script on a supported site (or an added server), or null. */
export function parseContentMessage(m: unknown, sender: SenderInfo, runtimeId: string, addedHosts?: ReadonlySet<string>): ContentMessage | null {
  return isFromOurContentScript(sender, runtimeId, addedHosts) ? parseContentMessageShape(m) : null;
}

/** In the analysis document: a vision request from our own background, or null. */
export function parseOffscreenMessage(m: unknown, sender: SenderInfo, runtimeId: string, extensionOrigin: string): OffscreenMessage | null {
  if (!isObject(m) || m.type !== 'vision:analyze' || !isFromOurExtension(sender, runtimeId, extensionOrigin)) return null;
  const p = parsePhotoPayload(m);
  return p && { type: 'vision:analyze', ...p };
}

/** In the background: is this reply from the offscreen document well formed? */
export function parseVisionReply(r: unknown): VisionAnalyzeReply | null {
  if (!isObject(r)) return null;
  if (r.ok === false && typeof r.error === 'string') return { ok: false, error: r.error };
  if (r.ok === true && isObject(r.facts) && typeof r.facts.id === 'string' && Array.isArray(r.facts.faces) && isObject(r.facts.checked)) {
    return { ok: true, facts: r.facts as unknown as PhotoFacts };
  }
  return null;
}

// ---- the toolbar popup (an extension page) → background ----
/** What the background knows of one tab: its draft's photo facts so far (never the draft) and
 *  whether checking is paused on `host`, the tab's host as the popup read it. */
export interface PopupTabMessage { type: 'popup:tab'; tabId: number; host: string }
/** Pause checking on `host` for an hour, or resume it. */
export interface PopupPauseMessage { type: 'popup:pause'; host: string; paused: boolean }

/** Counts over the photos a tab's draft holds: `pending` are still being examined. */
export interface PhotoSummary { photos: number; pending: number; faces: number; childFaces: number; located: number; withText: number }
export interface PopupTabReply { ok: true; photos: PhotoSummary; pausedUntil: number | null }
export interface PopupPauseReply { ok: true; pausedUntil: number | null }

/** Each popup message with the one reply it gets. */
export interface PopupProtocol {
  'popup:tab': { message: PopupTabMessage; reply: PopupTabReply };
  'popup:pause': { message: PopupPauseMessage; reply: PopupPauseReply };
}
export type PopupMessage = PopupProtocol[keyof PopupProtocol]['message'];
/** The reply a popup message gets. */
export type PopupReplyTo<M extends PopupMessage> = PopupProtocol[M['type']]['reply'];

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

/** One of our own extension pages (the popup, also when opened in a tab), never a content script. */
export function isFromOurPage(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** In the background: a message from our popup, or null. */
export function parsePopupMessage(m: unknown, sender: SenderInfo, runtimeId: string, extensionOrigin: string): PopupMessage | null {
  if (!isObject(m) || !isFromOurPage(sender, runtimeId, extensionOrigin)) return null;
  if (typeof m.host !== 'string' || !HOST_NAME.test(m.host)) return null;
  if (m.type === 'popup:tab' && Number.isSafeInteger(m.tabId) && (m.tabId as number) >= 0) return { type: 'popup:tab', tabId: m.tabId as number, host: m.host };
  if (m.type === 'popup:pause' && typeof m.paused === 'boolean') return { type: 'popup:pause', host: m.host, paused: m.paused };
  return null;
}
