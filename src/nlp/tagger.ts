// Part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS|XPOS tags, with
// word, affix, shape, cluster and previous-tag features.
import type { Lex } from "./features.js";
import { hashString, key1, key2, key3 } from "./hash.js";
import type { Scorer, WordScoreMemo } from "./perceptron.js";
import { Int32Scratch } from "./scratch.js";

export const MAX_TAG_FEATURES = 56;

/** Fills `out` with the feature keys for token i given the two previous tags; returns how many. */
export function tagFeatures(
  lx: Lex,
  amb: Int32Array,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
): number {
  return tagContextFeatures(lx, amb, i, p1, p2, out, tagWordFeatures(lx, amb, i, out));
}

/**
 * The templates of tagFeatures that read token i's own word alone (not its position or neighbours),
 * so their scores can be remembered per word form; tagContextFeatures makes the others, from `out[k]` on.
 */
export function tagWordFeatures(lx: Lex, amb: Int32Array, i: number, out: Int32Array, k = 0): number {
  out[k++] = key1(1, 0);
  out[k++] = key1(2, lx.norm[i]);
  out[k++] = key1(3, lx.form[i]);
  out[k++] = key1(4, lx.suf1[i]);
  out[k++] = key1(5, lx.suf2[i]);
  out[k++] = key1(6, lx.suf3[i]);
  out[k++] = key1(7, lx.suf4[i]);
  out[k++] = key1(8, lx.pre1[i]);
  out[k++] = key1(9, lx.pre2[i]);
  out[k++] = key1(10, lx.pre3[i]);
  out[k++] = key1(11, lx.shape[i]);
  out[k++] = key1(21, lx.c2[i]);
  out[k++] = key1(22, lx.c1[i]);
  out[k++] = key1(37, amb[i]);
  return k;
}

export function tagContextFeatures(
  lx: Lex,
  amb: Int32Array,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
  k = 0,
): number {
  const n = lx.norm.length;
  const w = lx.norm[i];
  const wm1 = i > 0 ? lx.norm[i - 1] : 1;
  const wm2 = i > 1 ? lx.norm[i - 2] : 2;
  const wp1 = i + 1 < n ? lx.norm[i + 1] : 3;
  const wp2 = i + 2 < n ? lx.norm[i + 2] : 4;
  out[k++] = key1(12, wm1);
  out[k++] = key1(13, wm2);
  out[k++] = key1(14, wp1);
  out[k++] = key1(15, wp2);
  out[k++] = key1(16, i > 0 ? lx.suf3[i - 1] : 1);
  out[k++] = key1(17, i + 1 < n ? lx.suf3[i + 1] : 1);
  out[k++] = key1(18, p1);
  out[k++] = key2(19, p1, p2);
  out[k++] = key2(20, p1, w);
  out[k++] = key1(23, i > 0 ? lx.c2[i - 1] : -2);
  out[k++] = key1(24, i + 1 < n ? lx.c2[i + 1] : -2);
  out[k++] = key1(25, i + 1 < n ? lx.c1[i + 1] : -2);
  out[k++] = key2(26, w, wp1);
  out[k++] = key2(27, wm1, w);
  out[k++] = key1(28, i + 1 < n ? lx.shape[i + 1] : 1);
  out[k++] = key1(29, i > 0 ? lx.shape[i - 1] : 1);
  out[k++] = key2(30, lx.flags[i], lx.suf3[i]);
  out[k++] = key2(31, p1, lx.suf3[i]);
  out[k++] = key3(32, p1, lx.c2[i], i + 1 < n ? lx.c1[i + 1] : -2);
  out[k++] = key2(33, wp1, lx.suf3[i]);
  out[k++] = key2(34, lx.flags[i], lx.c2[i]);
  out[k++] = key2(35, p1, wp1);
  out[k++] = key2(36, lx.shape[i], i > 0 ? lx.shape[i - 1] : 1);
  const a0 = amb[i];
  const a1 = i + 1 < n ? amb[i + 1] : 5;
  out[k++] = key1(38, a1);
  out[k++] = key1(39, i + 2 < n ? amb[i + 2] : 5);
  out[k++] = key2(40, p1, a0);
  out[k++] = key2(41, a0, a1);
  out[k++] = key3(42, p1, a0, a1);
  out[k++] = key2(43, w, a1);
  return k;
}

/** Lex.flags' sentence-start bit. */
const SENTENCE_START = 16;

/**
 * The sentence's Lex with its tokens in reverse order, for a right-to-left tagger (a left-to-right one
 * over the reversed sentence). The sentence-start bit moves to the new first token, the sentence's last
 * word, so it marks the start of the pass as in a left-to-right one (and tagWithMemo's per-word rows,
 * which leave out only token 0, stay right).
 */
export function reverseLex(lx: Lex): Lex {
  const n = lx.norm.length;
  const rev = (a: Int32Array): Int32Array => a.slice().reverse();
  const flags = rev(lx.flags);
  for (let i = 0; i < n; i++) flags[i] = i === 0 ? flags[i] | SENTENCE_START : flags[i] & ~SENTENCE_START;
  return {
    form: rev(lx.form),
    norm: rev(lx.norm),
    words: lx.words.slice().reverse(),
    suf1: rev(lx.suf1),
    suf2: rev(lx.suf2),
    suf3: rev(lx.suf3),
    suf4: rev(lx.suf4),
    pre1: rev(lx.pre1),
    pre2: rev(lx.pre2),
    pre3: rev(lx.pre3),
    shape: rev(lx.shape),
    c1: rev(lx.c1),
    c2: rev(lx.c2),
    flags,
    ids: lx.ids ? rev(lx.ids) : null,
  };
}

/**
 * Bidirectional tagging: per token, the class with the highest sum of a left-to-right and a
 * right-to-left tagger's scores (each pass greedy, conditioned on its own previous tags). Tokens the
 * two passes agree on keep their tag, fixed words among them. `scoresL`/`scoresR` hold n rows of C
 * scores in sentence order; `left`/`right` are the passes' tags in sentence order.
 */
