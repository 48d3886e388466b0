// A small stable hash (two 32-bit FNV-1a lanes → 16 hex digits) for idempotency keys. Pure: the same in
// Apps Script, Node and tests. Not cryptographic; it only needs to tell rows apart.

export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The idempotency key of one row of one run: the same on every retry and resume of that run. */
export function rowKey(runId: string, line: number, fingerprint: string): string {
  return stableHash(`${runId}\u0000${line}\u0000${fingerprint}`);
}
