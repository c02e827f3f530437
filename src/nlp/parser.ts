// Transition-based dependency parser (arc-hybrid, root token at the end of the buffer). A 3-way
// averaged perceptron chooses SHIFT / LEFT / RIGHT; whenever an arc is made, a second perceptron picks
// its UD relation from features of the finished dependent and its head, so later decisions can use the
// labels already assigned. Greedy decoding: linear in sentence length.
import type { Lex } from "./features.js";
import { key1, key2, key3 } from "./hash.js";
import { KeyTable, type Scorer } from "./perceptron.js";
import { Float32Scratch, Int32Scratch } from "./scratch.js";
import { type ArcLabelTable, arcKey, type MoveTable, moveTagIndices, tableMove } from "./shortcuts.js";
import { SUB_TAG_WORD, SUB_WORD_TAG, SUB_WORDS, type SubtreeTable } from "./subtrees.js";

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MAX_PARSE_FEATURES = 96;
export const MAX_LABEL_FEATURES = 48;

/** Parser configuration. Words are 0..n-1; n is the root. -1 means "none". */
export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  b0 = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Sets of the relations on each word's left and right children (bit = label id mod 31). */
  readonly lset: Int32Array;
  readonly rset: Int32Array;
  /** Every array above is a view of this one buffer, so a beam copies a state with one `set`. */
  private readonly buf: Int32Array;
  /**
   * `scratch`, when given, is a buffer of at least stateSize(n) ints this state may use instead of
   * allocating one (parse() keeps one across sentences; see scratch.ts).
   */
  constructor(n: number, scratch?: Int32Array) {
    this.n = n;
    const m = n + 1;
    const size = ParseState.stateSize(n);
    this.buf = scratch ? scratch.subarray(0, size).fill(0) : new Int32Array(size);
    const view = (i: number) => this.buf.subarray(i * m, (i + 1) * m);
    this.stack = view(0);
    this.head = view(1);
    this.label = view(2);
    this.lc1 = view(3);
    this.lc2 = view(4);
    this.rc1 = view(5);
    this.rc2 = view(6);
    this.nl = view(7);
    this.nr = view(8);
    this.lset = view(9);
    this.rset = view(10);
    this.buf.fill(-1, m, 7 * m);
  }
  /** The ints a state of n words keeps (its scratch buffer's least length). */
  static stateSize(n: number): number {
    return 11 * (n + 1);
  }
  /** Makes this state a copy of `o` (a state of the same sentence). */
  copyFrom(o: ParseState): void {
    this.buf.set(o.buf);
    this.sp = o.sp;
    this.b0 = o.b0;
  }
  get done(): boolean {
    return this.sp === 0 && this.b0 >= this.n;
  }
  valid(move: number): boolean {
    if (move === SHIFT) return this.b0 < this.n;
    if (move === LEFT) return this.sp > 0 && (this.b0 < this.n || this.sp === 1);
    return this.sp > 1;
  }
  s(i: number): number {
    return this.sp > i ? this.stack[this.sp - 1 - i] : -1;
  }
  /** Applies a move; the label of a LEFT/RIGHT dependent must already be set. */
  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b0++;
      return;
    }
    const d = this.stack[--this.sp];
    if (move === LEFT) {
      const h = this.b0;
      this.head[d] = h;
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = d;
      this.nl[h]++;
      if (this.label[d] >= 0) this.lset[h] |= 1 << (this.label[d] % 31);
    } else {
      const h = this.stack[this.sp - 1];
      this.head[d] = h;
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = d;
      this.nr[h]++;
      if (this.label[d] >= 0) this.rset[h] |= 1 << (this.label[d] % 31);
    }
  }
}

function dist(a: number, b: number): number {
  const d = b - a;
  return d <= 0 ? 0 : d < 5 ? d : d < 10 ? 5 : 6;
}

/**
 * Relation of word x so far, -1 for none. A module function: a closure inside the feature functions
 * would cost an allocation (and, under tsx, a __name call) per transition.
 */
