// Modality, negation and frames: how a predicate's auxiliaries, negators and the frames above it
// ("offered to", "demanded that") shift its code, and turning a coded predicate into events (finish).
// Also conditions ("if ...") and duties ("must"), which make threats and demands of what they govern.

import type { Modality } from "../model/index.js";
import {
  type ActorRef,
  type CodedEvent,
  type CoderContext,
  codedEvent,
  revisedEvent,
} from "./coder-types.js";
import { childrenBy, type GNode, type Graph, subtree } from "./graph.js";
import { entriesFor, type FrameKind, shiftCode } from "./lexicon.js";
import { actorsOf, subjectOf } from "./parties.js";
import { speechOver } from "./speech.js";
import { callsOnOrFor, obliques } from "./syntax.js";
import {
  FIRST_PERSON,
  FUTURE,
  HYPO,
  MODAL_OF_DUTY,
  NEG_WORDS,
  NO_NODES,
  PROMISE_VERBS,
  WANT_OTHER,
  WEAPONS,
  WILL_AUX,
} from "./words.js";

export function frameOf(cx: CoderContext, n: GNode): FrameKind | null {
  const e =
    entriesFor(cx.lex, n.lemma, "frame")[0] ??
    (n.lower !== n.lemma ? entriesFor(cx.lex, n.lower, "frame")[0] : undefined);
  return e ? (e.code as FrameKind) : null;
}

/**
 * The frame of a word where it stands: "called the winner to congratulate him", "called Arland to
 * discuss the talks": a call made to congratulate, thank, concede or discuss is a phone call, which
 * appeals for nothing (the purpose clause is the caller's own act).
 */
export function frameIn(cx: CoderContext, g: Graph, n: GNode): FrameKind | null {
  const f = frameOf(cx, n);
  if (f !== "appeal" || n.upos !== "VERB" || n.lemma !== "call" || callsOnOrFor(g, n.i)) return f;
  const purpose = childrenBy(g, n.i, /^(xcomp|advcl)$/).find(
    (x) => PHONE_PURPOSE.test(x.lemma) && childrenBy(g, x.i, /^mark$/).some((k) => k.lower === "to"),
  );
  return purpose ? null : f;
}

/** What a leader phones another to do. */
const PHONE_PURPOSE =
  /^(congratulate|thank|concede|apologi[sz]e|discuss|express|offer|inform|brief|update|reassure|convey|extend)$/;

export function negatedAt(g: Graph, v: number): boolean {
  if (childrenBy(g, v, /^(advmod|neg|det|aux|cc:preconj)$/).some((c) => NEG_WORDS.has(c.lower))) return true;
  if (passedOver(g, v)) return true;
  // "is yet to withdraw" with "yet" hung on the act (refrainsFrom reads it on "has"/"is")
  if (childrenBy(g, v, /^advmod$/).some((c) => c.lower === "yet" && g.nodes[c.i + 1]?.lower === "to"))
    return true;
  // "was never charged or accused", "did not attack nor threaten": a negation carries over "or"/"nor"
  // to a coordinated verb that shares its subject
  const n = g.nodes[v];
  if (
    n.deprel === "conj" &&
    n.head >= 0 &&
    childrenBy(g, v, /^cc$/).some((c) => c.lower === "or" || c.lower === "nor") &&
    !childrenBy(g, v, /^nsubj/).length &&
    (childrenBy(g, n.head, /^(advmod|neg|aux)$/).some((c) => NEG_WORDS.has(c.lower)) || noSubject(g, n.head))
  )
    return true;
  return noSubject(g, v);
}

/** "abstained rather than vetoing the resolution", "instead of attacking Iran": an act passed over for another, not done. */
export function passedOver(g: Graph, v: number): boolean {
  return childrenBy(g, v, /^(mark|cc)$/).some(
    (c) =>
      (c.lower === "instead" || c.lower === "rather") &&
      childrenBy(g, c.i, /^fixed$/).some((f) => f.lower === "of" || f.lower === "than"),
  );
}

/**
 * "no sanctions would be lifted", "no group claimed the attack": the negation sits on the subject
 * (not "no-drama Lester Holt"); negatedAt carries it over "or" ("no guests were hurt or injured").
 */
