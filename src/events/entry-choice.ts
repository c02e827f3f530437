// Choosing among the lexicon's entries for a word: by its objects and particles, and by sense for the
// words whose reading depends on the sentence ("strike", "kill", attack nouns).

import type { ActorRef, CoderContext } from "./coder-types.js";
import { childrenBy, copyNode, type GNode, type Graph } from "./graph.js";
import { entriesFor, type LexEntry } from "./lexicon.js";
import { civilian } from "./parties.js";
import {
  caseOf,
  extraBefore,
  lastWord,
  lemmaForms,
  obliques,
  particleOf,
  reducedPassiveNoun,
} from "./syntax.js";
import {
  LABOUR_WORDS,
  MASS_WORDS,
  MET_NOT_A_PARTY,
  OFFERED_WORDS,
  PROTECTED_THINGS,
  PROVIDED_NOT_AID,
  QUANTITY,
  RELATIVE_PRON,
  RELEASED_PEOPLE,
  RELEASED_TEXT,
  STRIKE_KINDS,
} from "./words.js";

export function objectsMatch(g: Graph, v: number, e: LexEntry): boolean {
  if (e.objects.length === 0) return true;
  const words = objectWords(g, v);
  return e.objects.some((o) => words.has(o));
}

// a predicate's entries are tried one by one, and most of those with objects fail: the words they could
// match are gathered once per predicate and kept with the graph
function objectWords(g: Graph, v: number): ReadonlySet<string> {
  let words = g.memo.objectWords.get(v);
  if (!words) {
    words = collectObjectWords(g, v);
    g.memo.objectWords.set(v, words);
  }
  return words;
}

/** Every word an entry's required object may be for predicate v: its objects and object-like phrases. */
function collectObjectWords(g: Graph, v: number): Set<string> {
  const words = new Set<string>();
  const objs = childrenBy(g, v, /^(obj|iobj|nsubj:pass|xcomp|advmod|obl)$/);
  // "the state of emergency declared by the governor", "sanctions imposed on Iran": a bare participle
  // acts on the noun it modifies
  const n = g.nodes[v];
  if (
    n.deprel === "acl" &&
    n.head >= 0 &&
    n.upos === "VERB" &&
    /(ed|en|wn)$/.test(n.lower) &&
    !childrenBy(g, v, /^(mark|aux|aux:pass|nsubj|obj)$/).length
  ) {
    // (a copy of the nodes' own shape, as every node the coder reads: see copyNode)
    const head = copyNode(g.nodes[n.head]);
    head.deprel = "obj";
    objs.push(head);
  }
  for (const o of objs) {
    if (o.deprel === "obl" || o.deprel === "xcomp") continue;
    addForms(words, "", o);
    // compounds: "peace talks", "chemical weapons" -> also "chemical_weapons"
    addModifiers(words, g, o);
    // "thousands of troops", "canisters of tear gas", "$255 million in aid": the measured noun counts
    if (o.upos === "NUM" || QUANTITY.test(o.lemma) || o.text === "$") {
      for (const m of childrenBy(g, o.i, /^(nmod|obl)$/)) {
        addForms(words, "", m);
        addModifiers(words, g, m);
      }
    }
  }
  // a misparse may hang the object elsewhere ("expelled two Cuban diplomats after ..."): the noun
  // that closes the phrase right after the verb stands in for it
  if (!objs.some((o) => o.deprel === "obj")) {
    for (let k = v + 1; k < Math.min(g.nodes.length, v + 6); k++) {
      const x = g.nodes[k];
      if (x.upos === "DET" || x.upos === "NUM" || x.upos === "ADJ" || x.upos === "ADV") continue;
      if (x.upos === "NOUN" && !(g.nodes[k + 1]?.upos === "NOUN")) {
        addForms(words, "", x);
        break;
      }
      if (x.upos !== "NOUN" && x.upos !== "PROPN") break;
    }
  }
  // "engage in dialogue" read with "in" as a particle
  const prt = particleOf(g, v);
  if (prt) for (const o of objs) addForms(words, `${prt.lower}_`, o);
  for (const [p, o] of obliques(g, v)) addForms(words, `${lastWord(p)}_`, g.nodes[o]);
  return words;
}

/** The node's lemma and written form, after a prefix ("in_" for "in dialogue"). */
function addForms(words: Set<string>, prefix: string, n: GNode): void {
  for (const f of lemmaForms(n)) words.add(prefix + f);
}

