// The manifest asks for exactly the hosts the adapters handle: a site left out of it would be
// silently unprotected, a host the adapters do not know would be access asked for nothing.
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { HOST_PATTERNS, SUPPORTED_HOSTS } from '../../src/sites/hosts.ts';
import { ADAPTERS } from '../../src/sites/index.ts';

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
