// Reading the dependency graph for the coder: prepositions of phrases, conjuncts, particles, obliques,
// clause depth, and relative clauses.

import { childrenBy, type GNode, type Graph, subtree } from "./graph.js";
import type { LexEntry } from "./lexicon.js";
import { PARTICIPLE_FORM, RELATIVE_PRON, SAY_VERBS } from "./words.js";

/** A noun entry's extra words come right before its head ("hunger strike", "telephone call"). */
export function extraBefore(g: Graph, i: number, e: LexEntry): boolean {
  const before = g.nodes.slice(Math.max(0, i - e.extra.length), i).map((x) => x.lower);
  const want = e.extra.join(" ");
  if (before.join(" ") === want) return true;
  if (!want.includes("-")) return false;
  // "no-fly zone" with "no", "-", "fly" as three tokens: the words as written, spaces where the text has them
  const parts = want.split(/\s+|(-)/).filter(Boolean).length;
  if (i - parts < 0) return false;
  const nodes = g.nodes.slice(i - parts, i);
  const text = nodes.map((x, k) => (k && nodes[k - 1].end < x.start ? " " : "") + x.lower).join("");
  return text === want;
}

export function caseOf(g: Graph, i: number): string | null {
  // (asked of most phrases several times per sentence: one pass over the children, no arrays)
  let words: string | null = null;
  for (const k of g.kids[i]) {
    const c = g.nodes[k];
    if (c.deprel !== "case" && c.deprel !== "mark") continue;
    if (c.upos === "ADP" || c.upos === "SCONJ" || c.upos === "PART")
      words = words === null ? c.lower : `${words} ${c.lower}`;
  }
  if (words === null) {
    // "to Ukrainian President Petro Poroshenko": a title before the name may carry the preposition
    const n = g.nodes[i];
    if (n.upos !== "PROPN") return null;
    const first = g.nodes[subtree(g, i, true)[0]];
    const ok = first && first.i < i && first.deprel === "case" && first.upos === "ADP" && first.head !== i;
    return ok && childrenBy(g, i, /^(nmod:desc|compound|flat)$/).some((t) => t.i < i) ? first.lower : null;
  }
  return words;
}

export function conjuncts(g: Graph, i: number): number[] {
  const out = [i];
  for (const c of childrenBy(g, i, /^conj$/))
    if (g.nodes[c.i].upos !== "VERB" && !describesConjunct(g, i, c.i) && !clauseConjunct(g, c.i))
      out.push(...conjuncts(g, c.i));
  return out;
}

/**
 * "offered incentives for investment, while the United States raised tariffs" parsed with "tariffs"
 * as a conjunct of "incentives": a conjunct with a subject and a subordinator of its own is a clause
 * the parse misread, and its words name no party of the phrase before it.
 */
function clauseConjunct(g: Graph, c: number): boolean {
  const kids = g.kids[c].map((k) => g.nodes[k]);
  return (
    kids.some((x) => /^nsubj/.test(x.deprel)) &&
    kids.some((x) => x.deprel === "mark" && x.upos === "SCONJ" && x.i < c)
  );
}

/**
 * A conjunct the parse made of what describes the name before it: "Patty Murray, a Democrat from
 * Washington, and John Cornyn", "thanked Cornyn as the lead negotiator". It names no one new.
 */
function describesConjunct(g: Graph, head: number, c: number): boolean {
  const kids = g.kids[c].map((k) => g.nodes[k]);
  if (kids.some((k) => /^(mark|case)$/.test(k.deprel) && k.lower === "as" && k.i < c)) return true;
  const apposed = apposedConjuncts(g, head);
  if (apposed && (apposed[0] === c || apposed[1] === c)) {
    // the name stays: "and his counterpart, Sergey Lavrov" keeps Lavrov
    const [first, second] = apposed;
    const keep = g.nodes[first].upos === "NOUN" && g.nodes[second].upos === "PROPN" ? second : first;
    return c !== keep;
  }
  if (g.nodes[head].upos !== "PROPN" || kids.some((k) => k.deprel === "cc")) return false;
  const det = kids.find((k) => k.deprel === "det" && k.i < c);
  return !!det && /^(a|an)$/.test(det.lower) && g.nodes[det.i - 1]?.text === ",";
}