function noSubject(g: Graph, v: number): boolean {
  return childrenBy(g, v, /^nsubj(:pass)?$/).some((x) =>
    childrenBy(g, x.i, /^det$/).some((d) => d.lower === "no" && g.nodes[d.i + 1]?.text !== "-"),
  );
}

const POSSESSIVE = /^(his|her|its|their)$/i;

/** Words of leave to act, whose denial leaves the act undone. */
const PERMITTED = new Set([
  "authorize",
  "authorise",
  "authorized",
  "authorised",
  "allow",
  "permit",
  "able",
  "free",
]);

/** Verbs of holding back from an act. */
const REFRAIN_VERBS = new Set(["refrain", "abstain", "avoid", "desist"]);

/**
 * Is p a verb of holding back ("refrained", "avoided"), "short" of "stopped/fell short of", or the
 * "has/is yet to" of an act still not done, or a leave to act denied?
 */
function refrainsFrom(g: Graph, p: GNode): boolean {
  if (REFRAIN_VERBS.has(p.lemma)) return true;
  if (
    (p.lemma === "have" || p.lemma === "be") &&
    childrenBy(g, p.i, /^advmod$/).some((c) => c.lower === "yet")
  )
    return true;
  // "was not authorized to discuss it", "were not allowed to leave"
  if (PERMITTED.has(p.lemma) && negatedAt(g, p.i)) return true;
  return p.lower === "short" && p.head >= 0 && /^(stop|fall)$/.test(g.nodes[p.head].lemma);
}

/** "will not", "would not", "cannot": an announced non-act of the subject's own. */
export function willNot(g: Graph, v: number): boolean {
  return childrenBy(g, v, /^(aux|aux:pass)$/).some((a) => WILL_AUX.has(a.lower));
}

/** Aux-derived modality of a predicate: hypothetical (could/would/if), future (will), else null. */
export function auxModality(g: Graph, v: number): Modality | null {
  const aux = childrenBy(g, v, /^(aux|aux:pass|mark)$/);
  if (aux.some((a) => HYPO.has(a.lower)) || aux.some((a) => a.lower === "if" || a.lower === "unless"))
    return "hypothetical";
  if (aux.some((a) => FUTURE.has(a.lower))) return "future";
  return null;
}

