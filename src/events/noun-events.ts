// Events whose predicate is a noun: "the invasion of X", "Iran's execution of dissidents", and nouns
// under frames ("called for a ceasefire").

import { type ActorRef, type CodedEvent, type CoderContext, revisedEvent } from "./coder-types.js";
import {
  amountNoun,
  courtPlea,
  namedOrCampaignGathering,
  objectsMatch,
  pick,
  releaseOfThing,
  strikeSense,
} from "./entry-choice.js";
import { childrenBy, type GNode, type Graph } from "./graph.js";
import { entriesFor, type FrameKind, type LexEntry, lexEntry, shiftCode } from "./lexicon.js";
import { finish, frameOf } from "./modality.js";
import {
  actorsOf,
  civilian,
  civiliansHarmedBy,
  doerFromGoverning,
  fallbackSource,
  sameParty,
  sector,
  subjectOf,
  targetsFor,
} from "./parties.js";
import { codeReceivedSupport, supportReceivedBy } from "./received-support.js";
import { caseOf, extraBefore, lastWord, obliques, particleOf } from "./syntax.js";
import { figurativeWar, forceInSentence, unarmedAgainst } from "./verb-events.js";
import { DOING_PARTICIPLES, DRAW_VERBS, ORGANISE_VERBS, PATIENT_NOUNS, VICTIMS, WEAPONS } from "./words.js";

// (outside codeNoun, which runs for every noun of both readings: no function is made per call)
function hasPrep(x: LexEntry, preps: ReadonlySet<string | undefined>): number {
  return x.preps.some((p) => preps.has(p)) ? 1 : 0;
}

export function codeNoun(cx: CoderContext, g: Graph, n: GNode): CodedEvent[] {
  const lex = cx.lex;
  if (UNDER_NOUNS.test(n.lemma) && caseOf(g, n.i) === "under") return underFrom(cx, g, n);
  const received = supportReceivedBy(g, n);
  if (received !== null) return codeReceivedSupport(cx, g, n, received);
  let entries = entriesFor(lex, n.lemma, "noun");
  if (entries.length === 0 && n.lemma !== n.lower) entries = entriesFor(lex, n.lower, "noun");
  if (entries.length === 0 || amountNoun(g, n.i)) return [];
  return codeListedNoun(cx, g, n, entries);
}

