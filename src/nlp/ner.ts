// Named-entity recogniser for PER, ORG and LOC: greedy left-to-right averaged perceptron over BILOU
// tags, with word, shape, affix, cluster, POS and gazetteer features (country and city names, which
// UNER counts as LOC), a lexicon learned from unlabelled news (how often a word is capitalised
// mid-sentence, and what a first NER model tagged it and the phrases around it as) and the two
// previous decisions; invalid tag sequences are never produced.
import type { Lex } from "./features.js";
import { normWord } from "./features.js";
import { hashString, key1, key2, key3 } from "./hash.js";
import { type NerContext, nerContext, RUN_EDGE } from "./ner-context.js";
import { applyNerRules, type Span } from "./ner-rules.js";
import type { Scorer } from "./perceptron.js";
import { Int32Scratch } from "./scratch.js";

export const ENTITY_TYPES = ["PER", "ORG", "LOC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** BILOU classes: 0 = O, then B/I/L/U for each type. */
export const NER_CLASSES = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`)),
];

export const MAX_NER_FEATURES = 72;

const MAX_GAZ_WORDS = 4;

/** Gazetteer: lower-cased, space-joined token sequences -> a type label such as "LOC". */
export type Gazetteer = Map<string, string>;

/**
 * Learned from unlabelled news (models/ner.lexicon.tsv.gz): per normalised word a casing code and a
 * news-entity code (see train/ner-lexicon.ts), and the entity phrases a first model found there.
 */
export interface NerLexicon {
  words: Map<string, { casing: number; news: number }>;
  spans: Gazetteer;
}

/** Per-token codes the feature templates read besides the Lex. */
export interface NerInput {
  pos: Int32Array;
  gaz: Int32Array;
  casing: Int32Array;
  news: Int32Array;
  spans: Int32Array;
  /** The capitalised runs of the sentence. */
  ctx: NerContext;
  /** Per token 1 when it is a word the model's alwaysO list has (made from word facts), else absent. */
  alwaysO?: Uint8Array | null;
}

/** Bits of a word's facts (Ner.wordFacts) above its casing (bits 0-7) and news (8-15) codes. */
const FACT_ALWAYS_O = 1 << 16;
const FACT_GAZ = 1 << 17;
const FACT_SPANS = 1 << 18;

export interface NerData {
  classes: string[];
  /** Normalised words seen often in training and never inside an entity: lower-case ones skip scoring. */
  alwaysO?: string[];
  /** Company names seen before a legal form in the news ("Cetus" from "Cetus Corp"); see ner-rules.ts. */
  companies?: string[];
}

/** Words seen at least `min` times, never inside an entity. */
export function learnAlwaysO(sentences: { words: string[]; gold: ArrayLike<number> }[], min = 5): string[] {
  const seen = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i];
      const prev = seen.get(w) ?? 0;
      if (prev < 0) continue;
      seen.set(w, s.gold[i] === 0 ? prev + 1 : -1);
    }
  }
  return [...seen.entries()]
    .filter(([, n]) => n >= min)
    .map(([w]) => w)
    .sort();
}

/** True when token i is lower-case, outside any entity so far, and a word that is never part of one. */
export function skipsAsO(lx: Lex, i: number, prev: number, alwaysO: Set<string> | null): boolean {
  if (!alwaysO || (lx.flags[i] & 1) !== 0) return false;
  if (inEntity(prev)) return false;
  return alwaysO.has(lx.words[i]);
}

/** Whether class `prev` leaves an entity open (B or I). */
function inEntity(prev: number): boolean {
  return prev > 0 && (prefixOf(prev) === "B" || prefixOf(prev) === "I");
}

/** News codes (train/ner-lexicon.ts newsCode) up to this: unseen, or rarely in an entity in the news. */
const NEWS_RARELY_ENTITY = 1;

/**
 * Run time only: also true when token i is not capitalised, outside any entity so far, matches no
 * gazetteer or news phrase, and the news lexicon does not know it as part of entities (learned from
 * unlabelled news, not from NER data). On 300 news articles the model labelled 27 of 56,000 such tokens
 * as entities, all with a gazetteer match or an entity news code, which this excludes; not scoring
 * them is about half of the NER's work.
 */
export function skipsAsNewsO(lx: Lex, x: NerInput, i: number, prev: number): boolean {
  if ((lx.flags[i] & 1) !== 0 || x.gaz[i] !== 0 || x.spans[i] !== 0 || x.news[i] > NEWS_RARELY_ENTITY)
    return false;
  return !(prev > 0 && (prefixOf(prev) === "B" || prefixOf(prev) === "I"));
}

function prefixOf(c: number): string {
  return NER_CLASSES[c][0];
}

function typeOf(c: number): number {
  return c === 0 ? -1 : (c - 1) >> 2;
}

/** Can class `c` follow class `prev`? */
export function allowed(prev: number, c: number): boolean {
  const pp = prev < 0 ? "O" : prefixOf(prev);
  const cp = prefixOf(c);
  const open = pp === "B" || pp === "I";
  if (open) return (cp === "I" || cp === "L") && typeOf(prev) === typeOf(c);
  return cp === "O" || cp === "B" || cp === "U";
}

/**
 * The first 1..MAX_GAZ_WORDS-1 words of the gazetteer's multi-word names, so a match is extended one
 * word at a time only while a longer name can still start with it (most tokens need one look-up).
 */
const prefixSets = new WeakMap<Gazetteer, Set<string>>();

function prefixesOf(gaz: Gazetteer): Set<string> {
  let s = prefixSets.get(gaz);
  if (!s) {
    s = new Set();
    for (const k of gaz.keys()) {
      let sp = k.indexOf(" ");
      for (let words = 1; sp > 0 && words < MAX_GAZ_WORDS; words++) {
        s.add(k.slice(0, sp));
        sp = k.indexOf(" ", sp + 1);
      }
    }
    prefixSets.set(gaz, s);
  }
  return s;
}

/** Codes per type and position ("LOC:B"), hashed once. */
const codeMemo = new Map<string, number>();

function gazCode(type: string, pos: string): number {
  const k = `${type}:${pos}`;
  let c = codeMemo.get(k);
  if (c === undefined) {
    c = hashString(k) | 0;
    if (codeMemo.size < 1000) codeMemo.set(k, c);
  }
  return c;
}

/** Per-token gazetteer codes: hash of "LOC:B" etc. for the longest match covering the token, else 0. */
export function gazetteerCodes(
  words: string[],
  gaz: Gazetteer | null,
  lower?: string[],
  facts?: Int32Array,
  bit = 0,
  /** Where to write the codes (zero-filled, of the sentence's length); made when absent. */
  out: Int32Array = new Int32Array(words.length),
): Int32Array {
  if (!gaz) return out;
  const lw = lower ?? words.map((w) => normWord(w));
  const prefixes = prefixesOf(gaz);
  for (let i = 0; i < words.length; ) {
    // a word that is neither a name nor the start of one begins no match
    if (facts && (facts[i] & bit) === 0) {
      i++;
      continue;
    }
    let matched = 0;
    let type = "";
    let s = lw[i];
    const one = gaz.get(s);
    if (one !== undefined) {
      matched = 1;
      type = one;
    }
    // the longest name of at most MAX_GAZ_WORDS words starting here
    const maxLen = Math.min(MAX_GAZ_WORDS, words.length - i);
    for (let len = 2; len <= maxLen && prefixes.has(s); len++) {
      s = `${s} ${lw[i + len - 1]}`;
      const t = gaz.get(s);
      if (t !== undefined) {
        matched = len;
        type = t;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < matched; k++) {
      const pos = matched === 1 ? "U" : k === 0 ? "B" : k === matched - 1 ? "L" : "I";
      out[i + k] = gazCode(type, pos);
    }
    i += matched;
  }
  return out;
}

/** Lines "key\tcasing\tnews\tspan type" (codes 0 = none, span type may be empty). */
export function parseNerLexicon(tsv: string): NerLexicon {
  const words: NerLexicon["words"] = new Map();
  const spans: Gazetteer = new Map();
  for (const line of tsv.split("\n")) {
    const c = line.split("\t");
    if (c.length < 4 || !c[0]) continue;
    const casing = Number(c[1]);
    const news = Number(c[2]);
    if (casing || news) words.set(c[0], { casing, news });
    if (c[3]) spans.set(c[0], c[3]);
  }
  return { words, spans };
}

/** The per-token codes of one sentence. */
export function nerInput(
  words: string[],
  lx: Lex,
  posIds: Int32Array,
  gaz: Gazetteer | null,
  lexicon: NerLexicon | null,
  facts?: Int32Array,
): NerInput {
  const n = words.length;
  // the per-token codes share one buffer, since an input is made per sentence (see scratch.ts)
  const buf = new Int32Array(6 * n);
  const casing = buf.subarray(0, n);
  const news = buf.subarray(n, 2 * n);
  let alwaysO: Uint8Array | null = null;
  if (facts) {
    alwaysO = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const f = facts[i];
      if (lexicon) {
        casing[i] = f & 255;
        news[i] = (f >> 8) & 255;
      }
      if ((f & FACT_ALWAYS_O) !== 0) alwaysO[i] = 1;
    }
  } else if (lexicon) {
    for (let i = 0; i < n; i++) {
      const e = lexicon.words.get(lx.words[i]);
      if (e) {
        casing[i] = e.casing;
        news[i] = e.news;
      }
    }
  }
  return {
    pos: posIds,
    gaz: gazetteerCodes(words, gaz, lx.words, facts, FACT_GAZ, buf.subarray(2 * n, 3 * n)),
    casing,
    news,
    spans: gazetteerCodes(
      words,
      lexicon ? lexicon.spans : null,
      lx.words,
      facts,
      FACT_SPANS,
      buf.subarray(3 * n, 4 * n),
    ),
    ctx: nerContext(lx, buf.subarray(4 * n)),
    alwaysO,
  };
}

/** Tag strings -> ids, remembered per tag (there are a few dozen). */
const posIdMemo = new Map<string, number>();

/** `out`, when given, receives the ids (it has the sentence's length). */
export function posIds(upos: string[], out: Int32Array = new Int32Array(upos.length)): Int32Array {
  for (let i = 0; i < upos.length; i++) {
    const u = upos[i];
    let id = posIdMemo.get(u);
    if (id === undefined) {
      id = hashString(u) | 0;
      if (posIdMemo.size < 1000) posIdMemo.set(u, id);
    }
    out[i] = id;
  }
  return out;
}

/**
 * Value at token j, or a sentinel before the start (11) or past the end (13). Module functions, not
 * closures: closures would be allocated (and, under tsx, named) on every token.
 */
function at(a: Int32Array, j: number, n: number): number {
  return j < 0 ? 11 : j >= n ? 13 : a[j];
}

/** Like `at`, with sentinels that cannot be confused with the lexicon's small codes. */
function code(a: Int32Array, j: number, n: number): number {
  return j < 0 ? -11 : j >= n ? -13 : a[j];
}

export function nerFeatures(
  lx: Lex,
  x: NerInput,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
): number {
  const n = lx.norm.length;
  const pos = x.pos;
  const gaz = x.gaz;
  const norm = lx.norm;
  const form = lx.form;
  const shp = lx.shape;
  const c1 = lx.c1;
  const c2 = lx.c2;
  const casing = x.casing;
  const news = x.news;
  const spans = x.spans;
  let k = 0;
  out[k++] = key1(300, 0);
  out[k++] = key1(301, at(norm, i, n));
  out[k++] = key1(302, at(form, i, n));
  out[k++] = key1(303, at(shp, i, n));
  out[k++] = key1(304, lx.suf3[i]);
  out[k++] = key1(305, lx.suf4[i]);
  out[k++] = key1(306, lx.pre3[i]);
  out[k++] = key1(307, at(norm, i - 1, n));
  out[k++] = key1(308, at(norm, i + 1, n));
  out[k++] = key1(309, at(norm, i - 2, n));
  out[k++] = key1(310, at(norm, i + 2, n));
  out[k++] = key1(311, at(form, i - 1, n));
  out[k++] = key1(312, at(form, i + 1, n));
  out[k++] = key1(313, at(shp, i - 1, n));
  out[k++] = key1(314, at(shp, i + 1, n));
  out[k++] = key1(315, at(pos, i, n));
  out[k++] = key1(316, at(pos, i - 1, n));
  out[k++] = key1(317, at(pos, i + 1, n));
  out[k++] = key2(318, at(pos, i, n), at(shp, i, n));
  out[k++] = key1(319, at(c2, i, n));
  out[k++] = key1(320, at(c1, i, n));
  out[k++] = key1(321, at(c2, i - 1, n));
  out[k++] = key1(322, at(c2, i + 1, n));
  out[k++] = key1(323, at(c1, i - 1, n));
  out[k++] = key1(324, at(c1, i + 1, n));
  out[k++] = key1(325, at(c1, i - 2, n));
  out[k++] = key1(326, at(c1, i + 2, n));
  out[k++] = key1(327, at(gaz, i, n));
  out[k++] = key2(328, at(gaz, i, n), at(shp, i, n));
  out[k++] = key1(329, at(gaz, i - 1, n));
  out[k++] = key1(330, at(gaz, i + 1, n));
  out[k++] = key1(331, p1);
  out[k++] = key2(332, p1, p2);
  out[k++] = key2(333, p1, at(norm, i, n));
  out[k++] = key2(334, p1, at(shp, i, n));
  out[k++] = key2(335, p1, at(c2, i, n));
  out[k++] = key2(336, at(norm, i - 1, n), at(norm, i, n));
  out[k++] = key2(337, at(norm, i, n), at(norm, i + 1, n));
  out[k++] = key2(338, lx.flags[i] & 19, at(pos, i, n));
  out[k++] = key3(339, at(shp, i - 1, n), at(shp, i, n), at(shp, i + 1, n));
  out[k++] = key2(340, p1, at(pos, i, n));
  out[k++] = key2(341, at(c1, i, n), at(shp, i, n));
  out[k++] = key3(342, at(pos, i - 1, n), at(pos, i, n), at(pos, i + 1, n));
  out[k++] = key2(343, at(norm, i - 1, n), at(shp, i, n));
  out[k++] = key2(344, at(shp, i, n), at(norm, i + 1, n));
  out[k++] = key2(345, p1, at(gaz, i, n));
  // casing in news: a word nearly always capitalised mid-sentence is a name even when written "tampa"
  out[k++] = key1(346, code(casing, i, n));
  out[k++] = key2(347, code(casing, i, n), lx.flags[i] & 19);
  out[k++] = key1(348, code(casing, i - 1, n));
  out[k++] = key1(349, code(casing, i + 1, n));
  out[k++] = key2(350, code(casing, i, n), p1);
  // what a first model made of the word and of the phrase around it in news (self-training)
  out[k++] = key1(351, code(news, i, n));
  out[k++] = key2(352, code(news, i, n), at(shp, i, n));
  out[k++] = key1(353, code(news, i - 1, n));
  out[k++] = key1(354, code(news, i + 1, n));
  out[k++] = key2(355, code(news, i, n), p1);
  out[k++] = key1(356, code(spans, i, n));
  out[k++] = key2(357, code(spans, i, n), at(shp, i, n));
  out[k++] = key1(358, code(spans, i - 1, n));
  out[k++] = key1(359, code(spans, i + 1, n));
  out[k++] = key2(360, code(spans, i, n), p1);
  // the capitalised run the token is in: its last word ("Ministry", "Hospital") and first word, the
  // token's place in it, and the words just outside it ("the", "at", "said")
  const run = x.ctx.run;
  if (run[2 * i] !== 0) {
    const s = run[2 * i] - 1;
    const e = run[2 * i + 1];
    const len = e - s;
    const pos = len === 1 ? 4 : i === s ? 1 : i === e - 1 ? 3 : 2;
    const last = norm[e - 1];
    out[k++] = key1(361, last);
    out[k++] = key2(362, last, pos);
    out[k++] = key1(363, norm[s]);
    out[k++] = key1(364, pos + 8 * Math.min(len, 5));
    out[k++] = key2(365, c2[e - 1], pos);
    out[k++] = key1(366, s > 0 ? norm[s - 1] : RUN_EDGE);
    out[k++] = key1(367, e < n ? norm[e] : RUN_EDGE);
  }
  return k;
}

/** nerClasses' feature buffer (see scratch.ts). */
const nerFeatScratch = new Int32Array(MAX_NER_FEATURES);

/** Decodes one sentence; returns BILOU class ids. `newsSkip` turns on skipsAsNewsO. */
export function nerClasses(
  model: Scorer,
  lx: Lex,
  x: NerInput,
  alwaysO: Set<string> | null,
  newsSkip = false,
): Int32Array {
  const n = lx.norm.length;
  const C = model.nClasses;
  const scores = new Float32Array(C);
  const feats = nerFeatScratch;
  const out = new Int32Array(n);
  const known = x.alwaysO;
  for (let i = 0; i < n; i++) {
    const p1 = i > 0 ? out[i - 1] : -1;
    // skipsAsO, with the alwaysO look-up made once per word form
    const skipO = known
      ? alwaysO !== null && known[i] === 1 && (lx.flags[i] & 1) === 0 && !inEntity(p1)
      : skipsAsO(lx, i, p1, alwaysO);
    if ((x.gaz[i] === 0 && skipO) || (newsSkip && skipsAsNewsO(lx, x, i, p1))) {
      out[i] = 0;
      continue;
    }
    const nf = nerFeatures(lx, x, i, p1, i > 1 ? out[i - 2] : -1, feats);
    scores.fill(0);
    model.score(feats, nf, scores);
    out[i] = bestAllowed(scores, C, p1, i === n - 1);
  }
  return out;
}

export function bestAllowed(scores: Float32Array, C: number, prev: number, last: boolean): number {
  let best = -1;
  for (let c = 0; c < C; c++) {
    if (!allowed(prev, c)) continue;
    // an entity cannot be left open at the end of the sentence
    if (last && (prefixOf(c) === "B" || prefixOf(c) === "I")) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

/** BILOU classes -> IOB2 tags. */
export function toIob2(cls: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    if (c === 0) out.push("O");
    else {
      const p = prefixOf(c);
      const t = ENTITY_TYPES[typeOf(c)];
      out.push(p === "B" || p === "U" ? `B-${t}` : `I-${t}`);
    }
  }
  return out;
}

/** IOB2 tags -> BILOU class ids (unknown types become O). */
export function fromIob2(tags: string[]): Int32Array {
  const out = new Int32Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const ti = ENTITY_TYPES.indexOf(t.slice(2) as EntityType);
    if (t === "O" || ti < 0) continue;
    const begins =
      t.startsWith("B-") || i === 0 || tags[i - 1].slice(2) !== t.slice(2) || tags[i - 1] === "O";
    const cont = i + 1 < tags.length && tags[i + 1] === `I-${t.slice(2)}`;
    const p = begins ? (cont ? "B" : "U") : cont ? "I" : "L";
    out[i] = 1 + ti * 4 + ["B", "I", "L", "U"].indexOf(p);
  }
  return out;
}

/** BILOU classes -> entity spans as token ranges [start, end). */
export function spansOf(cls: ArrayLike<number>): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i];
    if (c === 0) continue;
    const p = prefixOf(c);
    if (p === "U") out.push({ label: ENTITY_TYPES[typeOf(c)], start: i, end: i + 1 });
    else if (p === "B") {
      let j = i + 1;
      while (j < cls.length && prefixOf(cls[j]) === "I") j++;
      out.push({ label: ENTITY_TYPES[typeOf(c)], start: i, end: Math.min(j + 1, cls.length) });
      i = j;
    }
  }
  return out;
}

/** Entity spans (non-overlapping) -> BILOU class ids for a sentence of n tokens. */
export function classesOf(spans: Span[], n: number): Int32Array {
  const out = new Int32Array(n);
  for (const e of spans) {
    const base = 1 + ENTITY_TYPES.indexOf(e.label) * 4;
    if (e.end - e.start === 1) out[e.start] = base + 3;
    else {
      out[e.start] = base;
      for (let i = e.start + 1; i < e.end - 1; i++) out[i] = base + 1;
      out[e.end - 1] = base + 2;
    }
  }
  return out;
}

/** Ner.classes' buffers for the sentence's word facts and tag ids (see scratch.ts). */
const classesScratch = { facts: new Int32Scratch(), pos: new Int32Scratch() };

export class Ner {
  private readonly alwaysO: Set<string> | null;
  private readonly companies: Set<string> | null;
  /** Whether the decoding-time rules of ner-rules.ts run after the model (off only to measure them). */
  rules = true;
  /** Whether rarely-capitalised, rarely-entity words skip scoring (skipsAsNewsO; off only to measure it). */
  newsSkip = true;
  constructor(
    readonly model: Scorer,
    readonly data: NerData,
    readonly gazetteer: Gazetteer | null,
    readonly lexicon: NerLexicon | null = null,
  ) {
    this.alwaysO = data.alwaysO ? new Set(data.alwaysO) : null;
    this.companies = data.companies ? new Set(data.companies) : null;
  }

  static parseGazetteer(tsv: string): Gazetteer {
    const g: Gazetteer = new Map();
    for (const line of tsv.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) g.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return g;
  }

  /**
   * A normalised word's facts for nerInput, looked up once per form: casing and news codes (bits 0-7,
   * 8-15), whether alwaysO has it, whether it is or starts a gazetteer name and a news phrase. -1 when
   * a code does not fit its 8 bits.
   */
  wordFacts(norm: string): number {
    let f = 0;
    const e = this.lexicon?.words.get(norm);
    if (e) {
      if (!(e.casing >= 0 && e.casing < 256 && e.news >= 0 && e.news < 256)) return -1;
      f = e.casing | (e.news << 8);
    }
    if (this.alwaysO?.has(norm)) f |= FACT_ALWAYS_O;
    const g = this.gazetteer;
    if (g && (g.has(norm) || prefixesOf(g).has(norm))) f |= FACT_GAZ;
    const sp = this.lexicon?.spans;
    if (sp && (sp.has(norm) || prefixesOf(sp).has(norm))) f |= FACT_SPANS;
    return f;
  }

  /** `facts`, when given, holds wordFacts per word-form entry (lx.ids); the result is the same. */
  classes(words: string[], lx: Lex, upos: string[], facts?: Int32Array): Int32Array {
    let tf: Int32Array | undefined;
    if (facts && lx.ids) {
      tf = classesScratch.facts.take(words.length);
      for (let i = 0; i < tf.length; i++) {
        const f = facts[lx.ids[i]];
        if (f < 0) {
          tf = undefined;
          break;
        }
        tf[i] = f;
      }
    }
    const cls = nerClasses(
      this.model,
      lx,
      nerInput(
        words,
        lx,
        posIds(upos, classesScratch.pos.take(upos.length)),
        this.gazetteer,
        this.lexicon,
        tf,
      ),
      this.alwaysO,
      this.newsSkip,
    );
    return this.rules
      ? classesOf(
          applyNerRules(words, spansOf(cls), this.companies ?? undefined, {
            gazetteer: this.gazetteer,
            lexicon: this.lexicon,
          }),
          cls.length,
        )
      : cls;
  }

  /** Entity spans as token ranges [start, end). */
  entities(words: string[], lx: Lex, upos: string[], facts?: Int32Array): Span[] {
    return spansOf(this.classes(words, lx, upos, facts));
  }
}
