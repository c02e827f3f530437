// Support one party wins from another: "won the backing of Germany", "received support from the
// Democrats", "got key support for his tariffs from Schumer", "secured Obama's endorsement". The
// noun's giver ("from"/"of", a possessor or a nationality adjective) is the one who backs or praises
// (CAMEO 051), and the subject who received it is the target: read as the noun's own event, "support"
// would have no doer, and a fallback made the receiver the one who backs.

import type { ActorRef, CodedEvent, CoderContext } from "./coder-types.js";
import { childrenBy, type GNode, type Graph } from "./graph.js";
import { finish, frameChain } from "./modality.js";
import { actorsOf, mentionHead, sameParty, sector, subjectOf } from "./parties.js";
import { caseOf, obliques } from "./syntax.js";

/** Verbs of getting what another gives. */
const RECEIVERS = new Set([
  "receive",
  "win",
  "get",
  "gain",
  "garner",
  "secure",
  "earn",
  "draw",
  "attract",
  "obtain",
  "land",
]);

/** Words of backing a party (the parse may tag "backing" a verb). */
const SUPPORT_WORDS = new Set(["support", "backing", "endorsement", "endorsements", "praise", "blessing"]);

const RELATIVE = /^(which|that)$/;

/** Backers whose support is votes. */
const VOTERS = /^(voter|delegate|elector|constituent|supporter|percent|%)s?$/i;

/** Does actor a name node k itself (its head word or a part of its name)? */
function namesNode(g: Graph, k: number, a: ActorRef): boolean {
  return [g.nodes[k], ...childrenBy(g, k, /^(flat|compound)/)].some(
    (t) => a.start <= t.start && a.end >= t.end,
  );
}

/** The verb of receiving whose object word n is, when n is a word of support; else null. */
export function supportReceivedBy(g: Graph, n: GNode): number | null {
  if (!SUPPORT_WORDS.has(n.lower) || n.head < 0 || !/^(obj|xcomp)$/.test(n.deprel)) return null;
  const v = g.nodes[n.head];
  return v.upos === "VERB" && RECEIVERS.has(v.lemma) ? v.i : null;
}

/**
 * The backing received: giver -> 051 -> receiver, when the receiving is asserted (not hoped for,
 * tried, denied or to come: "sought to win the support of", "did not get the backing of") and both
 * sides are named actors. None otherwise (the noun is then no event of its own either).
 */
export function codeReceivedSupport(cx: CoderContext, g: Graph, n: GNode, v: number): CodedEvent[] {
  // ("in an effort to win GOP support", "his inability to win the support of": sought, not had)
  if (childrenBy(g, v, /^mark$/).some((m) => m.lower === "to")) return [];
  const ch = frameChain(cx, g, v);
  if (ch.frames.length || ch.negated || (ch.modality !== null && ch.modality !== "asserted")) return [];
  const subj = subjectOf(cx, g, v);
  if (subj.passive) return [];
  // (the subject's own name, not a party inside its phrase: "calls to counter Russia have gotten
  // support"; nor a relative "which", whose antecedent the look-up may miss)
  const receivers = subj.nodes.flatMap((k) =>
    RELATIVE.test(g.nodes[k].lower) ? [] : actorsOf(cx, g, k).filter((a) => namesNode(g, k, a)),
  );
  if (!receivers.length) return [];
  const giverNodes: number[] = [];
  for (const [p, o] of obliques(g, n.i)) if (p === "from" || p === "of") giverNodes.push(o);
  // "support for his tariffs from Senate Democrats": the giver's phrase may hang on what is backed
  for (const c of childrenBy(g, n.i, /^nmod$/))
    if (caseOf(g, c.i) === "for") for (const [p, o] of obliques(g, c.i)) if (p === "from") giverNodes.push(o);
  // "won praise | from Germany": or on the verb, after the noun
  for (const [p, o] of obliques(g, v)) if (p === "from" && o > n.i) giverNodes.push(o);
  for (const c of childrenBy(g, n.i, /^(nmod:poss|amod|compound)$/))
    if (c.upos === "PROPN" || c.upos === "ADJ" || c.deprel === "nmod:poss") giverNodes.push(c.i);
  const givers: ActorRef[] = giverNodes
    .flatMap((k) => actorsOf(cx, g, k))
    .filter(
      (a) =>
        a.code !== "---" &&
        // (votes are no backing: "support from 97% of Republicans", "the support of minority voters")
        sector(a) !== "CVL" &&
        !receivers.some((r) => sameParty(r, a)),
    )
    .filter((a) => !VOTERS.test(mentionHead(g, a)?.lemma ?? ""));
  if (!givers.length) return [];
  return finish(cx, g, n.i, null, "051", "received:support", givers, receivers);
}
