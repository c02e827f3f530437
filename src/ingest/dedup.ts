// Duplicates. Exact copies: SHA-256 of the normalised text. Near copies (one wire story on many
// sites, each with its own furniture): MinHash over word 4-shingles with LSH banding, so that the
// store can find candidates by band key and confirm them with `similarity`.
import { createHash } from "node:crypto";

/** Jaccard similarity of word shingles at or above which two documents are the same story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
export const SHINGLE_WORDS = 4;
export const MINHASH_BANDS = 25;
export const MINHASH_ROWS = 4;
const NUM_HASHES = MINHASH_BANDS * MINHASH_ROWS;
/** Shorter texts get no band keys: a few words in common say nothing about a story. */
export const MIN_WORDS_FOR_BANDS = 20;

/** Case-, accent-width-, punctuation- and spacing-insensitive form of a text. */
export function normalizeForHash(body: string): string {
  return body
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** SHA-256 (hex) of the normalised text: equal for exact copies. */
export function contentHash(body: string): string {
  return createHash("sha256").update(normalizeForHash(body)).digest("hex");
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a good 32-bit mixer. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = Array.from({ length: NUM_HASHES }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d)),
);

/** Hashed word shingles of a text (a set). */
export function shingles(body: string): Set<number> {
  const words = normalizeForHash(body).split(" ").filter(Boolean);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < SHINGLE_WORDS) {
    out.add(fnv1a(words.join(" ")));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  }
  return out;
}

/** MinHash signature (NUM_HASHES values). */
export function minhash(body: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles(body)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix(s ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/**
 * LSH band keys of a text: documents sharing any key are near-duplicate candidates (with 25 bands
 * of 4 rows, pairs at Jaccard 0.5 share a key with probability 0.98, pairs at 0.2 with 0.04).
 */
export function storyBands(body: string): string[] {
  const words = normalizeForHash(body).split(" ").filter(Boolean).length;
  if (words < MIN_WORDS_FOR_BANDS) return [];
  const sig = minhash(body);
  const keys: string[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < MINHASH_ROWS; r++)
      h = mix(h ^ sig[b * MINHASH_ROWS + r]) ^ Math.imul(r + 1, 0x9e3779b1);
    const h2 = mix(h ^ sig[b * MINHASH_ROWS]);
    keys.push(
      `${b.toString(36)}:${(h >>> 0).toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`,
    );
  }
  return keys;
}

/** Jaccard similarity of the two texts' word-shingle sets (hashed, so an estimate). */
export function similarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** True when two texts are copies of one story. */
export function isNearDuplicate(a: string, b: string): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}
