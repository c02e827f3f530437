// Emphatic statements: "X insisted that ...", "Y stressed diplomacy", "'...,' Z declared". A bare
// "X said" stays uncoded (on the dev set it stood mostly for content the coder missed), but a verb
// that presses, proclaims or concedes a position is a statement of its own (CAMEO 010) when the
// sentence codes nothing else.

import type { ActorRef, CodedEvent, CoderContext } from "./coder-types.js";
import { childrenBy, type Graph } from "./graph.js";
import { finish, negatedAt } from "./modality.js";
import { actorsOf, sector, subjectOf } from "./parties.js";
import { pollRespondents } from "./syntax.js";

// verbs that state a position with weight; "maintain", "claim" and "argue" are left out (they keep
// things, or stand for allegations the coder reads elsewhere)
const EMPHATIC = new Set([
  "insist",
  "declare",
  "stress",
  "assert",
  "reiterate",
  "emphasize",
  "emphasise",
  "acknowledge",
  "affirm",
  "proclaim",
]);

// of these, the ones whose object is the position itself ("stressed diplomacy", "reiterated its
// support"); the others need a clause ("declared bankruptcy", "acknowledged the encounter" state
// no position)
const WITH_OBJECT = new Set(["stress", "emphasize", "emphasise", "reiterate"]);

/**
 * The last resort's statement: a main-clause emphatic verb whose active subject is a resolved actor
 * (not a firm or a private person, whose insisting is seldom news of its own), unnegated, with what
 * it states as a clause (or, for "stress", an object). One event, with no target.
 */
export function emphaticStatement(cx: CoderContext, g: Graph): CodedEvent[] {
  for (const n of g.nodes) {
    if (n.upos !== "VERB" || !EMPHATIC.has(n.lemma)) continue;
    // the sentence's own verb, or the report after a quote ("'...,' he declared"), which the parse
    // may hang on the quoted verb as a clause of its own (not one opened by "after", "when")
    const quoted = quoteBefore(g, n.i);
    const main =
      n.deprel === "root" ||
      (/^(parataxis|ccomp)$/.test(n.deprel) && g.nodes[n.head]?.deprel === "root") ||
      (quoted &&
        n.deprel === "advcl" &&
        g.nodes[n.head]?.deprel === "root" &&
        !childrenBy(g, n.i, /^mark$/).length);
    if (!main || negatedAt(g, n.i)) continue;
    const stated =
      childrenBy(g, n.i, /^(ccomp|parataxis)$/).length > 0 ||
      n.deprel !== "root" ||
      // ("'The gig is up,' he declared": the parse may leave the quote before it unattached)
      quoted ||
      (WITH_OBJECT.has(n.lemma) && childrenBy(g, n.i, /^obj$/).length > 0);
    if (!stated) continue;
    const subj = subjectOf(cx, g, n.i);
    if (subj.passive || pollRespondents(g, n.i, subj.nodes)) continue;
    // (the subject's own name, not a possessor's or a party inside its phrase: "Trump's defenders
    // insist", "none of them in Europe, Berman asserted" are no statements of Trump's or Europe's)
    const sources = subj.nodes
      .flatMap((k) => actorsOf(cx, g, k).filter((a) => namesSubject(g, k, a)))
      .filter((a) => a.code !== "---" && !/^(BUS|CVL)$/.test(sector(a)));
    if (!sources.length) continue;
    return finish(cx, g, n.i, null, "010", "fallback:emphatic", sources.slice(0, 1), []);
  }
  return [];
}

/** Does actor a name subject k itself: its head word or a part of its name ("Mr Guaido", "Obama administration officials")? */
function namesSubject(g: Graph, k: number, a: ActorRef): boolean {
  return [g.nodes[k], ...childrenBy(g, k, /^(flat|compound)/)].some(
    (t) => a.start <= t.start && a.end >= t.end,
  );
}

/** Does a quotation close right before the verb's subject ("'...,' he declared")? */
function quoteBefore(g: Graph, v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 6; k--) {
    const t = g.nodes[k];
    if (t.upos === "PUNCT" && /^(”|"|\u0027\u0027|’)$/.test(t.text)) return true;
    if (t.upos === "VERB" || t.upos === "AUX") return false;
  }
  return false;
}