// (apart from codeNoun, which runs for every noun of both readings and is small: the unlisted nouns,
// most calls, return without entering this long rule, whose entry costs more than its early
// returns; measured on the bench, not derived)
function codeListedNoun(cx: CoderContext, g: Graph, n: GNode, entries: LexEntry[]): CodedEvent[] {
  const lex = cx.lex;
  // "no tariffs, no barriers", "there was no attack": an act said not to be is no event
  if (childrenBy(g, n.i, /^det$/).some((d) => d.lower === "no")) return [];
  // ("cuts that start without a deal between the two leaders": nor one said to be missing)
  if (caseOf(g, n.i) === "without") return [];
  // light-verb objects are coded by their verb
  if (
    /^(obj|nsubj:pass)$/.test(n.deprel) &&
    n.head >= 0 &&
    entriesFor(lex, g.nodes[n.head].lemma, "light").length
  )
    return [];
  // multi-word nouns must match the words before the head ("hunger strike")
  const fit = entries.filter((e) => extraBefore(g, n.i, e));
  if (fit.length === 0) return [];
  // longer names first, then an entry with a required object (the lexicon's most specific kind of
  // line: "withdrawal from the deal" before "withdrawal"), then the entry whose target preposition the
  // phrase has ("strike on X")
  const preps = new Set(obliques(g, n.i).map(([p]) => lastWord(p)));
  fit.sort(
    (a, b) =>
      b.extra.length - a.extra.length ||
      Math.sign(b.objects.length) - Math.sign(a.objects.length) ||
      hasPrep(b, preps) - hasPrep(a, preps),
  );
  let e = fit.find((x) => objectsMatch(g, n.i, x)) ?? null;
  if (!e) return [];
  // ("the release of the transcript", "a press release": no one set free)
  if (e.code === "0841" && releaseOfThing(g, n.i)) return [];
  if (namedOrCampaignGathering(cx, g, n, e)) return [];
  // "withdrew his guilty plea", "a plea to a lesser charge": a plea entered in court appeals to no one
  if (courtPlea(g, n)) return [];
  // "the talks between Arland and Borvia collapsed": negotiations that break down are halted (164)
  if (e.code.startsWith("04") && talksBrokeDown(g, n))
    e = lexEntry(e.kind, "164", e.head, e.extra, e.objects, e.preps, e.prepRequired, `${e.rule}+broke-down`);
  // source: possessor, nationality adjective/compound ("the Russian invasion"), or "by" phrase
  const srcNodes: number[] = [];
  const patientPoss =
    PATIENT_NOUNS.has(n.lemma) && !obliques(g, n.i).some(([p]) => p === "of")
      ? childrenBy(g, n.i, /^nmod:poss$/)
      : [];
  for (const c of childrenBy(g, n.i, /^(nmod:poss|amod|compound)$/)) {
    if (patientPoss.includes(c)) continue;
    if (c.upos === "PROPN" || c.upos === "ADJ" || c.upos === "PRON") srcNodes.push(c.i);
    // "the workers' strike": a possessor noun that names an actor
    else if (c.upos === "NOUN" && c.deprel === "nmod:poss") srcNodes.push(c.i);
  }
  for (const [p, o] of obliques(g, n.i)) if (p === "by") srcNodes.push(o);
  // "strikes instigated by the militia", "the raid carried out by US forces": the agent of a
  // participle that names the doing of the act is its doer; the participle's phrases are the noun's
  const doing = childrenBy(g, n.i, /^acl$/).filter(
    (c) => c.upos === "VERB" && DOING_PARTICIPLES.has(c.lemma),
  );
  for (const c of doing) for (const [p, o] of obliques(g, c.i)) if (p === "by") srcNodes.push(o);
  const nounObliques = [...obliques(g, n.i), ...doing.flatMap((c) => obliques(g, c.i))];
  // "condemnation from Kiev", "accusations from intelligence officials": the author of a reaction
  if (!e.preps.includes("from"))
    for (const [p, o] of obliques(g, n.i)) if (p === "from" && g.nodes[o].upos !== "NUM") srcNodes.push(o);
  let sources: ActorRef[] = [];
  for (const s of srcNodes) {
    const a = cx.actorIn(g.nodes[s].start, g.nodes[s].end, g.nodes[s]);
    if (a) sources.push(a);
  }
  if (sources.length === 0) sources = doerFromGoverning(cx, g, n);
  let targets: ActorRef[] = [];
  let pairPrep = false;
  for (const want of e.preps) {
    for (const [p, o] of nounObliques) {
      if (lastWord(p) !== want) continue;
      targets = actorsOf(cx, g, o);
      pairPrep = want === "between" || want === "among";
      if (targets.length) break;
    }
    if (targets.length) break;
  }
  if (targets.length === 0) targets = patientPoss.flatMap((c) => actorsOf(cx, g, c.i));
  // "renewed her attacks against Trump", "stepped up sanctions on Iran": the parse may hang the
  // noun's target phrase on the verb whose object the noun is (a verb the lexicon does not code)
  if (
    targets.length === 0 &&
    sources.length &&
    n.deprel === "obj" &&
    n.head >= 0 &&
    g.nodes[n.head].upos === "VERB" &&
    !entriesFor(lex, g.nodes[n.head].lemma, "verb").length &&
    !entriesFor(lex, g.nodes[n.head].lemma, "light").length &&
    !frameOf(cx, g.nodes[n.head])
  ) {
    for (const want of e.preps.filter((p) => p !== "of" && p !== "for")) {
      for (const [p, o] of obliques(g, n.head)) {
        if (lastWord(p) !== want || o < n.i) continue;
        // (a resolved actor only: "on Tuesday" is no target)
        targets = actorsOf(cx, g, o).filter((a) => a.actorId && !sources.some((x) => x.start === a.start));
        if (targets.length) break;
      }
      if (targets.length) break;
    }
  }
  // "drawing condemnation from Kiev": a reaction drawn by someone is aimed at them
  if (targets.length === 0 && n.deprel === "obj" && n.head >= 0 && DRAW_VERBS.has(g.nodes[n.head].lemma)) {
    const up = subjectOf(cx, g, n.head);
    targets = up.passive ? [] : up.nodes.flatMap((k) => actorsOf(cx, g, k));
    if (sources.length === 0)
      for (const [p, o] of obliques(g, n.head))
        if (p === "from")
          sources.push(...actorsOf(cx, g, o).filter((a) => !targets.some((t) => t.start === a.start)));
  }
  // "the decision sparked protests": the protest stands, aimed at who drew it, by unnamed protesters
  if (
    sources.length === 0 &&
    /^14/.test(e.code) &&
    targets.length &&
    n.deprel === "obj" &&
    n.head >= 0 &&
    DRAW_VERBS.has(g.nodes[n.head].lemma)
  )
    return finish(cx, g, n.i, null, e.code, `${e.rule}+drawn`, [null], targets);
  // "accusations that Russia sought to meddle": the accused is the subject of the accusation's clause
  if (targets.length === 0 && /^11/.test(e.code)) {
    for (const c of childrenBy(g, n.i, /^(acl|acl:relcl|ccomp)$/)) {
      const sub = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
      if (sub) targets = actorsOf(cx, g, sub.i);
      if (targets.length) break;
    }
  }
  // "after meetings with Bush, Clark said", "Baka, in talks with the IMF, made it clear": a meeting
  // with a named party, the noun a modifier of a clause, was held by that clause's subject
  // (not a meeting or call with reporters: that is a press event, which CAMEO does not code so)
  if (sources.length === 0 && targets.length && /^04/.test(e.code) && !pairPrep) {
    const met = targets.filter(
      (t) => sector(t) !== "MED" && !/\b(reporters|journalists|press)\b/i.test(t.text),
    );
    const by = met.length ? clauseSubjectOfModifier(cx, g, n) : [];
    if (by.length) {
      sources = by.filter((a) => !met.some((t) => t.start === a.start));
      targets = met;
    }
  }
  // "talks between X and Y": the pair is the dyad ("war with X and Y" names only targets)
  if (sources.length === 0 && targets.length >= 2 && pairPrep) {
    sources = [targets[0]];
    targets = targets.slice(1);
  }
  // "protests erupted in Moscow", "the rally was organised by the opposition": a protest that is the
  // subject of its clause stands as an event, with the organiser as source when one is named
  // (a "strike" with no word of labour in its sentence is an attack, not a stoppage: "the strikes were
  // timed for dawn")
  if (
    sources.length === 0 &&
    /^14/.test(e.code) &&
    /^nsubj/.test(n.deprel) &&
    n.head >= 0 &&
    strikeSense(cx, g, e, []).code.startsWith("14")
  ) {
    const up = subjectOf(cx, g, n.head);
    const organised = up.passive && ORGANISE_VERBS.has(g.nodes[n.head].lemma);
    const agents = organised ? up.agent.flatMap((k) => actorsOf(cx, g, k)) : [];
    return finish(cx, g, n.i, null, e.code, `${e.rule}+subject`, agents.length ? agents : [null], targets);
  }
  // (talks that broke down stand as an event with no party named: "the talks collapsed in May")
  if (sources.length === 0 && e.code === "164" && e.rule.endsWith("+broke-down"))
    return finish(cx, g, n.i, null, e.code, e.rule, [null], targets);
  if (sources.length === 0) return [];
  // "a strike against the government" by workers is a labour strike, by an army an attack
  if (
    e.head === "strike" &&
    e.extra.length === 0 &&
    /^19/.test(e.code) &&
    sources.every((s) => civilian(s))
  ) {
    const labour = entriesFor(cx.lex, "strike", "noun").find(
      (x) => x.code.startsWith("14") && !x.extra.length,
    );
    if (labour) e = labour;
  } else e = strikeSense(cx, g, e, sources);
  // "the rebels' kidnapping of schoolgirls", "the police killing of protesters": unnamed civilians
  // harmed by rebels or police are that country's civilians, as with a verb (verb-events.ts)
  if (targets.length === 0 && /^(17|18|19|20)/.test(e.code) && sources.length === 1) {
    const src = sources[0];
    const victim = nounObliques
      .filter(([p]) => p === "of")
      .map(([, o]) => g.nodes[o])
      .find((o) => o.upos === "NOUN" && VICTIMS.test(o.lemma) && !cx.actorIn(o.start, o.end, o));
    if (victim) targets = civiliansHarmedBy(src, victim) ?? targets;
  }
  // a bare event noun ("U.S. sanctions were ineffective") states no event unless it has a target
  if (targets.length === 0 && !/^(14|18|20)/.test(e.code)) return [];
  // "the culture war", "a war of words", "Trump's war on the press": no fighting (figurativeWar)
  const figurative = /^19/.test(e.code) ? figurativeWar(cx, g, n, sources, targets) : null;
  if (figurative === "none") return [];
  if (figurative === "words") return finish(cx, g, n.i, null, "111", `${e.rule}+war:words`, sources, targets);
  // "his attacks on multilateral institutions", "the battle between Obama and Romney": unarmed
  // parties with no weapon or act of force in the sentence attack in words and battle figuratively
  // (as the verbs do, verb-events.ts)
  if (
    FIGURATIVE_NOUNS.test(n.lemma) &&
    /^19/.test(e.code) &&
    unarmedAgainst(sources, targets) &&
    !forceInSentence(cx, g, n.i)
  ) {
    if (!/^(attack|assault|onslaught)$/.test(n.lemma)) return [];
    return finish(cx, g, n.i, null, "111", `${e.rule}+attack:words`, sources, targets);
  }
  return finish(cx, g, n.i, null, e.code, e.rule, sources, targets);
}

