// A site is a unit: adding one touches the adapter, the host list, the manifest, a look-alike page,
// the e2e harness and the README. This checks they agree, so a site left out of any of them (and
// so silently unprotected, or untested) fails here rather than in the wild.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { SITES } from '../e2e/harness/sites.ts';
import { HOST_PATTERNS, SITE_HOSTS, SUPPORTED_HOSTS } from '../../src/sites/hosts.ts';
import { ADAPTERS } from '../../src/sites/index.ts';
import { FIXTURE_NAMES } from './load-fixture.ts';

const root = process.cwd();
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

describe('manifest.json', () => {
  it('host_permissions and the content script match exactly the supported hosts', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...HOST_PATTERNS].sort());
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...HOST_PATTERNS].sort());
  });

  it('every supported host has an adapter', () => {
    for (const host of SUPPORTED_HOSTS) {
      expect(ADAPTERS.some((a) => a.matches(new URL(`https://${host}/home`))), host).toBe(true);
    }
  });
});

describe('every site adapter', () => {
  it('is registered: each adapter file under src/sites is in ADAPTERS', () => {
    const files = readdirSync(resolve(root, 'src/sites')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const built = files.filter((f) => /createComposeAdapter\(/.test(readFileSync(resolve(root, 'src/sites', f), 'utf8')) && f !== 'compose-dom.ts');
    expect(built.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ADAPTERS.map((a) => a.name).sort());
  });

  it.each(ADAPTERS.map((a) => [a.name]))('%s has a look-alike page, the unit tests load it, and the e2e harness serves it', (name) => {
    expect(existsSync(resolve(root, 'test/fixtures/sites', `${name}.html`)), `test/fixtures/sites/${name}.html`).toBe(true);
    expect(FIXTURE_NAMES).toContain(name);
    expect(SITES.map((s) => s.file)).toContain(`${name}.html`);
  });

  it.each(ADAPTERS.map((a) => [a.name]))('%s says in its header what it was checked against', (name) => {
    const source = readFileSync(resolve(root, 'src/sites', `${name}.ts`), 'utf8');
    expect(source).toMatch(/^\/\/ Checked against: .+/m);
  });

  it('the README names the hosts of every site', () => {
    for (const [site, hosts] of Object.entries(SITE_HOSTS)) {
      // Mastodon has many servers: the README names the first and says how many
      const named = site === 'mastodon' ? hosts.slice(0, 1) : hosts.filter((h) => !h.startsWith('www.') && !h.startsWith('mobile.'));
      for (const host of named) expect(readme, `${site}: ${host}`).toContain(host);
    }
  });
});
