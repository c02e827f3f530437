// The dependency view the coder works on: 0-based nodes with heads and children. It comes from the
// analyser's tokens when they carry heads, else from a shallow chunk parser (shallow.ts) so that the
// coder still works on plain text before the statistical parser is there.
import type { Token } from "../model/index.js";
import { nounLemma, verbLemmas } from "./morph.js";

export interface GNode {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  upos: string;
  start: number;
  end: number;
  /** 0-based head, -1 for the root. */
  head: number;
  deprel: string;
}

export interface Graph {
  nodes: GNode[];
  kids: number[][];
  /** True when heads came from a real parser (or a treebank), false for the shallow fallback. */
  parsed: boolean;
  /** Readings of a predicate the coder asks for again and again, kept with the graph as they are made. */
  readonly memo: GraphMemo;
}

/** By predicate node: its prepositional phrases (syntax.ts) and the words its objects offer (entry-choice.ts). */
export interface GraphMemo {
  obliques: Map<number, [string, number][]>;
  objectWords: Map<number, ReadonlySet<string>>;
}

/** The graph of nodes whose heads are set. */
export function makeGraph(nodes: GNode[], parsed: boolean): Graph {
  return { nodes, kids: buildKids(nodes), parsed, memo: { obliques: new Map(), objectWords: new Map() } };
}

export function buildKids(nodes: GNode[]): number[][] {
  const kids: number[][] = nodes.map(() => []);
  for (const n of nodes) if (n.head >= 0 && n.head < nodes.length && n.head !== n.i) kids[n.head].push(n.i);
  return kids;
}

/** Lemma when the analyser gave none: verbs by the morphology, others lower-cased/singular. */
export function guessLemma(text: string, upos: string): string {
  const w = text.toLowerCase();
  if (upos === "VERB" || upos === "AUX") return verbLemmas(w)[0] ?? w;
  if (upos === "NOUN") return nounLemma(w);
  return w;
}

/**
 * A copy of a node for a reading that rewrites its tags and heads. (Written out in the order of the
 * nodes' own literal below, so copies and originals share one object shape: a spread copy would have
 * a shape of its own, and the coder's every read of a node would meet two.)
 */
export function copyNode(n: GNode): GNode {
  return {
    i: n.i,
    text: n.text,
    lower: n.lower,
    lemma: n.lemma,
    upos: n.upos,
    start: n.start,
    end: n.end,
    head: n.head,
    deprel: n.deprel,
  };
}

const TYPOGRAPHIC_APOSTROPHE = /’/g;

/** Nodes from analyser tokens; parsed when every token has a head. */
export function nodesFromTokens(tokens: Token[]): { nodes: GNode[]; hasHeads: boolean } {
  const hasHeads = tokens.length > 0 && tokens.every((t) => typeof t.head === "number" && t.deprel);
  const nodes = tokens.map((t, i) => {
    const upos = t.upos ?? "";
    const lower = t.text.toLowerCase();
    return {
      i,
      text: t.text,
      // (a typographic apostrophe read as the plain one, so "hasn’t" and "won’t" meet the word lists;
      // most words have none, and are not run through the replacement)
      lower: lower.includes("’") ? lower.replace(TYPOGRAPHIC_APOSTROPHE, "'") : lower,
      lemma: (t.lemma ?? guessLemma(t.text, upos)).toLowerCase(),
      upos,
      start: t.start,
      end: t.end,
      head: hasHeads ? (t.head as number) - 1 : -1,
      deprel: hasHeads ? (t.deprel as string) : "dep",
    };
  });
  return { nodes, hasHeads };
}

const CLAUSE_REL = /^(acl|relcl|acl:relcl|ccomp|advcl|parataxis|xcomp|csubj)/;
// the coder asks for subtrees many times per sentence, over a few dozen relation names
const opensClause = new Map<string, boolean>();
function isClauseRel(rel: string): boolean {
  let hit = opensClause.get(rel);
  if (hit === undefined) {
    hit = CLAUSE_REL.test(rel);
    if (opensClause.size < 4096) opensClause.set(rel, hit);
  }
  return hit;
}

let marks = new Uint8Array(256);

/** All nodes under `i` (inclusive), stopping at clause boundaries when `clauseOnly`. */
export function subtree(g: Graph, i: number, clauseOnly = false): number[] {
  // the nodes are marked, then read off in order: the list comes out sorted without sorting it
  // (a mark also stops a cycle, which heads from hostile input may form)
  // (the marks live in one grow-only buffer, cleared as they are read: the coder asks for subtrees
  // several times per verb, and a fresh array each time was garbage to collect)
  const len = g.nodes.length;
  if (marks.length < len) marks = new Uint8Array(Math.max(len, 2 * marks.length));
  const inside = marks;
  const stack = [i];
  while (stack.length) {
    const n = stack.pop()!;
    if (inside[n]) continue;
    for (const k of g.kids[n]) {
      if (clauseOnly && isClauseRel(g.nodes[k].deprel)) continue;
      stack.push(k);
    }
    // (marked after its children are read: a node outside the graph throws there, leaving no mark behind)
    inside[n] = 1;
  }
  const out: number[] = [];
  for (let k = 0; k < len; k++)
    if (inside[k]) {
      out.push(k);
      inside[k] = 0;
    }
  return out;
}

export function childrenBy(g: Graph, i: number, rel: RegExp): GNode[] {
  // the coder's most frequent call: one pass, no intermediate array
  const out: GNode[] = [];
  for (const k of g.kids[i]) {
    const n = g.nodes[k];
    if (rel.test(n.deprel)) out.push(n);
  }
  return out;
}