// negotiation nouns, and the verbs that say they broke down (as subject) or were broken off (passive)
const TALK_NOUNS = /^(talk|talks|negotiation|dialogue|discussion)$/;
const BREAK_DOWN = /^(collapse|stall|founder|falter|break|fall)$/;
const BROKEN_OFF = /^(suspend|halt|break|freeze|call)$/;

/**
 * "Talks between Arland and Borvia collapsed", "negotiations stalled", "the talks broke down / fell
 * apart", "talks were suspended / broken off": a negotiation noun as the subject of a verb of breaking
 * down. ("Break" and "fall" only with "down", "off" or "apart"; "call" only with "off".)
 */
function talksBrokeDown(g: Graph, n: GNode): boolean {
  if (!TALK_NOUNS.test(n.lemma) || n.head < 0) return false;
  const passive = n.deprel === "nsubj:pass";
  if (n.deprel !== "nsubj" && !passive) return false;
  const v = g.nodes[n.head];
  if (v.upos !== "VERB" || !(passive ? BROKEN_OFF : BREAK_DOWN).test(v.lemma)) return false;
  if (v.lemma !== "break" && v.lemma !== "fall" && v.lemma !== "call") return true;
  const prt = particleOf(g, v.i)?.lower ?? g.nodes[v.i + 1]?.lower;
  return v.lemma === "fall"
    ? prt === "apart"
    : v.lemma === "call"
      ? prt === "off"
      : prt === "down" || prt === "off";
}

