// Tests load a private copy of the build: teammates rebuild dist/ while suites run, and a browser
// that reads half-written files hangs in ways that look like product bugs. The copy is taken
// while the build is quiet (nothing written for a moment) and re-taken if it changed meanwhile.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SCRATCH } from './paths.ts';

const QUIET_MS = 1_500;

/** Newest modification time in a tree, and how many files it holds. */
function treeState(dir: string): string {
  let newest = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return `${newest}:${files}`;
}

/** The manifest and the scripts it names are all there (not a build caught half-way). */
function complete(dir: string): boolean {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return false;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    const named: string[] = [
      ...(m.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
      ...(m.background?.scripts ?? []),
      ...(m.background?.service_worker ? [m.background.service_worker] : []),
    ];
    // crxjs's service-worker-loader.js only imports the real chunk: that one must be there too
    const imported = named.filter((f) => existsSync(join(dir, f)))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^import\s+['"]\.\/([^'"]+)['"]/gm)].map((x) => x[1]));
    return [...named, ...imported].every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function snapshotExtension(dir: string): Promise<{ dir: string; remove(): void }> {
  mkdirSync(SCRATCH, { recursive: true });
  const parent = mkdtempSync(join(SCRATCH, `ext-${basename(dir)}-`));
  const copy = join(parent, basename(dir));
  for (let attempt = 0; ; attempt++) {
    const before = treeState(dir);
    if (Date.now() - Number(before.split(':')[0]) < QUIET_MS && attempt < 40) {
      await sleep(QUIET_MS); // a build is writing right now
      continue;
    }
    rmSync(copy, { recursive: true, force: true });
    cpSync(dir, copy, { recursive: true });
    if ((treeState(dir) === before && complete(copy)) || attempt >= 40) break;
    await sleep(QUIET_MS);
  }
  return { dir: copy, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
