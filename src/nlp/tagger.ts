// Part-of-speech tagger: greedy left-to-right averaged perceptron over joint UPOS|XPOS tags, with
// word, affix, shape, cluster and previous-tag features.
import type { Lex } from "./features.js";
import { hashString, key1, key2, key3 } from "./hash.js";
import type { Scorer, WordScoreMemo } from "./perceptron.js";

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
  memo?: { words: string[]; memo: WordScoreMemo },
): Int32Array {
  if (memo && model.addInts && memo.memo.nClasses === model.nClasses)
    return tagWithMemo(model as Scorer & Required<Pick<Scorer, "addInts">>, lx, n, lexicon, memo);
  const C = model.nClasses;
  const scores = new Float32Array(C);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const out = new Int32Array(n);
  const amb = ambiguityClasses(lx, lexicon);
  for (let i = 0; i < n; i++) {
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
  return out;
}

function tagWithMemo(
  model: Scorer & Required<Pick<Scorer, "addInts">>,
  lx: Lex,
  n: number,
  lexicon: TagLexicon,
  m: { words: string[]; memo: WordScoreMemo },
): Int32Array {
  const C = model.nClasses;
  const { index, rows, capacity } = m.memo;
  const acc = new Int32Array(C);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const out = new Int32Array(n);
  const amb = ambiguityClasses(lx, lexicon);
  for (let i = 0; i < n; i++) {
    const fixed = fixedTag(lexicon, lx.words[i]);
    if (fixed !== undefined) {
      out[i] = fixed;
      continue;
    }
    const word = m.words[i];
    let r = index.get(word);
    if (r === undefined) {
      if (index.size >= capacity) index.clear();
      acc.fill(0);
      model.addInts(feats, tagWordFeatures(lx, amb, i, feats), acc);
      r = index.size * C;
      rows.set(acc, r);
      index.set(word, r);
    } else {
      for (let c = 0; c < C; c++) acc[c] = rows[r + c];
    }
    const nf = tagContextFeatures(lx, amb, i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -2, feats);
    model.addInts(feats, nf, acc);
    let best = 0;
    for (let c = 1; c < C; c++) if (acc[c] > acc[best]) best = c;
    out[i] = best;
  }
  return out;
}
