// A photo's id is a hash of its bytes: the same picture attached twice (or re-checked at Send)
// hits the cache. WebCrypto is there in extension pages and Node 20; plain-http test pages lack
// it, so a slower FNV-1a hash stands in there.

export async function contentId(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return `fnv1a-${fnv1a(bytes)}`;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const hex = Array.from(new Uint8Array(digest).subarray(0, 12), (x) => x.toString(16).padStart(2, '0')).join('');
  return `sha256-${hex}`;
}

/** Two 32-bit FNV-1a lanes (different seeds) plus the length: enough for a cache key. */
function fnv1a(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x01000193) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}-${bytes.length}`;
}
