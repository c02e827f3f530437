// Speed short-cuts learned from the treebank's counts (never from dev): decisions that the training data
// makes almost always the same way are taken from a table instead of by scoring.
//  - arc labels: the relation of an arc whose (head tag, dependent tag, direction) nearly always took one
//    relation in EWT train ("DET|DT" left of "NOUN|NN" is det), so the labeller scores ~40 % fewer arcs;
//  - loose fixed tags: a frequent word that nearly always took one tag keeps it without scoring.
// Both change outputs a little; their dev figures are in models/README.md.
import { key3 } from "./hash.js";
import { countTagClasses, topTagClass } from "./tagger.js";

/** Direction codes as the labeller's features use them: 1 = the head is right of its dependent. */
export const DIR_HEAD_RIGHT = 1;
export const DIR_HEAD_LEFT = 2;

/** Thresholds for a deterministic arc label: seen at least this often, this share for the top relation. */
export const ARC_LABEL_MIN = 20;
export const ARC_LABEL_SHARE = 0.995;

/** Thresholds for a loose fixed tag: a word seen at least this often with this share for its top tag. */
export const LOOSE_TAG_MIN = 10;
export const LOOSE_TAG_SHARE = 0.98;

/** One arc of training data: tags as joint "UPOS|XPOS" strings, dir as DIR_HEAD_*. */
export interface ArcSample {
  head: string;
  dep: string;
  dir: number;
  label: string;
}

/** [head tag, dependent tag, direction, relation] for every triple that is (nearly) deterministic. */
export type ArcLabelEntry = [string, string, number, string];

/** Top relation of each (head tag, dependent tag, direction) seen >= min times with share >= share. */
export function learnArcLabels(
  arcs: Iterable<ArcSample>,
  min = ARC_LABEL_MIN,
  share = ARC_LABEL_SHARE,
): ArcLabelEntry[] {
  const counts = new Map<string, Map<string, number>>();
  for (const a of arcs) {
    const k = `${a.head}\t${a.dep}\t${a.dir}`;
    let m = counts.get(k);
    if (!m) {
      m = new Map();
      counts.set(k, m);
    }
    m.set(a.label, (m.get(a.label) ?? 0) + 1);
  }
  const out: ArcLabelEntry[] = [];
  for (const [k, m] of counts) {
    let total = 0;
    let top = "";
    let topN = 0;
    for (const [l, c] of m) {
      total += c;
      if (c > topN || (c === topN && l < top)) {
        top = l;
        topN = c;
      }
    }
    if (total < min || topN / total < share) continue;
    const [head, dep, dir] = k.split("\t");
    out.push([head, dep, Number(dir), top]);
  }
  return out.sort((a, b) => (a.join("\t") < b.join("\t") ? -1 : 1));
}

/** Key of a (head tag id, dependent tag id, direction) triple in an ArcLabelTable. */
export function arcKey(headTag: number, depTag: number, dir: number): number {
  return key3(0x4c41, headTag, depTag, dir);
}

/** Run-time form: triple key -> relation id. */
export type ArcLabelTable = Map<number, number>;

/**
 * Builds the run-time table; `tagId` maps a joint tag string to the parser's tag id, `labels` are the
 * parser's relations (entries naming an unknown relation are dropped).
 */
export function arcLabelTable(
  entries: ArcLabelEntry[],
  tagId: (joint: string) => number,
  labels: string[],
): ArcLabelTable {
  const t: ArcLabelTable = new Map();
  for (const [head, dep, dir, label] of entries) {
    const l = labels.indexOf(label);
    if (l >= 0) t.set(arcKey(tagId(head), tagId(dep), dir), l);
  }
  return t;
}

