// Self-training facts for the tagger: the unlabelled news tagged by an earlier tagger, and per normalised
// word the distribution of the tags it took, turned into the table of TagLexicon.news.

import type { Lex } from "../features.js";
import { shape } from "../features.js";
import { hashString } from "../hash.js";
import { newsBackoffKey } from "../tagger.js";
import { segment } from "../tokenize.js";

/** Per "normalised word \t shape", how often each "UPOS|XPOS" tag was given to it. */
export interface NewsTagCounts {
  counts: Map<string, Map<string, number>>;
  tokens: number;
}

/** Tags the sentences of `texts` (2 to 100 tokens) until `maxTokens` tokens are counted. */
export function countNewsTags(
  texts: Iterable<string>,
  tag: (words: string[]) => { lx: Lex; tags: string[] },
  maxTokens: number,
): NewsTagCounts {
  const counts = new Map<string, Map<string, number>>();
  let tokens = 0;
  for (const text of texts) {
    for (const s of segment(text)) {
      const n = s.tokens.length;
      if (n < 2 || n > 100) continue;
      const words = s.tokens.map((t) => t.text);
      const { lx, tags } = tag(words);
      for (let i = 0; i < n; i++) {
        const key = `${lx.words[i]}\t${shape(words[i].length > 40 ? words[i].slice(0, 40) : words[i])}`;
        let m = counts.get(key);
        if (!m) {
          m = new Map();
          counts.set(key, m);
        }
        m.set(tags[i], (m.get(tags[i]) ?? 0) + 1);
      }
      tokens += n;
    }
    if (tokens >= maxTokens) break;
  }
  return { counts, tokens };
}

/** One line per (word, shape): word, shape, then tag:count pairs, all tab-separated, sorted. */
export function writeNewsCounts(c: NewsTagCounts): string {
  const lines = [`#tokens\t${c.tokens}`];
  for (const key of [...c.counts.keys()].sort()) {
    const m = c.counts.get(key)!;
    const tags = [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([t, k]) => `${t}:${k}`);
    lines.push(`${key}\t${tags.join("\t")}`);
  }
  return lines.join("\n") + "\n";
}

export function parseNewsCounts(text: string): NewsTagCounts {
  const counts = new Map<string, Map<string, number>>();
  let tokens = 0;
  for (const line of text.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    if (f[0] === "#tokens") {
      tokens = Number(f[1]);
      continue;
    }
    const m = new Map<string, number>();
    for (const p of f.slice(2)) {
      const at = p.lastIndexOf(":");
      m.set(p.slice(0, at), Number(p.slice(at + 1)));
    }
    counts.set(`${f[0]}\t${f[1]}`, m);
  }
  return { counts, tokens };
}

export interface NewsTableOptions {
  /** A word (or back-off key) is listed when the news shows it at least this often. */
  minCount: number;
  /** List only words the training sentences show fewer times than this (0: all words). */
  ewtMax: number;
  /** A tag enters the news ambiguity class from this share of the word's tokens. */
  share: number;
  /** Whether the classes are over UPOS or over joint UPOS|XPOS tags. */
  level: "upos" | "joint";
  /** Words seen fewer times than this feed their suffix and shape's back-off entry (0: no back-off). */
  backoffBelow: number;
}

/** One line of the news table (see parseNewsTable) for a word's tag distribution. */
export function newsLine(key: string, m: Map<string, number>, share: number): string {
  let total = 0;
  for (const k of m.values()) total += k;
  const tags = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const amb = tags
    .filter(([, k]) => k / total >= share)
    .map(([t]) => t)
    .sort();
  const top = tags[0][1] / total;
  const bucket = top >= 0.95 ? 0 : top >= 0.8 ? 1 : top >= 0.6 ? 2 : 3;
  return `${key}\t${amb.join(",")}\t${tags[0][0]}\t${bucket}`;
}

/**
 * The lines of the news table file (parseNewsTable) from the counts, sorted; ewtCounts: per normalised
 * word, its count in the tagger's training sentences.
 */
export function newsTableLines(
  c: NewsTagCounts,
  o: NewsTableOptions,
  ewtCounts?: Map<string, number>,
): string[] {
  const level = (t: string) => (o.level === "upos" ? t.slice(0, t.indexOf("|")) : t);
  const words = new Map<string, Map<string, number>>();
  const add = (to: Map<string, Map<string, number>>, key: string, m: Map<string, number>) => {
    let d = to.get(key);
    if (!d) {
      d = new Map();
      to.set(key, d);
    }
    for (const [t, k] of m) d.set(level(t), (d.get(level(t)) ?? 0) + k);
  };
  for (const [key, m] of c.counts) add(words, key.slice(0, key.indexOf("\t")), m);
  const total = (m: Map<string, number>) => {
    let s = 0;
    for (const k of m.values()) s += k;
    return s;
  };
  const backoff = new Map<string, Map<string, number>>();
  if (o.backoffBelow > 0)
    for (const [key, m] of c.counts) {
      const at = key.indexOf("\t");
      const w = key.slice(0, at);
      if (total(words.get(w)!) >= o.backoffBelow) continue;
      add(backoff, newsBackoffKey(w, hashString(key.slice(at + 1)) | 0), m);
    }
  const out: string[] = [];
  for (const [w, m] of [...words.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (total(m) < o.minCount) continue;
    if (o.ewtMax > 0 && (ewtCounts?.get(w) ?? 0) >= o.ewtMax) continue;
    out.push(newsLine(w, m, o.share));
  }
  for (const [k, m] of [...backoff.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (total(m) >= o.minCount) out.push(newsLine(k, m, o.share));
  return out;
}

/**
 * Jack-knifed news counts: a word of the training data takes its counts from the news as tagged by the
 * fold tagger that saw it least often in training (trained without the fold that holds most of its
 * occurrences), so the model learns what the news says of words the news tagger did not learn, as it
 * will meet them at run time; other words keep the counts of `base`. heldCounts[f]: per normalised word,
 * its count in the sentences fold tagger f did not train on; ewtCounts: its count in all of them.
 */
export function jackknifeNewsCounts(
  base: NewsTagCounts,
  folds: NewsTagCounts[],
  heldCounts: Map<string, number>[],
  ewtCounts: Map<string, number>,
): NewsTagCounts {
  const counts = new Map<string, Map<string, number>>();
  for (const [key, m] of base.counts) {
    const w = key.slice(0, key.indexOf("\t"));
    const total = ewtCounts.get(w) ?? 0;
    if (total === 0) {
      counts.set(key, m);
      continue;
    }
    let best = 0;
    let bestSeen = Infinity;
    for (let f = 0; f < folds.length; f++) {
      const seen = total - (heldCounts[f].get(w) ?? 0);
      if (seen < bestSeen) {
        best = f;
        bestSeen = seen;
      }
    }
    const fm = folds[best].counts.get(key);
    if (fm) counts.set(key, fm);
  }
  return { counts, tokens: base.tokens };
}