function labelOf(st: ParseState, x: number): number {
  return x < 0 ? -1 : st.label[x];
}

/** Sentinels so a missing word never collides with a real hash. */
const NONE = 0x5a5a5a5;
const ROOTW = 0x7b7b7b7;

export class ParseFeatures {
  constructor(
    readonly lx: Lex,
    readonly tags: Int32Array,
    /** Counts of head-dependent pairs in auto-parsed news (SubtreeTable), or null: no such features. */
    readonly sub: SubtreeTable | null = null,
  ) {}
  w(x: number, n: number): number {
    return x < 0 ? NONE : x >= n ? ROOTW : this.lx.norm[x];
  }
  t(x: number, n: number): number {
    return x < 0 ? NONE : x >= n ? ROOTW : this.tags[x];
  }
  c(x: number, n: number): number {
    return x < 0 ? NONE : x >= n ? ROOTW : this.lx.c2[x];
  }
  c1(x: number, n: number): number {
    return x < 0 ? NONE : x >= n ? ROOTW : this.lx.c1[x];
  }
}

/**
 * Ids of the templates parseFeatures (subtree templates last) and labelFeatures make, in the order they
 * make them: for experiments that leave some out (setDroppedTemplates).
 */
export const ACTION_TEMPLATES: readonly number[] = [
  ...Array.from({ length: 76 }, (_, i) => 100 + i),
  ...Array.from({ length: 9 }, (_, i) => 180 + i),
];
export const LABEL_TEMPLATES: readonly number[] = Array.from({ length: 35 }, (_, i) => 200 + i);

/**
 * Experiments only (parser-tune.ts --drop): a flag per template id to leave out; null keeps them all.
 * The run-time labeller's memo path (labelTagFeatures, labelRestFeatures) ignores it.
 */
let dropTemplates: Uint8Array | null = null;
export function setDroppedTemplates(ids: readonly number[]): void {
  dropTemplates = ids.length === 0 ? null : new Uint8Array(256);
  for (const id of ids) dropTemplates![id] = 1;
}
/** Leaves out the dropped templates of out[0..k), made in the order of `ids`. */
function dropFrom(out: Int32Array, k: number, ids: readonly number[], drop: Uint8Array): number {
  let j = 0;
  for (let i = 0; i < k; i++) if (drop[ids[i]] === 0) out[j++] = out[i];
  return j;
}