/** Climbs the frames above v: the frames, negation, modality and the clause nodes they add. */
export function frameChain(cx: CoderContext, g: Graph, v: number) {
  const frames: FrameKind[] = [];
  const clause = new Set(subtree(g, v, true));
  let negated = negatedAt(g, v);
  let modality = auxModality(g, v);
  let x = v;
  let frameTarget: number | null = null;
  let frameTop = v;
  for (let depth = 0; depth < 6; depth++) {
    const n = g.nodes[x];
    const upFrame = n.head >= 0 ? frameOf(cx, g.nodes[n.head]) : null;
    // "demanded that the government resign", "denied that ...": a clause under a frame
    // "promised it would reduce violence": a promise's clause is what is intended
    const ccompFrame =
      n.deprel === "ccomp" &&
      (upFrame === "deny" ||
        upFrame === "appeal" ||
        upFrame === "demand" ||
        (upFrame === "intend" && PROMISE_VERBS.has(g.nodes[n.head].lemma)));
    // "urged X to come to their senses and return ...": the second conjunct is under the frame too
    if (n.deprel === "conj" && n.head >= 0 && /^(xcomp|ccomp|acl)$/.test(g.nodes[n.head].deprel)) {
      x = n.head;
      continue;
    }
    // "..., killing 30 and wounding dozens": a participle's conjunct with no subject of its own shares
    // the participle's clause, and so the time and place of the clause that one hangs on
    if (
      n.deprel === "conj" &&
      n.head >= 0 &&
      g.nodes[n.head].deprel === "advcl" &&
      !childrenBy(g, x, /^(nsubj|nsubj:pass|mark)$/).length
    ) {
      for (const k of subtree(g, n.head, true)) clause.add(k);
      x = n.head;
      continue;
    }
    // "vows to launch a strike", "a threat to close the embassy": a frame noun's infinitive
    const toMark = childrenBy(g, x, /^mark$/).find((m) => m.lower === "to");
    const nounFrame = n.deprel === "acl" && upFrame !== null && g.nodes[n.head].upos === "NOUN" && !!toMark;
    // "doubled down on his threat to target the sites" with the infinitive hung on the verb: the frame
    // noun right before its "to" is what it completes
    const before = toMark && toMark.i > 0 ? g.nodes[toMark.i - 1] : null;
    const misHung =
      n.deprel === "advcl" &&
      before !== null &&
      before.upos === "NOUN" &&
      before.head === n.head &&
      frameOf(cx, before) !== null;
    if (n.head < 0 || !(n.deprel === "xcomp" || n.deprel === "advcl" || ccompFrame || nounFrame)) break;
    const p = misHung && before ? before : g.nodes[n.head];
    let f = frameIn(cx, g, p);
    // "have not called us to apologise": a phone call not made carries no apology
    if (!f && frameOf(cx, p) === "appeal" && negatedAt(g, p.i)) negated = !negated;
    // "a phone call to congratulate him": a call made on the phone asks nothing of anyone
    if (p.upos === "NOUN" && p.lemma === "call" && /^(phone|telephone)$/i.test(g.nodes[p.i - 1]?.text ?? ""))
      f = null;
    // "want Japan to remove tariffs": a wish about another party's action is a request
    if (f === "intend" && WANT_OTHER.has(p.lemma) && childrenBy(g, p.i, /^(obj|iobj)$/).length) f = "appeal";
    // "refrained from attacking", "avoided naming", "stopped short of accusing": the act was not done
    if (!f && (n.deprel === "advcl" || n.deprel === "xcomp") && refrainsFrom(g, p)) {
      negated = !negated;
      for (const k of subtree(g, p.i, true)) clause.add(k);
      break;
    }
    if (n.deprel === "advcl" && !f) {
      // purpose clause ("travelled to X to hold meetings"): shares the clause's time and place, and
      // its mood ("could use his power to pardon Stone" pardons no one yet)
      for (const k of subtree(g, p.i, true)) clause.add(k);
      if (toMark) modality = modality ?? auxModality(g, p.i);
      break;
    }
    if (!f) {
      // "would force Turkey to cut off ties": the act is as hypothetical as the verb it completes
      if (n.deprel === "xcomp") modality = modality ?? auxModality(g, p.i);
      break;
    }
    // "committed a campaign ..., killing thousands": only an infinitive clause is a frame's complement
    if (n.deprel === "advcl" && !toMark) break;
    frames.push(f);
    for (const k of subtree(g, p.i, true)) clause.add(k);
    if (negatedAt(g, p.i)) negated = !negated;
    modality = modality ?? auxModality(g, p.i);
    if ((f === "appeal" || f === "demand") && frameTarget === null && n.deprel === "ccomp") {
      const sub = childrenBy(g, x, /^nsubj(:pass)?$/)[0];
      if (sub) frameTarget = sub.i;
    }
    if ((f === "appeal" || f === "demand") && frameTarget === null) {
      const o =
        childrenBy(g, p.i, /^(obj|iobj)$/)[0] ??
        // (a party called on, not the act called for: "urged by Vale to resign")
        obliques(g, p.i).find(([pr, o]) => (pr === "on" || pr === "to") && g.nodes[o].upos !== "VERB")?.[1];
      if (o !== undefined) frameTarget = typeof o === "number" ? o : o.i;
      // "Ruiz was urged to resign": the passive's subject is the one asked
      else if (childrenBy(g, p.i, /^aux:pass$/).length)
        frameTarget = childrenBy(g, p.i, /^nsubj(:pass)?$/)[0]?.i ?? null;
    }
    frameTop = p.i;
    x = p.i;
  }
  return { frames, clause: [...clause].sort((a, b) => a - b), negated, modality, frameTarget, frameTop };
}

/**
 * A vow or threat a few clauses above an act of force, through verbs that are no frames of their own
 * ("vowing to broaden its campaign to include killing Americans"): the act is threatened, not done.
 * Only complements and infinitives lead up: "vowed to fight on after an airstrike killed their leader"
 * vows no killing.
 */