/**
 * "Tillerson and his counterpart, Sergey Lavrov,": a conjunct with no "and" of its own after the one
 * that has it cannot be a further item of the list (a list puts its "and" last); the parse made a
 * conjunct of an apposition. The pair (conjunct with "and", the one set off after it), or null.
 */
function apposedConjuncts(g: Graph, head: number): [number, number] | null {
  const sibs = g.kids[head].filter((k) => g.nodes[k].deprel === "conj");
  if (sibs.length < 2) return null;
  const hasCc = (k: number) => g.kids[k].some((x) => g.nodes[x].deprel === "cc");
  const last = sibs[sibs.length - 1];
  const before = sibs.filter(hasCc).pop();
  if (before === undefined || before === last) return null;
  // (set off by a comma, which the parse may hang on either side)
  const from = subtree(g, last)[0];
  if (g.nodes[from].text !== "," && g.nodes[from - 1]?.text !== ",") return null;
  return [before, last];
}

/** What a reduced passive has none of: its own "and", auxiliary, subject or object. */
const NOT_REDUCED = /^(cc|aux|aux:pass|nsubj|nsubj:pass|obj|iobj)$/;

/**
 * "strikes in response to an attack widely blamed on the regime", "a poll released last week that
 * ...": a participle the parse joined to a verb with no "and", right after a noun, is a reduced
 * passive on that noun. The noun, or null.
 */
export function reducedPassiveNoun(g: Graph, v: number): number | null {
  const n = g.nodes[v];
  if (n.deprel !== "conj" || !PARTICIPLE_FORM.test(n.lower)) return null;
  if (g.kids[v].some((k) => NOT_REDUCED.test(g.nodes[k].deprel))) return null;
  let k = v - 1;
  while (k >= 0 && g.nodes[k].upos === "ADV") k--;
  return k >= 0 && g.nodes[k].upos === "NOUN" ? k : null;
}

export function particleOf(g: Graph, v: number): GNode | null {
  // a particle far from its verb is a misparse ("condemning ... she got up")
  for (const k of g.kids[v]) {
    const c = g.nodes[k];
    if (c.deprel === "compound:prt" && c.i > v && c.i - v <= 3) return c;
  }
  return null;
}

export function lemmaForms(n: GNode): string[] {
  return n.lemma === n.lower ? [n.lemma] : [n.lemma, n.lower];
}

/** The last word of a preposition ("because of" -> "of"), without splitting it into an array. */
export function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(" ") + 1);
}

/** The prepositional phrases of a predicate and of its object, with their prepositions. Shared: do not modify. */
export function obliques(g: Graph, v: number): [string, number][] {
  // asked about the same predicate many times while its entries are tried: kept with the graph
  let out = g.memo.obliques.get(v);
  if (!out) {
    out = computeObliques(g, v);
    g.memo.obliques.set(v, out);
  }
  return out;
}

function computeObliques(g: Graph, v: number): [string, number][] {
  const out: [string, number][] = [];
  addObliques(g, v, out);
  for (const o of childrenBy(g, v, /^obj$/)) addObliques(g, o.i, out);
  const n = g.nodes[v];
  if (n.upos === "NOUN") {
    // "announced the withdrawal from the accord": the parse may hang a noun's phrase right after it on
    // the noun's verb; a "from" phrase there is the noun's (no verb of the lexicon takes "from" for the
    // thing it acts on once it has an object)
    if (/^(obj|nsubj|nsubj:pass)$/.test(n.deprel) && n.head >= 0) {
      const end = Math.max(v, ...subtree(g, v));
      for (const c of childrenBy(g, n.head, /^obl$/)) {
        const p = caseOf(g, c.i);
        if (p === "from" && Math.min(...subtree(g, c.i)) === end + 1) out.push([p, c.i]);
      }
    }
    // "the withdrawal from the accord with Iran": the pact's partner is the party left
    for (const [p, o] of [...out])
      if (p === "from" && PACT_NOUNS.test(g.nodes[o].lemma))
        for (const c of childrenBy(g, o, /^nmod$/)) if (caseOf(g, c.i) === "with") out.push(["with", c.i]);
  }
  return out;
}

const PACT_NOUNS = /^(deal|accord|agreement|treaty|pact|convention|alliance)$/;

