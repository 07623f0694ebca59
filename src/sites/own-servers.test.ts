import { describe, expect, it } from 'vitest';
import { addedHosts, hostOfPattern, parseServer, serverPattern } from './own-servers.ts';

describe('parseServer', () => {
  it('takes a host, an address or a handle', () => {
    expect(parseServer('social.example.org')).toEqual({ ok: true, host: 'social.example.org' });
    expect(parseServer('  https://Social.Example.org/home  ')).toEqual({ ok: true, host: 'social.example.org' });
    expect(parseServer('@alice@social.example.org')).toEqual({ ok: true, host: 'social.example.org' });
    expect(parseServer('alice@social.example.org')).toEqual({ ok: true, host: 'social.example.org' });
    expect(parseServer('长毛象.example')).toEqual({ ok: true, host: 'xn--ipwu70e9hg.example' });
  });

  it('refuses what is not a public https server', () => {
    for (const bad of ['http://social.example.org', 'social.example.org:8443', 'localhost', '127.0.0.1', '10.0.0.1', 'nodot', 'a b.example', 'https://', 'user:pw@x.example/']) {
      expect(parseServer(bad), bad).toEqual({ ok: false, why: 'invalid' });
    }
    expect(parseServer('   ')).toEqual({ ok: false, why: 'empty' });
  });

  it('says when the server is already covered', () => {
    expect(parseServer('mastodon.social')).toEqual({ ok: false, why: 'covered' });
    expect(parseServer('https://m.cmx.im/')).toEqual({ ok: false, why: 'covered' });
  });
});

describe('patterns', () => {
  it('round-trips a host through its match pattern', () => {
    expect(hostOfPattern(serverPattern('social.example.org'))).toBe('social.example.org');
    expect(hostOfPattern('https://*/*')).toBeNull();
    expect(hostOfPattern('<all_urls>')).toBeNull();
  });

  it('lists the added hosts among the granted origins, not the manifest own', () => {
    expect([...addedHosts(['https://weibo.com/*', 'https://social.example.org/*', 'https://*/*', 'https://mastodon.social/*'])]).toEqual(['social.example.org']);
  });
});
