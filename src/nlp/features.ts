// Lexical facts about a token that every model's feature templates use, computed once per token.
import { hashRange, hashString } from "./hash.js";

/** Lower-cased, digits folded to 0: the form word statistics are kept under. */
export function normWord(w: string): string {
  let out = "";
  const lower = w.length > 40 ? w.slice(0, 40).toLowerCase() : w.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    out += c >= 48 && c <= 57 ? "0" : lower[i];
  }
  return out;
}

/** Word shape with repeats collapsed: "Xx", "X.X.", "d,d", "xx-xx". */
export function shape(w: string): string {
  let out = "";
  let last = "";
  const n = Math.min(w.length, 24);
  for (let i = 0; i < n; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 48 && c <= 57) s = "d";
    else if (ch !== ch.toLowerCase()) s = "X";
    else if (ch !== ch.toUpperCase()) s = "x";
    else s = c < 128 ? ch : "o";
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Word clusters learned from unlabelled news: normalised word -> [coarse, fine]. */
export type Clusters = Map<string, [number, number]>;

export function parseClusters(tsv: string): Clusters {
  const m: Clusters = new Map();
  for (const line of tsv.split("\n")) {
    const a = line.indexOf("\t");
    if (a <= 0) continue;
    const b = line.indexOf("\t", a + 1);
    m.set(line.slice(0, a), [Number(line.slice(a + 1, b)), Number(line.slice(b + 1))]);
  }
  return m;
}

/** Per-token integers the templates combine (hashes of strings, cluster ids, flags). */
export interface Lex {
  form: Int32Array;
  norm: Int32Array;
  /** The normalised words themselves, for dictionary look-ups. */
  words: string[];
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  shape: Int32Array;
  c1: Int32Array;
  c2: Int32Array;
  /** bit 0 title case, 1 all caps, 2 has digit, 3 has hyphen, 4 sentence start */
  flags: Int32Array;
  /**
   * Per token, its word form's entry in the memo that built this Lex (NlpPipeline.lex), or null: the
   * models keep facts about a form (lexicon look-ups) in arrays by entry instead of maps by string.
   */
  ids: Int32Array | null;
}

const UNKNOWN_CLUSTER: [number, number] = [-1, -1];

/** Integer fields of a Lex (all but `words` and `ids`). */
const LEX_INT_FIELDS = 13;

/**
 * A Lex for n tokens, zero-filled, with `ids` when `withIds`. Its integer fields are views of one
 * buffer, since a Lex is made for every sentence (see scratch.ts).
 */
export function emptyLex(n: number, withIds = false): Lex {
  const buf = new Int32Array((withIds ? LEX_INT_FIELDS + 1 : LEX_INT_FIELDS) * n);
  const field = (i: number): Int32Array => buf.subarray(i * n, (i + 1) * n);
  return {
    form: field(0),
    norm: field(1),
    words: new Array<string>(n),
    suf1: field(2),
    suf2: field(3),
    suf3: field(4),
    suf4: field(5),
    pre1: field(6),
    pre2: field(7),
    pre3: field(8),
    shape: field(9),
    c1: field(10),
    c2: field(11),
    flags: field(12),
    ids: withIds ? field(13) : null,
  };
}

export function lexicalise(words: string[], clusters: Clusters | null): Lex {
  const n = words.length;
  const lx = emptyLex(n);
  for (let i = 0; i < n; i++) {
    const w = words[i].length > 40 ? words[i].slice(0, 40) : words[i];
    const norm = normWord(w);
    const L = norm.length;
    lx.form[i] = hashString(w);
    lx.norm[i] = hashString(norm);
    lx.words[i] = norm;
    lx.suf1[i] = hashRange(norm, Math.max(0, L - 1), L);
    lx.suf2[i] = hashRange(norm, Math.max(0, L - 2), L);
    lx.suf3[i] = hashRange(norm, Math.max(0, L - 3), L);
    lx.suf4[i] = hashRange(norm, Math.max(0, L - 4), L);
    lx.pre1[i] = hashRange(norm, 0, Math.min(1, L));
    lx.pre2[i] = hashRange(norm, 0, Math.min(2, L));
    lx.pre3[i] = hashRange(norm, 0, Math.min(3, L));
    lx.shape[i] = hashString(shape(w));
    const c = clusters?.get(norm) ?? UNKNOWN_CLUSTER;
    lx.c1[i] = c[0];
    lx.c2[i] = c[1];
    const first = w[0] ?? "";
    const upper = first !== first.toLowerCase();
    let allCaps = upper && w.length > 1;
    let digit = false;
    let hyphen = false;
    for (let k = 0; k < w.length; k++) {
      const ch = w[k];
      const code = w.charCodeAt(k);
      if (code >= 48 && code <= 57) digit = true;
      else if (code === 45) hyphen = true;
      if (ch !== ch.toUpperCase()) allCaps = false;
    }
    lx.flags[i] =
      (upper ? 1 : 0) | (allCaps ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0) | (i === 0 ? 16 : 0);
  }
  return lx;
}
