// Actor and target selection: the actors a node refers to, a predicate's subject (through passives,
// coordination and chains), its targets, uncoded actors, and reciprocal dyads.

import { splitCode } from "../actors/codes.js";
import { type ActorRef, actorRef, type CoderContext, copyRef } from "./coder-types.js";
import { childrenBy, type GNode, type Graph, subtree } from "./graph.js";
import { entriesFor, type LexEntry, type Lexicon } from "./lexicon.js";
import { frameIn, frameOf, negatedAt } from "./modality.js";
import {
  caseOf,
  conjuncts,
  invertedModifier,
  lastWord,
  lemmaForms,
  obliques,
  reducedPassiveNoun,
  relativeObject,
} from "./syntax.js";
import {
  ACCUSE_VERBS,
  CLAIM_VERBS,
  DOCUMENT_NOUNS,
  ECONOMIC_MEASURE,
  FIRE_VERBS,
  FIRED,
  FIRST_PERSON,
  GROUP_SUBJ,
  LOCATIVE_PREPS,
  PARTICIPLE_FORM,
  PARTICIPLES,
  RELATION_NOUN,
  SAY_VERBS,
  SECOND_PERSON,
  UNKNOWN_ACTOR_NOUN,
} from "./words.js";

/** Participles that say or judge, and so belong to whoever speaks in the sentence. */
const SPEECH_PARTICIPLES = new Set([
  "say",
  "call",
  "describe",
  "criticize",
  "condemn",
  "warn",
  "urge",
  "deny",
  "praise",
]);

export const sector = (a: ActorRef | null) => (a && a.code.length >= 6 ? a.code.slice(3, 6) : "");

export const civilian = (a: ActorRef | null) =>
  ["CVL", "LAB", "OPP", "EDU", "REL"].includes(sector(a)) ||
  (!!a &&
    a.code === "---" &&
    /^(protester|demonstrator|mourner|student|worker|striker|crowd|fan|supporter|activist)s?$/i.test(a.text));

export const security = (a: ActorRef | null) => ["COP", "MIL"].includes(sector(a));

/**
 * Unnamed people harmed by rebels or police ("the rebels' kidnapping of schoolgirls", "police killed
 * three men"): civilians of the country those act in, the country of their code. Null for others.
 */
export function civiliansHarmedBy(src: ActorRef, victim: GNode): ActorRef[] | null {
  if (!/^(REB|COP)$/.test(sector(src))) return null;
  return [actorRef(victim.start, victim.end, victim.text, `${src.code.slice(0, 3)}CVL`, null)];
}

/** Whether two actor references name the same party: one mention, one actor, or one resolved code. */
export function sameParty(a: ActorRef, b: ActorRef): boolean {
  return (
    a.start === b.start || (!!a.actorId && a.actorId === b.actorId) || (a.code === b.code && a.code !== "---")
  );
}

export function actorsOf(cx: CoderContext, g: Graph, i: number, asSubject = false): ActorRef[] {
  // ("bombed Iranian-backed Houthi rebels" read in chunks as two objects, "Iranian" and "rebels": the
  // backer is no party of the act; as a subject it is the one backing: "the Putin-backed candidate")
  if (!asSubject && !g.nodes[i].deprel.startsWith("nsubj") && backerModifier(g, i)) return [];
  const pair = namedPair(cx, g, i);
  if (pair) return pair;
  const out: ActorRef[] = [];
  const head = g.nodes[i];
  const subject = asSubject || head.deprel.startsWith("nsubj");
  // "Foreign Minister Ana Duro and her counterpart": a conjunct the parse hangs on the name in
  // apposition to the head is the head's
  const besides = childrenBy(g, i, /^appos$/)
    .filter((a) => a.upos === "PROPN")
    .flatMap((a) => conjuncts(g, a.i).slice(1))
    // (not a conjunct that is a predicate of its own: "..., and the frigate was in the Sea")
    .filter((c) => !childrenBy(g, c, /^(nsubj|nsubj:pass|cop)$/).length);
  // "wounded six farmers, a teacher and a nurse": a list the parse reads as an apposition
  // with its own "and" names more parties, not the same ones again (an apposition that is a new
  // referent, "a ..." or "two ...", not "the Interior Ministry's spokesman and adviser")
  const listed = childrenBy(g, i, /^appos$/)
    .filter(
      (a) =>
        a.upos === "NOUN" &&
        a.i > i &&
        childrenBy(g, a.i, /^(det|nummod)$/).some((d) => d.upos === "NUM" || /^(a|an)$/.test(d.lower)) &&
        childrenBy(g, a.i, /^conj$/).some((c) => childrenBy(g, c.i, /^cc$/).some((x) => x.lower === "and")),
    )
    .flatMap((a) => conjuncts(g, a.i));
  for (const c of [...conjuncts(g, i), ...besides, ...listed]) {
    // "Sen. Ann Vale, D-Ore., said", "Rep. Tom Brell (R-Ohio) voted": a party-and-state tag after a
    // name is no party of its own
    if (partyTag(g, c)) continue;
    // "the Arlandian and Voskish navies", "East and West Marlovia": a coordinated modifier names
    // one actor per conjunct
    const each = distributed(cx, g, c);
    if (each.length >= 2) {
      out.push(...each);
      continue;
    }
    const a = actorOfNode(cx, g, c, subject);
    if (a) out.push(a);
  }
  // "the student who was imprisoned by X", "the church, which condemned ...": the relative pronoun of
  // a relative clause the parse found stands for the noun the clause modifies
  const relative = relativeAntecedent(g, i);
  if (out.length === 0 && relative !== null) {
    // ("the town of Arvo, which killed ...": a clause hung on a place's name is about something else
    // done there; a place does not act)
    if (subject && head.lower !== "who" && spelledOutPlace(g, g.nodes[relative])) return [];
    return actorsOf(cx, g, relative, subject);
  }
  // "Ahmed Nage, 26, who was arrested": a relative pronoun stands for the noun it follows, also when
  // the parse hangs its clause elsewhere
  if (out.length === 0 && head.upos === "PRON" && /^(who|whom)$/.test(head.lower)) {
    const ante = antecedentOf(g, i);
    if (ante !== null) return actorsOf(cx, g, ante);
  }
  if (out.length === 0 && GROUP_SUBJ.test(head.lower) && head.upos !== "PROPN") {
    out.push(actorRef(head.start, head.end, head.text, "---", null));
  }
  if (out.length === 1 && GROUP_SUBJ.test(out[0].text.trim())) {
    const fromGraph = cx.sentenceActors().length ? [] : graphActorsBefore(cx, g, i);
    if (fromGraph.length >= 2) return fromGraph.slice(-2);
    // the antecedents are the last two distinct people named before the group word
    const before = cx
      .sentenceActors()
      .filter((a) => a.end <= head.start && a.actorId && a.start !== out[0].start);
    const people = before.filter((a) => a.type === "person");
    const pool = people.length >= 2 ? people : before;
    const distinct: ActorRef[] = [];
    for (const a of [...pool].reverse())
      if (!distinct.some((d) => d.text === a.text || (d.actorId && d.actorId === a.actorId)))
        distinct.push(a);
    distinct.reverse();
    if (distinct.length >= 2) return distinct.slice(-2);
    if (distinct.length >= 2) return distinct.slice(0, 2);
  }
  return out;
}

/** Plural nouns that "the two" or "both" make the two states named just before ("the two embassies"). */
// (not "the two sides", as often a government and its rebels, or two negotiating teams, as two states)
const PAIR_HEAD =
  /^(countries|nations|neighbou?rs|rivals|allies|governments|embassies|capitals|delegations|leaderships|administrations)$/;
