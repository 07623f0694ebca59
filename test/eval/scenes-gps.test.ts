// GPS through the Node analyzer (metadata read by the engine's reader): every exif/gps file reports
// its position, no exif/no_gps file does; HEIC keeps its GPS though its pixels are not checked.
import { describe, expect, it } from 'vitest';
import { facesAnalyzer as analyzer } from './analyzers.ts';
import { readBytes, readManifest } from '../../src/vision/eval/ground-truth.ts';

const rows = readManifest();
const withGps = rows.filter((r) => r.category === 'exif/gps').map((r) => {
  const m = /lat=(-?[\d.]+) lon=(-?[\d.]+)/.exec(r.groundTruth)!;
  return { file: r.file, lat: Number(m[1]), lon: Number(m[2]) };
});
const withoutGps = rows.filter((r) => r.category === 'exif/no_gps').map((r) => r.file);

describe('GPS through the photo analyzer', () => {
  it.each(withGps)('$file reports its position', async ({ file, lat, lon }) => {
    const facts = await analyzer.analyze(readBytes(file), { name: file });
    expect(facts.gps).not.toBeNull();
    expect(facts.gps!.lat).toBeCloseTo(lat, 4);
    expect(facts.gps!.lon).toBeCloseTo(lon, 4);
  });

  it.each(withoutGps)('%s reports no position', async (file) => {
    const facts = await analyzer.analyze(readBytes(file), { name: file });
    expect(facts.gps).toBeNull();
    expect(facts.checked.metadata).toBe(true);
  });

  it('analyses the Orientation=6 photo (turned upright by the decoder) without error', async () => {
    const facts = await analyzer.analyze(readBytes('exif/no_gps/exifsamples_orientation_landscape_6.jpg'));
    expect(facts.error).toBeUndefined();
    expect(facts.checked.faces && facts.checked.text).toBe(true);
  });
});