/**
 * A frame verb over an event noun: "called for talks with X" (appeal to meet), "demanded the
 * release of the sailors", "refused the aid". The noun's code is shifted as an embedded verb's is.
 */
export function codeFramedNoun(
  cx: CoderContext,
  g: Graph,
  n: GNode,
  f: FrameKind,
  coded: CodedEvent[],
): CodedEvent[] {
  if (f !== "appeal" && f !== "demand" && f !== "refuse") return [];
  if (coded.some((e) => e.verb === n.i)) return [];
  // "called the deal a victory for Borvia", "what she calls a milestone for the president": a name
  // given to the object asks for nothing; and a "for" after the object ("called Friday's news 'the
  // best outcome for consumers'", parsed with the phrase on the verb) is inside the name
  const call = n.lemma === "call" && !/^(for|on|upon)$/.test(g.nodes[n.i + 1]?.lower ?? "");
  const objects = call
    ? childrenBy(g, n.i, /^obj$/).filter((o) => o.i > n.i && caseOf(g, o.i) !== "for")
    : [];
  const named = childrenBy(g, n.i, /^xcomp$/).some((x) => x.upos === "NOUN" || x.upos === "PROPN");
  if (call && (named || objects.length >= 2)) return [];
  const naming = objects.length > 0;
  const cands = [
    ...childrenBy(g, n.i, /^obj$/),
    ...(naming ? [] : childrenBy(g, n.i, /^obl$/).filter((o) => caseOf(g, o.i) === "for")),
  ];
  for (const o of cands) {
    if (o.upos !== "NOUN") continue;
    const entries = entriesFor(cx.lex, o.lemma, "noun").filter((e) => e.extra.length === 0);
    let e = entries.length ? pick(g, o.i, entries) : null;
    // "called for a higher benchmark": an appeal for something the lexicon does not code
    if (!e && f === "appeal" && o.deprel === "obl" && o === cands[cands.length - 1])
      e = lexEntry("noun", "020", o.lemma, [], [], [], false, "frame:appeal-for");
    // ("ordered the public release of 28 videotapes": no one to be set free)
    if (!e || (e.code === "0841" && releaseOfThing(g, o.i))) continue;
    const subj = subjectOf(cx, g, n.i);
    let sources = subj.nodes.flatMap((k) => actorsOf(cx, g, k));
    if (!sources.length && !subj.passive) sources = fallbackSource(cx, g, n.i, subj.nodes, []);
    if (!sources.length) return [];
    let targets = targetsFor(cx, g, o.i, e, new Set());
    if (!targets.length) {
      const asked = childrenBy(g, n.i, /^(iobj|obj)$/).find((x) => x.i !== o.i);
      if (asked) targets = actorsOf(cx, g, asked.i);
    }
    // ("called the war on drugs a failure": no fighting asked for)
    if (/^19/.test(e.code) && figurativeWar(cx, g, o, sources, targets)) continue;
    const code = shiftCode(cx.lex, f, e.code);
    return finish(
      cx,
      g,
      n.i,
      particleOf(g, n.i)?.i ?? null,
      code,
      `${e.rule}+frame:${f}`,
      sources,
      targets,
    ).map((x) => revisedEvent(x, { modality: f === "refuse" ? x.modality : "requested" }));
  }
  return [];
}

