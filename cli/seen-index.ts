// The in-file duplicate check's memory for files of millions of rows: for each normalized match value (an email in
// lower case, a phone's E.164 number), the line of the first row that holds it, kept as a 64-bit hash of the value
// and the line (12 bytes a value) instead of the value itself (a JS string and a Map entry: about 100 bytes).
//
// Two values with the same 64-bit hash would be taken for duplicates. With n values the chance that any two of
// them collide is about n² / 2^65: 1 in 10^8 for 100,000 values, about 1 in 100,000 for 20 million (10 million
// rows matched on email and phone).
//
// The table is split in 256 shards (by the hash's top bits), each an open-addressing table that doubles on its
// own, so growing never holds two copies of the whole index at once.
import type { SeenIndex } from '../src/engine/validate';

const SHARD_BITS = 8;
const SHARDS = 1 << SHARD_BITS;
const MAX_LOAD = 0.7;

/** murmur3's 32-bit finalizer. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The 64-bit hash of a key, as two 32-bit halves written to out[0] and out[1]: two independent 32-bit hashes of its
 * UTF-16 code units, FNV-1a and a multiply-xorshift with other constants. (validate's worker threads hash the keys
 * of their rows with it, and the thread that checks duplicates looks them up with getHashed.)
 */
export function keyHash(key: string, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x3c6ef372 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  out[0] = fmix(a);
  out[1] = fmix(b);
}

interface Shard {
  /** Stride 3: hash high, hash low, line (0 = empty slot). */
  slots: Uint32Array;
  mask: number;
  size: number;
}

export class HashedSeenIndex implements SeenIndex {
  private readonly shards: Shard[] = [];
  private lastKey: string | null = null;
  private a = 0;
  private b = 0;
  private readonly ab = new Uint32Array(2);
  private count = 0;

  constructor() {
    for (let i = 0; i < SHARDS; i++) this.shards.push({ slots: new Uint32Array(16 * 3), mask: 15, size: 0 });
  }

  /** Values held. */
  get size(): number {
    return this.count;
  }

  /** Bytes of the tables. */
  get bytes(): number {
    let n = 0;
    for (const s of this.shards) n += s.slots.byteLength;
    return n;
  }

  private hash(key: string): void {
    if (key === this.lastKey) return;
    keyHash(key, this.ab);
    this.a = this.ab[0];
    this.b = this.ab[1];
    this.lastKey = key;
  }

  get(key: string): number | undefined {
    this.hash(key);
    return this.getHashed(this.a, this.b);
  }

  set(key: string, line: number): void {
    this.hash(key);
    this.setHashed(this.a, this.b, line);
  }

  /** get() of a key given as its keyHash (a, b). */
  getHashed(a: number, b: number): number | undefined {
    const s = this.shards[a >>> (32 - SHARD_BITS)];
    const slots = s.slots;
    for (let i = b & s.mask; ; i = (i + 1) & s.mask) {
      const at = i * 3;
      const line = slots[at + 2];
      if (line === 0) return undefined;
      if (slots[at] === a && slots[at + 1] === b) return line;
    }
  }

  /** set() of a key given as its keyHash (a, b). */
  setHashed(a: number, b: number, line: number): void {
    const s = this.shards[a >>> (32 - SHARD_BITS)];
    if (this.put(s, a, b, line)) {
      this.count++;
      if (++s.size > (s.mask + 1) * MAX_LOAD) this.grow(s);
    }
  }

  /** Puts one entry; true when it is new (an existing entry's line is replaced). */
  private put(s: Shard, a: number, b: number, line: number): boolean {
    const slots = s.slots;
    for (let i = b & s.mask; ; i = (i + 1) & s.mask) {
      const at = i * 3;
      if (slots[at + 2] === 0) {
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = line;
        return true;
      }
      if (slots[at] === a && slots[at + 1] === b) {
        slots[at + 2] = line;
        return false;
      }
    }
  }

  private grow(s: Shard): void {
    const old = s.slots;
    s.mask = s.mask * 2 + 1;
    s.slots = new Uint32Array((s.mask + 1) * 3);
    for (let at = 0; at < old.length; at += 3) if (old[at + 2] !== 0) this.put(s, old[at], old[at + 1], old[at + 2]);
  }
}