function vowAbove(cx: CoderContext, g: Graph, v: number): FrameKind | null {
  let x = v;
  for (let depth = 0; depth < 4; depth++) {
    const n = g.nodes[x];
    if (n.head < 0) return null;
    const infinitive = childrenBy(g, x, /^mark$/).some((m) => m.lower === "to");
    if (!(/^(xcomp|obj)$/.test(n.deprel) || (/^(advcl|acl)$/.test(n.deprel) && infinitive))) return null;
    const p = g.nodes[n.head];
    const f = frameOf(cx, p);
    if (f === "threaten" || (f === "intend" && PROMISE_VERBS.has(p.lemma))) return f;
    if (f) return null;
    x = p.i;
  }
  return null;
}

export function finish(
  cx: CoderContext,
  g: Graph,
  v: number,
  particle: number | null,
  code: string,
  rule: string,
  sources: (ActorRef | null)[],
  targets: ActorRef[],
): CodedEvent[] {
  const ch = frameChain(cx, g, v);
  // "vowing to broaden its campaign to include killing Americans": force vowed further up
  if (!ch.frames.length && /^(18|19|20)/.test(code)) {
    const vow = vowAbove(cx, g, v);
    if (vow) ch.frames.push(vow);
  }
  let c = code;
  let modality: Modality = ch.modality ?? "asserted";
  const rules = [rule];
  for (const f of ch.frames) {
    if (f === "begin" || f === "deny" || f === "allege") continue;
    c = shiftCode(cx.lex, f, c);
    if (f === "intend") modality = ch.modality === "hypothetical" ? "hypothetical" : "intended";
    else if (f === "appeal" || f === "demand") modality = "requested";
    rules.push(`frame:${f}`);
  }
  // "will not release", "would not negotiate", "cannot accept": a cooperative act announced as not
  // going to happen is a refusal (CAMEO 12x), not a negated intent
  let refused = false;
  if (ch.negated && !ch.frames.length && /^0[3-8]/.test(c) && willNot(g, v)) {
    const shifted = shiftCode(cx.lex, "refuse", c);
    if (shifted !== c) {
      c = shifted;
      refused = true;
      modality = "asserted";
      rules.push("negated:refuse");
    }
  }
  // "will meet", "will supply": announced future cooperation is coded as intent (CAMEO 03x)
  if (!refused && modality === "future" && !ch.frames.includes("intend")) {
    const shifted = shiftCode(cx.lex, "intend", c);
    if (shifted !== c && /^0[3-8]/.test(c)) {
      c = shifted;
      rules.push("future:intend");
    }
  }
  let tg = targets;
  if (ch.frameTarget !== null && ch.frames.some((f) => f === "appeal" || f === "demand")) {
    const ft = actorsOf(cx, g, ch.frameTarget);
    if (ft.length) {
      // the asked party is the target; the embedded action's own subject was that party
      tg = ft;
      const top = subjectOf(cx, g, ch.frameTop);
      if (!top.passive) sources = top.nodes.flatMap((s) => actorsOf(cx, g, s));
      else {
        // (of a passive frame, its "by" phrase names who asked, and the one asked never asks:
        // "Ruiz was urged to resign" has no asker)
        const by = top.agent.flatMap((s) => actorsOf(cx, g, s));
        sources = by.length ? by : sources.filter((s) => s && !ft.some((t) => t.start === s.start));
      }
    }
  }
  // "Arland and Vosk blamed each other", "raised tariffs on one another's goods": a reciprocal
  // pronoun in the act's own clause makes each of the coordinated doers the target of the others
  const doers = sources.filter((s): s is ActorRef => s !== null);
  if (doers.length >= 2 && reciprocalPronoun(g, v)) tg = doers;
  const out: CodedEvent[] = [];
  const rivals = !/^0[137]/.test(c);
  for (const s of sources) {
    // an actor is not its own target: drop such targets, keeping the event itself (also another
    // mention with the very same code, unless both are people: "the government warned, with its
    // spokeswoman saying")
    const own = tg.filter(
      (t) =>
        // ("Republicans expressed their anger", "defended its record": a possessive the document
        // leaves unresolved is most often the doer's own, and names no party)
        !(t.code === "---" && POSSESSIVE.test(t.text)) &&
        (!s ||
          !(
            t.start === s.start ||
            // ("House Republicans accused House Democrats": rival parties that resolve to one
            // body, the legislature, are two sides of acts between parties; not of statements,
            // intents or aid, whose targets are more often found far off in the sentence)
            (rivals && rivalParties(s.text, t.text) ? false : s.actorId && s.actorId === t.actorId) ||
            // (two named people may share a code and still act on each other: one senator
            // condemning another)
            (s.code === t.code &&
              s.code !== "---" &&
              !(s.type === "person" && t.type === "person") &&
              !(rivals && rivalParties(s.text, t.text)) &&
              !memberAgainstBody(g, v, c, s, t))
          )),
    );
    const ts: (ActorRef | null)[] = own.length ? own : [null];
    for (const t of ts) {
      const words = (c === "190" && verbalAttack(g, v, s, t)) || (/^19/.test(c) && retort(g, v, s));
      const aerial = c === "183" && bombsFromTheAir(g, v, s);
      out.push(
        codedEvent(
          s,
          t,
          v,
          particle,
          words ? "111" : aerial ? "195" : c,
          words
            ? `${rules.join("+")}+attack:words`
            : aerial
              ? `${rules.join("+")}+bomb:aerial`
              : rules.join("+"),
          modality,
          ch.negated && !refused,
          ch.frames,
          ch.clause,
        ),
      );
    }
  }
  return out;
}

