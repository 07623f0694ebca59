// Photo metadata from the bytes: GPS, capture time, device, IPTC/XMP places, orientation, size.
// The container walker finds the EXIF block of every format (JPEG APP1, PNG eXIf, WebP EXIF,
// HEIF/AVIF 'Exif' item, TIFF itself) and the bounded EXIF walker reads it: a hostile count or
// offset can neither make it work hard nor hide the position. exifr reads only IPTC and XMP
// (place names), never the EXIF block. Never throws.
import exifr from 'exifr';
import type { GpsPoint, PhotoMetadata } from '../types.ts';
import { readContainer } from './containers.ts';
import { readExifBlock, type ExifFields } from './exif-walk.ts';
import { isCutOffImage, sniffFormat } from './format.ts';
import { placesFromXmp } from './xmp.ts';

const OPTIONS = {
  tiff: false, ifd0: false, exif: false, gps: false, iptc: true, xmp: true,
  ifd1: false, icc: false, jfif: false, ihdr: false, interop: false, makerNote: false, userComment: false,
  translateKeys: true, translateValues: false, reviveValues: true, mergeOutput: true, silentErrors: true,
};

const PLACE_KEYS = ['Sublocation', 'Location', 'City', 'State', 'ProvinceState', 'Province-State', 'Country', 'CountryName'];

const positiveInteger = (x: number | undefined) => (x !== undefined && Number.isInteger(x) && x > 0 ? x : undefined);

const pad = (n: number) => String(n).padStart(2, '0');

/** exifr revives EXIF times as local Dates; print them back as the camera wrote them. */
function localTime(x: unknown, offset: unknown): string | undefined {
  let s: string | undefined;
  if (x instanceof Date && !Number.isNaN(x.getTime())) {
    s = `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}T${pad(x.getHours())}:${pad(x.getMinutes())}:${pad(x.getSeconds())}`;
  } else if (typeof x === 'string' && /^\d{4}[:-]\d{2}[:-]\d{2}[ T]\d{2}:\d{2}:\d{2}/.test(x)) {
    s = `${x.slice(0, 4)}-${x.slice(5, 7)}-${x.slice(8, 10)}T${x.slice(11, 19)}`;
  }
  return s && typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? s + offset : s;
}

function gpsOf(exif: ExifFields): GpsPoint | null {
  const lat = exif.latitude;
  const lon = exif.longitude;
  if (lat === undefined || lon === undefined) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null; // 0,0 = no fix
  return { lat, lon };
}

function deviceOf(makeValue: unknown, modelValue: unknown): string | undefined {
  const make = typeof makeValue === 'string' ? makeValue.trim() : '';
  const model = typeof modelValue === 'string' ? modelValue.trim() : '';
  if (!make && !model) return undefined;
  if (model.toLowerCase().startsWith(make.toLowerCase())) return model;
  return [make, model].filter(Boolean).join(' ');
}

function placesOf(tags: Record<string, any>, extra: string[]): string[] | undefined {
  const out: string[] = [];
  for (const v of [...PLACE_KEYS.map((k) => tags[k]), ...extra]) {
    for (const s of Array.isArray(v) ? v : [v]) {
      if (typeof s !== 'string') continue;
      const t = s.trim();
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out.length ? out : undefined;
}

async function parse(input: Uint8Array): Promise<Record<string, any>> {
  try {
    return ((await exifr.parse(input, OPTIONS as any)) as Record<string, any> | undefined) ?? {};
  } catch {
    return {};
  }
}

export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { format: null, gps: null, error: 'empty file' };
    const format = sniffFormat(bytes);
    if (!format) return { format: null, gps: null, error: isCutOffImage(bytes) ? 'truncated file' : 'not an image' };
    const box = readContainer(format, bytes);
    const exif = box.exif ? readExifBlock(box.exif) : {};
    // IPTC and XMP: exifr reads them in JPEG, PNG, HEIF/AVIF and TIFF; WebP's XMP is the walker's
    const tags = format === 'webp' || format === 'gif' || format === 'bmp' ? {} : await parse(bytes);
    const orientation = exif.orientation ?? tags.Orientation;
    const width = box.width || exif.imageWidth;
    const height = box.height || exif.imageHeight;
    const meta: PhotoMetadata = {
      format,
      gps: gpsOf(exif),
      altitude: exif.altitude,
      capturedAt: localTime(exif.dateTimeOriginal ?? exif.createDate ?? exif.modifyDate ?? tags.DateTimeOriginal ?? tags.CreateDate, exif.offsetTimeOriginal ?? exif.offsetTime),
      device: deviceOf(exif.make ?? tags.Make, exif.model ?? tags.Model),
      places: placesOf(tags, box.xmp ? placesFromXmp(box.xmp) : []),
      orientation: Number.isInteger(orientation) && orientation >= 1 && orientation <= 8 ? orientation : undefined,
      width: positiveInteger(width),
      height: positiveInteger(height),
      error: box.truncated ? 'truncated file' : undefined,
    };
    for (const k of Object.keys(meta) as (keyof PhotoMetadata)[]) if (meta[k] === undefined) delete meta[k];
    return meta;
  } catch {
    return { format: null, gps: null, error: 'unreadable file' };
  }
}