export function parseFeatures(st: ParseState, pf: ParseFeatures, out: Int32Array): number {
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const n0 = st.b0;
  const n1 = n0 + 1 < n ? n0 + 1 : -1;
  const n2 = n0 + 2 < n ? n0 + 2 : -1;
  const s0w = pf.w(s0, n);
  const s0t = pf.t(s0, n);
  const n0w = pf.w(n0, n);
  const n0t = pf.t(n0, n);
  const n1t = pf.t(n1, n);
  const s1w = pf.w(s1, n);
  const s1t = pf.t(s1, n);
  const s0l = s0 >= 0 ? st.lc1[s0] : -1;
  const s0r = s0 >= 0 ? st.rc1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0] : -1;
  const n0l = st.lc1[n0];
  const n0l2 = st.lc2[n0];
  const s1r = s1 >= 0 ? st.rc1[s1] : -1;
  const s0lt = pf.t(s0l, n);
  const s0rt = pf.t(s0r, n);
  const n0lt = pf.t(n0l, n);
  const d = n0 >= n ? 7 : s0 < 0 ? 8 : dist(s0, n0);
  const d10 = s1 < 0 || s0 < 0 ? 8 : dist(s1, s0);
  const vl0 = s0 >= 0 ? st.nl[s0] : -1;
  const vr0 = s0 >= 0 ? st.nr[s0] : -1;
  const vln = st.nl[n0];
  const s0c = pf.c(s0, n);
  const n0c = pf.c(n0, n);
  let k = 0;
  out[k++] = key1(100, s0w);
  out[k++] = key1(101, s0t);
  out[k++] = key2(102, s0w, s0t);
  out[k++] = key1(103, n0w);
  out[k++] = key1(104, n0t);
  out[k++] = key2(105, n0w, n0t);
  out[k++] = key1(106, pf.w(n1, n));
  out[k++] = key1(107, n1t);
  out[k++] = key2(108, pf.w(n1, n), n1t);
  out[k++] = key1(109, pf.w(n2, n));
  out[k++] = key1(110, pf.t(n2, n));
  out[k++] = key1(111, s1w);
  out[k++] = key1(112, s1t);
  out[k++] = key2(113, s1w, s1t);
  out[k++] = key1(114, pf.t(s2, n));
  out[k++] = key3(115, key2(0, s0w, s0t), n0w, n0t);
  out[k++] = key3(116, s0w, s0t, n0w);
  out[k++] = key3(117, s0w, n0w, n0t);
  out[k++] = key3(118, s0w, s0t, n0t);
  out[k++] = key3(119, s0t, n0w, n0t);
  out[k++] = key2(120, s0w, n0w);
  out[k++] = key2(121, s0t, n0t);
  out[k++] = key2(122, n0t, n1t);
  out[k++] = key3(123, n0t, n1t, pf.t(n2, n));
  out[k++] = key3(124, s0t, n0t, n1t);
  out[k++] = key3(125, s1t, s0t, n0t);
  out[k++] = key3(126, s0t, s0lt, n0t);
  out[k++] = key3(127, s0t, s0rt, n0t);
  out[k++] = key3(128, s0t, n0t, n0lt);
  out[k++] = key2(129, s0w, d);
  out[k++] = key2(130, s0t, d);
  out[k++] = key2(131, n0w, d);
  out[k++] = key2(132, n0t, d);
  out[k++] = key3(133, s0t, n0t, d);
  out[k++] = key2(134, s0w, vr0);
  out[k++] = key2(135, s0t, vr0);
  out[k++] = key2(136, s0w, vl0);
  out[k++] = key2(137, s0t, vl0);
  out[k++] = key2(138, n0w, vln);
  out[k++] = key2(139, n0t, vln);
  out[k++] = key1(140, pf.w(s0l, n));
  out[k++] = key1(141, s0lt);
  out[k++] = key1(142, labelOf(st, s0l));
  out[k++] = key1(143, pf.w(s0r, n));
  out[k++] = key1(144, s0rt);
  out[k++] = key1(145, labelOf(st, s0r));
  out[k++] = key1(146, pf.w(n0l, n));
  out[k++] = key1(147, n0lt);
  out[k++] = key1(148, labelOf(st, n0l));
  out[k++] = key1(149, pf.t(s0l2, n));
  out[k++] = key1(150, labelOf(st, s0l2));
  out[k++] = key1(151, pf.t(s0r2, n));
  out[k++] = key1(152, labelOf(st, s0r2));
  out[k++] = key1(153, pf.t(n0l2, n));
  out[k++] = key1(154, labelOf(st, n0l2));
  out[k++] = key3(155, s0t, s0lt, pf.t(s0l2, n));
  out[k++] = key3(156, s0t, s0rt, pf.t(s0r2, n));
  out[k++] = key3(157, n0t, n0lt, pf.t(n0l2, n));
  out[k++] = key3(158, s1t, pf.t(s1r, n), s0t);
  out[k++] = key2(159, s1w, s0w);
  out[k++] = key3(160, s1t, s0t, d10);
  out[k++] = key2(161, s1w, s0t);
  out[k++] = key2(162, s1t, s0w);
  out[k++] = key1(163, s0c);
  out[k++] = key1(164, n0c);
  out[k++] = key2(165, s0c, n0c);
  out[k++] = key2(166, pf.c(s1, n), s0c);
  out[k++] = key2(167, s0t, n0c);
  out[k++] = key2(168, s0c, n0t);
  out[k++] = key3(169, s0t, labelOf(st, s0l), labelOf(st, s0r));
  out[k++] = key3(170, n0t, labelOf(st, n0l), s0t);
  out[k++] = key3(171, s1t, s0t, labelOf(st, s0l));
  out[k++] = key2(172, s0t, s0 >= 0 ? st.lset[s0] : -1);
  out[k++] = key2(173, s0t, s0 >= 0 ? st.rset[s0] : -1);
  out[k++] = key2(174, n0t, st.lset[n0]);
  out[k++] = key3(175, s1t, s1 >= 0 ? st.rset[s1] : -1, s0t);
  const sub = pf.sub;
  if (sub !== null) {
    // how often the news had the arcs the next moves can make: LEFT n0 -> s0, RIGHT s1 -> s0, and
    // s0 -> n0, which a SHIFT keeps open; bucket 4 when a word is missing
    const a = s0 >= 0 && n0 < n ? sub.get(key3(SUB_WORDS, n0w, s0w, 1)) : 4;
    const b = s1 >= 0 ? sub.get(key3(SUB_WORDS, s1w, s0w, 2)) : 4;
    const c = s0 >= 0 && n0 < n ? sub.get(key3(SUB_WORDS, s0w, n0w, 2)) : 4;
    const aw = s0 >= 0 && n0 < n ? sub.get(key3(SUB_WORD_TAG, n0w, s0t, 1)) : 4;
    const at = s0 >= 0 && n0 < n ? sub.get(key3(SUB_TAG_WORD, n0t, s0w, 1)) : 4;
    const bw = s1 >= 0 ? sub.get(key3(SUB_WORD_TAG, s1w, s0t, 2)) : 4;
    const bt = s1 >= 0 ? sub.get(key3(SUB_TAG_WORD, s1t, s0w, 2)) : 4;
    const cw = s0 >= 0 && n0 < n ? sub.get(key3(SUB_WORD_TAG, s0w, n0t, 2)) : 4;
    const ct = s0 >= 0 && n0 < n ? sub.get(key3(SUB_TAG_WORD, s0t, n0w, 2)) : 4;
    out[k++] = key3(180, a, s0t, n0t);
    out[k++] = key3(181, b, s1t, s0t);
    out[k++] = key3(182, c, s0t, n0t);
    out[k++] = key3(183, a, b, c);
    out[k++] = key2(184, a, d);
    out[k++] = key2(185, b, d10);
    out[k++] = key3(186, aw, at, n0t);
    out[k++] = key3(187, bw, bt, s0t);
    out[k++] = key3(188, cw, ct, s0t);
  }
  return dropTemplates === null ? k : dropFrom(out, k, ACTION_TEMPLATES, dropTemplates);
}

