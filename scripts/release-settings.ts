// The release builds carry the product's analysis settings, never the e2e tier's test build's
// (src/background/load-analyzer.ts: a roomy OCR budget, only in the `e2e-*` vite modes). The
// bundles are minified, so the budget is found as the property the settings are written with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../src/vision/core/analyzer.ts';

const BUDGET = /\bocrBudgetMs:\s*([^,}\s)]+)/g;

/** Every OCR budget written in the build's scripts that is not the product's, as `file: value`. */
export function foreignOcrBudgets(dir: string): string[] {
  const found: string[] = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(m?js)$/.test(e.name)) continue;
    const file = join(e.parentPath, e.name);
    for (const [, value] of readFileSync(file, 'utf8').matchAll(BUDGET)) {
      if (Number(value.replaceAll('_', '')) !== DEFAULT_SETTINGS.ocrBudgetMs) found.push(`${file}: ${value}`);
    }
  }
  return found;
}