export function combineBidirectional(
  left: Int32Array,
  right: Int32Array,
  scoresL: Float32Array,
  scoresR: Float32Array,
  C: number,
): Int32Array {
  const out = left.slice();
  for (let i = 0; i < out.length; i++) {
    if (left[i] === right[i]) continue;
    const o = i * C;
    let best = 0;
    for (let c = 1; c < C; c++)
      if (scoresL[o + c] + scoresR[o + c] > scoresL[o + best] + scoresR[o + best]) best = c;
    out[i] = best;
  }
  return out;
}

/**
 * combineBidirectional of the two passes, scoring again only the tokens they disagree on (a few in a
 * hundred): each pass's scores there follow from its own previous tags. `rlx` is reverseLex(lx) and
 * `rightRev` the right-to-left pass's tags in its (reversed) order.
 */
export function tagBidirectional(
  model: Scorer,
  reverse: Scorer,
  lx: Lex,
  rlx: Lex,
  left: Int32Array,
  rightRev: Int32Array,
  lexicon: TagLexicon,
): Int32Array {
  const n = left.length;
  const C = model.nClasses;
  const right = rightRev.slice().reverse();
  let amb: Int32Array | null = null;
  let ambR: Int32Array | null = null;
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const scoresL = new Float32Array(n * C);
  const scoresR = new Float32Array(n * C);
  for (let i = 0; i < n; i++) {
    if (left[i] === right[i]) continue;
    amb ??= ambiguityClasses(lx, lexicon);
    ambR ??= amb.slice().reverse();
    let nf = tagFeatures(lx, amb, i, i > 0 ? left[i - 1] : -1, i > 1 ? left[i - 2] : -2, feats);
    model.score(feats, nf, scoresL.subarray(i * C, i * C + C));
    const j = n - 1 - i;
    nf = tagFeatures(rlx, ambR, j, j > 0 ? rightRev[j - 1] : -1, j > 1 ? rightRev[j - 2] : -2, feats);
    reverse.score(feats, nf, scoresR.subarray(i * C, i * C + C));
  }
  return combineBidirectional(left, right, scoresL, scoresR, C);
}

/** What the tagger knows about words from its training data. */
export interface TagLexicon {
  /** Normalised word -> ambiguity class (hash of the tags it took). */
  amb: Map<string, number>;
  /** Normalised word -> the one tag class a frequent, unambiguous word always took. */
  fixed: Map<string, number>;
  /**
   * Run time only: frequent words that nearly always took one tag (shortcuts.ts); they keep it without
   * scoring. Training leaves it out, so the model still learns from these words' contexts.
   */
  loose?: Map<string, number>;
}

/** The tag a word keeps without scoring, if any. */
function fixedTag(lexicon: TagLexicon, word: string): number | undefined {
  const f = lexicon.fixed.get(word);
  return f !== undefined || !lexicon.loose ? f : lexicon.loose.get(word);
}

/** What the lexicon says of a normalised word, for TagWordFacts. */
export function tagWordFacts(lexicon: TagLexicon, norm: string): { amb: number; fixed: number } {
  return { amb: lexicon.amb.get(norm) ?? 7, fixed: fixedTag(lexicon, norm) ?? -1 };
}

/** Per word-form entry (Lex.ids), what tagWordFacts said: look-ups made once per form. */
export interface TagWordFacts {
  amb: Int32Array;
  /** The fixed tag class, -1 for none. */
  fixed: Int32Array;
}

/** Per normalised word, how often each tag class was seen with it. */
export function countTagClasses(pairs: Iterable<[string, number]>): Map<string, Map<number, number>> {
  const counts = new Map<string, Map<number, number>>();
  for (const [w, c] of pairs) {
    let m = counts.get(w);
    if (!m) {
      m = new Map();
      counts.set(w, m);
    }
    m.set(c, (m.get(c) ?? 0) + 1);
  }
  return counts;
}

/** A word's most frequent tag class (the lower id on a tie, so the result is deterministic) and its count. */
export function topTagClass(m: Map<number, number>): { total: number; top: number; topN: number } {
  let total = 0;
  let top = -1;
  let topN = 0;
  for (const [c, k] of m) {
    total += k;
    if (k > topN || (k === topN && c < top)) {
      top = c;
      topN = k;
    }
  }
  return { total, top, topN };
}

/** Builds the lexicon from (normalised word, tag class) pairs of the training data. */
export function learnTagLexicon(pairs: Iterable<[string, number]>): {
  amb: [string, number][];
  fixed: [string, number][];
} {
  const counts = countTagClasses(pairs);
  const amb: [string, number][] = [];
  const fixed: [string, number][] = [];
  for (const [w, m] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const { total, top, topN } = topTagClass(m);
    if (total < 2) continue;
    const tags = [...m.entries()].filter(([, k]) => k >= 2 && k / total >= 0.05).map(([c]) => c);
    amb.push([w, hashString(tags.sort((a, b) => a - b).join(",")) | 0]);
    if (total >= 20 && topN / total >= 0.995) fixed.push([w, top]);
  }
  return { amb, fixed };
}

export function ambiguityClasses(lx: Lex, lexicon: TagLexicon): Int32Array {
  const out = new Int32Array(lx.words.length);
  for (let i = 0; i < out.length; i++) out[i] = lexicon.amb.get(lx.words[i]) ?? 7;
  return out;
}

/**
 * Tags a sentence greedily; returns class ids. Unambiguous frequent words skip scoring. Given the
 * words and a memo, and a model that sums integers, each word's own features (a bias and affixes with
 * weights for most tags: half the work) are scored once per form; the tags are the same, since integer
 * sums are exact in any order and distinct sums stay distinct times the unit.
 */
