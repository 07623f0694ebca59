// Mastodon servers the user adds (src/ui/servers.ts) beyond the large ones the manifest lists.
// Each gets host access granted by the user and a content script registered for it; the browser
// keeps both, so the extension stores nothing. Pure helpers, shared by that page and the
// background (which trusts messages from these hosts).
import { SUPPORTED_HOSTS } from './hosts.ts';

/** Registered content scripts for added servers are named `server:<host>`. */
export const SERVER_SCRIPT_PREFIX = 'server:';

export type ServerInput = { ok: true; host: string } | { ok: false; why: 'empty' | 'invalid' | 'covered' };

const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * The server's host from what a user types: `mastodon.example`, `https://mastodon.example/home`,
 * or a handle `@me@mastodon.example`. Only public DNS names: no IP, no port, no localhost.
 */
export function parseServer(input: string): ServerInput {
  let s = input.trim().toLowerCase();
  if (!s) return { ok: false, why: 'empty' };
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(s);
  if (handle) s = handle[1];
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `https://${s}`;
  let host: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' || u.port || u.username || u.password) return { ok: false, why: 'invalid' };
    host = u.hostname;
  } catch {
    return { ok: false, why: 'invalid' };
  }
  if (!HOST.test(host) || /^[\d.]+$/.test(host)) return { ok: false, why: 'invalid' };
  if (SUPPORTED_HOSTS.includes(host)) return { ok: false, why: 'covered' };
  return { ok: true, host };
}

export const serverPattern = (host: string): string => `https://${host}/*`;

/** The host of a `https://host/*` pattern, or null for any other pattern. */
export function hostOfPattern(pattern: string): string | null {
  const m = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
  return m ? m[1] : null;
}

/** Hosts the user added, from the origins the browser grants (the manifest's own are left out). */
export function addedHosts(grantedOrigins: readonly string[]): Set<string> {
  const hosts = grantedOrigins.map(hostOfPattern).filter((h): h is string => h !== null && !SUPPORTED_HOSTS.includes(h));
  return new Set(hosts);
}