/** (normalised word, tag class) pairs -> words seen >= min times whose top class has share >= share. */
export function learnLooseFixed(
  pairs: Iterable<[string, number]>,
  min = LOOSE_TAG_MIN,
  share = LOOSE_TAG_SHARE,
): [string, number][] {
  const counts = countTagClasses(pairs);
  const out: [string, number][] = [];
  for (const [w, m] of counts) {
    const { total, top, topN } = topTagClass(m);
    if (total >= min && topN / total >= share) out.push([w, top]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * Transitions: for a (s0 tag, b0 tag, b1 tag) signature, the move the treebank's oracle nearly always
 * makes ("DET|DT" on the stack before "NOUN|NN" then "ADP|IN": attach it leftwards). Tags are joint
 * "UPOS|XPOS" strings, or ROOT_TAG (b0 is the root) and NO_TAG (no b1).
 */
export const ROOT_TAG = "ROOT";
export const NO_TAG = "-";

/** Thresholds for a move short-cut: configurations seen this often, this share with the move correct. */
export const MOVE_MIN = 50;
export const MOVE_SHARE = 0.999;

/** [s0 tag, b0 tag, b1 tag, move] (move as in parser.ts: 0 SHIFT, 1 LEFT, 2 RIGHT). */
export type MoveEntry = [string, string, string, number];

/** One configuration with a choice: its signature and which moves lose no gold arc. */
export interface MoveSample {
  sig: [string, string, string];
  correct: boolean[];
}

export function learnMoves(samples: Iterable<MoveSample>, min = MOVE_MIN, share = MOVE_SHARE): MoveEntry[] {
  const counts = new Map<string, number[]>();
  for (const s of samples) {
    const k = s.sig.join("\t");
    let c = counts.get(k);
    if (!c) {
      c = [0, 0, 0, 0];
      counts.set(k, c);
    }
    c[3]++;
    for (let m = 0; m < 3; m++) if (s.correct[m]) c[m]++;
  }
  const out: MoveEntry[] = [];
  for (const [k, c] of counts) {
    if (c[3] < min) continue;
    // SHIFT first when several qualify: it commits to no arc
    const m = [0, 1, 2].find((x) => c[x] / c[3] >= share);
    if (m === undefined) continue;
    const [a, b, d] = k.split("\t");
    out.push([a, b, d, m]);
  }
  return out.sort((x, y) => (x.join("\t") < y.join("\t") ? -1 : 1));
}

/** Run-time form: tag id -> small index, and signature -> move. */
export interface MoveTable {
  tagIndex: Map<number, number>;
  moves: Map<number, number>;
}

/** Small indices of the root and of "no word" in a MoveTable's signatures. */
const ROOT_INDEX = 1022;
const NO_INDEX = 1023;

export function moveKey(s0: number, b0: number, b1: number): number {
  return (s0 * 1024 + b0) * 1024 + b1;
}

export function moveTable(entries: MoveEntry[], tagId: (joint: string) => number): MoveTable {
  const tagIndex = new Map<number, number>();
  const index = (t: string): number => {
    if (t === ROOT_TAG) return ROOT_INDEX;
    if (t === NO_TAG) return NO_INDEX;
    const id = tagId(t);
    let i = tagIndex.get(id);
    if (i === undefined) {
      i = tagIndex.size;
      if (i >= ROOT_INDEX) throw new Error("too many tags in the move table");
      tagIndex.set(id, i);
    }
    return i;
  };
  const moves = new Map<number, number>();
  for (const [a, b, c, m] of entries) moves.set(moveKey(index(a), index(b), index(c)), m);
  return { tagIndex, moves };
}

/**
 * Per word of a sentence, its tag's index in the table (-1: a tag no signature has), written into `out`
 * (of the sentence's length) when given.
 */
export function moveTagIndices(
  table: MoveTable,
  tags: Int32Array,
  out: Int32Array = new Int32Array(tags.length),
): Int32Array {
  for (let i = 0; i < tags.length; i++) out[i] = table.tagIndex.get(tags[i]) ?? -1;
  return out;
}

/** The table's move for s0, b0, b1 (word indices; b0 = n is the root, b1 = -1 none), or -1. */
export function tableMove(table: MoveTable, idx: Int32Array, s0: number, b0: number, b1: number): number {
  const n = idx.length;
  const a = idx[s0];
  const b = b0 >= n ? ROOT_INDEX : idx[b0];
  const c = b1 < 0 ? NO_INDEX : idx[b1];
  if (a < 0 || b < 0 || c < 0) return -1;
  return table.moves.get(moveKey(a, b, c)) ?? -1;
}