export function tagClasses(
  model: Scorer,
  lx: Lex,
  n: number,
  lexicon: TagLexicon,
  memo?: { words: string[]; memo: WordScoreMemo; facts?: TagWordFacts },
): Int32Array {
  if (memo && model.addInts && memo.memo.nClasses === model.nClasses)
    return tagWithMemo(model as Scorer & Required<Pick<Scorer, "addInts">>, lx, n, lexicon, memo);
  const out = new Int32Array(n);
  tagGreedily(model, lx, ambiguityClasses(lx, lexicon), lexicon, out, 0);
  return out;
}

/**
 * Tags tokens from..end of `out` greedily left to right, each given the tags before it (those before
 * `from` as they stand). Frequent unambiguous words keep their fixed tag.
 */
function tagGreedily(
  model: Scorer,
  lx: Lex,
  amb: Int32Array,
  lexicon: TagLexicon,
  out: Int32Array,
  from: number,
): void {
  const C = model.nClasses;
  const scores = new Float32Array(C);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  for (let i = from; i < out.length; i++) {
    const fixed = fixedTag(lexicon, lx.words[i]);
    if (fixed !== undefined) {
      out[i] = fixed;
      continue;
    }
    const nf = tagFeatures(lx, amb, i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -2, feats);
    scores.fill(0);
    model.score(feats, nf, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
    out[i] = best;
  }
}

/**
 * The memo's rows per word, each a group of tagFeatures' templates that reads only that word: its own
 * (tagWordFeatures plus the flag templates, which read the sentence-start bit only at i = 0), and the
 * templates that read it as the previous, next and second-next token. With the two previous tags' row
 * and tagRestFeatures they are all of tagFeatures.
 */
export const TAG_ROLE_OWN = 0;
export const TAG_ROLE_LEFT = 1;
export const TAG_ROLE_RIGHT = 2;
export const TAG_ROLE_RIGHT2 = 3;
export const TAG_ROLES = 4;

/** The templates of role `role` for the word at j (out of the sentence: the boundary values). */
export function tagRoleFeatures(
  lx: Lex,
  amb: Int32Array,
  role: number,
  j: number,
  out: Int32Array,
  k: number,
): number {
  const n = lx.norm.length;
  const inside = j >= 0 && j < n;
  if (role === TAG_ROLE_OWN) {
    k = tagWordFeatures(lx, amb, j, out, k);
    out[k++] = key2(30, lx.flags[j], lx.suf3[j]);
    out[k++] = key2(34, lx.flags[j], lx.c2[j]);
  } else if (role === TAG_ROLE_LEFT) {
    out[k++] = key1(12, inside ? lx.norm[j] : 1);
    out[k++] = key1(16, inside ? lx.suf3[j] : 1);
    out[k++] = key1(23, inside ? lx.c2[j] : -2);
    out[k++] = key1(29, inside ? lx.shape[j] : 1);
  } else if (role === TAG_ROLE_RIGHT) {
    out[k++] = key1(14, inside ? lx.norm[j] : 3);
    out[k++] = key1(17, inside ? lx.suf3[j] : 1);
    out[k++] = key1(24, inside ? lx.c2[j] : -2);
    out[k++] = key1(25, inside ? lx.c1[j] : -2);
    out[k++] = key1(28, inside ? lx.shape[j] : 1);
    out[k++] = key1(38, inside ? amb[j] : 5);
  } else {
    out[k++] = key1(15, inside ? lx.norm[j] : 4);
    out[k++] = key1(39, inside ? amb[j] : 5);
  }
  return k;
}

/** The templates that read only the two previous tags. */
export function tagPrevFeatures(p1: number, p2: number, out: Int32Array, k: number): number {
  out[k++] = key1(18, p1);
  out[k++] = key2(19, p1, p2);
  return k;
}

/** The templates of tagFeatures in no role row nor the previous tags' row. */
export function tagRestFeatures(
  lx: Lex,
  amb: Int32Array,
  i: number,
  p1: number,
  out: Int32Array,
  k: number,
): number {
  const n = lx.norm.length;
  const w = lx.norm[i];
  const wm1 = i > 0 ? lx.norm[i - 1] : 1;
  const wp1 = i + 1 < n ? lx.norm[i + 1] : 3;
  const suf3 = lx.suf3[i];
  const a0 = amb[i];
  const a1 = i + 1 < n ? amb[i + 1] : 5;
  out[k++] = key1(13, i > 1 ? lx.norm[i - 2] : 2);
  out[k++] = key2(20, p1, w);
  out[k++] = key2(26, w, wp1);
  out[k++] = key2(27, wm1, w);
  out[k++] = key2(31, p1, suf3);
  out[k++] = key3(32, p1, lx.c2[i], i + 1 < n ? lx.c1[i + 1] : -2);
  out[k++] = key2(33, wp1, suf3);
  out[k++] = key2(35, p1, wp1);
  out[k++] = key2(36, lx.shape[i], i > 0 ? lx.shape[i - 1] : 1);
  out[k++] = key2(40, p1, a0);
  out[k++] = key2(41, a0, a1);
  out[k++] = key3(42, p1, a0, a1);
  out[k++] = key2(43, w, a1);
  return k;
}

/** Offset in memo.rows of row `role` of entry e (the word at j), filled first if need be. */
function roleRow(
  model: Scorer & Required<Pick<Scorer, "addInts">>,
  memo: WordScoreMemo,
  e: number,
  role: number,
  lx: Lex,
  amb: Int32Array,
  j: number,
  scratch: Int32Array,
): number {
  const C = memo.nClasses;
  const o = (e * memo.roles + role) * C;
  const bit = 1 << role;
  if ((memo.filled[e] & bit) === 0) {
    const row = memo.rows.subarray(o, o + C);
    row.fill(0);
    model.addInts(scratch, tagRoleFeatures(lx, amb, role, j, scratch, 0), row);
    memo.filled[e] |= bit;
  }
  return o;
}

/** tagWithMemo's buffers (see scratch.ts); its output is made fresh. */
const memoScratch = {
  acc: new Int32Scratch(),
  feats: new Int32Array(MAX_TAG_FEATURES),
  row: new Int32Array(MAX_TAG_FEATURES),
  amb: new Int32Scratch(),
  ids: new Int32Scratch(),
};

function tagWithMemo(
  model: Scorer & Required<Pick<Scorer, "addInts">>,
  lx: Lex,
  n: number,
  lexicon: TagLexicon,
  m: { words: string[]; memo: WordScoreMemo; facts?: TagWordFacts },
): Int32Array {
  const C = model.nClasses;
  const memo = m.memo;
  const lxIds = lx.ids;
  const facts = lxIds ? m.facts : undefined;
  const roles = Math.min(memo.roles, TAG_ROLES);
  if (memo.index.size + n > memo.capacity) memo.evict();
  if (memo.index.size + n > memo.capacity) memo.clear();
  // the previous tags' rows: p1 from -1, p2 from -2
  const prevStride = C + 2;
  memo.keyedRows((C + 1) * prevStride);
  const acc = memoScratch.acc.take(C);
  const feats = memoScratch.feats;
  const scratch = memoScratch.row;
  const out = new Int32Array(n);
  let amb: Int32Array;
  if (facts) {
    amb = memoScratch.amb.take(n);
    for (let i = 0; i < n; i++) amb[i] = facts.amb[lxIds![i]];
  } else amb = ambiguityClasses(lx, lexicon);
  const zero = memo.zeroRow;
  // per token its memo entry: -2 not looked up yet, -1 none (the memo is full)
  const ids = memoScratch.ids.take(n).fill(-2);
  for (let i = 0; i < n; i++) {
    const fixed = facts ? facts.fixed[lxIds![i]] : (fixedTag(lexicon, lx.words[i]) ?? -1);
    if (fixed >= 0) {
      out[i] = fixed;
      continue;
    }
    let nf = 0;
    // the rows to add, the memo's zero row for roles scored from features instead
    let o0 = zero;
    let o1 = zero;
    let o2 = zero;
    let o3 = zero;
    for (let role = 0; role < TAG_ROLES; role++) {
      const j =
        role === TAG_ROLE_OWN ? i : role === TAG_ROLE_LEFT ? i - 1 : role === TAG_ROLE_RIGHT ? i + 1 : i + 2;
      // at i = 0 the own row's flags differ (sentence start); out of the sentence there is no word
      let e = -1;
      if (role < roles && j >= 0 && j < n && !(role === TAG_ROLE_OWN && i === 0)) {
        e = ids[j];
        if (e === -2) e = ids[j] = lxIds ? memo.entryOfId(lxIds[j]) : memo.entry(m.words[j]);
      }
      if (e < 0) nf = tagRoleFeatures(lx, amb, role, j, feats, nf);
      else {
        const o = roleRow(model, memo, e, role, lx, amb, j, scratch);
        if (role === TAG_ROLE_OWN) o0 = o;
        else if (role === TAG_ROLE_LEFT) o1 = o;
        else if (role === TAG_ROLE_RIGHT) o2 = o;
        else o3 = o;
      }
    }
    const p1 = i > 0 ? out[i - 1] : -1;
    const p2 = i > 1 ? out[i - 2] : -2;
    const pk = (p1 + 1) * prevStride + p2 + 2;
    const po = pk * C;
    if (memo.keyedFilled[pk] === 0) {
      const row = memo.keyed.subarray(po, po + C);
      row.fill(0);
      model.addInts(scratch, tagPrevFeatures(p1, p2, scratch, 0), row);
      memo.keyedFilled[pk] = 1;
    }
    const rows = memo.rows;
    const keyed = memo.keyed;
    for (let c = 0; c < C; c++)
      acc[c] = rows[o0 + c] + rows[o1 + c] + rows[o2 + c] + rows[o3 + c] + keyed[po + c];
    nf = tagRestFeatures(lx, amb, i, p1, feats, nf);
    model.addInts(feats, nf, acc);
    let best = 0;
    for (let c = 1; c < C; c++) if (acc[c] > acc[best]) best = c;
    out[i] = best;
  }
  return out;
}

/** Tag classes by the part they play in repairFiniteVerb (each a 0/1 mask over the classes). */
export interface FiniteVerbClasses {
  /** A finite verb, or a bare verb (imperative, or a present tense the tagger took for one). */
  finite: Uint8Array;
  /** The finite classes a word may be moved to (VBD, VBZ, VBP). */
  target: Uint8Array;
  /** The past tense (VBD), the one a participle may be moved to. */
  past: Uint8Array;
  /** Classes a subject can end in (nouns, pronouns, numbers). */
  nominal: Uint8Array;
  /** Past participles (VBN). */
  participle: Uint8Array;
  /** Gerunds and present participles (VBG). */
  gerund: Uint8Array;
  /** Other classes a misread verb turns up in (common nouns, adjectives, adverbs). */
  other: Uint8Array;
  /**
   * Classes after which a participle is no finite verb: determiners, adjectives, possessives and
   * hyphens (it modifies what follows: "the forced cuts", "man-made"), prepositions and conjunctions.
   */
  notBeforeVerb: Uint8Array;
  /** Punctuation. */
  punct: Uint8Array;
  /** Determiners ("that" as one opens no clause). */
  determiner: Uint8Array;
  /** The infinitive's "to" (TO): a bare verb after it is no finite one. */
  infinitiveMark: Uint8Array;
  /** Plural nouns (NNS, NNPS), the heads a reduced relative follows in repairReducedRelative. */
  pluralNoun: Uint8Array;
  /** Bare verbs (VB). */
  bare: Uint8Array;
  /** The present tense for a plural subject (VBP), and for a singular one (VBZ). */
  presentPlural: Uint8Array;
  presentSingular: Uint8Array;
  /** The verb a plural subject may take in repairFiniteVerb: the present (VBP) or the past (VBD). */
  pluralVerb: Uint8Array;
  /** Common nouns (NN, NNS). */
  noun: Uint8Array;
  /** Singular nouns, common or proper (NN, NNP). */
  singularNoun: Uint8Array;
  /** Nouns of any kind (NN, NNS, NNP, NNPS). */
  anyNoun: Uint8Array;
  /** Adverbs (RB). */
  adverb: Uint8Array;
  /** Numbers (CD). */
  number: Uint8Array;
  /** Proper nouns (NNP, NNPS). */
  properNoun: Uint8Array;
  /** The possessive ending (POS). */
  possessive: Uint8Array;
  /** Words inside a noun phrase before its head: adjectives, numbers, determiners, possessives, hyphens. */
  npWord: Uint8Array;
  /** Verbs that are no auxiliaries (UPOS VERB). */
  lexicalVerb: Uint8Array;
  /** Adjectives and numbers, which may stand between a determiner and its noun. */
  adjectival: Uint8Array;
  /** Words that open a noun phrase (determiners, possessive pronouns). */
  npStart: Uint8Array;
  /** Modal verbs (MD). */
  modal: Uint8Array;
}

/** Score gaps (best class minus the finite one) accepted for a participle and for other words. */
export const PARTICIPLE_REPAIR_COST = 60;
export const OTHER_REPAIR_COST = 20;
/**
 * The gap accepted in a headline for a bare noun right after a plural noun, as its present tense
 * ("Rebels shell capital"). An -s form after a singular is no better a sign than elsewhere: it often
 * ends a compound ("Gun sales").
 */
export const HEADLINE_PLURAL_COST = 40;
/** The gap accepted in a sentence for a singular noun after a plural subject, as its present or past verb. */
export const PLURAL_SUBJECT_COST = 40;
/** Headlines are short: "Rebels shell capital". */
const HEADLINE_MIN_WORDS = 3;

/** A line without a sentence's closing punctuation: a headline, heading or caption. */
export function isHeadline(words: readonly string[]): boolean {
  return words.length > 0 && !/^[.!?;:"'\u201d\u2019)\]\u2026]+$/.test(words[words.length - 1]);
}

/**
 * Whether a noun phrase follows i. A headline's participle is a passive ("Ship seized off coast"),
 * unless an object follows ("Aide used private accounts").
 */
function objectAfter(cls: Int32Array, i: number, k: FiniteVerbClasses): boolean {
  const c = cls[i + 1];
  return i + 1 < cls.length && (k.nominal[c] === 1 || k.npStart[c] === 1 || k.adjectival[c] === 1);
}

/** Nouns that take a plural verb in the singular form ("Police fire tear gas"). */
const PLURAL_NOUNS = new Set(["police", "people"]);

/** Plurals that mostly modify the noun after them ("savings bank", "arms deal"), as in firms' names. */
const MODIFYING_PLURALS = new Set(
  "savings arms sales sports goods news securities services systems communications industries holdings resources technologies electronics jobs".split(
    " ",
  ),
);

/**
 * In a headline, the classes a bare noun at i may take as the verb of a plural noun before it
 * ("Rebels shell capital": VBP), or null.
 */
function headlineVerbClasses(
  lower: readonly string[],
  cls: Int32Array,
  i: number,
  k: FiniteVerbClasses,
): Uint8Array | null {
  const before = cls[i - 1];
  if (i === 0 || !k.nominal[before] || !k.noun[cls[i]]) return null;
  if (!(k.pluralNoun[before] || PLURAL_NOUNS.has(lower[i - 1])) || k.pluralNoun[cls[i]]) return null;
  if (MODIFYING_PLURALS.has(lower[i - 1])) return null;
  // the plural opens the line or follows its determiner or adjective: elsewhere it may be a verb
  // itself ("Firm signs pact", "... to buy units stake")
  const opened = i === 1 || k.npStart[cls[i - 2]] === 1 || k.adjectival[cls[i - 2]] === 1;
  return opened ? k.presentPlural : null;
}

const LOWER_WORD = /^[a-z]+$/;

/**
 * Whether the participle at i, in a sentence with a subject before it, can be its verb: something
 * follows that is no agent ("donors surveyed by ..." is passive), and no modifier's context precedes.
 */
function participleVerb(words: readonly string[], cls: Int32Array, i: number, k: FiniteVerbClasses): boolean {
  return i + 1 < cls.length && !k.punct[cls[i + 1]] && words[i + 1] !== "by" && !k.notBeforeVerb[cls[i - 1]];
}

/**
 * Words that open another clause ("that" only when not a determiner). Adverbial openers let a few
 * reduced relatives through ("Rifles made before 1994 were exempt"), but more often they follow the
 * main clause ("The minister invited him when she visited"): read on unannotated news, about four in
 * five repairs they allow are right.
 */
const CLAUSE_OPENERS = new Set(
  "who whom whose which that because after before when while as if although though since until where whether".split(
    " ",
  ),
);

/** A finite verb at i: a bare verb counts too (an imperative, or a present tense), but not after "to". */
function finiteAt(cls: Int32Array, i: number, k: FiniteVerbClasses): boolean {
  return k.finite[cls[i]] === 1 && !(i > 0 && k.infinitiveMark[cls[i - 1]] && !k.target[cls[i]]);
}

/** Verbs of a closing attribution (", witnesses said."). */
const REPORTING_VERBS = new Set([
  "said",
  "says",
  "say",
  "told",
  "added",
  "reported",
  "reports",
  "wrote",
  "writes",
]);

/**
 * Where a closing attribution starts (", police said." / ", the ministry said on Sunday."): the comma
 * before a reporting verb with at most six words before it and three after, all in the last clause.
 * Else the sentence's length.
 */
function closingAttribution(lower: readonly string[], cls: Int32Array, k: FiniteVerbClasses): number {
  const n = cls.length;
  for (let v = n - 1; v > 0 && v >= n - 5; v--) {
    if (!k.finite[cls[v]] || !REPORTING_VERBS.has(lower[v])) continue;
    for (let c = v - 1; c > 0 && c >= v - 7; c--) if (lower[c] === ",") return c;
    return n;
  }
  return n;
}

/**
 * Where the sentence's main clause ends, for a sentence that opens with it: before a closing
 * attribution, and at the first word opening another clause when a finite verb follows ("Police
 * arrested the man who had fired", "Farmers worried that prices would fall": the verb after
 * "who"/"that" is not the main clause's). Else the sentence's end.
 */
function mainClauseEnd(lower: readonly string[], cls: Int32Array, k: FiniteVerbClasses): number {
  const n = closingAttribution(lower, cls, k);
  if (CLAUSE_OPENERS.has(lower[0])) return n;
  for (let i = 1; i < n; i++) {
    const w = lower[i];
    if (!CLAUSE_OPENERS.has(w) || (w === "that" && k.determiner[cls[i]])) continue;
    for (let j = i + 1; j < n; j++) if (finiteAt(cls, j, k)) return i;
    return n;
  }
  return n;
}

/**
 * A sentence with a subject but no finite verb, where one word could be one at a small cost: that word
 * becomes the verb and the words after it are tagged again. Web-text training leaves news sentences
 * such as "Troops fired on the crowd" or "Jets struck the depot" (participles: the web text's "fired"
 * is mostly "was fired"), "Most polled support the plan" (noun) or "Farmers worried that ..."
 * (adjective) without a finite verb, and the parse then has no clause to hang subject and object on.
 * A participle between its subject and what follows it is the likeliest verb; other words need a
 * smaller gap, since headlines and captions ("Texas blast suspect") have no verb to find. Costs are in
 * the model's score units, chosen by reading the repairs made on unannotated news.
 */
export function repairFiniteVerb(
  model: Scorer,
  words: readonly string[],
  lx: Lex,
  cls: Int32Array,
  lexicon: TagLexicon,
  k: FiniteVerbClasses,
  minWords = 4,
): number {
  const n = cls.length;
  const headline = isHeadline(words);
  if (n < (headline ? HEADLINE_MIN_WORDS : minWords)) return -1;
  // most sentences have a finite verb: look for one before the clause search
  let finite = false;
  for (let i = 0; i < n && !finite; i++) if (finiteAt(cls, i, k)) finite = true;
  const end = finite ? mainClauseEnd(lx.words, cls, k) : n;
  for (let i = 0; i < end; i++) if (finiteAt(cls, i, k)) return -1;
  const rescore = new Rescorer(model, lx, lexicon);
  // The cheapest repair relative to its kind's limit: a participle may only become the past tense.
  let pick = { at: -1, cls: -1, cost: 1 };
  let subject = false;
  let pluralSubject = false;
  for (let i = 0; i < end; i++) {
    const c0 = cls[i];
    const participle = k.participle[c0] === 1;
    if (
      subject &&
      // a headline's participle is a passive ("Ship seized off coast") unless an object follows
      (participle
        ? participleVerb(words, cls, i, k) && (!headline || objectAfter(cls, i, k))
        : k.other[c0] === 1) &&
      LOWER_WORD.test(words[i]) &&
      fixedTag(lexicon, lx.words[i]) === undefined
    ) {
      const scores = rescore.at(cls, i);
      const agreeing = headline ? headlineVerbClasses(lx.words, cls, i, k) : null;
      // "Most voters in the state support the governor": a singular noun after a plural subject
      // may be its present or past verb at a larger gap than other words.
      const plural = !headline && !participle && pluralSubject && pluralsVerb(lx.words, cls, i, k);
      const f = bestIn(scores, agreeing ?? (plural ? k.pluralVerb : participle ? k.past : k.target));
      const limit = agreeing
        ? HEADLINE_PLURAL_COST
        : plural
          ? PLURAL_SUBJECT_COST
          : participle
            ? PARTICIPLE_REPAIR_COST
            : OTHER_REPAIR_COST;
      const cost = f < 0 ? 1 : (scores[c0] - scores[f]) / limit;
      if (cost < pick.cost) pick = { at: i, cls: f, cost };
    }
    // a gerund opening the sentence is its subject ("Trading resumes Monday"), not an auxiliary
    // opening a participle clause ("Having won ...")
    if (k.nominal[c0] || (i === 0 && k.gerund[c0] && !/^(having|being)$/i.test(words[0]))) subject = true;
    if (k.pluralNoun[c0] || (k.nominal[c0] && PLURAL_NOUNS.has(lx.words[i]))) pluralSubject = true;
  }
  if (pick.at < 0) return -1;
  cls[pick.at] = pick.cls;
  rescore.retagFrom(cls, pick.at + 1);
  return pick.at;
}

/**
 * Whether the singular common noun at i may be the verb of a plural subject before it: not after a
 * word that opens or modifies a noun phrase ("fair trade", "a figure"), nor a plural that modifies
 * ("communications strategist"), nor between two nouns ("immigration reform bill").
 */
function pluralsVerb(lower: readonly string[], cls: Int32Array, i: number, k: FiniteVerbClasses): boolean {
  if (i === 0 || k.noun[cls[i]] !== 1 || k.pluralNoun[cls[i]] === 1 || lower[i].endsWith("ing")) return false;
  let j = i - 1;
  while (j >= 0 && k.adverb[cls[j]]) j--;
  if (j < 0 || k.notBeforeVerb[cls[j]] || k.number[cls[j]] || MODIFYING_PLURALS.has(lower[j])) return false;
  const next = i + 1 < cls.length ? cls[i + 1] : -1;
  if (next >= 0) {
    // "immigration reform bill", "the civil rights movement who", "the Queens borough of", "slavery's"
    if (k.singularNoun[cls[j]] && k.anyNoun[next]) return false;
    if (NOT_AFTER_VERB.has(lower[i + 1]) || k.possessive[next]) return false;
    // a title before a name: "the politics podcaster Katie Halper"
    if (k.properNoun[next] && i + 2 < cls.length && k.properNoun[cls[i + 2]]) return false;
  }
  return pluralSubjectEnding(lower, cls, j, k);
}

/** Words that follow a noun, not a verb: "the movement who ...", "the borough of ...". */
const NOT_AFTER_VERB = new Set(["who", "whose", "of"]);

/** Prepositions that may stand inside a subject ("the people in Washington", "walls of ice"). */
const SUBJECT_PREPOSITIONS = new Set([
  "of",
  "in",
  "from",
  "for",
  "on",
  "at",
  "across",
  "among",
  "with",
  "by",
]);

/**
 * Whether the words ending at j form a subject with a plural head: noun phrases joined by
 * prepositions ("Thoughts of the break from Washington"), one of whose heads is plural, opening the
 * sentence or following a comma, a conjunction or an adverb.
 */
function pluralSubjectEnding(
  lower: readonly string[],
  cls: Int32Array,
  j: number,
  k: FiniteVerbClasses,
): boolean {
  let plural = false;
  for (;;) {
    if (j < 0 || !k.nominal[cls[j]]) return false;
    if (k.pluralNoun[cls[j]] || PLURAL_NOUNS.has(lower[j])) plural = true;
    // back over the noun phrase: nouns, adjectives, numbers, determiners, possessives, hyphens
    while (j - 1 >= 0 && (k.nominal[cls[j - 1]] || k.npWord[cls[j - 1]])) j--;
    const before = j - 1;
    if (before < 0) return plural;
    if (SUBJECT_PREPOSITIONS.has(lower[before])) {
      j = before - 1;
      continue;
    }
    return (
      plural &&
      (k.punct[cls[before]] === 1 ||
        k.adverb[cls[before]] === 1 ||
        lower[before] === "and" ||
        lower[before] === "but")
    );
  }
}

/** Fills `scores` with the model's scores at i given the tags before it in `cls`. */
function scoreAt(
  model: Scorer,
  lx: Lex,
  amb: Int32Array,
  cls: Int32Array,
  i: number,
  feats: Int32Array,
  scores: Float32Array,
): void {
  const nf = tagFeatures(lx, amb, i, i > 0 ? cls[i - 1] : -1, i > 1 ? cls[i - 2] : -2, feats);
  scores.fill(0);
  model.score(feats, nf, scores);
}

/**
 * Tag scores of single words of a tagged sentence, for the repairs that judge a word again in its
 * context. Its buffers are made at the first word scored: most sentences need none, and each typed
 * array is an allocation outside the JS heap.
 */
class Rescorer {
  private readonly model: Scorer;
  private readonly lx: Lex;
  private readonly lexicon: TagLexicon;
  private amb: Int32Array | null = null;
  private feats: Int32Array | null = null;
  private scores: Float32Array | null = null;
  constructor(model: Scorer, lx: Lex, lexicon: TagLexicon) {
    this.model = model;
    this.lx = lx;
    this.lexicon = lexicon;
  }
  /** Every class's score for word i after the classes before it (the buffer is reused by the next call). */
  at(cls: Int32Array, i: number): Float32Array {
    this.feats ??= new Int32Array(MAX_TAG_FEATURES);
    this.scores ??= new Float32Array(this.model.nClasses);
    scoreAt(this.model, this.lx, this.ambiguity(), cls, i, this.feats, this.scores);
    return this.scores;
  }
  /** Tags the words from `from` on again, after a repair changed the one before. */
  retagFrom(cls: Int32Array, from: number): void {
    tagGreedily(this.model, this.lx, this.ambiguity(), this.lexicon, cls, from);
  }
  private ambiguity(): Int32Array {
    this.amb ??= ambiguityClasses(this.lx, this.lexicon);
    return this.amb;
  }
}

/** The highest-scoring class among `allowed` (and `also`, if given) (-1 if none is). */
function bestIn(scores: Float32Array, allowed: Uint8Array, also?: Uint8Array): number {
  let f = -1;
  for (let c = 0; c < scores.length; c++)
    if (allowed[c] && (!also || also[c]) && (f < 0 || scores[c] > scores[f])) f = c;
  return f;
}

/** How far class c scores below the best class. */
function gapOf(scores: Float32Array, c: number): number {
  let best = scores[0];
  for (let x = 1; x < scores.length; x++) if (scores[x] > best) best = scores[x];
  return best - scores[c];
}

/**
 * Past forms that take a bare verb after them ("cuts helped boost growth", "rebels let go of"), so a
 * bare verb after one is no sign of a reduced relative.
 */
const BARE_VERB_TAKERS = new Set(["helped", "let", "made", "had", "did", "dared", "bade"]);

/**
 * Whether the noun phrase ending at `last` opens with a determiner right after another noun phrase
 * ("the journey the marchers took is"): an object relative without "that", whose verb is its own.
 */
function objectRelative(cls: Int32Array, last: number, k: FiniteVerbClasses): boolean {
  let t = last - 1;
  while (t >= 0 && k.adjectival[cls[t]]) t--;
  return t > 0 && k.npStart[cls[t]] === 1 && k.nominal[cls[t - 1]] === 1;
}

/** Score gap accepted in repairReducedRelative for moving the past tense to the participle. */
export const RELATIVE_PARTICIPLE_COST = 60;

/**
 * Past forms of verbs that take a clause ("the plan critics said would fail"): before a second verb
 * they are a relative clause's own verb, not a participle.
 */
const CLAUSE_VERBS = new Set(
  "said thought believed argued agreed noted hoped claimed feared knew felt predicted warned expected suggested insisted worried alleged assumed suspected guessed figured contended maintained conceded acknowledged added stated wrote told".split(
    " ",
  ),
);

/** Words that open a relative or a free relative clause ("which critics said would fail"). */
const RELATIVE_OPENERS = new Set(["that", "which", "who", "whom", "whose", "what", "whatever"]);

/**
 * Whether the noun phrase ending at `last` is the subject of a relative clause ("a bill that critics
 * said would fail", "what Democrats hoped would be"): its past verb is then the clause's own, with a
 * gap for the clause that follows.
 */
function opensRelativeClause(
  lower: readonly string[],
  cls: Int32Array,
  last: number,
  k: FiniteVerbClasses,
): boolean {
  let i = last;
  while (i >= 0 && (k.nominal[cls[i]] || k.notBeforeVerb[cls[i]]) && !RELATIVE_OPENERS.has(lower[i])) i--;
  return i >= 0 && RELATIVE_OPENERS.has(lower[i]);
}

/** The gap accepted for a noun or adjective right after a modal as the bare verb it must be. */
export const AFTER_MODAL_COST = 40;

/**
 * "Arland will free the sailors", "the deal could spur growth": a modal (past any adverbs) is followed
 * by a bare verb, never by a common noun or an adjective, so one the tagger read there becomes the
 * verb where its score allows. Returns the first word changed, or -1.
 */
export function repairAfterModal(
  model: Scorer,
  words: readonly string[],
  lx: Lex,
  cls: Int32Array,
  lexicon: TagLexicon,
  k: FiniteVerbClasses,
): number {
  let first = -1;
  const rescore = new Rescorer(model, lx, lexicon);
  for (let i = 1; i < cls.length; i++) {
    const c0 = cls[i];
    if (!(k.noun[c0] || k.adjectival[c0]) || k.number[c0]) continue;
    let j = i - 1;
    while (j > 0 && k.adverb[cls[j]]) j--;
    // ("should not unnecessarily separate": an -ly word the tagger took for an adjective is an adverb)
    if (!k.modal[cls[j]] || !LOWER_WORD.test(words[i]) || words[i].endsWith("ly") || inverted(lx.words, j))
      continue;
    // "would better serve", "will more than likely", "can kind of understand": an adverb the tagger
    // misread, before the verb
    if (i + 1 < cls.length && (k.bare[cls[i + 1]] || NOT_AFTER_MODAL_VERB.has(lx.words[i + 1]))) continue;
    const scores = rescore.at(cls, i);
    const f = bestIn(scores, k.bare);
    if (f < 0 || scores[c0] - scores[f] > AFTER_MODAL_COST) continue;
    cls[i] = f;
    rescore.retagFrom(cls, i + 1);
    if (first < 0) first = i;
  }
  return first;
}

/** Words after which a word between a modal and them is an adverb, not a verb. */
const NOT_AFTER_MODAL_VERB = new Set(["than", "and", "or", "of"]);

/** "Can divided government govern?", "Not only will oil ...": a modal before its subject. */
function inverted(lower: readonly string[], modal: number): boolean {
  return modal === 0 || /^(only|nor|neither|why|how|where|when|what)$/.test(lower[modal - 1]);
}

/**
 * A participle that modifies the plural noun before it, followed by the clause's present verb ("Most
 * voters polled support the plan", "The views expressed are his own"): web text rarely has such
 * reduced relatives, so the tagger makes the participle the past tense and the present verb a bare
 * verb or a noun. Where a past form follows a plural noun and a second verb follows it, the past form
 * becomes the participle and the second verb the present; the words after are tagged again. Returns
 * the participle's index, or -1.
 */
export function repairReducedRelative(
  model: Scorer,
  words: readonly string[],
  lx: Lex,
  cls: Int32Array,
  lexicon: TagLexicon,
  k: FiniteVerbClasses,
): number {
  const n = cls.length;
  let at = -1;
  const rescore = new Rescorer(model, lx, lexicon);
  for (let i = 1; i + 1 < n; i++) {
    const c0 = cls[i];
    if (!k.pluralNoun[cls[i - 1]] || !k.lexicalVerb[c0] || !(k.past[c0] || k.participle[c0])) continue;
    const w = words[i];
    if (!LOWER_WORD.test(w) || BARE_VERB_TAKERS.has(w) || CLAUSE_VERBS.has(w)) continue;
    // only a regular past form is also the participle ("took" is not "taken")
    if (k.past[c0] && !w.endsWith("ed")) continue;
    const j = i + 1;
    const cj = cls[j];
    const nextFinite = k.finite[cj] && !k.bare[cj] && !k.past[cj];
    if (k.participle[c0] ? !k.bare[cj] : !(nextFinite || k.bare[cj])) continue;
    if (opensRelativeClause(lx.words, cls, i - 1, k) || objectRelative(cls, i - 1, k)) continue;
    let ci = c0;
    if (k.past[c0]) {
      const scores = rescore.at(cls, i);
      ci = bestIn(scores, k.participle, k.lexicalVerb);
      if (ci < 0 || gapOf(scores, ci) > RELATIVE_PARTICIPLE_COST) continue;
    }
    // the next word must still read as a verb after a participle ("pay" in "jobs created pay less",
    // not "work" in "crews resumed work")
    let cNext = cj;
    if (fixedTag(lexicon, lx.words[j]) === undefined) {
      cls[i] = ci;
      const scores = rescore.at(cls, j);
      cls[i] = c0;
      cNext = bestIn(scores, k.finite);
      if (gapOf(scores, cNext) > 0 || k.past[cNext]) continue;
      if (k.bare[cNext]) cNext = bestIn(scores, k.presentPlural);
    }
    if (!k.finite[cNext]) continue;
    cls[i] = ci;
    cls[j] = cNext;
    rescore.retagFrom(cls, j + 1);
    at = i;
  }
  return at;
}