/** Features for labelling the arc head -> dep, made when dep is popped (its subtree is complete). */
export function labelFeatures(
  st: ParseState,
  pf: ParseFeatures,
  h: number,
  dep: number,
  out: Int32Array,
): number {
  const n = st.n;
  const hw = pf.w(h, n);
  const ht = pf.t(h, n);
  const dw = pf.w(dep, n);
  const dt = pf.t(dep, n);
  const dir = h > dep ? 1 : 2;
  const dd = h >= n ? 9 : h > dep ? dist(dep, h) : dist(h, dep);
  let k = 0;
  out[k++] = key1(200, 0);
  out[k++] = key1(201, hw);
  out[k++] = key1(202, ht);
  out[k++] = key1(203, dw);
  out[k++] = key1(204, dt);
  out[k++] = key3(205, ht, dt, dir);
  out[k++] = key3(206, hw, dt, dir);
  out[k++] = key3(207, ht, dw, dir);
  out[k++] = key3(208, hw, dw, dir);
  out[k++] = key3(209, dt, dir, dd);
  out[k++] = key3(210, dt, ht, dd);
  out[k++] = key3(211, dt, labelOf(st, st.lc1[dep]), labelOf(st, st.rc1[dep]));
  out[k++] = key3(212, dt, pf.t(st.lc1[dep], n), dir);
  out[k++] = key3(213, dt, pf.t(st.rc1[dep], n), dir);
  out[k++] = key3(214, dt, st.nl[dep], st.nr[dep]);
  out[k++] = key3(215, ht, labelOf(st, st.lc1[h]), dir);
  out[k++] = key3(216, ht, labelOf(st, st.rc1[h]), dir);
  out[k++] = key2(217, pf.lx.suf3[dep], dt);
  out[k++] = key3(218, pf.c(dep, n), ht, dir);
  out[k++] = key3(219, pf.c(h, n), dt, dir);
  out[k++] = key3(220, dt, pf.t(dep - 1, n), pf.t(dep + 1 < n ? dep + 1 : -1, n));
  out[k++] = key3(221, ht, dt, pf.w(st.lc1[dep], n));
  out[k++] = key3(222, dw, dir, pf.w(st.lc1[dep], n));
  out[k++] = key3(223, ht, dt, pf.t(st.lc1[dep], n));
  out[k++] = key2(224, dt, pf.lx.flags[dep] & 17);
  out[k++] = key3(225, hw, dt, pf.w(st.lc1[dep], n));
  out[k++] = key3(226, ht, dt, h < n ? pf.t(st.lc1[h], n) : NONE);
  // relations the head already has on this side: a verb rarely takes two subjects
  out[k++] = key3(227, ht, dir, dir === 1 ? st.lset[h] : st.rset[h]);
  out[k++] = key3(228, dt, dir, dir === 1 ? st.lset[h] : st.rset[h]);
  out[k++] = key3(229, hw, dw, dt);
  out[k++] = key3(230, dt, pf.w(st.rc1[dep], n), dir);
  out[k++] = key3(231, dt, labelOf(st, st.lc2[dep]), labelOf(st, st.lc1[dep]));
  out[k++] = key3(232, pf.c1(dep, n), pf.c1(h, n), dir);
  out[k++] = key3(233, dw, ht, dir);
  out[k++] = key3(234, dt, ht, pf.lx.flags[dep] & 3);
  return dropTemplates === null ? k : dropFrom(out, k, LABEL_TEMPLATES, dropTemplates);
}

