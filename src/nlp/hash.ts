// 32-bit feature hashing: a feature is a template number plus a few integers (word ids, tag ids,
// string hashes), mixed into one non-zero key for the weight tables.

/** FNV-1a over a string's UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString(s.slice(from, to)) without making the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// The keys are mix(...mix(mix(t * 0x9e3779b1, a), b)..., 0x27d4eb2f) | 1 with
// mix(h, v) = (h ^ v) * 0x5bd1e995, then h ^= h >>> 15, written out in each function: they run for every
// feature of every decision, and a call per step (a helper the JIT does not always inline inside the
// large feature functions) cost more than the arithmetic.

/** Key for (template, a): never 0, which the tables use for "empty". */
export function key1(t: number, a: number): number {
  let h = Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ 0x27d4eb2f, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 1;
}

export function key2(t: number, a: number, b: number): number {
  let h = Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ 0x27d4eb2f, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 1;
}

export function key3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ c, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ 0x27d4eb2f, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 1;
}
