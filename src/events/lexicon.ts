// Loader for data/events/lexicon.tsv (format documented in the file's header). The result is an
// immutable index the coder consults by lemma; users may point `loadLexicon` at their own file.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../util/shared.js";

export type EntryKind = "verb" | "noun" | "light" | "frame";
export type FrameKind = "intend" | "appeal" | "demand" | "refuse" | "threaten" | "deny" | "allege" | "begin";

export interface LexEntry {
  kind: EntryKind;
  /** CAMEO code (verb/noun), frame name (frame), "-" (light). */
  code: string;
  /** Head lemma (a verb, or the last word of a noun phrase). */
  head: string;
  /** Particle for phrasal verbs ("out" in "pull out"), or the words before the head of a noun phrase. */
  extra: string[];
  /** Required object lemmas, or required "prep_noun" obliques; empty = none required. */
  objects: string[];
  /** Prepositions whose object is the target. */
  preps: string[];
  /** The entry applies only when one of its prepositions is there ("work with", not "work"). */
  prepRequired: boolean;
  /** "lexicon.tsv:<line>", shown to users as the rule that fired. */
  rule: string;
}

/**
 * A frozen entry; the only literal of one. (Entries the coder makes up, or recodes, share the lexicon's
 * own entries' object shape: a frozen object's shape differs from a plain one's, and one more shape
 * at the reads of entries deoptimises them.)
 */
export function lexEntry(
  kind: EntryKind,
  code: string,
  head: string,
  extra: string[],
  objects: string[],
  preps: string[],
  prepRequired: boolean,
  rule: string,
): LexEntry {
  return Object.freeze({ kind, code, head, extra, objects, preps, prepRequired, rule });
}

export interface Lexicon {
  /** Entries by head lemma (verbs, nouns, lights and frames together; filter by kind). */
  byHead: ReadonlyMap<string, readonly LexEntry[]>;
  /** Frame shifts: frame -> [code prefix, result code], longest prefix first. */
  shifts: ReadonlyMap<string, readonly [string, string][]>;
  size: number;
}

const FRAMES = new Set(["intend", "appeal", "demand", "refuse", "threaten", "deny", "allege", "begin"]);

const split = (s: string | undefined): string[] =>
  !s || s === "-"
    ? []
    : s
        .split("|")
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean);

/** Parses lexicon text; bad lines raise an error naming the line, so a user's file fails clearly. */
export function parseLexicon(text: string, name = "lexicon.tsv"): Lexicon {
  const byHead = new Map<string, LexEntry[]>();
  const shifts = new Map<string, [string, string][]>();
  let size = 0;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cols = line.split("\t").map((c) => c.trim());
    if (cols.length < 3) throw new Error(`${name}:${n + 1}: expected code, kind, head[, object, prep]`);
    const [code, kind, head, obj, prep, from] = cols;
    // a derived line names the hand entry it came from (sixth column): "lexicon-wordnet.tsv:12(attack:syn)"
    const rule = from ? `${name}:${n + 1}(${from})` : `${name}:${n + 1}`;
    if (kind === "shift") {
      if (!FRAMES.has(head) || !/^\d+$/.test(obj ?? "")) throw new Error(`${rule}: bad shift line`);
      const list = shifts.get(head) ?? [];
      list.push([obj, code]);
      shifts.set(head, list);
      continue;
    }
    if (kind !== "verb" && kind !== "noun" && kind !== "light" && kind !== "frame") {
      throw new Error(`${rule}: unknown kind "${kind}"`);
    }
    if (kind === "frame" && !FRAMES.has(code)) throw new Error(`${rule}: unknown frame "${code}"`);
    if ((kind === "verb" || kind === "noun") && !/^\d{2,4}$/.test(code)) {
      throw new Error(`${rule}: bad CAMEO code "${code}"`);
    }
    // alternatives are listed one line each: "a|b" in the head would make "b" part of one word
    if (head.includes("|")) throw new Error(`${rule}: one head per line ("${head}")`);
    const words = head.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) throw new Error(`${rule}: empty head`);
    // verbs: head first, particle after; nouns: head last, modifiers before
    const h = kind === "noun" ? words[words.length - 1] : words[0];
    const extra = kind === "noun" ? words.slice(0, -1) : words.slice(1);
    const entry = lexEntry(
      kind,
      code,
      h,
      extra,
      split(obj),
      split(prep?.replace(/^\+/, "")),
      (prep ?? "").startsWith("+"),
      rule,
    );
    const list = byHead.get(h) ?? [];
    list.push(entry);
    byHead.set(h, list);
    size++;
  }
  for (const list of shifts.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byHead, shifts, size };
}

