// `npm run package`: the store-ready archives of one version, under releases/:
//   child-guard-<version>-chrome.zip   Chrome Web Store upload (dist/chrome)
//   child-guard-<version>-firefox.zip  addons.mozilla.org upload (dist/firefox, via web-ext build)
//   child-guard-<version>-source.zip   the committed sources AMO reviewers ask for, with how to build them
// The version comes from package.json only (vite.config.ts writes it into both manifests).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foreignOcrBudgets } from './release-settings.ts';

const REPO = resolve(import.meta.dirname, '..');
const OUT = join(REPO, 'releases');
const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
const webExt = join(REPO, 'node_modules/.bin/web-ext');

if (execFileSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' }).trim()) {
  console.error('package: the work tree has uncommitted changes; the source archive would not match the builds. Commit first.');
  process.exit(1);
}

run('npm', ['run', 'build']);
for (const target of ['chrome', 'firefox']) {
  const manifest = JSON.parse(readFileSync(join(REPO, `dist/${target}/manifest.json`), 'utf8')) as { version: string };
  if (manifest.version !== version) throw new Error(`dist/${target} says version ${manifest.version}, package.json ${version}`);
  // the e2e tier's test build (a roomy OCR budget) must never be what gets packaged
  const foreign = foreignOcrBudgets(join(REPO, `dist/${target}`));
  if (foreign.length) throw new Error(`dist/${target} carries an OCR budget that is not the product's: ${foreign.join(', ')}`);
}
run(webExt, ['lint', '--source-dir', 'dist/firefox']);

mkdirSync(OUT, { recursive: true });
const names = { chrome: `child-guard-${version}-chrome.zip`, firefox: `child-guard-${version}-firefox.zip`, source: `child-guard-${version}-source.zip` };
for (const name of Object.values(names)) rmSync(join(OUT, name), { force: true });
for (const target of ['chrome', 'firefox'] as const) {
  run(webExt, ['build', '--source-dir', `dist/${target}`, '--artifacts-dir', OUT, '--filename', names[target], '--overwrite-dest']);
}
// git archive: exactly what is committed (no node_modules, no builds, no shared data), with BUILDING.md at its root
run('git', ['archive', '--format=zip', `--prefix=child-guard-${version}/`, '-o', join(OUT, names.source), 'HEAD']);

for (const name of Object.values(names)) {
  if (!existsSync(join(OUT, name))) throw new Error(`${name} was not written`);
  console.log(`releases/${name}`);
}
