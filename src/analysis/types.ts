// The engine's public data shapes. Shared by the background, the CLI, the vision code and tests.
// Pure types: nothing here may import a browser or Node API.

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

export type Level = 'warn' | 'caution' | 'none';
export type Severity = 'high' | 'medium' | 'low';

export interface Box { x: number; y: number; width: number; height: number }

export interface Face {
  /** estimated age in years */
  age: number;
  /** the engine should treat this face as a child's */
  child: boolean;
  /** in pixels of the photo as displayed (EXIF orientation applied) */
  box: Box;
  /** detector confidence 0..1 */
  score?: number;
}

export interface GpsPoint { lat: number; lon: number }

/** What is known about one attached photo: metadata (from the bytes), faces and text (from vision). */
export interface PhotoFacts {
  /** stable id within the draft (content hash or adapter id) */
  id: string;
  /** file name or path, for messages */
  name?: string;
  gps: GpsPoint | null;
  /** IPTC/XMP place names (city, sublocation, country…) */
  places?: string[];
  capturedAt?: string;
  device?: string;
  orientation?: number;
  width?: number;
  height?: number;
  faces: Face[];
  /** text read from the picture ('' when none or not checked) */
  text: string;
  /** the lines of that text as read, each boxed in pixels of the photo as displayed (several
   *  readings of the picture may box the same line) */
  textLines?: { text: string; box: Box }[];
  /** which parts were actually checked; false = not run or failed */
  checked: { metadata: boolean; faces: boolean; text: boolean };
  /** OCR stopped at its time budget */
  textCutShort?: boolean;
  /** a human-readable problem with this photo (unreadable, not an image, too large…) */
  error?: string;
}

export interface Draft {
  text: string;
  photos: PhotoFacts[];
  locale: Locale;
}

export type Evidence =
  | { kind: 'text'; quote: string; start: number; end: number }
  | { kind: 'photo-gps'; photo: number; lat: number; lon: number }
  | { kind: 'photo-place'; photo: number; place: string }
  | { kind: 'photo-face'; photo: number; age: number; box: Box }
  | { kind: 'photo-text'; photo: number; quote: string };

export interface Reason {
  /** stable machine code, e.g. 'child-face', 'vulnerable-begging', 'phone-number', 'photo-gps' */
  code: string;
  severity: Severity;
  /** localised, one sentence, in the draft's locale */
  message: string;
  evidence: Evidence[];
}

export interface Verdict {
  level: Level;
  /** 0..1 */
  score: number;
  reasons: Reason[];
}

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'avif' | 'gif' | 'tiff' | 'bmp';

/** What a photo's bytes say about it, before any vision model runs. */
export interface PhotoMetadata {
  /** null when the bytes are not an image format we know */
  format: ImageFormat | null;
  gps: GpsPoint | null;
  /** metres above sea level, when recorded */
  altitude?: number;
  /** local capture time as recorded, 'YYYY-MM-DDTHH:MM:SS' (+ offset when the camera wrote one) */
  capturedAt?: string;
  /** camera or phone, "Make Model" */
  device?: string;
  /** IPTC/XMP place names: sublocation, city, state, country */
  places?: string[];
  /** EXIF orientation 1..8 */
  orientation?: number;
  /** stored pixel size (before orientation is applied) */
  width?: number;
  height?: number;
  /** zero-byte, truncated or not an image; the other fields hold whatever could still be read */
  error?: string;
}