/**
 * The subject actors of the clause an event noun modifies as an oblique ("in talks with X, S ...",
 * "after a day of meetings with X, S ..."), through at most one "of"-noun; none when the noun is an
 * argument (subject or object) of its verb.
 */
function clauseSubjectOfModifier(cx: CoderContext, g: Graph, n: GNode): ActorRef[] {
  let k = n;
  // "a day of meetings": climb one measure noun
  if (k.deprel === "nmod" && k.head >= 0 && g.nodes[k.head].upos === "NOUN" && caseOf(g, k.i) === "of")
    k = g.nodes[k.head];
  if (!/^(obl|advcl)$/.test(k.deprel) || k.head < 0) return [];
  // the circumstance of the clause, not its argument ("pulled out of the summit", "planning on
  // meeting with")
  if (!/^(in|after|during|at|following|through)$/.test(caseOf(g, k.i) ?? "")) return [];
  const v = g.nodes[k.head];
  if (v.upos !== "VERB" || frameOf(cx, v)) return [];
  const up = subjectOf(cx, g, v.i);
  return up.passive ? [] : up.nodes.flatMap((x) => actorsOf(cx, g, x));
}

/** Nouns of force that parties without arms use figuratively: words, contests, quarrels. */
const FIGURATIVE_NOUNS = /^(attack|assault|onslaught|battle|fight|fighting|clash|combat|skirmish)$/;