/**
 * "Senator Vale faulted the Senate", "Vale accused Republicans of stalling": a person who turns on a
 * named body or group sharing their code, the verb's object, still acts on another party; in acts of
 * conflict only (roots 1x, not a rejection, whose object is more often a thing: "refused to leave
 * the presidency").
 */
function memberAgainstBody(g: Graph, v: number, code: string, s: ActorRef, t: ActorRef): boolean {
  return (
    code.startsWith("1") &&
    !code.startsWith("12") &&
    s.type === "person" &&
    t.type !== undefined &&
    t.type !== "person" &&
    t.type !== "country" &&
    // (a name, not "the leaders", "the official", "a man", which the resolver codes from the story
    // around them and so often gives the doer's code by mistake)
    /[A-Z]/.test(t.text) &&
    childrenBy(g, v, /^obj$/).some((o) => o.start >= t.start && o.end <= t.end)
  );
}

/** Party names, each with the one word its members' mentions share ("Democrats", "Democratic senators"). */
const PARTY_WORD =
  /\b(Democrat|Republican|GOP|Labour|Conservative|Tor(?:y|ies)|Liberal|Lib Dem|SNP|Christian Democrat|Social Democrat|Green)s?\b/;
const PARTY_SAME: Record<string, string> = {
  GOP: "Republican",
  Tory: "Conservative",
  Tories: "Conservative",
};

/** The party a mention's words name, or null. */
function partyNamed(text: string): string | null {
  const m = PARTY_WORD.exec(text.replace(/\bDemocratic\b/, "Democrat"));
  return m ? (PARTY_SAME[m[1]] ?? m[1]) : null;
}

/** Do two mentions name two different parties ("Senate Democrats", "Republicans")? */
function rivalParties(a: string, b: string): boolean {
  const pa = partyNamed(a);
  const pb = pa ? partyNamed(b) : null;
  return pa !== null && pb !== null && pa !== pb;
}

/**
 * "Arland bombed the depot", "the army's bombing of the bridge": a state or its forces that bomb do it
 * from the air (CAMEO 195); the non-military bombing of 183 is the planted bomb of rebels and others.
 */
function bombsFromTheAir(g: Graph, v: number, s: ActorRef | null): boolean {
  if (!s || !/^bomb(ing|ings)?$/.test(g.nodes[v].lemma)) return false;
  const sec = s.code.length >= 6 ? s.code.slice(3, 6) : "";
  // "the Kabul bombing", "a Pakistan bombing": a name before the noun is more often where the bomb
  // went off than who dropped it
  const head = g.nodes.find((x) => x.start >= s.start && x.end === s.end);
  if (g.nodes[v].upos === "NOUN" && head?.deprel === "compound" && sec !== "MIL") return false;
  return /^[A-Z]{3}$/.test(s.code)
    ? s.code !== "---"
    : sec === "MIL" || (sec === "GOV" && s.type !== "person");
}