/** Appends the prepositional phrases hanging on `host` to `out`. */
function addObliques(g: Graph, host: number, out: [string, number][]): void {
  for (const c of childrenBy(g, host, /^(obl|obl:agent|nmod|obl:tmod|advcl|xcomp|ccomp)$/)) {
    const p = caseOf(g, c.i);
    if (p) out.push([p, c.i]);
  }
}

/** On the path to the root there is no modifier, relative clause, name part or aside. */
export function inMainClause(g: Graph, i: number): boolean {
  let k = i;
  for (let steps = 0; steps < 12; steps++) {
    const n = g.nodes[k];
    if (n.head < 0 || n.deprel === "root") return true;
    if (
      /^(acl|amod|compound|flat|appos|parataxis|list|vocative|dep|reparandum|orphan|nmod:poss)/.test(n.deprel)
    )
      return false;
    k = n.head;
  }
  return false;
}

export function depth(g: Graph, i: number): number {
  let d = 0;
  for (let k = i; k >= 0 && d < 50; k = g.nodes[k].head) d++;
  return d;
}

/**
 * The noun a relative clause's verb acts on: "the sailors whom Russia detained", "the envoy Moscow
 * expelled" (a clause with its own subject and no object of its own). Null when v is no such verb.
 */
export function relativeObject(g: Graph, v: number): number | null {
  const n = g.nodes[v];
  if (n.deprel !== "acl:relcl" || n.head < 0) return null;
  const objs = childrenBy(g, v, /^obj$/);
  if (objs.some((o) => RELATIVE_PRON.test(o.lower))) return n.head;
  const subj = childrenBy(g, v, /^nsubj$/)[0];
  if (!subj || RELATIVE_PRON.test(subj.lower) || objs.length) return null;
  // "the day Russia attacked", "the way they voted": only a clause with nothing else to complete it
  if (childrenBy(g, v, /^(ccomp|xcomp|obl|advmod)$/).some((c) => /^(where|when|why|how)$/.test(c.lower)))
    return null;
  if (childrenBy(g, v, /^(ccomp|xcomp)$/).length) return null;
  return n.head;
}

/** A participle right after a form of "be" ("wouldn't be admitted"), whatever the parse made of it. */
export function afterBe(g: Graph, v: number): boolean {
  return /^(be|been|being|is|are|was|were)$/.test(g.nodes[v - 1]?.lower ?? "");
}

/**
 * "Police in Lima arrested 90 people" parsed as the noun "Police" with "arrested" as its clausal
 * modifier and "people" as the verb's subject after it: a finite verb's subject does not follow it in
 * a modifier clause, so the noun before is the doer and the noun after the one acted on. Returns that
 * noun after the verb, or null when the parse has any other shape.
 */
export function invertedModifier(g: Graph, v: number): number | null {
  const n = g.nodes[v];
  if (n.upos !== "VERB" || n.deprel !== "acl" || n.head < 0 || n.head > v) return null;
  if (!/^(NOUN|PROPN)$/.test(g.nodes[n.head].upos)) return null;
  // an infinitive, a participle with its auxiliary or a marked clause is a real modifier clause
  if (childrenBy(g, v, /^(mark|aux|aux:pass|obj)$/).length) return null;
  const subj = childrenBy(g, v, /^nsubj$/);
  return subj.length === 1 && subj[0].i > v ? subj[0].i : null;
}

/** The verb whose clause node i stands in (i itself for a verb when own is set), or -1. */
export function clauseOf(g: Graph, i: number, own = false): number {
  if (i < 0) return -1;
  if (own && g.nodes[i].upos === "VERB") return i;
  let k = g.nodes[i].head;
  for (let steps = 0; steps < 20 && k >= 0; steps++, k = g.nodes[k].head)
    if (g.nodes[k].upos === "VERB") return k;
  return -1;
}

/**
 * The predicate of the clause node i sits in, i itself included, copular predicates too ("X is
 * unacceptable": the adjective), unlike clauseOf's verbs; the root when none is found.
 */
export function clauseHead(g: Graph, i: number): number {
  let x = i;
  for (let depth = 0; depth < 8 && g.nodes[x].head >= 0; depth++) {
    const n = g.nodes[x];
    if (n.upos === "VERB" || childrenBy(g, x, /^cop$/).length) return x;
    x = n.head;
  }
  return x;
}

