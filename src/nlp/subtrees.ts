// Head-dependent pair counts from automatically parsed news, read by the parser's optional subtree
// features (parser.json "subtrees"); built by src/nlp/train/parser-subtrees.ts.
import { key3 } from "./hash.js";
import type { ParseFeatures } from "./parser.js";

/** Template ids of the pair kinds a SubtreeTable counts: (head word, dependent word, direction), ... */
export const SUB_WORDS = 90;
/** (head word, dependent tag, direction) */
export const SUB_WORD_TAG = 91;
/** (head tag, dependent word, direction) */
export const SUB_TAG_WORD = 92;

/** The key of an arc head -> dep of one SUB_* kind, with ParseFeatures' word and tag values. */
export function subtreeKey(pf: ParseFeatures, kind: number, h: number, dep: number, n: number): number {
  const dir = h > dep ? 1 : 2;
  if (kind === SUB_WORDS) return key3(kind, pf.w(h, n), pf.w(dep, n), dir);
  if (kind === SUB_WORD_TAG) return key3(kind, pf.w(h, n), pf.t(dep, n), dir);
  return key3(kind, pf.t(h, n), pf.w(dep, n), dir);
}

/**
 * Head-dependent pairs counted in automatically parsed news (Chen et al. 2009, "subtrees from
 * auto-parsed data"), each with a frequency bucket 1-3 (3: the most frequent); 0 for a pair not listed.
 * Keys are subtreeKey hashes.
 */
export class SubtreeTable {
  private readonly keys: Int32Array;
  private readonly vals: Uint8Array;
  private readonly mask: number;
  readonly size: number;
  constructor(entries: ReadonlyArray<readonly [key: number, bucket: number]>) {
    let cap = 1024;
    while (cap < entries.length * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.vals = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = entries.length;
    for (const [key, bucket] of entries) {
      let i = (key ^ (key >>> 16)) & this.mask;
      while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.vals[i] = bucket;
    }
  }
  get(key: number): number {
    const mask = this.mask;
    let i = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return 0;
      i = (i + 1) & mask;
    }
  }
  /** Every (key, bucket), by bucket then unsigned key. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) out.push([this.keys[i], this.vals[i]]);
    return out.sort((x, y) => x[1] - y[1] || (x[0] >>> 0) - (y[0] >>> 0));
  }
  /** "SUB1", then per bucket 1-3 its key count (uint32) and its sorted keys as varint deltas. */
  toBuffer(): Buffer {
    const e = this.entries();
    const bytes: number[] = [0x53, 0x55, 0x42, 0x31];
    for (let b = 1; b <= 3; b++) {
      const ks = e.filter((x) => x[1] === b).map((x) => x[0] >>> 0);
      const nk = ks.length;
      bytes.push(nk & 255, (nk >>> 8) & 255, (nk >>> 16) & 255, (nk >>> 24) & 255);
      let prev = 0;
      for (const k of ks) {
        let d = k - prev;
        prev = k;
        while (d >= 128) {
          bytes.push((d % 128) | 128);
          d = Math.floor(d / 128);
        }
        bytes.push(d);
      }
    }
    return Buffer.from(bytes);
  }
  static fromBuffer(buf: Uint8Array): SubtreeTable {
    if (buf[0] !== 0x53 || buf[1] !== 0x55 || buf[2] !== 0x42 || buf[3] !== 0x31)
      throw new Error("not a subtree table");
    const entries: [number, number][] = [];
    let p = 4;
    for (let b = 1; b <= 3; b++) {
      const nk = (buf[p] | (buf[p + 1] << 8) | (buf[p + 2] << 16)) + buf[p + 3] * 2 ** 24;
      p += 4;
      let prev = 0;
      for (let i = 0; i < nk; i++) {
        let d = 0;
        let mul = 1;
        for (;;) {
          const x = buf[p++];
          d += (x & 127) * mul;
          if (x < 128) break;
          mul *= 128;
        }
        prev += d;
        entries.push([prev | 0, b]);
      }
    }
    return new SubtreeTable(entries);
  }
}