/** Sides of political life whose "attacks" on each other are words: lawmakers, parties, the press. */
const POLITICAL = new Set(["LEG", "OPP", "ELI", "MED", "JUD", "PTY"]);
const politicalSide = (a: ActorRef) => {
  const sec = a.code.length >= 6 ? a.code.slice(3, 6) : "";
  // (a government as a body may use force; a person in it attacks with words)
  return POLITICAL.has(sec) || (sec === "GOV" && a.type === "person");
};

/**
 * "Senator Vale attacked the governor over the budget", "Ross's attacks on the press": an attack by one
 * politician, party or outlet on another, with no weapon named, is criticism (CAMEO 111), not force.
 */
function verbalAttack(g: Graph, v: number, s: ActorRef | null, t: ActorRef | null): boolean {
  if (!s || !t || !politicalSide(s) || !politicalSide(t)) return false;
  // (the attack itself, or the noun of a light verb: "stepped up his attacks on")
  const isAttack = (n: GNode) => n.lemma === "attack" || n.lower === "attacks";
  const n = isAttack(g.nodes[v]) ? g.nodes[v] : childrenBy(g, v, /^obj$/).find(isAttack);
  if (!n) return false;
  return !childrenBy(g, n.i, /^(amod|compound|obl|nmod)$/).some((c) => WEAPONS.test(c.lemma));
}

/** Sectors whose "firing back" may be with guns. */
const ARMED_SECTORS = /^(MIL|COP|REB|INS|UAF|SPY|CRM)$/;

/**
 * "Trump fired back at Kasich", "the campaign hit back at Obama": a party that is no armed body (nor
 * a state, which may shoot) firing back with no weapon named answers in words.
 */
function retort(g: Graph, v: number, s: ActorRef | null): boolean {
  const n = g.nodes[v];
  if (!s || s.code.length < 6 || !/^(fire|hit|strike)$/.test(n.lemma)) return false;
  if (!childrenBy(g, v, /^compound:prt$/).some((p) => p.lower === "back") && g.nodes[v + 1]?.lower !== "back")
    return false;
  return !ARMED_SECTORS.test(s.code.slice(3, 6)) && !childrenBy(g, v, /^obj$/).length;
}

/**
 * Is "each other" / "one another" a phrase of v's own clause (v's object, an oblique, or the possessor
 * in one: "on each other's goods"), not of a clause below it ("said they would help each other")?
 */
function reciprocalPronoun(g: Graph, v: number): boolean {
  for (let k = 0; k + 1 < g.nodes.length; k++) {
    const a = g.nodes[k].lower;
    const b = g.nodes[k + 1].lower;
    if (!((a === "each" && b === "other") || (a === "one" && b === "another"))) continue;
    for (const start of [k, k + 1]) {
      let x = g.nodes[start].head;
      for (let steps = 0; x >= 0 && steps < 5; steps++) {
        if (x === v) return true;
        if (x === k || x === k + 1) {
          x = g.nodes[x].head;
          continue;
        }
        if (g.nodes[x].upos === "VERB" || g.nodes[x].upos === "AUX") break;
        x = g.nodes[x].head;
      }
    }
  }
  return false;
}

/** Nodes inside an "if"/"unless" clause (the stage also drops the chunk reading's events there). */
export function conditionNodes(g: Graph): ReadonlySet<number> {
  let inside: Set<number> | null = null;
  for (const n of g.nodes) {
    // (the parse may read "would respond if Israel attacked" as a complement clause: "if" still marks
    // a condition, or a question, "asked if X had left", neither of which has happened)
    if (n.deprel !== "advcl" && n.deprel !== "ccomp") continue;
    if (childrenBy(g, n.i, /^mark$/).some((m) => m.lower === "if" || m.lower === "unless")) {
      inside ??= new Set<number>();
      for (const k of subtree(g, n.i)) inside.add(k);
    }
  }
  return inside ?? NO_NODES;
}

/**
 * "If Russia invades, it will face sanctions", "the Navy will destroy any boats if they harass our
 * ships": force or sanctions promised on a condition are a threat of them (CAMEO 13x through the
 * threaten frame's shifts), not the act itself, which has not happened.
 */
/** No verb on the way up from node c to its ancestor k: c's clause hangs on k's own. */
function noVerbBetween(g: Graph, c: number, k: number): boolean {
  for (let x = g.nodes[c].head; x >= 0 && x !== k; x = g.nodes[x].head)
    if (g.nodes[x].upos === "VERB") return false;
  return true;
}

