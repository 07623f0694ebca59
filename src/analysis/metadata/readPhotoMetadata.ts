// Photo metadata from the bytes: GPS, capture time, device, IPTC/XMP places, orientation, size.
// The container walker finds the EXIF, XMP and IPTC blocks of every format (JPEG APP1/APP13, PNG
// eXIf/iTXt, WebP EXIF/XMP chunks, the HEIF/AVIF 'Exif' and XMP items, TIFF itself), and bounded
// readers of our own read them: no count, offset or length in a file can make them work hard or
// hide the position. Never throws.
import type { GpsPoint, PhotoMetadata } from '../types.ts';
import { readContainer } from './containers.ts';
import { readExifBlock, type ExifFields } from './exif-walk.ts';
import { isCutOffImage, sniffFormat } from './format.ts';
import { placesFromIptc } from './iptc.ts';
import { placesFromXmp } from './xmp.ts';

const positiveInteger = (x: number | undefined) => (x !== undefined && Number.isInteger(x) && x > 0 ? x : undefined);

/** 'YYYY:MM:DD HH:MM:SS' as the camera wrote it → 'YYYY-MM-DDTHH:MM:SS' (+ its offset, if any) */
function localTime(x: string | undefined, offset: string | undefined): string | undefined {
  if (!x || !/^\d{4}[:-]\d{2}[:-]\d{2}[ T]\d{2}:\d{2}:\d{2}/.test(x)) return undefined;
  const s = `${x.slice(0, 4)}-${x.slice(5, 7)}-${x.slice(8, 10)}T${x.slice(11, 19)}`;
  return offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? s + offset : s;
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

function placesOf(...lists: string[][]): string[] | undefined {
  const out: string[] = [];
  for (const t of lists.flat()) if (!out.includes(t)) out.push(t);
  return out.length ? out : undefined;
}

export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { format: null, gps: null, error: 'empty file' };
    const format = sniffFormat(bytes);
    if (!format) return { format: null, gps: null, error: isCutOffImage(bytes) ? 'truncated file' : 'not an image' };
    const box = readContainer(format, bytes);
    const exif = box.exif ? readExifBlock(box.exif) : {};
    const orientation = exif.orientation;
    const width = box.width || exif.imageWidth;
    const height = box.height || exif.imageHeight;
    const meta: PhotoMetadata = {
      format,
      gps: gpsOf(exif),
      altitude: exif.altitude,
      capturedAt: localTime(exif.dateTimeOriginal ?? exif.createDate ?? exif.modifyDate, exif.offsetTimeOriginal ?? exif.offsetTime),
      device: deviceOf(exif.make, exif.model),
      places: placesOf(box.photoshop ? placesFromIptc(box.photoshop) : [], box.xmp ? placesFromXmp(box.xmp) : []),
      orientation: orientation !== undefined && Number.isInteger(orientation) && orientation >= 1 && orientation <= 8 ? orientation : undefined,
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