/**
 * The templates of labelFeatures that read only the two tags, the direction, the distance and the
 * dependent's flags (a bias and tag templates with weights for most relations): their scores can be
 * remembered per such tuple (ArcLabelMemo). labelRestFeatures makes the others.
 */
export function labelTagFeatures(
  pf: ParseFeatures,
  n: number,
  h: number,
  dep: number,
  out: Int32Array,
): number {
  const ht = pf.t(h, n);
  const dt = pf.t(dep, n);
  const dir = h > dep ? 1 : 2;
  const dd = h >= n ? 9 : h > dep ? dist(dep, h) : dist(h, dep);
  const flags = pf.lx.flags[dep];
  let k = 0;
  out[k++] = key1(200, 0);
  out[k++] = key1(202, ht);
  out[k++] = key1(204, dt);
  out[k++] = key3(205, ht, dt, dir);
  out[k++] = key3(209, dt, dir, dd);
  out[k++] = key3(210, dt, ht, dd);
  out[k++] = key2(224, dt, flags & 17);
  out[k++] = key3(234, dt, ht, flags & 3);
  return k;
}

export function labelRestFeatures(
  st: ParseState,
  pf: ParseFeatures,
  h: number,
  dep: number,
  out: Int32Array,
  k: number,
): number {
  const n = st.n;
  const hw = pf.w(h, n);
  const ht = pf.t(h, n);
  const dw = pf.w(dep, n);
  const dt = pf.t(dep, n);
  const dir = h > dep ? 1 : 2;
  const lc1 = st.lc1[dep];
  out[k++] = key1(201, hw);
  out[k++] = key1(203, dw);
  out[k++] = key3(206, hw, dt, dir);
  out[k++] = key3(207, ht, dw, dir);
  out[k++] = key3(208, hw, dw, dir);
  out[k++] = key3(211, dt, labelOf(st, lc1), labelOf(st, st.rc1[dep]));
  out[k++] = key3(212, dt, pf.t(lc1, n), dir);
  out[k++] = key3(213, dt, pf.t(st.rc1[dep], n), dir);
  out[k++] = key3(214, dt, st.nl[dep], st.nr[dep]);
  out[k++] = key3(215, ht, labelOf(st, st.lc1[h]), dir);
  out[k++] = key3(216, ht, labelOf(st, st.rc1[h]), dir);
  out[k++] = key2(217, pf.lx.suf3[dep], dt);
  out[k++] = key3(218, pf.c(dep, n), ht, dir);
  out[k++] = key3(219, pf.c(h, n), dt, dir);
  out[k++] = key3(220, dt, pf.t(dep - 1, n), pf.t(dep + 1 < n ? dep + 1 : -1, n));
  out[k++] = key3(221, ht, dt, pf.w(lc1, n));
  out[k++] = key3(222, dw, dir, pf.w(lc1, n));
  out[k++] = key3(223, ht, dt, pf.t(lc1, n));
  out[k++] = key3(225, hw, dt, pf.w(lc1, n));
  out[k++] = key3(226, ht, dt, h < n ? pf.t(st.lc1[h], n) : NONE);
  const set = dir === 1 ? st.lset[h] : st.rset[h];
  out[k++] = key3(227, ht, dir, set);
  out[k++] = key3(228, dt, dir, set);
  out[k++] = key3(229, hw, dw, dt);
  out[k++] = key3(230, dt, pf.w(st.rc1[dep], n), dir);
  out[k++] = key3(231, dt, labelOf(st, st.lc2[dep]), labelOf(st, lc1));
  out[k++] = key3(232, pf.c1(dep, n), pf.c1(h, n), dir);
  out[k++] = key3(233, dw, ht, dir);
  return k;
}

