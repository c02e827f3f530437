// Builds the parser's subtree table (Chen et al. 2009, "improving dependency parsing with subtrees from
// auto-parsed data"): the current models parse unlabelled news, every head-dependent pair they find is
// counted (words lower-cased with digits folded, as the parser's features read them, plus head word with
// dependent tag and head tag with dependent word, each with its direction), and each pair seen at least
// `minCount` times gets a frequency bucket by its rank within its kind. The parser's subtree features
// read the buckets of the arcs its next moves could make. Deterministic: the news is read in file order
// and ties are broken by key.

import type { NlpPipeline } from "../models.js";
import { ParseFeatures } from "../parser.js";
import { SUB_TAG_WORD, SUB_WORD_TAG, SUB_WORDS, SubtreeTable, subtreeKey } from "../subtrees.js";
import { segment } from "../tokenize.js";

/** The table's file beside the parser's weights (named by parser.json "subtrees"). */
export const SUBTREES_FILE = "parser-subtrees.bin.gz";

export const SUB_KINDS = [SUB_WORDS, SUB_WORD_TAG, SUB_TAG_WORD] as const;

/** Share of a kind's listed pairs (most frequent first) that take bucket 3, and 3 or 2. */
export const SUB_TOP = 0.1;
export const SUB_MID = 0.3;

export interface SubtreeCounts {
  /** Per kind (SUB_KINDS order): pair key -> count. */
  counts: Map<number, number>[];
  tokens: number;
  sentences: number;
}

/** Parses the texts with `parse` (a sentence's words -> its tree) until `maxTokens`, counting the arcs. */
export function countSubtrees(
  texts: Iterable<string>,
  parse: (words: string[]) => { pf: ParseFeatures; head: ArrayLike<number> } | null,
  maxTokens: number,
  maxSentence = 100,
): SubtreeCounts {
  const counts = SUB_KINDS.map(() => new Map<number, number>());
  let tokens = 0;
  let sentences = 0;
  for (const text of texts) {
    for (const s of segment(text)) {
      const n = s.tokens.length;
      if (n < 2 || n > maxSentence) continue;
      const r = parse(s.tokens.map((t) => t.text));
      if (!r) continue;
      sentences++;
      tokens += n;
      for (let i = 0; i < n; i++) {
        // CoNLL-U heads: 0 is the root (state index n)
        const h = r.head[i] <= 0 ? n : r.head[i] - 1;
        for (let k = 0; k < SUB_KINDS.length; k++) {
          const key = subtreeKey(r.pf, SUB_KINDS[k], h, i, n);
          counts[k].set(key, (counts[k].get(key) ?? 0) + 1);
        }
      }
    }
    if (tokens >= maxTokens) break;
  }
  return { counts, tokens, sentences };
}

/** A parse function for countSubtrees from a loaded pipeline (tagger and parser). */
export function pipelineParser(
  pipe: NlpPipeline,
): (words: string[]) => { pf: ParseFeatures; head: ArrayLike<number> } | null {
  return (words) => {
    const lx = pipe.lex(words, true);
    const t = pipe.tag(words, lx);
    const tags = pipe.tagIdsOfClasses(t.cls);
    return { pf: new ParseFeatures(lx, tags), head: pipe.parse(lx, tags).head };
  };
}

/** Buckets by rank within each kind: top SUB_TOP -> 3, to SUB_MID -> 2, the rest seen minCount+ -> 1. */
export function subtreeTable(c: SubtreeCounts, minCount = 2): SubtreeTable {
  const entries: [number, number][] = [];
  for (const m of c.counts) {
    const listed = [...m.entries()]
      .filter((e) => e[1] >= minCount)
      .sort((a, b) => b[1] - a[1] || (a[0] >>> 0) - (b[0] >>> 0));
    const top = Math.round(listed.length * SUB_TOP);
    const mid = Math.round(listed.length * SUB_MID);
    for (let i = 0; i < listed.length; i++) entries.push([listed[i][0], i < top ? 3 : i < mid ? 2 : 1]);
  }
  return new SubtreeTable(entries);
}