/**
 * "Targeting a runway made little sense", "it is hard to defend watering lawns", "supporting amnesty
 * should be disqualifying": a clause with no subject of its own that is the subject of a judgement is an
 * activity talked about, done by no one. (On 400 running news articles 18 of 21 events coded from
 * clausal subjects were of this kind, and wrong.)
 */
export function activitySubject(g: Graph, i: number): boolean {
  return g.nodes[i].deprel.startsWith("csubj") && !childrenBy(g, i, /^nsubj/).length;
}

// what a thing or party can do, or an act only thought of, not what was done: "a missile capable of
// striking the United States", "the capacity to strike", "rejected the idea of deploying troops",
// "floated the possibility of imposing tariffs"
const UNREALISED_HEADS = new Set(["capable", "capability", "capacity", "idea", "notion", "possibility"]);

/**
 * A verb that only says what its head word is capable of, or names an idea of an act, with the acts
 * its clause goes on to ("the idea of deploying forces to fight X": no fight either).
 */
export function unrealisedOnly(g: Graph, i: number): boolean {
  let k = i;
  for (let step = 0; step < 4 && k >= 0; step++) {
    const n = g.nodes[k];
    if (n.head < 0 || childrenBy(g, k, /^nsubj/).length) return false;
    if (UNREALISED_HEADS.has(g.nodes[n.head].lemma)) return true;
    if (!/^(xcomp|advcl|conj)$/.test(n.deprel)) return false;
    k = n.head;
  }
  return false;
}

const SHARE_WORDS =
  /^(percent|per|%|majority|plurality|minority|share|proportion|half|third|quarter|fifth|two-thirds|three-quarters)$/;

/**
 * Whether verb v's subject (subj, or the pronoun right before v) is poll respondents: a share of a group
 * right before v, or "they"/"we" right after a verb of saying that has one ("62 percent of Republicans
 * said they support").
 */
export function pollRespondents(g: Graph, v: number, subj: number[] = []): boolean {
  if (pollShareBefore(g, v)) return true;
  const nodes = subj.length ? subj : [v - 1];
  return nodes.some((k) => {
    if (!/^(they|we)$/i.test(g.nodes[k]?.text ?? "")) return false;
    // (the verb of saying right before them, "that" skipped, however the reading hangs the clause)
    const say = g.nodes[k - 1]?.lower === "that" ? k - 2 : k - 1;
    return say > 0 && SAY_VERBS.has(g.nodes[say].lemma) && pollShareBefore(g, say);
  });
}

/**
 * A share of a group right before verb v, in its own stretch of words (no other verb or punctuation
 * between): "62 percent of Republicans said", "a majority of voters agreed", "7 in 10 GOP voters said".
 */
function pollShareBefore(g: Graph, v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 8; k--) {
    const x = g.nodes[k];
    if (x.upos === "VERB" || (x.upos === "PUNCT" && x.text !== "%")) return false;
    // (by the lemma too: "two-thirds of voters" split into "two", "-", "thirds")
    const share = SHARE_WORDS.test(x.lower) || SHARE_WORDS.test(x.lemma);
    if (share && (g.nodes[k + 1]?.lower === "of" || g.nodes[k - 1]?.upos === "NUM")) return true;
    if (/^(NUM|PROPN)$/.test(x.upos) && g.nodes[k + 1]?.lower === "in" && g.nodes[k + 2]?.upos === "NUM")
      return true;
  }
  return false;
}

/** "called on X to ...", "calls upon", "called for X to ...": the words that make "call" an appeal. */
export function callsOnOrFor(g: Graph, v: number): boolean {
  const next = g.nodes[v + 1]?.lower;
  if (next === "on" || next === "upon" || next === "for") return true;
  return g.kids[v].some((k) => {
    const c = g.nodes[k];
    if (c.deprel === "compound:prt") return /^(on|upon)$/.test(c.lower);
    if (c.deprel === "obl") return /^(on|upon|for)$/.test(caseOf(g, k) ?? "");
    return (
      /^(advcl|xcomp|ccomp)$/.test(c.deprel) && childrenBy(g, k, /^mark$/).some((m) => m.lower === "for")
    );
  });
}
