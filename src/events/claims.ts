// Claim status from attribution: whether an event is the outlet's own assertion, something a speaker
// said (reported), something a report or accuser alleges, or something denied; and the chain of who
// said it. Reads the dependency path above the event's predicate.
import type { Attribution, ClaimStatus } from "../model/index.js";
import { childrenBy, type Graph } from "./graph.js";

const SAY = new Set(
  "say tell add announce report state confirm declare note explain stress write insist argue told reiterate affirm assert acknowledge disclose signal indicate predict warn".split(
    " ",
  ),
);
const ALLEGE = new Set(
  "allege claim accuse suspect find show suggest reveal believe charge contend".split(" "),
);
const DENY = new Set(["deny", "dismiss", "refute", "reject"]);
const REPORT_NOUNS =
  /^(report|reports|study|investigation|probe|intelligence|assessment|document|documents|inquiry|review|analysis|audit|leak)$/;

export interface Claim {
  status: ClaimStatus;
  /** The node of the cue ("said", "found", "denied"), or null. */
  cue: number | null;
  /** The node heading the speaker's noun phrase, or null. */
  speaker: number | null;
  /** "according to X": the node heading X, or null. */
  outlet: number | null;
}

function subjOf(g: Graph, v: number): number | null {
  return childrenBy(g, v, /^nsubj(:pass)?$/)[0]?.i ?? null;
}

function accordingTo(g: Graph): number | null {
  for (const n of g.nodes) {
    if (n.lower !== "according") continue;
    const next = g.nodes[n.i + 1];
    if (next?.lower !== "to") continue;
    // the object of "to": the nearest following noun-like node
    for (let k = n.i + 2; k < g.nodes.length && k < n.i + 12; k++) {
      const m = g.nodes[k];
      if (m.upos === "PROPN" || m.upos === "NOUN") {
        let h = k;
        while (h + 1 < g.nodes.length && (g.nodes[h + 1].upos === "PROPN" || g.nodes[h + 1].upos === "NOUN"))
          h++;
        return h;
      }
    }
  }
  return null;
}

/** The claim status of the predicate `v`, from the nearest attributing ancestor. */
export function claimOf(g: Graph, v: number): Claim {
  // the nearest attributing verb above the event decides; a comma-set speech clause comes second
  let x = v;
  let via = "";
  const chain: number[] = [];
  for (let depth = 0; depth < 12; depth++) {
    const n = g.nodes[x];
    chain.push(x);
    if (x !== v) {
      const lemma = n.lemma;
      if (DENY.has(lemma) && (via === "ccomp" || via === "xcomp"))
        return { status: "denied", cue: x, speaker: subjOf(g, x), outlet: null };
      if (ALLEGE.has(lemma) && via !== "xcomp") {
        const s = subjOf(g, x);
        const reportish = s !== null && REPORT_NOUNS.test(g.nodes[s].lemma);
        if (lemma !== "find" && lemma !== "show" && lemma !== "suggest" && lemma !== "reveal") {
          return { status: "alleged", cue: x, speaker: s, outlet: null };
        }
        if (reportish) return { status: "alleged", cue: x, speaker: s, outlet: null };
      }
      if (SAY.has(lemma) && via !== "xcomp")
        return { status: "reported", cue: x, speaker: subjOf(g, x), outlet: accordingTo(g) };
    }
    for (const c of childrenBy(g, x, /^advmod$/)) {
      if (c.lower === "allegedly") return { status: "alleged", cue: c.i, speaker: null, outlet: null };
      if (c.lower === "reportedly") return { status: "reported", cue: c.i, speaker: null, outlet: null };
    }
    if (n.head < 0) break;
    via = n.deprel.split(":")[0];
    x = n.head;
  }
  for (const y of chain) {
    for (const c of childrenBy(g, y, /^(parataxis)$/)) {
      if (SAY.has(c.lemma) || ALLEGE.has(c.lemma)) {
        return {
          status: SAY.has(c.lemma) ? "reported" : "alleged",
          cue: c.i,
          speaker: subjOf(g, c.i),
          outlet: accordingTo(g),
        };
      }
    }
  }
  const outlet = accordingTo(g);
  if (outlet !== null) return { status: "reported", cue: outlet, speaker: null, outlet };
  return { status: "asserted", cue: null, speaker: null, outlet: null };
}

/** One attribution link for a claim, with the texts of its speaker, cue and outlet. */
export function attributionOf(
  g: Graph,
  c: Claim,
  spanText: (node: number) => string,
  actorIdOf: (node: number) => string | null,
): Attribution[] {
  if (c.status === "asserted") return [];
  return [
    {
      speaker: c.speaker !== null ? spanText(c.speaker) : null,
      speakerActorId: c.speaker !== null ? actorIdOf(c.speaker) : null,
      cue: c.cue !== null ? g.nodes[c.cue].text : null,
      outlet: c.outlet !== null ? spanText(c.outlet) : null,
      relation: c.outlet !== null ? "via" : null,
    },
  ];
}