/**
 * The labeller's integer scores of labelTagFeatures per (head tag, dependent tag, direction, distance,
 * dependent flags), for a model that sums integers (exact in any order, so the labels are the same).
 * Keep one per labeller across sentences; it is dropped when full.
 */
export class ArcLabelMemo {
  /** Tag id -> small index (ROOTW and NONE included). */
  private readonly tagIndex = new Map<number, number>();
  /** Tuple key + 1 (0 is the table's empty key) -> row offset: a Map look-up per scored arc cost more than the rest. */
  private readonly index: KeyTable;
  readonly rows: Int32Array;
  constructor(
    readonly nClasses: number,
    readonly capacity = 16384,
  ) {
    this.rows = new Int32Array(nClasses * capacity);
    this.index = new KeyTable(capacity);
  }

  /** Small index of a tag id, or -1 once there are too many to fit the tuple key. */
  tagIdx(t: number): number {
    let i = this.tagIndex.get(t);
    if (i === undefined) {
      if (this.tagIndex.size >= MEMO_TAGS) return -1;
      i = this.tagIndex.size;
      this.tagIndex.set(t, i);
    }
    return i;
  }

  /** The row of the tuple key, filled by `fill` when new. */
  row(key: number, fill: (row: Int32Array) => void): number {
    const k1 = key + 1;
    const found = this.index.get(k1);
    if (found >= 0) return found;
    if (this.index.size >= this.capacity) this.index.clear();
    const o = this.index.size * this.nClasses;
    const row = this.rows.subarray(o, o + this.nClasses);
    row.fill(0);
    fill(row);
    this.index.set(k1, o);
    return o;
  }
}

/** Tags an ArcLabelMemo tells apart (the key packs two of them in 7 bits each). */
const MEMO_TAGS = 128;

export interface ParseResult {
  /** CoNLL-U heads: 0 is the root, else 1-based word index. */
  head: Int32Array;
  label: Int32Array;
}

