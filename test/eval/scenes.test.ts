// Whole photos through the Node analyzer: a child is found in kodim15, none in the adult-only
// scenes, and no face at all in the Kodak negatives (no people).
import { afterAll, describe, expect, it } from 'vitest';
import { facesAnalyzer as analyzer } from './analyzers.ts';
import { readBytes, readManifest } from '../../src/vision/eval/ground-truth.ts';
import type { PhotoFacts } from '../../src/analysis/types.ts';
import { evalReport } from './eval-report.ts';

const report = evalReport('scenes');
let analyzed = 0;
afterAll(() => report.summary([`scenes: ${analyzed} photos analyzed, faces found per photo listed in the report`]));

const rows = readManifest();
const scenes = rows.filter((r) => r.file.startsWith('scenes/'));
const adultOnly = scenes.filter((r) => /children=no/.test(r.groundTruth)).map((r) => r.file);
const negatives = rows.filter((r) => r.category === 'negatives').map((r) => r.file);

async function analyze(file: string): Promise<PhotoFacts> {
  const facts = await analyzer.analyze(readBytes(file), { name: file });
  const faces = facts.faces.map((f) => `${f.age}${f.child ? ' child' : ''}@${f.score}`).join(', ');
  analyzed++;
  report.line(`${file}: ${facts.faces.length} faces [${faces}]${facts.error ? ` error: ${facts.error}` : ''}`);
  return facts;
}

describe('scenes', () => {
  it('finds the young girl in kodim15 and calls her a child', async () => {
    const facts = await analyze('scenes/kodak_kodim15.png');
    expect(facts.checked.faces).toBe(true);
    expect(facts.faces.some((f) => f.child && f.age < 12)).toBe(true);
    const girl = facts.faces.find((f) => f.child)!;
    expect(girl.box.x).toBeGreaterThan(200); // she is right of centre in the 768x512 frame
  });

  it.each(adultOnly)('calls no child in the adult-only scene %s', async (file) => {
    const facts = await analyze(file);
    expect(facts.checked.faces).toBe(true);
    expect(facts.faces.length).toBeGreaterThan(0);
    expect(facts.faces.filter((f) => f.child)).toEqual([]);
  });

  it('finds most of the 29 adults in the 1927 Solvay group photo', async () => {
    const facts = await analyze('scenes/human_solvay1927.jpg');
    expect(facts.faces.length).toBeGreaterThanOrEqual(25);
  });

  it('reports the toddler seen from behind (sony-d700) without a gate: no face of hers is visible', async () => {
    const facts = await analyze('scenes/exifsamples_sony-d700.jpg');
    expect(facts.checked.faces).toBe(true);
  });

  it.each(negatives)('finds no face in %s (no people)', async (file) => {
    const facts = await analyze(file);
    expect(facts.faces).toEqual([]);
  });
});