export function conditionalThreats(cx: CoderContext, g: Graph, out: CodedEvent[]): void {
  // the clauses an "if" or "unless" heads: its own clause is a condition wherever the parse hung it
  // ("will sever ties with Israel if the embassy moves" with "moves" read as a noun under "ties")
  const ifs = g.nodes.filter((m) => m.deprel === "mark" && (m.lower === "if" || m.lower === "unless"));
  if (!ifs.length) return;
  for (const e of out) {
    if (!/^(1[5-9]|20)/.test(e.code) || e.negated || e.frames.includes("threaten")) continue;
    // a threat has a maker and looks ahead: "would be forced to", "will be hit" have neither
    if (!e.source || e.source.code === "---" || e.modality === "asserted") continue;
    let conditional = false;
    let condition = -1;
    for (let k = e.verb, steps = 0; k >= 0 && steps < 4 && !conditional; steps++) {
      const inside = subtree(g, k);
      for (const m of ifs) {
        const c = m.head;
        if (
          c >= 0 &&
          c !== k &&
          inside.includes(c) &&
          !subtree(g, c).includes(e.verb) &&
          noVerbBetween(g, c, k)
        ) {
          conditional = true;
          condition = c;
        }
      }
      // stop at the clause that reports it ("said that if ..., X would ...") or that a relative
      // clause states as fact ("fighting that has killed ...")
      if (/^(root|ccomp|parataxis|acl)/.test(g.nodes[k].deprel)) break;
      k = g.nodes[k].head;
    }
    if (!conditional) continue;
    const shifted = shiftCode(cx.lex, "threaten", e.code);
    if (shifted === e.code) continue;
    e.code = shifted;
    e.rule = `${e.rule}+conditional:if`;
    e.modality = "hypothetical";
    // "would retaliate if the United States imposed tariffs": the threat is aimed at the condition's doer
    if (!e.target && condition >= 0) {
      const subj = childrenBy(g, condition, /^nsubj$/)[0];
      const own = (a: ActorRef) =>
        a.start === e.source?.start || (!!a.actorId && a.actorId === e.source?.actorId);
      const party = subj ? actorsOf(cx, g, subj.i).find((a) => !own(a) && a.code !== "---") : undefined;
      if (party) e.target = party;
    }
  }
}

/**
 * "Russia said Ukraine must withdraw its troops", "the minister said Israel should release the
 * prisoners": what a speaker says another party must or should do is a demand (10x) or an appeal
 * (02x) to that party, not the act, which has not happened. A coded act in the clause is turned
 * through the demand/appeal shifts (and so leaves the list); an uncoded one still makes a plain
 * 100/020 when the obliged party is a named actor other than the speaker.
 */