/**
 * The one valid move, or -1 when there is a choice: with an empty stack only SHIFT, and once the buffer
 * holds only the root only reductions (RIGHT, then LEFT onto the root), so these need no scoring.
 */
export function onlyMove(st: ParseState): number {
  if (st.sp === 0) return SHIFT;
  if (st.b0 >= st.n) return st.sp === 1 ? LEFT : RIGHT;
  return -1;
}

function argmaxValid(st: ParseState, scores: Float32Array): number {
  let best = -1;
  for (let m = 0; m < 3; m++) if (st.valid(m) && (best < 0 || scores[m] > scores[best])) best = m;
  return best;
}

export function argmax(scores: Float32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** Best label, where `root` (a label id, or -1) is reserved for, and forced on, words attached to the root. */
function chooseLabel(scores: Float32Array, n: number, root: number, toRoot: boolean): number {
  if (root >= 0 && toRoot) return root;
  let best = -1;
  for (let c = 0; c < n; c++) if (c !== root && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

export interface ParseOptions {
  /** Id of the "root" relation, reserved for and forced on words attached to the root (-1: none). */
  rootLabel?: number;
  /** Labels the arcs whose tag triple took one relation in training without scoring (shortcuts.ts). */
  arcLabels?: ArcLabelTable;
  /** Makes the move the treebank nearly always makes for the (s0, b0, b1) tags without scoring. */
  moves?: MoveTable;
  /** The labeller's remembered tag-template scores (same labels, less work); keep one across sentences. */
  labelMemo?: ArcLabelMemo;
  /** For a model trained with subtree features (parser.json "subtrees"): the news pair counts. */
  subtrees?: SubtreeTable;
}

/**
 * ArcLabeller.label's buffers, shared by every labeller (one is made per sentence; see scratch.ts):
 * label() fills them and is done with them before it returns, so labellers alive at once (a beam's) do
 * not disturb one another.
 */
const labelFeatScratch = new Int32Array(MAX_LABEL_FEATURES);
const labelScoreScratch = new Float32Scratch();
const labelSumScratch = new Int32Scratch();

/**
 * Picks the relation of each arc as it is made: forced for the root, from the tag-triple table where it
 * has one, else the labeller's best. Make one per sentence.
 */
export class ArcLabeller {
  private readonly rootLabel: number;
  private readonly arcLabels: ArcLabelTable | undefined;
  private readonly lfeats = labelFeatScratch;
  private readonly lscores: Float32Array;
  private readonly memo: ArcLabelMemo | null;
  private readonly acc: Int32Array;
  /** The arc whose memo row is being filled (read by fillRow, which is made once per labeller). */
  private pending = 0;
  private pendingHead = 0;
  private readonly fillRow: (row: Int32Array) => void;
  constructor(
    private readonly labeller: Scorer,
    private readonly pf: ParseFeatures,
    opts: ParseOptions,
  ) {
    this.rootLabel = opts.rootLabel ?? -1;
    this.arcLabels = opts.arcLabels;
    this.lscores = labelScoreScratch.take(labeller.nClasses);
    // addInts sums are for models of more than 3 classes
    const memo = opts.labelMemo;
    this.memo = memo && memo.nClasses === labeller.nClasses && labeller.nClasses > 3 ? memo : null;
    this.acc = labelSumScratch.take(this.memo ? labeller.nClasses : 0);
    this.fillRow = (row) => {
      const n = this.pf.tags.length;
      this.labeller.addInts!(
        this.lfeats,
        labelTagFeatures(this.pf, n, this.pendingHead, this.pending, this.lfeats),
        row,
      );
    };
  }
  /** Sets the relation of dep, about to be attached to h (a LEFT or RIGHT from state st). */
  label(st: ParseState, h: number, dep: number): void {
    const n = st.n;
    const rootLabel = this.rootLabel;
    if (h >= n && rootLabel >= 0) {
      // the root relation is forced: nothing to score
      st.label[dep] = rootLabel;
      return;
    }
    const tags = this.pf.tags;
    const known =
      this.arcLabels && h < n ? this.arcLabels.get(arcKey(tags[h], tags[dep], h > dep ? 1 : 2)) : undefined;
    if (known !== undefined) {
      st.label[dep] = known;
      return;
    }
    const lscores = this.lscores;
    lscores.fill(0);
    const memo = this.memo;
    const labeller = this.labeller;
    const hi = memo ? memo.tagIdx(h >= n ? ROOTW : tags[h]) : -1;
    const di = memo ? memo.tagIdx(tags[dep]) : -1;
    if (hi >= 0 && di >= 0 && labeller.addInts && labeller.addScaled) {
      const m = memo!;
      const dir = h > dep ? 1 : 2;
      const dd = h >= n ? 9 : h > dep ? dist(dep, h) : dist(h, dep);
      const key = (((((hi << 7) | di) << 1) | (dir - 1)) * 10 + dd) * 32 + (this.pf.lx.flags[dep] & 19);
      this.pending = dep;
      this.pendingHead = h;
      const o = m.row(key, this.fillRow);
      const acc = this.acc;
      const rows = m.rows;
      for (let c = 0; c < acc.length; c++) acc[c] = rows[o + c];
      labeller.addInts(this.lfeats, labelRestFeatures(st, this.pf, h, dep, this.lfeats, 0), acc);
      labeller.addScaled(acc, lscores);
    } else {
      const nlf = labelFeatures(st, this.pf, h, dep, this.lfeats);
      labeller.score(this.lfeats, nlf, lscores);
    }
    st.label[dep] = chooseLabel(lscores, labeller.nClasses, rootLabel, h >= n);
  }
  /** Labels the arc that `move` (LEFT or RIGHT) makes from st; SHIFT makes none. */
  labelMove(st: ParseState, move: number): void {
    if (move === SHIFT) return;
    const dep = st.s(0);
    this.label(st, move === LEFT ? st.b0 : st.s(1), dep);
  }
}

/** The CoNLL-U heads and relations of a finished state. */
export function parseResult(st: ParseState): ParseResult {
  const n = st.n;
  // one allocation for both (see scratch.ts)
  const buf = new Int32Array(2 * n);
  const head = buf.subarray(0, n);
  const label = buf.subarray(n);
  for (let i = 0; i < n; i++) {
    head[i] = st.head[i] >= n ? 0 : st.head[i] + 1;
    label[i] = st.label[i];
  }
  return { head, label };
}

/** parse()'s buffers (see scratch.ts). */
const parseFeatScratch = new Int32Array(MAX_PARSE_FEATURES);
const moveIdxScratch = new Int32Scratch();
const stateScratch = new Int32Scratch();

/** Parses one sentence greedily. */
export function parse(
  actions: Scorer,
  labeller: Scorer,
  lx: Lex,
  tags: Int32Array,
  opts: ParseOptions = {},
): ParseResult {
  const n = tags.length;
  const st = new ParseState(n, stateScratch.take(ParseState.stateSize(n)));
  const pf = new ParseFeatures(lx, tags, opts.subtrees ?? null);
  const arcs = new ArcLabeller(labeller, pf, opts);
  const feats = parseFeatScratch;
  const scores = new Float32Array(3);
  const moves = opts.moves;
  const moveIdx = moves ? moveTagIndices(moves, tags, moveIdxScratch.take(n)) : null;
  while (!st.done) {
    let move = onlyMove(st);
    if (move < 0 && moves) {
      const b0 = st.b0;
      move = tableMove(moves, moveIdx!, st.stack[st.sp - 1], b0, b0 + 1 < n ? b0 + 1 : -1);
      if (move >= 0 && !st.valid(move)) move = -1;
    }
    if (move < 0) {
      const nf = parseFeatures(st, pf, feats);
      scores.fill(0);
      actions.score(feats, nf, scores);
      move = argmaxValid(st, scores);
    }
    arcs.labelMove(st, move);
    st.apply(move);
  }
  return parseResult(st);
}
