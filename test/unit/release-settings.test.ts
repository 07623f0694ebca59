import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { foreignOcrBudgets } from '../../scripts/release-settings.ts';

const root = mkdtempSync(join(tmpdir(), 'cg-release-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the release builds\' OCR budget', () => {
  it('passes the product\'s budget, however the minifier writes it', () => {
    const dir = build('release', {
      'assets/browser-x.js': 'const S={idleMs:6e4,ocrBudgetMs:4e3,maxPixels:5e7};',
      'assets/offscreen-x.js': 'd={},f=null;',
      'src/other.js': 'x={ocrBudgetMs:4000}',
    });
    expect(foreignOcrBudgets(dir)).toEqual([]);
  });

  it('finds the e2e test build\'s roomy budget', () => {
    const dir = build('e2e', {
      'assets/browser-x.js': 'const S={idleMs:6e4,ocrBudgetMs:4e3,maxPixels:5e7};',
      'assets/offscreen-x.js': 'd={ocrBudgetMs:12e4},f=null;',
    });
    expect(foreignOcrBudgets(dir)).toEqual([`${join(dir, 'assets/offscreen-x.js')}: 12e4`]);
  });
});