export function obligations(cx: CoderContext, g: Graph, out: CodedEvent[]): CodedEvent[] {
  const made: CodedEvent[] = [];
  for (const n of g.nodes) {
    if (n.upos !== "VERB" && n.upos !== "AUX") continue;
    // most verbs carry no modal of duty: look no further (this runs on every verb of every sentence)
    if (
      n.lemma !== "have" &&
      n.lemma !== "need" &&
      !g.kids[n.i].some((k) => MODAL_OF_DUTY.test(g.nodes[k].lower))
    )
      continue;
    const aux = childrenBy(g, n.i, /^aux$/).map((a) => a.lower);
    // ("the AP must have known": a "must" of inference, not of duty)
    if (aux.includes("must") && aux.includes("have")) continue;
    const must =
      aux.some((a) => a === "must") || ((n.lemma === "have" || n.lemma === "need") && aux.length === 0);
    const should = aux.some((a) => a === "should" || a === "ought");
    if (!must && !should) continue;
    // "has to withdraw", "needs to withdraw": the obliged act is the infinitive; "has yet to", "has
    // nothing to hide", "has a lot to lose" oblige no one
    let act = n;
    if (n.lemma === "have" || n.lemma === "need") {
      if (g.nodes[n.i + 1]?.lower === "yet" || childrenBy(g, n.i, /^obj$/).length) continue;
      const x = childrenBy(g, n.i, /^xcomp$/).find((k) =>
        childrenBy(g, k.i, /^mark$/).some((m) => m.lower === "to"),
      );
      if (!x) continue;
      act = x;
    }
    const speech = speechOver(g, n.i);
    if (speech === null || (n.head !== speech && g.nodes[speech].head !== n.i)) continue;
    if (negatedAt(g, speech) || out.some((e) => e.verb === speech)) continue;
    const speakerSubj = subjectOf(cx, g, speech);
    if (speakerSubj.passive) continue;
    const speakers = speakerSubj.nodes.flatMap((k) => actorsOf(cx, g, k)).filter((a) => a.code !== "---");
    if (!speakers.length) continue;
    const subjNode = childrenBy(g, n.i, /^nsubj(:pass)?$/)[0];
    // "we must ...": a party binding itself states an intent, left to the frames
    if (!subjNode || FIRST_PERSON.test(subjNode.lower)) continue;
    const subjActors = actorsOf(cx, g, subjNode.i);
    const self = (a: ActorRef) =>
      speakers.some(
        (sp) => sp.start === a.start || sp.code === a.code || (sp.actorId && sp.actorId === a.actorId),
      );
    // "Iran said it must defend itself": the speaker's own duty is no demand on anyone
    if (subjActors.length && subjActors.every(self)) continue;
    const obliged = subjActors.filter((a) => !self(a));
    const frame: FrameKind = must ? "demand" : "appeal";
    const coded = out.filter((e) => e.verb === act.i && !e.frames.length);
    for (const e of coded) {
      e.code = shiftCode(cx.lex, frame, e.code);
      e.rule = `${e.rule}+obligation:${must ? "must" : "should"}`;
      e.modality = "requested";
      e.target = obliged[0] ?? e.source;
      e.source = speakers[0];
    }
    // (an uncoded act makes a demand only on a party the resolver knows: not "both of these issues")
    if (coded.length || !obliged.some((a) => a.code !== "---")) continue;
    if (made.some((m) => m.source?.code === speakers[0].code && m.target?.code === obliged[0].code)) continue;
    for (const e of finish(
      cx,
      g,
      n.i,
      null,
      must ? "100" : "020",
      `obligation:${must ? "must" : "should"}`,
      speakers,
      obliged,
    ))
      made.push(revisedEvent(e, { code: must ? "100" : "020", frames: [], modality: "requested" }));
  }
  return made;
}

/** Auxiliaries that open a yes-no question ("Did Arland ...", "Will Vosk ..."). */
const QUESTION_AUX = /^(did|does|do|is|are|was|were|will|can|could|should|would|has|have)$/;
/** Question words that open a headline asking or explaining ("Why Arland ...", "How Vosk ..."). */
const QUESTION_WORD = /^(why|how|what|who)$/;

/**
 * A sentence that asks and asserts nothing: it ends in "?" ("Arland Attacked Vosk?"), or, with no
 * full stop or "!" at its end (a headline), opens with an auxiliary the tagger reads as one ("Did
 * Arland Withdraw ...", not "Will Grant Meets ...") or a question word ("How Arland Won The Vote").
 * A question inside quotes ('... Asks: "Will Vosk Pay?"') leaves the sentence that reports it alone.
 */
export function isQuestion(g: Graph): boolean {
  const words = g.nodes.filter((n) => n.upos !== "PUNCT" || /^[.!?]$/.test(n.text));
  let k = g.nodes.length - 1;
  while (k >= 0 && /^["'”’)\]»]+$/.test(g.nodes[k].text)) k--;
  const last = g.nodes[k];
  if (!last || !words.length) return false;
  // (a question the sentence closes with a quote mark is one it reports)
  if (last.text === "?") return k === g.nodes.length - 1;
  if (/[.!?]["'”’)]*$/.test(last.text)) return false;
  const first = words[0];
  if (QUESTION_WORD.test(first.lower)) return true;
  if (!QUESTION_AUX.test(first.lower) || first.upos !== "AUX") return false;
  // (its verb in the bare form: "Did Arland Withdraw", not "Will Grant Meets Vosk", a name)
  const verb = g.nodes[first.head];
  return verb?.upos !== "VERB" || verb.lower === verb.lemma;
}