/** A noun's compound and adjective modifiers: "chemical_weapons" and "chemical". */
function addModifiers(words: Set<string>, g: Graph, n: GNode): void {
  for (const m of childrenBy(g, n.i, /^(compound|amod)$/)) words.add(`${m.lower}_${n.lower}`).add(m.lemma);
}

/**
 * "backed out of the race": when the lexicon knows the verb with its particle, the bare verb's senses
 * do not apply to it, even if none of the phrasal verb's own lines fits.
 */
export function phrasalKnown(g: Graph, v: number, entries: LexEntry[]): boolean {
  const prt = particleOf(g, v);
  return !!prt && entries.some((e) => e.kind !== "noun" && e.extra.join(" ") === prt.lower);
}

/** Picks the most specific entry of `entries` for predicate v; null when none applies. */
export function pick(g: Graph, v: number, entries: LexEntry[]): LexEntry | null {
  const prt = particleOf(g, v);
  const vObl = obliques(g, v);
  const obl = vObl.map(([p]) => lastWord(p));
  // a required preposition must head a noun phrase ("go to Paris", not "going to make")
  const nominalObl = vObl
    .filter(([, o]) => /^(NOUN|PROPN|PRON|NUM)$/.test(g.nodes[o].upos))
    .map(([p]) => lastWord(p));
  const phrasal = phrasalKnown(g, v, entries);
  let best: LexEntry | null = null;
  let bestScore = -1;
  for (const e of entries) {
    if (phrasal && e.kind !== "noun" && e.extra.length === 0) continue;
    if (e.extra.length > 0 && e.kind === "noun") {
      if (!extraBefore(g, v, e)) continue;
    } else if (e.extra.length > 0) {
      const want = e.extra.join(" ");
      const next = g.nodes[v + 1];
      if (!(prt && prt.lower === want) && !(next && next.lower === want)) continue;
    }
    if (!objectsMatch(g, v, e)) continue;
    if (e.prepRequired && !e.preps.some((p) => nominalObl.includes(p))) continue;
    let score = 0;
    if (e.objects.length) score += 4;
    // "joint missile test" over "missile test": every further word before the head narrows the sense
    if (e.extra.length) score += 3 + (e.extra.length - 1);
    // "detained off Crimea": a "particle" right before a name is a preposition the parse misread
    else if (prt && !["up", "in", "on"].includes(prt.lower) && g.nodes[prt.i + 1]?.upos !== "PROPN")
      score -= 2;
    if (e.preps.some((p) => obl.includes(p))) score += 1;
    // an entry whose preposition is absent should not beat the plain entry ("warned that ...")
    else if (e.preps.length && e.objects.length === 0) score -= 0.5;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/**
 * "letters released by the family", "a video was released", "released photos of the suspects": what
 * is released is a text or a picture, not a person or property. The released thing may be the object
 * (or a noun compounded with it: "a statement cancelling business" parsed with "business" as object),
 * the passive subject or the noun the participle modifies; when the parse gives no object, the noun
 * phrase right after the verb ("released a grainy new film Sunday" in the chunk reading).
 */
export function releasesText(g: Graph, v: number): boolean {
  const text = (o: GNode) => RELEASED_TEXT.test(o.lemma) || RELEASED_TEXT.test(o.lower);
  const released = releasedThings(g, v);
  if (released.some((o) => text(o) || childrenBy(g, o.i, /^compound$/).some(text))) return true;
  return nounsAfter(g, v).some(text);
}

/**
 * "CBS News released its criteria", "the bill was first released", "released his taxes", "it needs to
 * be released to Congress": setting free (0841) is of people, and what is released here is a thing,
 * whatever actor a possessive or a "to" phrase offers as the target. True when the parse shows what
 * is released (a relative pronoun standing for its noun; a verb joined to another with no subject or
 * object of its own taking that verb's) and none of it is people: a person word, a pronoun for
 * people, a name, a number, or someone described as held.
 */
export function releasesNoPerson(g: Graph, v: number): boolean {
  const n = g.nodes[v];
  let released = releasedThings(g, v);
  // (a verb joined to another, or a complement, with no subject or object of its own: "was captured
  // on video and released", "it needs to be released to Congress")
  if (
    !released.length &&
    /^(conj|xcomp)$/.test(n.deprel) &&
    n.head >= 0 &&
    !childrenBy(g, v, /^nsubj/).length
  )
    released = childrenBy(g, n.head, /^nsubj/);
  // ("was booked and released on bond": the parse may take the bail for what is released)
  released = released.filter((o) => !/^(bond|bail|recognizance|parole|probation)$/.test(o.lemma));
  released = released.map((o) => {
    if (o.upos !== "PRON" || !/^(which|that)$/.test(o.lower)) return o;
    const verb = g.nodes[o.head];
    return /^acl/.test(verb?.deprel ?? "") && verb.head >= 0 ? g.nodes[verb.head] : o;
  });
  if (!released.length || released.some((o) => o.upos !== "NOUN" && !/^(it|which|that)$/.test(o.lower)))
    return false;
  // (and none right after the verb: "to release all journalists" where the chunks hang them elsewhere)
  return !released.some((o) => personLike(g, o)) && !nounsAfter(g, v).some((o) => personLike(g, o));
}

const PLEADED_CHARGES = /^(charge|count|crime|offense|offence|felony|misdemeanor|misdemeanour)s?$/;

/** "withdrew his guilty plea", "a plea to a lesser charge": a plea entered in court, no appeal to anyone. */
export function courtPlea(g: Graph, n: GNode): boolean {
  if (n.lemma !== "plea") return false;
  const i = n.i;
  if (childrenBy(g, i, /^(amod|compound|nmod)$/).some((c) => /^(guilty|innocent)$/.test(c.lower)))
    return true;
  return obliques(g, i).some(([p, o]) => p === "to" && PLEADED_CHARGES.test(g.nodes[o].lemma));
}

/**
 * "the release of the transcript", "the public release of 28 videotapes", "the press release": the noun
 * "release" sets no one free when what it releases ("of") is a thing, or when it is a press release.
 */
export function releaseOfThing(g: Graph, i: number): boolean {
  const n = g.nodes[i];
  if (n.lemma !== "release") return false;
  if (childrenBy(g, i, /^compound$/).some((c) => /^(press|news)$/.test(c.lower))) return true;
  const released = obliques(g, i)
    .filter(([p, o]) => p === "of" && o > i)
    .map(([, o]) => g.nodes[o]);
  return released.length > 0 && released.every((o) => o.upos === "NOUN" && !personLike(g, o));
}

/** A person word, a pronoun for people, a name, a number, or someone described as held ("detained comrades"). */
function personLike(g: Graph, o: GNode): boolean {
  const people = (x: GNode): boolean =>
    x.upos === "PROPN" || x.upos === "NUM" || RELEASED_PEOPLE.test(x.lemma) || RELEASED_PEOPLE.test(x.lower);
  return (
    people(o) ||
    childrenBy(g, o.i, /^amod$/).some((m) => HELD.test(m.lower)) ||
    // (a number only as the head: "released the two", not "released 28 videotapes")
    childrenBy(g, o.i, /^(compound|flat)$/).some(people)
  );
}

/**
 * What a verb releases: its objects, passive subjects, or the noun its participle modifies; for a
 * complement, the object of the verb above.
 */
function releasedThings(g: Graph, v: number): GNode[] {
  const n = g.nodes[v];
  return [
    ...childrenBy(g, v, /^(obj|nsubj:pass)$/),
    ...(/^acl/.test(n.deprel) && n.head >= 0 ? [g.nodes[n.head]] : []),
    ...[reducedPassiveNoun(g, v) ?? -1].filter((k) => k >= 0).map((k) => g.nodes[k]),
    ...(n.deprel === "xcomp" && n.head >= 0 ? childrenBy(g, n.head, /^obj$/) : []),
    // (with no object, the subject is the one released in a misparsed reduced passive: "ordered
    // Mubarak freed from jail")
    ...(childrenBy(g, v, /^obj$/).length ? [] : childrenBy(g, v, /^nsubj$/)),
  ];
}

/** The nouns of the phrase right after a verb, over determiners, numbers, modifiers, names and "of" (or a pronoun right there). */
function nounsAfter(g: Graph, v: number): GNode[] {
  const out: GNode[] = [];
  for (let k = v + 1; k < Math.min(g.nodes.length, v + 7); k++) {
    const x = g.nodes[k];
    if (x.upos === "NOUN") out.push(x);
    else if (x.upos === "PRON" && !out.length) return [x];
    else if (!/^(DET|NUM|ADJ|ADV|PROPN|PART)$/.test(x.upos) && x.lower !== "of") break;
  }
  return out;
}

/** "offered a revisionist history", "offered lower prices": words, views or wares offered are no intent to cooperate. */
export function offersWords(g: Graph, v: number): boolean {
  return (
    g.nodes[v].lemma === "offer" &&
    childrenBy(g, v, /^obj$/).some((o) => OFFERED_WORDS.test(o.lemma) || OFFERED_WORDS.test(o.lower))
  );
}

/** "protect American jobs", "protect itself": no protection (074) given to another party. */
export function protectsNoParty(g: Graph, v: number): boolean {
  return (
    g.nodes[v].lemma === "protect" &&
    childrenBy(g, v, /^obj$/).some((o) => PROTECTED_THINGS.test(o.lemma) || PROTECTED_THINGS.test(o.lower))
  );
}

/**
 * "provided the council a chance to question him", "gave a glimpse of the party's troubles", "provides
 * the ability to scale up": a chance, a look or an account handed over is no aid (07x) to anyone.
 */
export function providesNoAid(g: Graph, v: number): boolean {
  if (!/^(provide|give)$/.test(g.nodes[v].lemma)) return false;
  const objs = childrenBy(g, v, /^obj$/);
  const given = objs.length ? objs : nounsAfter(g, v).slice(-1);
  return given.some((o) => lemmaForms(o).some((f) => PROVIDED_NOT_AID.has(f)));
}

const HELD =
  /^(detained|jailed|imprisoned|captured|abducted|kidnapped|held|arrested|kidnaped|convicted|sentenced|condemned|accused|suspected)$/;

/**
 * "released a poster naming the suspect", "the minister said the court will decide what to release": a release
 * with no party on the receiving end sets free no one unless what is released is people (a person
 * noun, a personal pronoun, a name or a number: "released three hostages", "the two were freed").
 */
export function releasesNoOne(g: Graph, v: number): boolean {
  if (releasedThings(g, v).some((o) => personLike(g, o))) return false;
  return !nounsAfter(g, v).some((o) => personLike(g, o));
}

/**
 * "a free and fair election", "Bergdahl is free", "free of charge", "free trade": "free" as an adjective
 * sets no one free. The form "free" is the verb after "to", a modal or "help", or between a subject
 * and the one it frees ("demanded that Iran free the sailors").
 */
export function freeAsAdjective(g: Graph, v: number): boolean {
  const n = g.nodes[v];
  if (n.lower !== "free") return false;
  const next = g.nodes[v + 1];
  if (
    next &&
    /^(of|from|up|to|and|or|-|,|\.|for|trade|market|press|speech|world|zone|elections?)$/.test(next.lower)
  )
    return true;
  let k = v - 1;
  while (k >= 0 && /^(not|n't|also|immediately|quickly|eventually|finally|never)$/.test(g.nodes[k].lower))
    k--;
  const prev = g.nodes[k];
  if (!prev) return false;
  // ("set free" is the verb "set" with its result)
  if (/^(set|sets|setting)$/.test(prev.lower)) return false;
  if (
    /^(to|will|would|could|can|must|should|may|might|did|does|do|help|helped|helping|helps|'ll)$/.test(
      prev.lower,
    )
  )
    return false;
  return !(/^(PROPN|PRON|NOUN)$/.test(prev.upos) && /^(DET|PROPN|NUM|PRON)$/.test(next?.upos ?? ""));
}

/** "a great deal of input", "a good deal of": the noun measures an amount, it names no event. */
export function amountNoun(g: Graph, i: number): boolean {
  return /^(great|good)$/.test(g.nodes[i - 1]?.lower ?? "") && g.nodes[i + 1]?.lower === "of";
}

/**
 * "were going to ask him": "going to" + verb is a future, not a trip, even when the parse hangs the "to"
 * on a noun; "went on to lose Ohio", "went on to say" tells what came next, no trip either.
 */
export function goingTo(g: Graph, v: number): boolean {
  const to = g.nodes[v + 1]?.lower === "on" ? v + 2 : v + 1;
  return (
    g.nodes[v].lemma === "go" &&
    g.nodes[to]?.lower === "to" &&
    /^(VERB|AUX)$/.test(g.nodes[to + 1]?.upos ?? "")
  );
}

/**
 * "demonstrated strong results", "demonstrate that the plan works": "demonstrate" with something shown (an
 * object or a clause) is to show, not to protest; only the intransitive verb ("demonstrated outside
 * parliament") protests.
 */
export function showsNotProtests(g: Graph, v: number, e: LexEntry): boolean {
  if (marketRally(g, v, e)) return true;
  return (
    e.head === "demonstrate" &&
    e.code.startsWith("14") &&
    childrenBy(g, v, /^(obj|ccomp|xcomp|csubj)$/).length > 0
  );
}

/** What rises in price: "a market rally", "stocks rallied", "a rally in equities". */
const MARKET_WORDS =
  /^(market|markets|stock|stocks|equity|equities|bond|bonds|share|shares|oil|dollar|price|prices|relief|dow|nasdaq|index|currency|yen|euro|gold|treasuries|futures)$/i;

/** "a relief rally", "stocks rallied on Friday": prices that rise hold no protest. */
function marketRally(g: Graph, v: number, e: LexEntry): boolean {
  if (e.head !== "rally") return false;
  const around = childrenBy(g, v, /^(compound|amod|nsubj|nmod|obl|obj|obl:npmod|obl:unmarked|advmod)$/);
  return around.some(
    (c) =>
      // ("Arland Steel rallied 4.7 percent", "the index rallying nearly 5%": a gain in price)
      /^(percent|%|points?|cents?)$/.test(c.lower) ||
      childrenBy(g, c.i, /^(nummod|compound)$/).some((m) => m.text === "%") ||
      (MARKET_WORDS.test(c.lower) &&
        (c.deprel !== "nmod" && c.deprel !== "obl" ? true : caseOf(g, c.i) === "in")),
  );
}

/** Verbs of speaking to an audience ("told a rally", "spoke at a rally"). */
const AUDIENCE_VERBS = /^(tell|address|say|speak|declare|boast|claim|promise|vow|joke|insist)$/;

/** What makes a rally a campaign's or a candidate's gathering rather than a protest. */
const CAMPAIGN_WORDS =
  /^(campaign|political|kickoff|reelection|re-election|victory|election|midterm|primary|fundraising|fundraiser|presidential)$/;

/**
 * "the Women's March", "the March for Science", "Trump rallies", "her rally in Reno", "a campaign
 * rally": a march named as a movement (a capitalised name inside the sentence) and a rally that a
 * candidate or a campaign holds name no protest. A rally that its "by" phrase or its own clause
 * sets against someone still is one ("a rally by farmers against the tax").
 */
export function namedOrCampaignGathering(cx: CoderContext, g: Graph, n: GNode, e: LexEntry): boolean {
  if (!e.code.startsWith("14") || (e.head !== "march" && e.head !== "rally")) return false;
  if (marketRally(g, n.i, e)) return true;
  const prev = g.nodes[n.i - 1];
  if (/^[A-Z]/.test(n.text) && prev && !/^(PUNCT|SYM)$/.test(prev.upos)) return true;
  if (e.head !== "rally") return false;
  if (obliques(g, n.i).some(([p]) => /^(by|against)$/.test(lastWord(p)))) return false;
  // ("told a rally in Reno that ...", "said at a rally in Ohio": a rally a speaker tells or speaks at is
  // the speaker's audience)
  const h = n.head >= 0 ? g.nodes[n.head] : null;
  if (
    h &&
    AUDIENCE_VERBS.test(h.lemma) &&
    (/^(obj|iobj)$/.test(n.deprel) ||
      (n.deprel === "obl" && childrenBy(g, n.i, /^case$/).some((c) => c.lower === "at" || c.lower === "to")))
  )
    return true;
  // (a movement's rally is a protest: "a Tea Party rally"; a person's is a campaign's)
  const person = (c: GNode) =>
    /^(his|her)$/.test(c.lower) || cx.actorIn(c.start, c.end, c)?.type === "person";
  return childrenBy(g, n.i, /^(nmod:poss|compound|amod)$/).some(
    (c) => CAMPAIGN_WORDS.test(c.lower) || (c.deprel !== "amod" && person(c)),
  );
}

/**
 * "met its targets", "the demands the rebels must meet", "was met with scepticism": "meet" with a
 * need or goal as its object satisfies it, and "met with" a reaction receives it; neither is a meeting.
 */
export function meetsNoParty(g: Graph, v: number): boolean {
  const n = g.nodes[v];
  if (n.lemma !== "meet") return false;
  const things = (x: GNode) => lemmaForms(x).some((f) => MET_NOT_A_PARTY.has(f));
  // (with the words compounded onto the object: the chunk reading may head "its goals faster" wrongly)
  const objs = childrenBy(g, v, /^(obj|nsubj:pass)$/);
  if (objs.some((o) => things(o) || childrenBy(g, o.i, /^compound$/).some(things))) return true;
  // the relative clause's object is the noun it hangs on ("the demands that Iran must meet")
  const ownObject = childrenBy(g, v, /^obj$/).some((o) => !RELATIVE_PRON.test(o.lower));
  if (n.deprel === "acl:relcl" && n.head >= 0 && things(g.nodes[n.head]) && !ownObject) return true;
  const withs = obliques(g, v).filter(([p]) => p === "with");
  if (withs.some(([, k]) => things(g.nodes[k]))) return true;
  // the same when the parse loses the relative clause: a need or goal noun, "that" or "which", then
  // the clause's own words up to "meet" (no object and no "with" of its own)
  if (withs.length || ownObject) return false;
  // ("whether it met the goals it set": a parse that makes the goal the subject of the next clause leaves
  // the verb no object; the noun phrase right after it is still what is met)
  if (!objs.length && nounsAfter(g, v).some(things)) return true;
  for (let k = v - 1; k > 0 && k >= v - 8; k--) {
    const t = g.nodes[k];
    if (/^(PUNCT|VERB|CCONJ)$/.test(t.upos)) return false;
    if (t.lower === "that" || t.lower === "which")
      return g.nodes[k - 1].upos === "NOUN" && things(g.nodes[k - 1]);
  }
  return false;
}

/** A plain "strike" read as a labour strike (14x) when the sentence is about work, else as an attack (190). */
export function strikeSense(cx: CoderContext, g: Graph, e: LexEntry, sources: ActorRef[]): LexEntry {
  if (e.head !== "strike" || e.extra.length > 0 || !/^(14|19)/.test(e.code)) return e;
  // ("the general military command said the strikes caused damage": "general" is labour's only in
  // "a general strike")
  const labour =
    sources.some((a) => civilian(a)) ||
    g.nodes.some(
      (t) =>
        LABOUR_WORDS.test(t.lower) ||
        (STRIKE_KINDS.test(t.lower) && /^strikes?$/i.test(g.nodes[t.i + 1]?.text ?? "")),
    );
  if (labour === e.code.startsWith("14")) return e;
  const other = entriesFor(cx.lex, "strike", e.kind).find(
    (x) => x.code.startsWith(labour ? "14" : "19") && !x.extra.length && !x.objects.length,
  );
  return other ?? e;
}

/** The violent-act entry (18x-20x) a noun names with the words before it ("car bomb", "air strike"). */
export function attackNoun(cx: CoderContext, g: Graph, s: GNode): LexEntry | null {
  const fit = entriesFor(cx.lex, s.lemma, "noun").filter(
    (e) => /^(18|19|20)/.test(e.code) && extraBefore(g, s.i, e),
  );
  fit.sort((a, b) => b.extra.length - a.extra.length);
  return fit[0] ?? null;
}

/**
 * "A suicide blast killed ...": the killing is coded as the attack named by its subject; "killing
 * thousands", "killed hundreds of people": a mass killing (CAMEO 202).
 */
export function killCode(
  cx: CoderContext,
  g: Graph,
  v: number,
  subj: number | undefined,
): { code: string; rule: string } | null {
  // "set off a car bomb outside the base, killing four": the killing is done by the weapon used
  const n = g.nodes[v];
  if (n.deprel === "advcl" && n.lower.endsWith("ing") && n.head >= 0) {
    for (const o of childrenBy(g, n.head, /^obj$/)) {
      const fit = attackNoun(cx, g, o);
      if (fit) return { code: fit.code, rule: `means:${fit.rule}` };
    }
  }
  if (subj !== undefined) {
    let s = g.nodes[subj];
    // "an attack that killed 17 people": the relative pronoun stands for the attack
    if (/^(that|which)$/.test(s.lower)) {
      // the noun just before the relative pronoun, whatever the parse attached the clause to
      let k = s.i - 1;
      while (k > 0 && (g.nodes[k].upos === "ADV" || g.nodes[k].upos === "PUNCT")) k--;
      if (k >= 0 && g.nodes[k].upos === "NOUN") s = g.nodes[k];
    }
    const fit = attackNoun(cx, g, s);
    if (fit) return { code: fit.code, rule: `subject:${fit.rule}` };
  }
  for (const o of childrenBy(g, v, /^obj$/)) {
    const nums = [o, ...childrenBy(g, o.i, /^(nummod|nmod|amod)$/)];
    for (const x of nums) {
      const value = Number(x.text.replace(/,/g, ""));
      if (MASS_WORDS.test(x.lower) || (x.upos === "NUM" && value >= 100))
        return { code: "202", rule: "kill:mass" };
    }
  }
  return null;
}