/** Those of them that are the states' governments, not the states. */
const PAIR_GOVERNMENT = /^(governments|embassies|capitals|delegations|leaderships|administrations)$/;

/** CAMEO region roots: a region is no state to pair ("Europe and China ... both"). */
const REGION_ROOTS =
  /^(AFR|ASA|BLK|BAL|CAS|CAU|CFR|CMN|EAF|EEU|EUR|LAM|MEA|MDT|NAF|NMR|PGS|SAF|SAM|SAS|SCN|SEA|WAF|WEU|WST|NAM|---)$/;

/** The state an actor stands for (CHN for CHNGOV or Xi), or null for an IGO, NGO, region or bare sector. */
function stateRoot(a: ActorRef): string | null {
  const { root } = splitCode(a.code);
  return /^[A-Z]{3}$/.test(root) && !/^(IGO|NGO|IMG)/.test(root) && !REGION_ROOTS.test(root) ? root : null;
}

/** Text between two states that names them together: "Arland and Borvia", "Arland-Borvia talks". */
const JOINED = /^(?:'s?)?\s*(?:,?\s*and|&|-|–|—)\s*(?:the\s+)?$/i;

/** The last pair of different states named together in a list of actors ("Arland and Borvia"). */
function joinedPair(
  list: ActorRef[],
  between: (start: number, end: number) => string | null,
): ActorRef[] | null {
  const g = [...list].sort((a, b) => a.start - b.start);
  for (let k = g.length - 1; k > 0; k--) {
    const [a, b] = [g[k - 1], g[k]];
    const [ra, rb] = [stateRoot(a), stateRoot(b)];
    if (!ra || !rb || ra === rb || a.end > b.start) continue;
    const text = between(a.end, b.start);
    if (text !== null && JOINED.test(text)) return [a, b];
  }
  return null;
}

/** The last two different states of a list of actors, in order. */
function lastTwoStates(list: ActorRef[]): ActorRef[] | null {
  const states: ActorRef[] = [];
  for (const a of [...list].reverse()) {
    const root = stateRoot(a);
    if (!root || states.some((x) => stateRoot(x) === root)) continue;
    states.push(a);
    if (states.length === 2) return states.reverse();
  }
  return null;
}

/**
 * The two states "the two countries" stand for, from the sentences before it (oldest first, the last
 * list the sentence's own actors before the phrase): a pair named together in the sentence itself
 * ("talks between Arland and Borvia ... the two countries"), else two states it names, else the last
 * pair named together in the sentences before ("Arland and Borvia met. Cerland ... The two
 * countries"), else the last two states of the last sentence before that names two ("Arland met
 * Borvia. Cerland protested. The two countries ..."), else the last two states named across them.
 */
function pairOfStates(
  groups: ActorRef[][],
  between: (start: number, end: number) => string | null,
): ActorRef[] | null {
  const own = groups.at(-1) ?? [];
  const found = joinedPair(own, between) ?? lastTwoStates(own);
  if (found) return found;
  for (let s = groups.length - 2; s >= 0; s--) {
    const pair = joinedPair(groups[s], between);
    if (pair) return pair;
  }
  for (let s = groups.length - 2; s >= 0; s--) {
    const pair = lastTwoStates(groups[s]);
    if (pair) return pair;
  }
  return lastTwoStates(groups.flat());
}

/**
 * "Arland and Borvia summoned each other's envoys. The two embassies ...", "both governments": the two
 * states named before, in this sentence or the two before (pairOfStates), as the noun has them (their
 * governments for "embassies"). Null when the noun is no such pair or fewer than two states were named.
 */
function namedPair(cx: CoderContext, g: Graph, i: number): ActorRef[] | null {
  const head = g.nodes[i];
  if (head.upos !== "NOUN" || !PAIR_HEAD.test(head.lower)) return null;
  const count = childrenBy(g, i, /^(nummod|det|amod|det:predet)$/).find((x) => /^(two|both)$/.test(x.lower));
  if (!count) return null;
  const groups = [...(cx.earlierActors?.() ?? []), cx.sentenceActors().filter((a) => a.end <= count.start)];
  const states = pairOfStates(groups, (a, b) => cx.textBetween?.(a, b) ?? null);
  if (!states) return null;
  const start = Math.min(count.start, ...childrenBy(g, i, /^det$/).map((x) => x.start));
  const text = g.nodes
    .filter((x) => x.start >= start && x.end <= head.end)
    .map((x) => x.text)
    .join(" ");
  return states.map((a) => {
    const root = stateRoot(a) ?? a.code.slice(0, 3);
    const code = PAIR_GOVERNMENT.test(head.lower) ? `${root}GOV` : root;
    return actorRef(start, head.end, text, code, code === a.code ? a.actorId : null);
  });
}

/**
 * Is node k a party-and-state tag set off after a name ("R-Ky.", "D-N.Y.", "(I-Vt.)"), as one token
 * or as the tokens "R", "-", "Ky."?
 */
export function partyTag(g: Graph, k: number): boolean {
  const own = tagText(g, k);
  if (/^[DRI]-[A-Z]/.test(own)) return tagOffset(g, k - 1);
  if (/^[DRI]$/.test(own) && tagText(g, k + 1) === "-")
    return tagOffset(g, k - 1) && /^[A-Z]/.test(tagText(g, k + 2));
  return (
    tagText(g, k - 1) === "-" &&
    /^[DRI]$/.test(tagText(g, k - 2)) &&
    tagOffset(g, k - 3) &&
    /^[A-Z]/.test(own)
  );
}

// (partyTag runs for every conjunct of every actor phrase: its helpers are not made per call)
function tagText(g: Graph, x: number): string {
  return g.nodes[x]?.text ?? "";
}

function tagOffset(g: Graph, x: number): boolean {
  return /^[,(]$/.test(tagText(g, x));
}

/**
 * The actors of a noun whose modifier is coordinated ("the Arlandian and Voskish navies": the Arlandian
 * military and the South Korean one): the resolved mentions from the modifier to the noun, one per
 * actor, when the modifier and its conjunct each lie in one. Empty for any other noun.
 */
export function distributed(cx: CoderContext, g: Graph, i: number): ActorRef[] {
  const n = g.nodes[i];
  if (n.upos !== "NOUN" && n.upos !== "PROPN") return [];
  const mod = childrenBy(g, i, /^(compound|amod)$/).find(
    (m) => m.i < i && childrenBy(g, m.i, /^conj$/).some((c) => c.i < i),
  );
  if (!mod) return [];
  const conj = childrenBy(g, mod.i, /^conj$/).filter((c) => c.i < i);
  if (!childrenBy(g, conj[0].i, /^cc$/).some((c) => c.lower === "and")) return [];
  const from = g.nodes[subtree(g, mod.i)[0]].start;
  const inSpan = cx.sentenceActors().filter((a) => a.start >= from && a.end <= n.end);
  const covers = (k: GNode) => inSpan.find((a) => a.start <= k.start && a.end >= k.end);
  const each = [mod, ...conj].flatMap((k) => covers(k) ?? []);
  const distinct = each.filter((a, k) => each.findIndex((b) => b.start === a.start) === k);
  return covers(mod) && covers(conj[0]) && distinct.length >= 2 ? distinct : [];
}

/**
 * All the conjuncts of the coordination an actor's mention lies in ("after the US and Taliban
 * signed": the Taliban and the US), when each is an actor; else just the actor.
 */
export function withConjuncts(cx: CoderContext, g: Graph, a: ActorRef): ActorRef[] {
  const inside = g.nodes.filter((n) => n.start >= a.start && n.end <= a.end);
  // the mention's own head: the node inside it whose head lies outside
  const head = inside.find((n) => n.head < 0 || !inside.some((k) => k.i === n.head));
  if (!head) return [a];
  let top = head.i;
  while (g.nodes[top].deprel === "conj" && g.nodes[top].head >= 0) top = g.nodes[top].head;
  if (top === head.i && !childrenBy(g, top, /^conj$/).length) return [a];
  const all = actorsOf(cx, g, top);
  // (each a resolved actor: "Sen. Tom Brell, R-Ohio" has no second party in its "D")
  return all.length >= 2 && all.some((x) => x.start === a.start) && all.every((x) => x.code !== "---")
    ? all
    : [a];
}

/**
 * The noun a relative pronoun stands for when it is the subject or object of a relative clause the
 * parse found ("the envoy who was expelled", "companies that work with X"): the clause's head noun.
 * Null for anything else ("that" as a demonstrative or a complementiser).
 */
export function relativeAntecedent(g: Graph, i: number): number | null {
  const n = g.nodes[i];
  if (n.upos !== "PRON" || !/^(who|whom|which|that)$/.test(n.lower)) return null;
  if (!/^(nsubj|nsubj:pass|obj)$/.test(n.deprel) || n.head < 0) return null;
  const clause = g.nodes[n.head];
  if (clause.deprel !== "acl:relcl" || clause.head < 0) return null;
  const ante = g.nodes[clause.head];
  return /^(NOUN|PROPN)$/.test(ante.upos) && ante.i < i ? ante.i : null;
}

/**
 * The noun a relative "who" refers to when the parse hangs its clause elsewhere: the name or noun
 * right before it (past a comma and an age: "Nage, 26, who"); null when nothing fits.
 */
export function antecedentOf(g: Graph, i: number): number | null {
  // (a relative clause the parse found is read by the rules for it)
  const v = g.nodes[i].head >= 0 ? g.nodes[g.nodes[i].head] : null;
  // ("Brell, 61, who was detained" with the clause hung on the age: the name is still meant)
  if (!v || (v.deprel === "acl:relcl" && g.nodes[v.head]?.upos !== "NUM")) return null;
  let k = i - 1;
  if (k < 0 || g.nodes[k].text !== ",") return null;
  // past the comma and an age, not past a bracket ("McCain (R-Ariz.), who")
  while (k >= 0 && (g.nodes[k].text === "," || g.nodes[k].upos === "NUM")) k--;
  if (k < 0 || !/^(NOUN|PROPN)$/.test(g.nodes[k].upos)) return null;
  const nameHead = (x: number) => {
    while (/^(flat|compound)$/.test(g.nodes[x].deprel) && g.nodes[x].head >= 0 && g.nodes[x].head > x - 4)
      x = g.nodes[x].head;
    return x;
  };
  // "Sen. Bob Menendez, D-N.J., who": a party-and-state tag is not the antecedent, the name before is
  const tag = (x: number) => /^[DRI]-/.test(g.nodes[x]?.text ?? "");
  const split = (x: number) => g.nodes[x - 1]?.text === "-" && /^[DRI]$/.test(g.nodes[x - 2]?.text ?? "");
  if (tag(k) || tag(k - 1) || split(k)) {
    while (k >= 0 && g.nodes[k].text !== ",") k--;
    k--;
    if (k < 0 || g.nodes[k].upos !== "PROPN") return null;
  }
  k = nameHead(k);
  // "William Jacobson of Cornell Law School, who": the person, not the institution named after him
  const h = g.nodes[k].head;
  if (g.nodes[k].deprel === "nmod" && h >= 0 && h < k && g.nodes[h].upos === "PROPN" && caseOf(g, k) === "of")
    k = nameHead(h);
  return k === i ? null : k;
}

/** Actors heading the arguments of verbs before node i: the antecedents of "the pair". */
export function graphActorsBefore(cx: CoderContext, g: Graph, i: number): ActorRef[] {
  const out: ActorRef[] = [];
  for (const n of g.nodes.slice(0, i)) {
    if (!/^(nsubj|obj|iobj|conj)$/.test(n.deprel) || n.upos !== "PROPN") continue;
    const a = actorOfNode(cx, g, n.i);
    if (a && !out.some((o) => o.text === a.text)) out.push(a);
  }
  return out;
}

/** Nouns for a country's people as a whole. */
const PEOPLE_NOUN = /^(people|peoples|population|populace|public|citizenry)$/;

/** Prepositions of a place phrase inside a noun phrase. */
const PLACE_CASE = /^(in|inside|near|across|throughout|within)$/;

/** Prepositions of a phrase aimed at a party rather than naming who a noun is. */
const AIMED_PREPS = /^(against|on|upon|with|to|toward|towards|into|over|at|about)$/;

export function actorOfNode(cx: CoderContext, g: Graph, i: number, asSubject = false): ActorRef | null {
  const n = g.nodes[i];
  const subject = asSubject || n.deprel.startsWith("nsubj");
  const counterpart = n.upos === "NOUN" && /^counterparts?$/.test(n.lower);
  const relation = n.upos === "NOUN" && RELATION_NOUN.test(n.lower);
  let aimedFrom = Number.POSITIVE_INFINITY;
  let backedFrom = -1;
  // the NP without its clauses, coordination and case marker
  const kept = subtree(g, i, true).filter((k) => {
    let x = k;
    while (x !== i) {
      const r = g.nodes[x].deprel;
      if (r === "conj" || r === "cc" || (r === "case" && g.nodes[x].head === i) || r === "punct")
        return false;
      // "his North Korean counterpart": the possessor is the other side, not this one
      if (counterpart && r === "nmod:poss" && g.nodes[x].head === i) return false;
      // "his wife", "Trump's critics": someone tied to the possessor, not the possessor
      if (relation && r === "nmod:poss" && g.nodes[x].head === i) return false;
      // "Iranian-backed Houthi rebels", "Turkish-backed militias": the backer glued to the participle
      // is not the group it backs
      if (backerModifier(g, x)) {
        if (k < i) backedFrom = Math.max(backedFrom, k);
        return false;
      }
      // a name's own prepositional phrase is not part of it ("Putin of Beijing's desire")
      if (n.upos === "PROPN" && g.nodes[x].head === i && /^(nmod|obl|acl)/.test(r)) return false;
      // where a thing is, is no party to it ("signed a trade agreement in Buenos Aires", "killed 17
      // people at a school in Parkland, Florida"); "at" is left out: "dismay at the president" names one
      if (n.upos === "NOUN" && /^(nmod|obl)/.test(r) && PLACE_CASE.test(caseOf(g, x) ?? "")) return false;
      // a subject's doer is not the party its phrase is aimed at ("the raid against the Taliban
      // comes ...", "talks with Iran resumed")
      if (subject && /^(nmod|obl)/.test(r) && AIMED_PREPS.test(caseOf(g, x) ?? "")) {
        if (x > i) aimedFrom = Math.min(aimedFrom, subtree(g, x)[0]);
        return false;
      }
      x = g.nodes[x].head;
      if (x < 0) return false;
    }
    return true;
  });
  // (the noun phrase ends where such a phrase begins, and starts after its backer: "the US-backed
  // government" is no span for the backer's name to be found in)
  const span = kept.filter((k) => k < aimedFrom && k > backedFrom);
  if (span.length === 0) return null;
  const start = g.nodes[span[0]].start;
  const end = g.nodes[span[span.length - 1]].end;
  // the noun's own words first: "an Iranian oil platform east of Bahrain" is Iran's
  const own = end > n.end ? cx.actorIn(start, n.end, n) : null;
  const found = own && own.code !== "---" ? own : cx.actorIn(start, end, n);
  // (a backed group the resolver left unmarked is still a party, uncoded: "an Iranian-backed militia
  // that killed a contractor" had been Iran's act)
  const named = found ?? (backedFrom >= 0 ? unknownRef(g, i) : null);
  const a = named && namesAnAccord(g, named) ? null : named;
  // a counterpart holds the possessor's office in the country the noun names: "his Russian
  // counterpart" of a minister (XXXGOV) is RUSGOV
  if (counterpart && a && /^[A-Z]{3}$/.test(a.code)) {
    const poss = childrenBy(g, i, /^nmod:poss$/)[0];
    const of = poss ? cx.actorIn(poss.start, poss.end, poss) : null;
    if (of && of.code.length === 6 && of.code.slice(0, 3) !== a.code)
      return copyRef(a, `${a.code}${of.code.slice(3)}`);
  }
  // "the people of Scotland", "the Iranian people": a country's people are its civilians (XXXCVL),
  // not the state
  if (a && n.upos === "NOUN" && PEOPLE_NOUN.test(n.lower) && /^[A-Z]{3}$/.test(a.code) && a.start !== n.start)
    return copyRef(a, `${a.code}CVL`);
  // "a Danish trade surplus that narrowed", "Chilean copper exports fell": an actor that only
  // modifies a measure of the economy is not the one acting (as a target it is: "sanctions on
  // imports of Japanese chips" are against Japan)
  if (
    a &&
    asSubject &&
    n.upos === "NOUN" &&
    ECONOMIC_MEASURE.test(n.lemma) &&
    (a.start > n.start || a.end < n.end)
  )
    return null;
  return a;
}

/** Participles that name a party's patron when a name is glued to them ("Iranian-backed"). */
const BACKING = /^(back|support|sponsor|fund|finance|arm|train|equip|bankroll)$/;

/**
 * A participle of backing with the backer's name glued to it by a hyphen ("Iranian-backed"), or that
 * name: either way a modifier, whatever the parse or the chunks hang it on.
 */
function backerModifier(g: Graph, x: number): boolean {
  if (g.nodes[x].deprel === "root") return false;
  return backingGlued(g, x) || (g.nodes[x + 1]?.text === "-" && backingGlued(g, x + 2));
}

function backingGlued(g: Graph, x: number): boolean {
  const n = g.nodes[x];
  if (!n || !BACKING.test(n.lemma) || !/ed$/.test(n.lower)) return false;
  const dash = g.nodes[x - 1];
  return !!dash && dash.text === "-" && dash.start === g.nodes[x - 2]?.end && dash.end === n.start;
}

/** Nouns for a pact named after the city where it was made ("the Paris climate accord"). */
const ACCORD_NOUNS = /^(agreement|accord|accords|deal|pact|protocol|convention|treaty|agreements)$/;

/**
 * "withdrew from the Paris climate accord", "the Minsk agreements": a capital that stands for its
 * government (XXXGOV) in a compound naming a pact is where the pact was made, no party to the act.
 */
export function namesAnAccord(g: Graph, a: ActorRef): boolean {
  if (!/^[A-Z]{3}GOV$/.test(a.code)) return false;
  let x = mentionHead(g, a);
  if (x?.upos !== "PROPN") return false;
  for (let steps = 0; steps < 4 && x.deprel === "compound" && x.head >= 0; steps++) {
    x = g.nodes[x.head];
    if (ACCORD_NOUNS.test(x.lower)) return true;
  }
  return false;
}

/** The node of an actor's mention whose head lies outside the mention. */
export function mentionHead(g: Graph, a: ActorRef): GNode | undefined {
  const inside = g.nodes.filter((x) => x.start >= a.start && x.end <= a.end);
  return inside.find((x) => x.head < 0 || !inside.some((k) => k.i === x.head));
}

/** An uncoded actor for a noun phrase the resolver left unmarked ("the farmers", "779 people"). */
export function unknownRef(g: Graph, i: number): ActorRef | null {
  const n = g.nodes[i];
  if (n.upos !== "NOUN" && n.upos !== "PROPN") return null;
  if (!UNKNOWN_ACTOR_NOUN.test(n.lemma) && n.upos !== "PROPN") return null;
  return actorRef(n.start, n.end, n.text, "---", null);
}

/**
 * Is the actor named as where something happens: right after a place preposition ("in Syria"), inside
 * a place phrase's noun phrase ("in the port of Aden, the largest city of the south"), or the second
 * part of "in Benghazi, Libya"?
 */
export function locative(g: Graph, a: ActorRef): boolean {
  if (namesAnAccord(g, a)) return true;
  const at = g.nodes.findIndex((x) => x.start >= a.start);
  let k = at - 1;
  // ("in Benghazi, Libya, that ...": the state after a city and its comma)
  if (k >= 1 && g.nodes[k].text === "," && g.nodes[k - 1].upos === "PROPN") {
    k -= 2;
    while (k >= 0 && g.nodes[k].upos === "PROPN" && g.nodes[k].deprel === "flat") k--;
  }
  if (k >= 0 && g.nodes[k].upos === "DET") k--;
  if (k >= 0 && g.nodes[k].upos === "ADP" && LOCATIVE_PREPS.has(g.nodes[k].lower)) return true;
  let x = at;
  for (let steps = 0; x >= 0 && steps < 5; steps++) {
    const n = g.nodes[x];
    if (!/^(nmod|appos|flat|compound|conj)$/.test(n.deprel) || n.head < 0) break;
    // (through "of" only: "raids on the border posts" in "a role in raids" is no place)
    const own = n.deprel === "nmod" ? caseOf(g, x) : null;
    if (own && own !== "of") break;
    x = n.head;
    const p = caseOf(g, x);
    if (p && LOCATIVE_PREPS.has(p)) return true;
  }
  return false;
}

/** Nouns for a place whose name follows them after "of" or in apposition ("the town of Arvo"). */
const PLACE_NOUNS =
  /^(town|city|village|region|province|state|area|district|neighborhood|neighbourhood|camp|island|capital|port|county|suburb|outskirts|enclave|municipality|governorate|hamlet)s?$/;

/** "the town of Arvo", "the village, Tura": a name the place noun before it spells out. */
function spelledOutPlace(g: Graph, n: GNode): boolean {
  let k = n;
  while (/^(flat|compound)$/.test(k.deprel) && k.head >= 0) k = g.nodes[k.head];
  if (k.head < 0) return false;
  const up = g.nodes[k.head];
  return (
    ((k.deprel === "nmod" && caseOf(g, k.i) === "of") || k.deprel === "appos") &&
    up.upos === "NOUN" &&
    PLACE_NOUNS.test(up.lemma)
  );
}

/** The "by" phrases of a passive verb: its agents ("seized by Iran"). */
function byAgents(g: Graph, v: number): number[] {
  return childrenBy(g, v, /^(obl|obl:agent)$/)
    .filter((o) => caseOf(g, o.i) === "by")
    .map((o) => o.i);
}

const RELATIVE = /^(who|which|that)$/;
const NO_ONE_NEARBY =
  /^(who|that|which|some|those|others|many|most|few|several|none|any|anyone|anybody|someone|somebody|everyone|everybody|nobody)$/;

/**
 * "some are questioning ...", "those who killed ...", "reforms that provide ...", "an employee who
 * spoke ...": a subject pronoun that names no actor by itself, so no actor near it is the doer (had a
 * relative pronoun's noun been an actor, it would have been found). Not "a drone strike that killed",
 * "a bill that imposes sanctions": an act or a document is done by a party named around it.
 */
export function pronounNamesNoOne(lex: Lexicon, g: Graph, i: number): boolean {
  const p = g.nodes[i];
  if (!NO_ONE_NEARBY.test(p.lower)) return false;
  if (!RELATIVE.test(p.lower)) return true;
  // the noun just before the pronoun, and the one the parse hangs its clause on ("a drone strike in
  // early January that killed ...")
  let k = i - 1;
  while (k > 0 && /^(ADV|PUNCT)$/.test(g.nodes[k].upos)) k--;
  const clause = g.nodes[p.head];
  const nouns = [g.nodes[k], clause?.deprel === "acl:relcl" ? g.nodes[clause.head] : undefined];
  return !nouns.some(
    (noun) =>
      noun?.upos === "NOUN" &&
      (DOCUMENT_NOUNS.test(noun.lemma) ||
        LAWS.test(noun.lemma) ||
        entriesFor(lex, noun.lemma, "noun").length > 0),
  );
}
const LAWS = /^(measure|legislation|amendment|proposal)$/;
const LEADS_TO =
  /^(lead|prompt|cause|drive|spur|push|compel|force|allow|enable|encourage|persuade|convince|inspire)$/;
/**
 * Verbs of pressing, helping, permitting, telling and expecting: "pressured Vosk to stop firing",
 * "helped Vale pay", "wanted the US to lift sanctions": the one pressed or helped acts, when it is a
 * party ("needs time to rally the troops", "told some white lies to defend him": the subject acts).
 */
const ASKS_OF =
  /^(pressure|lobby|help|permit|require|authorize|authorise|empower|induce|incite|provoke|tell|instruct|need|expect|want|get)$/;

/**
 * The source when the parse gives the predicate no subject actor: the nearest actor before the verb
 * that stands as a subject would (not inside a prepositional phrase, not a possessor), else the
 * subject noun phrase itself as an uncoded actor. Wrong attachments are common in long news
 * sentences, so the whole sentence is searched, not only the verb's subtree.
 */
export function fallbackSource(
  cx: CoderContext,
  g: Graph,
  v: number,
  subjNodes: number[],
  targets: ActorRef[],
): ActorRef[] {
  const subjNode = subjNodes[0];
  // "reforms that provide families with ...", "a former employee who spoke ...", "some are questioning
  // his credibility": a relative pronoun (whose noun, had it been an actor, would have been found)
  // or a pronoun that names no one is no one the nearest actor could be
  if (subjNode !== undefined && pronounNamesNoOne(cx.lex, g, subjNode)) {
    const rel = g.nodes[subjNode];
    if (!RELATIVE.test(rel.lower) || rel.i === 0) return [];
    // ("the Islamic State, which is threatening ...", its clause misattached: the actor right before
    // the relative pronoun is still the one it stands for; not one inside a phrase of its own, "a
    // rancher in southern Arizona who has denounced ...", unless a comma sets the clause off; "Tiegan,
    // a contractor who fought ...": the actor an appositive noun names)
    const comma = g.nodes[rel.i - 1].text === ",";
    const before = comma ? g.nodes[rel.i - 2] : g.nodes[rel.i - 1];
    if (!before) return [];
    const actors = cx.sentenceActors();
    const at = (k: GNode) => actors.filter((a) => a.start <= k.start && a.end >= k.end);
    // (not a place: "the attack in Benghazi, Libya, that killed four Americans")
    const own = at(before).filter((a) => {
      const first = g.nodes.find((x) => x.start >= a.start);
      if (locative(g, a)) return false;
      // (nor a name a place noun spells out: "an airstrike hit the town of Arvo, which killed ...")
      const h = mentionHead(g, a);
      if (rel.lower !== "who" && h && spelledOutPlace(g, h)) return false;
      return comma || !first || first.i === 0 || g.nodes[first.i - 1].upos !== "ADP";
    });
    if (own.length) return own.slice(0, 1);
    const clause = g.nodes[rel.head];
    const noun = clause?.deprel === "acl:relcl" ? g.nodes[clause.head] : before;
    return noun?.deprel === "appos" && noun.head >= 0 ? at(g.nodes[noun.head]).slice(0, 1) : [];
  }
  if (subjNode !== undefined && g.nodes[subjNode].upos === "NOUN") {
    const u = unknownRef(g, subjNode);
    if (u) return [u];
    // "vows to launch a strike": the noun's infinitive takes the source of the clause around it
    const nounFrame = g.nodes[v].deprel === "acl" && g.nodes[v].head === subjNode;
    if (!nounFrame || !frameOf(cx, g.nodes[subjNode])) return [];
  }
  const n = g.nodes[v];
  // '"We are investigating," police said': a first-person subject inside a quotation is its speaker
  if (subjNode !== undefined && FIRST_PERSON.test(g.nodes[subjNode].lower) && cx.speakerAt) {
    const sp = cx.speakerAt(g.nodes[subjNode].start);
    if (sp) return [sp];
  }
  // "the ministry said it was investigating": an unresolved pronoun in a reported clause is the
  // reporting clause's subject
  // (not "you", whom the speaker addresses)
  if (
    subjNode !== undefined &&
    g.nodes[subjNode].upos === "PRON" &&
    !SECOND_PERSON.test(g.nodes[subjNode].lower) &&
    n.deprel === "ccomp" &&
    n.head >= 0
  ) {
    const up = subjectOf(cx, g, n.head);
    const actors = up.passive ? [] : up.nodes.flatMap((k) => actorsOf(cx, g, k));
    if (actors.length) return actors.slice(0, 1);
  }
  const nodeAt = (pos: number) => g.nodes.find((x) => x.start >= pos);
  const speakers = speakersAbove(g, v);
  const before = cx.sentenceActors().filter((a) => {
    if (a.end > n.start || targets.some((t) => t.start === a.start)) return false;
    // ("Jones said that Covid is killing ...": whoever reports the act is not its doer)
    if (speakers.has(mentionHead(g, a)?.i ?? -1)) return false;
    const first = nodeAt(a.start);
    const prev = first && first.i > 0 ? g.nodes[first.i - 1] : null;
    if (prev && prev.upos === "ADP") return false;
    const after = g.nodes.find((x) => x.start >= a.end);
    if (after && /^['’]s?$/.test(after.text)) return false;
    return true;
  });
  return before.length ? [before[before.length - 1]] : [];
}

/** "is to blame", "were partly to blame": a form of "be" with "to blame" and no object. */
export function toBlame(g: Graph, v: number): boolean {
  const n = g.nodes[v];
  if (n.lemma !== "blame" || childrenBy(g, v, /^obj$/).length) return false;
  const kids = g.kids[v].map((k) => g.nodes[k]);
  return (
    kids.some((k) => k.deprel === "mark" && k.lower === "to") &&
    (kids.some((k) => /^(aux|cop)$/.test(k.deprel) && k.lemma === "be") ||
      (n.head >= 0 && g.nodes[n.head].lemma === "be" && n.deprel === "xcomp"))
  );
}

/**
 * The words of the subjects of the verbs of saying whose reported clause v sits in, when that
 * clause has a subject of its own that is no pronoun, or is "you": "Jones said that the push is
 * linked to the belief that Covid is killing ...". (Not "Obama said he would be willing to
 * negotiate", where the pronoun may be the speaker, nor "Pence said after meeting ...", no report.)
 */
function speakersAbove(g: Graph, v: number): Set<number> {
  const out = new Set<number>();
  let child = v;
  for (let k = g.nodes[v].head, steps = 0; k >= 0 && steps < 8; child = k, k = g.nodes[k].head, steps++) {
    if (!SAY_VERBS.has(g.nodes[k].lemma) || !/^(ccomp|parataxis)$/.test(g.nodes[child].deprel)) continue;
    const own = childrenBy(g, child, /^nsubj(:pass)?$/);
    if (!own.length || own.some((s) => s.upos === "PRON" && !SECOND_PERSON.test(s.lower))) continue;
    for (const s of childrenBy(g, k, /^nsubj$/)) for (const w of subtree(g, s.i)) out.add(w);
  }
  return out;
}

/** "'s" as an auxiliary before a participle with an object: "has" ("He's criticized the plan"). */
const CONTRACTED_HAS = /^['’]s$/;

export function subjectOf(
  cx: CoderContext,
  g: Graph,
  v: number,
  depth = 0,
): { nodes: number[]; passive: boolean; agent: number[] } {
  // "Police in Lima arrested 90 people" misread as a noun with a modifier clause
  if (invertedModifier(g, v) !== null) return { nodes: [g.nodes[v].head], passive: false, agent: [] };
  const subjs = childrenBy(g, v, /^nsubj$/);
  if (subjs.length > 1) {
    // two subjects: a coordination the parse split ("X, and Trump held a call") or a misread
    // modifier ("Expressing unease at ..., Obama warned"); keep the ones that name an actor
    const named = subjs.filter(
      (k) => k.upos === "PROPN" || k.upos === "PRON" || cx.actorIn(k.start, k.end, k) !== null,
    );
    return { nodes: (named.length ? named : subjs.slice(0, 1)).map((k) => k.i), passive: false, agent: [] };
  }
  const subj = subjs[0];
  // "he is condemned often": a subject the parse labels active, of a verb with a passive auxiliary
  // and no object, is the passive's patient (the doer, if named, is the "by" phrase)
  // (also "Davis was refused public funding", "was offered dirt": a passive of a verb with two
  // objects, which keeps one, its "was" sometimes read as a copula)
  const vn0 = g.nodes[v];
  const hasObject = childrenBy(g, v, /^obj$/).length > 0;
  const passiveBe = hasObject
    ? vn0.upos === "VERB" &&
      PARTICIPLE_FORM.test(vn0.lower) &&
      // (not "'s" before a participle with an object: "He's criticized the plan" has criticized it)
      childrenBy(g, v, /^(aux:pass|cop)$/).some(
        (c) => c.lemma === "be" && c.i > (subj?.i ?? v) && !CONTRACTED_HAS.test(c.lower),
      )
    : childrenBy(g, v, /^aux:pass$/).length > 0;
  if (subj && passiveBe) return { nodes: [subj.i], passive: true, agent: byAgents(g, v) };
  // "Issa and other members were to blame for the campaign": who is to blame is blamed
  if (subj && toBlame(g, v)) return { nodes: [subj.i], passive: true, agent: [] };
  if (subj) return { nodes: [subj.i], passive: false, agent: [] };
  const pass = childrenBy(g, v, /^nsubj:pass$/)[0];
  // trust a passive subject only with a passive auxiliary or a participle form
  const vn = g.nodes[v];
  const participle =
    childrenBy(g, v, /^aux:pass$/).length > 0 || PARTICIPLE_FORM.test(vn.lower) || vn.upos === "ADJ";
  // ("Trump, however, has dismissed the committee": a perfect with an object and no passive "be" is
  // active, whatever the subject's label)
  // (nor "He's criticized the plan", whose "'s" is "has")
  const passAux = childrenBy(g, v, /^aux:pass$/);
  const perfectWithObject =
    hasObject &&
    (passAux.length
      ? passAux.every((a) => CONTRACTED_HAS.test(a.lower))
      : childrenBy(g, v, /^aux$/).some((a) => a.lemma === "have"));
  if (pass && (!participle || perfectWithObject)) return { nodes: [pass.i], passive: false, agent: [] };
  if (pass) {
    return { nodes: [pass.i], passive: true, agent: byAgents(g, v) };
  }
  const n = g.nodes[v];
  // "Minah, sacked after the coup, has been detained": a passive main verb whose subject the parse
  // lost is still a passive (its patient is found by the caller, not taken for the doer)
  if (n.head < 0 && childrenBy(g, v, /^aux:pass$/).length) {
    return { nodes: [], passive: true, agent: byAgents(g, v) };
  }
  if (depth > 6 || n.head < 0) return { nodes: [], passive: false, agent: [] };
  const rel = n.deprel;
  if (rel === "xcomp" || rel === "conj" || rel === "advcl" || rel === "ccomp") {
    const parent = n.head;
    const pf = frameIn(cx, g, g.nodes[parent]);
    const infinitive = rel === "advcl" && childrenBy(g, v, /^mark$/).some((m) => m.lower === "to");
    // ("developments which led Washington to impose sanctions", "the raid prompted Arland to recall its
    // envoy": who is led or prompted to act acts)
    if (
      (rel === "xcomp" || infinitive) &&
      (pf === "appeal" ||
        pf === "demand" ||
        LEADS_TO.test(g.nodes[parent].lemma) ||
        ASKS_OF.test(g.nodes[parent].lemma))
    ) {
      let o: GNode | undefined = childrenBy(g, parent, /^(obj|iobj)$/)[0];
      const party = (x: GNode) =>
        actorsOf(cx, g, x.i).length > 0 || /^(PRON|PROPN)$/.test(x.upos) || UNKNOWN_ACTOR_NOUN.test(x.lemma);
      if (o && !pf && !LEADS_TO.test(g.nodes[parent].lemma) && !party(o)) o = undefined;
      // ("expect Vale to be vilified": the one expected to undergo the act is acted on)
      if (o && childrenBy(g, v, /^aux:pass$/).length)
        return { nodes: [o.i], passive: true, agent: byAgents(g, v) };
      if (o) return { nodes: [o.i], passive: false, agent: [] };
    }
    // ("said the ship 'was seized by Iran'" with the ship read as the object of "said": still a
    // passive, whose agent is the doer)
    if (rel === "ccomp")
      return childrenBy(g, v, /^aux:pass$/).length
        ? { nodes: [], passive: true, agent: byAgents(g, v) }
        : { nodes: [], passive: false, agent: [] };
    // "accused Russia of shelling", "praised Japan for sending": the object of the governing verb
    // is the one who does what the gerund says
    if (
      rel === "advcl" &&
      n.lower.endsWith("ing") &&
      childrenBy(g, v, /^(mark|case)$/).some((m) => m.lower === "of" || m.lower === "for")
    ) {
      const o = childrenBy(g, parent, /^obj$/)[0];
      if (o) return { nodes: [o.i], passive: false, agent: [] };
    }
    // "accused Vosk's troops of crossing the border and attacking a post": a gerund the parse joins to
    // the accusing verb continues the accused's alleged deeds
    if (
      rel === "conj" &&
      n.lower.endsWith("ing") &&
      ACCUSE_VERBS.has(g.nodes[parent].lemma) &&
      !childrenBy(g, v, /^(nsubj|aux)/).length
    ) {
      const o = childrenBy(g, parent, /^obj$/)[0];
      const ofGerund = (k: number) =>
        g.nodes[k].lower.endsWith("ing") &&
        childrenBy(g, k, /^(mark|case)$/).some((m) => m.lower === "of" || m.lower === "for");
      if (o && g.nodes.some((x) => x.i > o.i && x.i < v && ofGerund(x.i)))
        return { nodes: [o.i], passive: false, agent: [] };
    }
    // "claimed that Arland's troops started the fire, accusing Arland of ...": a participle of
    // speech hung on a reported clause is the speaker's, not the reported clause subject's
    if (
      rel === "advcl" &&
      n.lower.endsWith("ing") &&
      g.nodes[v - 1]?.text === "," &&
      !childrenBy(g, v, /^(mark|nsubj)$/).length &&
      (ACCUSE_VERBS.has(n.lemma) || SPEECH_PARTICIPLES.has(n.lemma))
    ) {
      const p = g.nodes[parent];
      const speaker = p.head >= 0 ? g.nodes[p.head] : null;
      if (
        speaker &&
        /^(ccomp|advcl)$/.test(p.deprel) &&
        (SAY_VERBS.has(speaker.lemma) || /^(claim|allege|report|assert)$/.test(speaker.lemma))
      )
        return subjectOf(cx, g, speaker.i, depth + 1);
    }
    const reduced = reducedPassiveNoun(g, v);
    if (reduced !== null) return { nodes: [reduced], passive: true, agent: byAgents(g, v) };
    const up = subjectOf(cx, g, parent, depth + 1);
    // "came near the motorcade before being apprehended", "was detained and later charged": a
    // passive form with no subject of its own acts on the subject it shares
    // (a conjunct only with its "and": the chunk reading links verbs it cannot place as conjuncts)
    if (
      childrenBy(g, v, /^aux:pass$/).length &&
      childrenBy(g, v, rel === "conj" ? /^cc$/ : /^mark$/).length &&
      (rel === "advcl" || rel === "conj")
    ) {
      return { nodes: up.nodes, passive: true, agent: byAgents(g, v) };
    }
    // "walked across, escorted by border guards", "Backed by Arland's troops, the rebels ...": a bare
    // participle with a "by" agent is a passive whose patient is the subject it shares
    if (
      (rel === "advcl" || rel === "conj") &&
      PARTICIPLE_FORM.test(n.lower) &&
      !childrenBy(g, v, /^(aux|aux:pass|nsubj|nsubj:pass|obj)$/).length &&
      childrenBy(g, v, /^obl:agent$/).some((o) => caseOf(g, o.i) === "by")
    )
      return { nodes: up.nodes, passive: true, agent: byAgents(g, v) };
    // "is expected to be charged", "the latest figure to be ousted": a passive infinitive's shared
    // subject is its patient
    if (rel === "xcomp" && childrenBy(g, v, /^aux:pass$/).length)
      return { nodes: up.nodes, passive: true, agent: byAgents(g, v) };
    if (up.passive && rel !== "conj") return { nodes: up.nodes, passive: false, agent: [] };
    return up;
  }
  // "ducked responsibility for the messages ... by blaming CNN": a "by"-gerund hung on a noun is the
  // manner of the clause it sits in, done by that clause's subject
  if (
    rel === "acl" &&
    n.lower.endsWith("ing") &&
    childrenBy(g, v, /^(mark|case)$/).some((m) => m.lower === "by")
  ) {
    let k = n.head;
    for (let steps = 0; steps < 4 && k >= 0 && g.nodes[k].upos !== "VERB"; steps++) k = g.nodes[k].head;
    if (k >= 0 && g.nodes[k].upos === "VERB") return subjectOf(cx, g, k, depth + 1);
  }
  // "passed a resolution calling the killings genocide", "issued a statement condemning the raid":
  // what a document says, its author does
  if (rel === "acl" && n.lower.endsWith("ing") && n.head >= 0 && DOCUMENT_NOUNS.test(g.nodes[n.head].lemma)) {
    const doc = g.nodes[n.head];
    const own = childrenBy(g, doc.i, /^(nmod:poss|compound|amod)$/).flatMap((c) =>
      c.upos === "PROPN" || c.upos === "PRON" || c.upos === "ADJ" ? actorsOf(cx, g, c.i) : [],
    );
    // ("Iran's statement condemning ...": the document names its author)
    if (own.length) return { nodes: [doc.i], passive: false, agent: [] };
    if (/^(obj|obl)$/.test(doc.deprel) && doc.head >= 0 && g.nodes[doc.head].upos === "VERB") {
      const up = subjectOf(cx, g, doc.head, depth + 1);
      if (!up.passive) return up;
    }
  }
  if (rel === "acl" || rel === "acl:relcl") {
    // "vessels seized by Iran": a participle with a by-agent is a reduced passive
    const agent = byAgents(g, v);
    if (rel === "acl" && agent.length && PARTICIPLE_FORM.test(n.lower))
      return { nodes: [n.head], passive: true, agent };
    // "the agreement struck in Geneva": a bare participle's noun is what was acted on
    const mark = childrenBy(g, v, /^(mark|aux|aux:pass)$/).length > 0;
    if (
      rel === "acl" &&
      !mark &&
      n.upos === "VERB" &&
      (PARTICIPLE_FORM.test(n.lower) || PARTICIPLES.has(n.lower))
    )
      return { nodes: [n.head], passive: true, agent: [] };
    return { nodes: [n.head], passive: false, agent: [] };
  }
  return { nodes: [], passive: false, agent: [] };
}

/** The preposition of an oblique that aims at its noun: "into" of "an inquiry into whether ...". */
function aimingPrep(p: string): string {
  const w = p.split(" ");
  return w.length === 2 && /^(whether|if|how|why)$/.test(w[1]) ? w[0] : w[w.length - 1];
}

// "spied on behalf of Russia", "fired on the orders of the president", "acted at the request of the
// governor": whoever an act is done for or at the word of is not the one it is aimed at
const MANDATE_NOUNS = new Set([
  "behalf",
  "order",
  "orders",
  "behest",
  "request",
  "instruction",
  "direction",
  "urging",
]);

/** Is node `i` inside a phrase naming whom an act is done for or at the word of ("on behalf of X")? */
export function inMandatePhrase(g: Graph, i: number): boolean {
  for (let k = i, up = 0; k >= 0 && up < 4; k = g.nodes[k].head, up++) {
    const n = g.nodes[k];
    if (MANDATE_NOUNS.has(n.lemma) && /^(obl|nmod)/.test(n.deprel)) return true;
    if (n.upos === "VERB") return false;
  }
  return false;
}

export function targetsFor(
  cx: CoderContext,
  g: Graph,
  v: number,
  e: LexEntry,
  exclude: Set<number>,
): ActorRef[] {
  // "two envoys, whom Vosk turned away at the border": an object "whom", however the parse hangs
  // its clause, stands for the noun before it and is the one acted on
  for (const w of childrenBy(g, v, /^(obj|iobj|obl|dep)$/)) {
    if (w.lower !== "whom" || exclude.has(w.i) || caseOf(g, w.i)) continue;
    const a = actorsOf(cx, g, w.i);
    if (a.length) return a;
  }
  const obl = obliques(g, v);
  // (not the doer itself: "blaming the unions ... on her letters" with her phrase hung on the verb;
  // its actors are looked up once, when a phrase with a wanted preposition holds an actor)
  let selves: ActorRef[] | null = null;
  for (const want of e.preps) {
    for (const [p, o] of obl) {
      if (aimingPrep(p) !== want || exclude.has(o) || MANDATE_NOUNS.has(g.nodes[o].lemma)) continue;
      const found = actorsOf(cx, g, o);
      if (!found.length) continue;
      selves ??= [...exclude].flatMap((k) => actorsOf(cx, g, k));
      const doers = selves;
      const a = found.filter((x) => !doers.some((y) => sameParty(y, x)));
      if (a.length) return a;
    }
  }
  // "the closure of the Peruvian consulate": an entry that requires "of_consulate" acts on that noun
  // (not an accusation's: "accused Vosk of an attack on Arland" is aimed at Vosk, not at Arland;
  // nor a "with" phrase, the thing handed over or used: "supplied Vosk with drones", "hit with tariffs")
  for (const [p, o] of obl) {
    if (exclude.has(o) || e.code.startsWith("11")) continue;
    const last = lastWord(p);
    if (last === "with") continue;
    if (!lemmaForms(g.nodes[o]).some((f) => e.objects.includes(`${last}_${f}`))) continue;
    const a = actorsOf(cx, g, o);
    if (a.length) return a;
  }
  const rel = relativeObject(g, v);
  if (rel !== null && !exclude.has(rel)) {
    const a = actorsOf(cx, g, rel);
    if (a.length) return a;
  }

  for (const o of childrenBy(g, v, /^(obj|iobj)$/)) {
    if (exclude.has(o.i) || firedWeapon(g, v, o)) continue;
    const a = actorsOf(cx, g, o.i);
    if (a.length) return a;
  }
  const inverted = invertedModifier(g, v);
  if (inverted !== null && !exclude.has(inverted)) {
    const a = actorsOf(cx, g, inverted);
    if (a.length) return a;
  }
  if (childrenBy(g, v, /^(obj|iobj)$/).length === 0) {
    for (const { verb, obj } of conjunctObjects(g, v)) {
      if (firedWeapon(g, verb, obj)) continue;
      const a = actorsOf(cx, g, obj.i);
      if (a.length) return a;
    }
  }
  return [];
}

/**
 * "attacked and destroyed an oil platform", "captured and deported him": a verb with no object of its
 * own shares the objects of the verbs joined to it that have no subject of their own (each with its verb).
 */
export function conjunctObjects(g: Graph, v: number): Array<{ verb: number; obj: GNode }> {
  return childrenBy(g, v, /^conj$/)
    .filter((c) => c.upos === "VERB" && !childrenBy(g, c.i, /^nsubj/).length)
    .flatMap((c) => childrenBy(g, c.i, /^obj$/).map((obj) => ({ verb: c.i, obj })));
}

/**
 * "fired two missiles into the sea", "launched drones at the port": what a verb of firing sends off
 * is its instrument, not its target (a party it is aimed at is named by a preposition).
 */
export function firedWeapon(g: Graph, v: number, o: GNode): boolean {
  // (a drone "shot down" is the one hit)
  if (childrenBy(g, v, /^compound:prt$/).some((p) => p.lower === "down")) return false;
  return FIRE_VERBS.test(g.nodes[v].lemma) && (FIRED.test(o.lemma) || FIRED.test(o.lower));
}

/** Both coordinated subjects act on each other when the act is mutual and names no other party. */
export function reciprocal(
  g: Graph,
  subjNodes: number[],
  sources: ActorRef[],
  targets: ActorRef[],
  mutual: boolean,
) {
  return (
    mutual &&
    sources.length >= 2 &&
    // (a target that is one of the pair itself names no third party: "Japan and the United States
    // will hold talks on U.S. beef")
    targets.every((t) => sources.some((s) => s.code === t.code && s.code !== "---")) &&
    subjNodes.length >= 1 &&
    !GROUP_SUBJ.test(g.nodes[subjNodes[0]].lower)
  );
}

/**
 * The doer of a nominal event named by the verb that governs it: the accused of "blamed Israel for
 * airstrikes" / "accused Russia of the attack", the claimant of "claimed responsibility for the
 * kidnapping". Empty when no such verb governs the noun.
 */
export function doerFromGoverning(cx: CoderContext, g: Graph, n: GNode): ActorRef[] {
  const prep = caseOf(g, n.i);
  if (n.head < 0 || (prep !== "for" && prep !== "of")) return [];
  let h = g.nodes[n.head];
  if (ACCUSE_VERBS.has(h.lemma) && h.upos === "VERB") {
    const o = childrenBy(g, h.i, /^obj$/)[0];
    return o ? actorsOf(cx, g, o.i) : [];
  }
  if (prep !== "for") return [];
  // "responsibility for the kidnapping": climb from the noun to the verb that claims it
  if (/^(responsibility|credit)$/.test(h.lemma) && h.head >= 0) h = g.nodes[h.head];
  else if (!childrenBy(g, h.i, /^obj$/).some((o) => /^(responsibility|credit)$/.test(o.lemma))) return [];
  if (!CLAIM_VERBS.has(h.lemma) || h.upos !== "VERB" || negatedAt(g, h.i)) return [];
  const up = subjectOf(cx, g, h.i);
  return up.passive ? [] : up.nodes.flatMap((k) => actorsOf(cx, g, k));
}

/**
 * The party a condition on an act names: "will lift sanctions if Tehran returns to the table", "no
 * curbs will ease until Vosk frees the crew". The subject of an "if"/"unless"/"until"/"once" clause
 * on the verb, or the actor of an "until" phrase the parse makes of it.
 */
export function conditionParty(cx: CoderContext, g: Graph, v: number): ActorRef[] {
  for (const c of childrenBy(g, v, /^(advcl|ccomp|obl)$/)) {
    const marks = childrenBy(g, c.i, /^(mark|case)$/).map((m) => m.lower);
    if (!marks.some((m) => /^(if|unless|until|once)$/.test(m))) continue;
    if (c.deprel === "obl") {
      const a = actorsOf(cx, g, c.i);
      if (a.length) return a;
      continue;
    }
    const sub = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
    const a = sub ? actorsOf(cx, g, sub.i) : [];
    if (a.length) return a;
  }
  return [];
}

/**
 * The party a participle clause's act shares with the clause it hangs on: "spoke to Poroshenko,
 * offering condolences", "rejected the House's recognition, warning it risks ties". The object or
 * "to"/"with" phrase actor of the governing verb, for a bare "-ing" adverbial clause with no
 * subject or marker of its own.
 */
export function sharedTarget(cx: CoderContext, g: Graph, v: number): ActorRef[] {
  const n = g.nodes[v];
  if (n.deprel !== "advcl" || n.head < 0 || childrenBy(g, v, /^(nsubj|nsubj:pass|aux|case)$/).length)
    return [];
  // a bare "-ing" clause (a purpose infinitive was tried: "stand with X to defend rights" shares
  // nothing with X)
  if (!n.lower.endsWith("ing") || childrenBy(g, v, /^mark$/).length) return [];
  // (after the clause it hangs on: "Speaking at the lectern, Miller clashed with X" aims nothing at X)
  if (v < n.head) return [];
  const h = g.nodes[n.head];
  if (h.upos !== "VERB") return [];
  for (const o of childrenBy(g, h.i, /^(obj|iobj)$/)) {
    const a = actorsOf(cx, g, o.i);
    if (a.length) return a;
  }
  for (const o of childrenBy(g, h.i, /^obl$/)) {
    if (!/^(to|with)$/.test(caseOf(g, o.i) ?? "")) continue;
    const a = actorsOf(cx, g, o.i);
    if (a.length) return a;
  }
  return [];
}
