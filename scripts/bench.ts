// `npm run bench`: runs every scripts/bench/*.ts in name order. Each exports `default async () => void`
// and prints its own figures (with the goal and the ratio figure/goal) through `report` below.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const f of files) {
  console.log(`\n== ${f.replace(/\.ts$/, '')}`);
  const mod = await import(pathToFileURL(join(dir, f)).href);
  await mod.default();
}
