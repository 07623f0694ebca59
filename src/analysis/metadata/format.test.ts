import { describe, expect, it } from 'vitest';
import { isCutOffImage, sniffFormat } from './format.ts';
import { placesFromXmp } from './xmp.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible);
};

describe('image format from the first bytes', () => {
  it('knows JPEG, PNG, WebP, GIF, TIFF and BMP by their magic numbers', () => {
    expect(sniffFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBP'))).toBe('webp');
    expect(sniffFormat(bytes('GIF89a'))).toBe('gif');
    expect(sniffFormat(bytes('II', [0x2a, 0]))).toBe('tiff');
    expect(sniffFormat(bytes('BM', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('bmp');
  });
  it('tells HEIC from AVIF by the ftyp brands', () => {
    expect(sniffFormat(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(sniffFormat(ftyp('avif', 'mif1', 'avif'))).toBe('avif');
    expect(sniffFormat(ftyp('mif1', 'avif'))).toBe('avif');
    expect(sniffFormat(ftyp('mif1', 'heic'))).toBe('heic');
    expect(sniffFormat(ftyp('isom', 'mp42'))).toBeNull(); // a video, not a picture
  });
  it('rejects text and empty input, and spots a picture cut off inside its magic number', () => {
    expect(sniffFormat(bytes('hello world'))).toBeNull();
    expect(sniffFormat(new Uint8Array(0))).toBeNull();
    expect(isCutOffImage(bytes([0xff, 0xd8]))).toBe(true);
    expect(isCutOffImage(bytes('RIFF', [1, 2]))).toBe(true);
    expect(isCutOffImage(bytes('hello'))).toBe(false);
  });
});

describe('XMP place names', () => {
  it('reads attributes and elements', () => {
    const xmp = '<rdf:Description photoshop:City="Guangzhou" photoshop:Country="China"><Iptc4xmpCore:Location>Tianhe Park</Iptc4xmpCore:Location></rdf:Description>';
    expect(placesFromXmp(xmp)).toEqual(['Tianhe Park', 'Guangzhou', 'China']);
    expect(placesFromXmp('<x/>')).toEqual([]);
  });
});