const DATA = join(repoRoot, "data", "events");

/**
 * Loads a lexicon file. The built-in one (no path given) is the hand lexicon with the WordNet-derived
 * lines of data/events/lexicon-wordnet.tsv under it (see src/events/build-lexicon-wordnet.ts), unless
 * `wordnet` is false or DYAD_LEXICON_WORDNET=0 (the switch for comparing the coder with and without them).
 */
export function loadLexicon(path?: string, opts: { wordnet?: boolean } = {}): Lexicon {
  const file = path ?? join(DATA, "lexicon.tsv");
  const hand = parseLexicon(readFileSync(file, "utf8"), file.split(/[\\/]/).pop());
  const wordnet = opts.wordnet ?? (path === undefined && process.env.DYAD_LEXICON_WORDNET !== "0");
  const derived = join(DATA, "lexicon-wordnet.tsv");
  if (!wordnet || !existsSync(derived)) return hand;
  return underlay(hand, parseLexicon(readFileSync(derived, "utf8"), "lexicon-wordnet.tsv"));
}

/** `main` with the entries of `extra` added for the words main has no entry of that kind for (main wins). */
export function underlay(main: Lexicon, extra: Lexicon): Lexicon {
  const byHead = new Map<string, LexEntry[]>();
  for (const [h, list] of main.byHead) byHead.set(h, [...list]);
  let size = main.size;
  for (const [h, list] of extra.byHead) {
    const own = byHead.get(h) ?? [];
    const add = list.filter((e) => !own.some((o) => o.kind === e.kind));
    if (!add.length) continue;
    byHead.set(h, [...own, ...add]);
    size += add.length;
  }
  return { byHead, shifts: main.shifts, size };
}

/** The code an embedded event takes under a frame, or the code itself when no shift applies. */
export function shiftCode(lex: Lexicon, frame: FrameKind, code: string): string {
  for (const [prefix, result] of lex.shifts.get(frame) ?? []) {
    if (code.startsWith(prefix)) return result;
  }
  return code;
}

// entriesFor runs for every word of every sentence, several times: each lexicon's entries are split by
// kind once, on its first look-up, into one map per kind, so a look-up filters nothing and reads one map
// (a lexicon is immutable once built)
type ByKind = Readonly<Record<EntryKind, ReadonlyMap<string, LexEntry[]>>>;
const kindIndexes = new WeakMap<Lexicon, ByKind>();
const NONE: LexEntry[] = [];
// (a run codes with one lexicon: the last one's index is kept at hand, past the WeakMap)
let lastLex: Lexicon | null = null;
let lastIndex: ByKind | null = null;

function kindIndex(lex: Lexicon): ByKind {
  if (lex === lastLex && lastIndex) return lastIndex;
  let index = kindIndexes.get(lex);
  if (!index) {
    const built = { verb: new Map(), noun: new Map(), light: new Map(), frame: new Map() };
    for (const [lemma, all] of lex.byHead)
      for (const kind of ["verb", "noun", "light", "frame"] as const) {
        const list = all.filter((e) => e.kind === kind);
        if (list.length) built[kind].set(lemma, list);
      }
    index = built;
    kindIndexes.set(lex, index);
  }
  lastLex = lex;
  lastIndex = index;
  return index;
}

/** The entries of one kind for a lemma. The list is shared: callers must not modify it. */
export function entriesFor(lex: Lexicon, lemma: string, kind: EntryKind): LexEntry[] {
  return kindIndex(lex)[kind].get(lemma) ?? NONE;
}
