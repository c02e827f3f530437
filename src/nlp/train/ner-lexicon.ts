// Builds the NER's news lexicon (models/ner.lexicon.tsv.gz) from the unlabelled news in corpus/news:
// - casing: how often each word is capitalised when it is not sentence-initial, which tells names from
//   ordinary words in web text that is all lower case, or whose every sentence starts with a capital;
// - self-training: a first NER model (trained without these codes) tags the news, and each word keeps
//   how often it was inside an entity and of which type, and each phrase tagged as an entity keeps its
//   type when the model mostly agreed with itself. News names far more people, organisations and places
//   than the labelled training sentences do.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readText } from "../../util/shared.js";
import { iobSpans } from "../evaluate.js";
import { normWord } from "../features.js";
import { ENTITY_TYPES, toIob2 } from "../ner.js";
import { segment } from "../tokenize.js";

/** Texts of the news articles, file by file in name order (AllSides first, then Reuters). */
export function* newsTexts(newsDir: string, maxArticles = Infinity): Generator<string> {
  const files = readdirSync(newsDir)
    .filter((f) => /^(allsides-\d+|reuters21578)\.jsonl\.gz$/.test(f))
    .sort();
  let n = 0;
  for (const f of files) {
    for (const line of readText(join(newsDir, f)).split("\n")) {
      if (!line) continue;
      if (n++ >= maxArticles) return;
      yield (JSON.parse(line) as { text: string }).text;
    }
  }
}

/** Tokens after which a capital says nothing about the word (sentence-like starts). */
const OPENERS = new Set(['"', "“", "‘", "'", ":", "(", "[", "-", "–", "—", "•", "*"]);

/** Per normalised word: [lower-case, title-case, all-caps] counts away from sentence starts. */
export function countCasing(texts: Iterable<string>): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  for (const text of texts) {
    for (const s of segment(text)) {
      const t = s.tokens;
      for (let i = 1; i < t.length; i++) {
        if (OPENERS.has(t[i - 1].text)) continue;
        const w = t[i].text;
        const first = w[0];
        const lower = first === first.toLowerCase();
        if (lower && first === first.toUpperCase()) continue; // digits, punctuation
        const n = normWord(w);
        let c = counts.get(n);
        if (!c) {
          c = new Int32Array(3);
          counts.set(n, c);
        }
        if (lower) c[0]++;
        else if (w.length > 1 && w === w.toUpperCase()) c[2]++;
        else c[1]++;
      }
    }
  }
  return counts;
}

const CASE_STEPS = [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98];

/** 0 for too few sightings, else 1-8 by the share of capitalised sightings, +10 when mostly all-caps. */
export function casingCode(c: ArrayLike<number>, min = 3): number {
  const n = c[0] + c[1] + c[2];
  if (n < min) return 0;
  const r = (c[1] + c[2]) / n;
  let b = 0;
  while (b < CASE_STEPS.length && r >= CASE_STEPS[b]) b++;
  return b + 1 + (c[2] > c[1] ? 10 : 0);
}

export interface NewsEntityCounts {
  /** Per normalised word: [outside, PER, ORG, LOC] token counts. */
  words: Map<string, Int32Array>;
  /** Per normalised phrase (at most 4 words) tagged as an entity: [_, PER, ORG, LOC]. */
  spans: Map<string, Int32Array>;
  tokens: number;
}

/** Tags the news with `tag` (IOB2 tags for a sentence's tokens) and counts what it found. */
export function countNewsEntities(
  texts: Iterable<string>,
  tag: (words: string[]) => { norm: string[]; cls: Int32Array },
  maxSentence = 150,
): NewsEntityCounts {
  const words = new Map<string, Int32Array>();
  const spans = new Map<string, Int32Array>();
  const bump = (m: Map<string, Int32Array>, k: string, i: number) => {
    let c = m.get(k);
    if (!c) {
      c = new Int32Array(4);
      m.set(k, c);
    }
    c[i]++;
  };
  let tokens = 0;
  for (const text of texts) {
    for (const s of segment(text)) {
      if (s.tokens.length > maxSentence) continue;
      const r = tag(s.tokens.map((t) => t.text));
      const tags = toIob2(r.cls);
      tokens += tags.length;
      for (let i = 0; i < tags.length; i++)
        bump(words, r.norm[i], tags[i] === "O" ? 0 : 1 + ENTITY_TYPES.indexOf(tags[i].slice(2) as "PER"));
      for (const sp of iobSpans(tags)) {
        if (sp.end - sp.start > 4) continue;
        bump(spans, r.norm.slice(sp.start, sp.end).join(" "), 1 + ENTITY_TYPES.indexOf(sp.label as "PER"));
      }
    }
  }
  return { words, spans, tokens };
}

/** 0 unseen, 1 rarely inside an entity, else 2 + 4 * type + share bucket (1-3). */
export function newsCode(c: ArrayLike<number>, min = 3): number {
  const n = c[0] + c[1] + c[2] + c[3];
  if (n < min) return 0;
  const share = (n - c[0]) / n;
  if (share < 0.05) return 1;
  let best = 1;
  for (let t = 2; t < 4; t++) if (c[t] > c[best]) best = t;
  return 2 + best * 4 + (share < 0.3 ? 1 : share < 0.7 ? 2 : 3);
}

/** The lexicon file's lines, "key\tcasing\tnews\tspan type", sorted. */
export function nerLexiconLines(
  casing: Map<string, Int32Array>,
  found: NewsEntityCounts | null,
  min = 3,
  spanAgreement = 0.7,
): string[] {
  const rows = new Map<string, [number, number, string]>();
  for (const [w, c] of casing) {
    const code = casingCode(c, min);
    if (code) rows.set(w, [code, 0, ""]);
  }
  if (found) {
    for (const [w, c] of found.words) {
      const code = newsCode(c, min);
      if (!code) continue;
      const r = rows.get(w);
      if (r) r[1] = code;
      else rows.set(w, [0, code, ""]);
    }
    for (const [k, c] of found.spans) {
      const n = c[1] + c[2] + c[3];
      if (n < min) continue;
      let best = 1;
      for (let t = 2; t < 4; t++) if (c[t] > c[best]) best = t;
      if (c[best] < spanAgreement * n) continue;
      const r = rows.get(k);
      if (r) r[2] = ENTITY_TYPES[best - 1];
      else rows.set(k, [0, 0, ENTITY_TYPES[best - 1]]);
    }
  }
  return [...rows.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, r]) => `${k}\t${r[0]}\t${r[1]}\t${r[2]}`);
}