/** Nouns of an act suffered "under" it: "came under fire from", "is under pressure from". */
const UNDER_NOUNS =
  /^(fire|pressure|attack|assault|criticism|scrutiny|investigation|siege|bombardment|shelling|cyberattack|threat|sanction)$/;
/** Weapons named before "fire": "under artillery fire", "anti-aircraft fire". */
const FIRE_WEAPONS =
  /^(anti-?aircraft|artillery|sniper|mortar|rocket|tank|machine-?gun|gun|small-arms|heavy|enemy|hostile)$/;
/** Armed doers, whose "fire" and "attack" are force, not words. */
const ARMED = /(MIL|REB|INS|UAF)/;

/**
 * "Tarvia came under fire from Vosk", "the minister, under pressure from the unions, resigned", "the
 * town has been under siege by the rebels for months": the party that is under the act is its target
 * and the "from"/"by" phrase its doer; with no doer named ("came under scrutiny", "under fire over
 * the remarks") no one is known to have done it and nothing is coded (the one who is under it is not
 * the doer). "Fire", "attack" and "assault" from armed parties, or with a weapon word before them
 * ("under artillery fire"), are force (190); from anyone else they are criticism (111).
 */
function underFrom(cx: CoderContext, g: Graph, n: GNode): CodedEvent[] {
  const doerNodes: number[] = [];
  for (const [p, o] of obliques(g, n.i)) if (p === "from" || p === "by") doerNodes.push(o);
  // (the parse may hang the doer's phrase on the verb: "came under fire | from X")
  const h = n.head >= 0 ? g.nodes[n.head] : null;
  if (!doerNodes.length && h && h.upos === "VERB")
    for (const [p, o] of obliques(g, h.i)) if ((p === "from" || p === "by") && o > n.i) doerNodes.push(o);
  const mods = childrenBy(g, n.i, /^(amod|compound|nmod:poss)$/);
  const sources: ActorRef[] = [
    ...doerNodes.flatMap((o) => actorsOf(cx, g, o)),
    ...mods.flatMap((m) => (m.upos === "ADJ" || m.upos === "PROPN" ? actorsOf(cx, g, m.i) : [])),
  ];
  if (!sources.length) return [];
  // who is under it: the subject of "under fire" as a predicate, of the clause the phrase hangs on,
  // or the noun it modifies ("Netanyahu, under pressure from ...")
  let targets: ActorRef[] = childrenBy(g, n.i, /^nsubj/).flatMap((c) => actorsOf(cx, g, c.i));
  if (!targets.length && h) {
    if (h.upos === "NOUN" || h.upos === "PROPN") targets = actorsOf(cx, g, h.i);
    else {
      const up = subjectOf(cx, g, h.i);
      targets = up.nodes.flatMap((k) => actorsOf(cx, g, k));
    }
  }
  targets = targets.filter((t) => !sources.some((s) => sameParty(s, t)));
  if (!targets.length) return [];
  let code: string;
  let rule: string;
  if (/^(fire|attack|assault)$/.test(n.lemma)) {
    const armed =
      sources.some((s) => ARMED.test(s.code)) ||
      mods.some((m) => WEAPONS.test(m.lemma) || FIRE_WEAPONS.test(m.lower));
    code = armed ? "190" : "111";
    rule = `under:${n.lemma}:${armed ? "force" : "words"}`;
  } else if (n.lemma === "pressure") {
    code = "170";
    rule = "under:pressure";
  } else {
    const e = entriesFor(cx.lex, n.lemma, "noun").find((x) => !x.extra.length);
    if (!e) return [];
    code = e.code;
    rule = `${e.rule}+under`;
  }
  return finish(cx, g, n.i, null, code, rule, sources, targets);
}
