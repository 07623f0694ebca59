// Photo metadata from the bytes: GPS, capture time, device, IPTC/XMP places, orientation, size.
// exifr reads JPEG, HEIC/HEIF, AVIF, PNG and TIFF; for WebP (which it cannot read) and for a
// PNG whose eXIf chunk its parse misses, the container walker hands it the bare TIFF block.
// Never throws.
import exifr from 'exifr';
import type { GpsPoint, PhotoMetadata } from '../types.ts';
import { readContainer } from './containers.ts';
import { isCutOffImage, sniffFormat } from './format.ts';
import { placesFromXmp } from './xmp.ts';

const OPTIONS = {
  tiff: true, ifd0: true, exif: true, gps: true, iptc: true, xmp: true,
  ifd1: false, icc: false, jfif: false, ihdr: false, interop: false, makerNote: false, userComment: false,
  translateKeys: true, translateValues: false, reviveValues: true, mergeOutput: true, silentErrors: true,
};

const PLACE_KEYS = ['Sublocation', 'Location', 'City', 'State', 'ProvinceState', 'Province-State', 'Country', 'CountryName'];

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

function gpsOf(tags: Record<string, any>): GpsPoint | null {
  const lat = tags.latitude;
  const lon = tags.longitude;
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null; // 0,0 = no fix
  return { lat, lon };
}

function deviceOf(tags: Record<string, any>): string | undefined {
  const make = typeof tags.Make === 'string' ? tags.Make.trim() : '';
  const model = typeof tags.Model === 'string' ? tags.Model.trim() : '';
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
    let tags: Record<string, any> = {};
    if (format === 'webp') tags = box.exif ? await parse(box.exif) : {};
    else if (format !== 'gif' && format !== 'bmp') tags = await parse(bytes);
    if (format === 'png' && !gpsOf(tags) && box.exif) tags = { ...tags, ...(await parse(box.exif)) };
    const orientation = Number.isInteger(tags.Orientation) && tags.Orientation >= 1 && tags.Orientation <= 8 ? tags.Orientation : undefined;
    const meta: PhotoMetadata = {
      format,
      gps: gpsOf(tags),
      altitude: typeof tags.GPSAltitude === 'number' && Number.isFinite(tags.GPSAltitude) ? (tags.GPSAltitudeRef === 1 ? -1 : 1) * tags.GPSAltitude : undefined,
      capturedAt: localTime(tags.DateTimeOriginal ?? tags.CreateDate ?? tags.ModifyDate, tags.OffsetTimeOriginal ?? tags.OffsetTime),
      device: deviceOf(tags),
      places: placesOf(tags, box.xmp ? placesFromXmp(box.xmp) : []),
      orientation,
      width: box.width || (typeof tags.ImageWidth === 'number' ? tags.ImageWidth : undefined),
      height: box.height || (typeof tags.ImageHeight === 'number' ? tags.ImageHeight : undefined),
      error: box.truncated ? 'truncated file' : undefined,
    };
    for (const k of Object.keys(meta) as (keyof PhotoMetadata)[]) if (meta[k] === undefined) delete meta[k];
    return meta;
  } catch {
    return { format: null, gps: null, error: 'unreadable file' };
  }
}
