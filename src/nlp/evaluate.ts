// Scores predictions against gold CoNLL-U / IOB data: UPOS, XPOS, lemma, UAS, LAS, entity F1.
// Punctuation counts in UAS/LAS (as in the CoNLL 2018 shared task).
import type { ConlluSentence } from "./conllu.js";

export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

export function scoreSyntax(gold: ConlluSentence[], pred: ConlluSentence[]): SyntaxScores {
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s].words;
    const p = pred[s].words;
    for (let i = 0; i < g.length; i++) {
      n++;
      if (g[i].upos === p[i].upos) upos++;
      if (g[i].xpos === p[i].xpos) xpos++;
      if (g[i].lemma === p[i].lemma) lemma++;
      if (g[i].head === p[i].head) {
        uas++;
        // LAS compares universal relations without subtypes, as the CoNLL 2018 evaluation does
        if (g[i].deprel.split(":")[0] === p[i].deprel.split(":")[0]) las++;
      }
    }
  }
  const pct = (x: number) => (n ? (100 * x) / n : 0);
  return { words: n, upos: pct(upos), xpos: pct(xpos), lemma: pct(lemma), uas: pct(uas), las: pct(las) };
}

export interface Span {
  start: number;
  end: number;
  label: string;
}

/** Entity spans from IOB2 tags (an I- without a matching B- opens a new entity, as conlleval does). */
export function iobSpans(tags: string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const label = t.length > 2 ? t.slice(2) : "";
    if (t.startsWith("B-") || (t.startsWith("I-") && (!cur || cur.label !== label))) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, label };
    } else if (t.startsWith("I-") && cur) {
      cur.end = i + 1;
    } else {
      if (cur) out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

export interface EntityScores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  byLabel: Record<string, { precision: number; recall: number; f1: number; gold: number }>;
}

export function scoreEntities(gold: string[][], pred: string[][]): EntityScores {
  const tally = new Map<string, { tp: number; g: number; p: number }>();
  const get = (l: string) => {
    let t = tally.get(l);
    if (!t) {
      t = { tp: 0, g: 0, p: 0 };
      tally.set(l, t);
    }
    return t;
  };
  for (let s = 0; s < gold.length; s++) {
    const gs = iobSpans(gold[s]);
    const ps = iobSpans(pred[s]);
    const keys = new Set(gs.map((x) => `${x.start}:${x.end}:${x.label}`));
    for (const x of gs) get(x.label).g++;
    for (const x of ps) {
      get(x.label).p++;
      if (keys.has(`${x.start}:${x.end}:${x.label}`)) get(x.label).tp++;
    }
  }
  const prf = (t: { tp: number; g: number; p: number }) => {
    const precision = t.p ? (100 * t.tp) / t.p : 0;
    const recall = t.g ? (100 * t.tp) / t.g : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1 };
  };
  const all = { tp: 0, g: 0, p: 0 };
  const byLabel: EntityScores["byLabel"] = {};
  for (const [l, t] of [...tally.entries()].sort()) {
    all.tp += t.tp;
    all.g += t.g;
    all.p += t.p;
    byLabel[l] = { ...prf(t), gold: t.g };
  }
  return { ...prf(all), gold: all.g, predicted: all.p, byLabel };
}
