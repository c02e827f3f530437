// Reported speech, judgements and accusations: denials ("said it did not"), naming ("called the
// move a provocation"), evaluations ("X is unacceptable"), blame and allegations ("blamed Iran for",
// "strikes by Israel"), ultimatums and warnings.

import { type ActorRef, type CodedEvent, type CoderContext, revisedEvent } from "./coder-types.js";
import { goingTo } from "./entry-choice.js";
import { childrenBy, type Graph, subtree } from "./graph.js";
import { entriesFor } from "./lexicon.js";
import { finish, negatedAt } from "./modality.js";
import { actorsOf, fallbackSource, sector, subjectOf } from "./parties.js";
import { caseOf, clauseHead, inMainClause, obliques, pollRespondents } from "./syntax.js";
import {
  AS_ONLY_NAMING,
  DEED_VERBS,
  FUTURE,
  HYPO,
  NAMING_VERBS,
  NEG_WORDS,
  NEGATIVE_JUDGEMENT,
  NOT_DENIALS,
  SAY_VERBS,
  SECOND_PERSON,
  STATEMENT_VERBS,
} from "./words.js";

// predicates that, negated, deny a part in a deed: "was not responsible", "were not behind it"
const DENIED_PARTS = new Set([
  "responsible",
  "involved",
  "behind",
  "true",
  "accurate",
  "correct",
  "guilty",
  "fault",
  "member",
  "part",
  "party",
  "privy",
  "aware",
  "there",
  "us",
  "we",
  "them",
  "it",
]);

// verbs the lexicon does not code whose negation denies a deed: "it didn't happen", "we did not
// interfere", "he did not leak it", "she did not send classified material"
const DENIED_DEEDS = new Set(
  "happen do commit carry interfere meddle hack spy leak lie send give pay fire dismiss authorize approve sign break violate cause involve plan steal collude coordinate conspire intervene incite harm torture abuse mistreat bribe cheat exploit seek handle receive disclose reveal hide".split(
    " ",
  ),
);

// the organs of a state that speak for one another ("the ministry said its troops did not ...")
const STATE_ORGANS = /^(GOV|MIL|COP|SPY)$/;

/**
 * Is b on a's own side, for a denial: the same state, and the same sector or both organs of the state
 * (a bare state code is on every side of its country). A firm, a party, a paper or a lawmaker of the
 * same country is another side: "the senator said the banks do not disclose fees" denies nothing.
 */
function sameSide(a: ActorRef, b: ActorRef): boolean {
  if (a.code.slice(0, 3) !== b.code.slice(0, 3)) return false;
  const [sa, sb] = [sector(a), sector(b)];
  return !sa || !sb || sa === sb || (STATE_ORGANS.test(sa) && STATE_ORGANS.test(sb));
}

/**
 * A sentence that codes nothing else, in which a named actor says that it (or its own side) did not
 * do something, is a denial (016): "the Pentagon said it wasn't the US", "police are not interfering
 * in the affairs of X, the ministry said". Plain "X said ..." stays uncoded (see below).
 */
export function denialByNegation(cx: CoderContext, g: Graph): CodedEvent[] {
  for (const n of g.nodes) {
    if (n.upos !== "VERB" || !STATEMENT_VERBS.has(n.lemma) || !inMainClause(g, n.i)) continue;
    if (negatedAt(g, n.i)) continue;
    const subj = subjectOf(cx, g, n.i);
    if (subj.passive) continue;
    // (a firm's or a private person's "not" is seldom a denial: on unlabelled wire news none was)
    const sources = subj.nodes
      .flatMap((k) => actorsOf(cx, g, k))
      .filter((a) => a.code !== "---" && !/^(BUS|CVL)$/.test(sector(a)));
    if (!sources.length) continue;
    const said = childrenBy(g, n.i, /^(ccomp|parataxis)$/);
    // the parse may hang the reporting verb under what is said ("X is not ..., the ministry said")
    if (n.deprel === "parataxis" && n.head >= 0) said.push(g.nodes[n.head]);
    let denied: number | null = null;
    const denial = said.some((c) => {
      denied = c.i;
      if (!negatedAt(g, c.i)) return false;
      // "said: 'if we don't act, ...'": a negation in a condition denies nothing
      if (childrenBy(g, c.i, /^mark$/).some((m) => /^(if|unless)$/.test(m.lower))) return false;
      // "said he did not know", "said they won't move forward": a negated thought or a refusal to
      // come is no denial (on unlabelled news most such sentences were these)
      // ("I'm not going to be rushed": a refusal of what is to come, as "won't" is)
      if (
        NOT_DENIALS.has(c.lemma) ||
        goingTo(g, c.i) ||
        // "we cannot continue", "it would not be sensible": what cannot or should not be is no denial
        childrenBy(g, c.i, /^aux$/).some(
          (a) => FUTURE.has(a.lower) || HYPO.has(a.lower) || /^(wo|ca)$/.test(a.lower),
        )
      )
        return false;
      // "said it was not unfair", "said it was not the moment to retreat": a state or a name negated is
      // a judgement, not a denial, unless it names the speaker's part in a deed ("was not involved")
      if (childrenBy(g, c.i, /^cop$/).length && !DENIED_PARTS.has(c.lemma)) return false;
      // "said the position has not changed", "said he had not made a decision", "we don't have a
      // strategy": a negated verb that names no deed (none the lexicon codes whatever its object, nor
      // one of DENIED_DEEDS)
      // denies nothing (on news three in four such "denials" were these)
      if (
        !childrenBy(g, c.i, /^cop$/).length &&
        !DENIED_DEEDS.has(c.lemma) &&
        !DEED_VERBS.has(c.lemma) &&
        !entriesFor(cx.lex, c.lemma, "verb").some((e) => !e.objects.length && !e.prepRequired)
      )
        return false;
      const sub = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
      // "'Don't meddle in the election,' he said": a negated order has no subject and denies nothing
      if (!sub && childrenBy(g, c.i, /^aux$/).some((a) => a.lemma === "do")) return false;
      // ("'You haven't done anything wrong,' he said": whom the speaker addresses denies nothing)
      if (sub?.upos === "PRON" && SECOND_PERSON.test(sub.lower)) return false;
      if (!sub || sub.upos === "PRON") return true;
      const who = actorsOf(cx, g, sub.i);
      return who.some((w) => sources.some((src) => sameSide(src, w)));
    });
    // a bare "X said" is left uncoded: on the dev set 010 there stood mostly for content the coder
    // missed (an accusation, a threat) and added more wrong events than right ones
    if (!denial) continue;
    const told =
      n.lemma === "tell" ? childrenBy(g, n.i, /^(obj|iobj)$/).flatMap((o) => actorsOf(cx, g, o.i)) : [];
    let targets = told.filter((t) => !t.code.endsWith("MED"));
    // "said its agents are not meddling in Arland's politics": the other country
    // the denied act would be done to
    if (!targets.length && denied !== null)
      for (const o of childrenBy(g, denied, /^(obj|obl)$/)) {
        targets = actorsOf(cx, g, o.i).filter(
          (a) => a.code !== "---" && !sources.some((src) => src.code.slice(0, 3) === a.code.slice(0, 3)),
        );
        if (targets.length) break;
      }
    return finish(cx, g, n.i, null, "016", "fallback:denial", sources, targets).map((e) =>
      revisedEvent(e, { negated: false, frames: [] }),
    );
  }
  return [];
}

/**
 * "The coalition said it did not conduct air strikes": a speaker saying that it (a pronoun for the
 * speaker, or the speaker's own side) did not do something denies it. The negated act becomes the
 * speaker's denial (016), in place.
 */
export function saidNot(cx: CoderContext, g: Graph, events: CodedEvent[]): void {
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    const v = g.nodes[e.verb];
    if (!e.negated || e.frames.length || v.deprel !== "ccomp" || v.head < 0) continue;
    // "said he was not concerned", "we don't comment on it", "said he wasn't eager to step in": a
    // negated statement, mood or intent denies no deed (on news these were almost never denials)
    if (e.code.startsWith("01") || e.rule.startsWith("frame:")) continue;
    const say = g.nodes[v.head];
    if (!STATEMENT_VERBS.has(say.lemma) || negatedAt(g, say.i)) continue;
    // "said he could not comment", "said Norway would not drop its offer", "said he did not
    // consider Putin a friend": what cannot or will not be, and a negated thought, deny no deed
    // (the negated act stays as it was coded)
    if (
      NOT_DENIALS.has(v.lemma) ||
      v.lemma === "consider" ||
      goingTo(g, v.i) ||
      childrenBy(g, v.i, /^aux$/).some(
        (a) => FUTURE.has(a.lower) || HYPO.has(a.lower) || /^(wo|ca)$/.test(a.lower),
      )
    )
      continue;
    const up = subjectOf(cx, g, say.i);
    const speakers = up.passive ? [] : up.nodes.flatMap((x) => actorsOf(cx, g, x));
    if (!speakers.length) continue;
    const sub = childrenBy(g, v.i, /^nsubj(:pass)?$/)[0];
    const own =
      sub !== undefined &&
      (/^(it|we|they|i|he|she)$/.test(sub.lower) ||
        actorsOf(cx, g, sub.i).some((a) => speakers.some((s) => sameSide(s, a))));
    if (!own) continue;
    const denial = finish(cx, g, say.i, null, "016", `${e.rule}+said-not:deny`, speakers.slice(0, 1), []);
    events.splice(
      k,
      1,
      ...denial.map((d) => revisedEvent(d, { negated: false, frames: [], covers: e.verb })),
    );
    k += denial.length - 1;
  }
}

/**
 * A naming verb whose object is given a name or a judgement: "called the strikes unjustified" (an
 * adjective after the object), "called the attack a terrible thing" (a second object), "called the
 * investigation a sham" (a noun or adjective complement).
 */
export function namesAJudgement(g: Graph, v: number): boolean {
  if (!NAMING_VERBS.has(g.nodes[v].lemma)) return false;
  const objs = childrenBy(g, v, /^obj$/);
  if (objs.length >= 2) return true;
  if (objs.length && childrenBy(g, v, /^xcomp$/).some((x) => x.upos === "ADJ" || x.upos === "NOUN"))
    return true;
  return objs.some((o) => childrenBy(g, o.i, /^amod$/).some((a) => a.i > o.i && a.upos === "ADJ"));
}

/** The verb of saying a clause is reported by ("X was unacceptable, the ministry said"), if any. */
export function speechOver(g: Graph, i: number): number | null {
  let x = i;
  for (let depth = 0; depth < 3; depth++) {
    const side = childrenBy(g, x, /^(parataxis|ccomp)$/).find((c) => SAY_VERBS.has(c.lemma));
    if (side) return side.i;
    if (g.nodes[x].head < 0 || !/^(ccomp|conj)$/.test(g.nodes[x].deprel)) return null;
    x = g.nodes[x].head;
    if (SAY_VERBS.has(g.nodes[x].lemma)) return x;
  }
  return null;
}

/**
 * "officials said Pyongyang was behind the attack", "X says Y is responsible for the bombing": a
 * reported statement that a party did a deed accuses it (112), from the speaker to the party named.
 */
export function codeBlame(cx: CoderContext, g: Graph, coded: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const n of g.nodes) {
    // "it was sponsored by Iran", "the attack was orchestrated by militants": the agent of a
    // passive deed word is the one accused
    const agent =
      n.upos === "VERB" && DEED_VERBS.has(n.lemma) && childrenBy(g, n.i, /^(aux:pass|nsubj:pass)$/).length
        ? childrenBy(g, n.i, /^obl(:agent)?$/).find((o) => caseOf(g, o.i) === "by")
        : undefined;
    // else "X was behind ...", "X is responsible for ...": a copular noun or "responsible" (the
    // copula is asked before the phrase's preposition, since most words have none)
    if (!agent && ((n.upos !== "NOUN" && n.lemma !== "responsible") || !childrenBy(g, n.i, /^cop$/).length))
      continue;
    const behind = n.upos === "NOUN" && caseOf(g, n.i) === "behind";
    const responsible =
      n.lemma === "responsible" && childrenBy(g, n.i, /^obl$/).some((o) => caseOf(g, o.i) === "for");
    if (!agent && !behind && !responsible) continue;
    if (negatedAt(g, n.i)) continue;
    const culprit = agent ?? childrenBy(g, n.i, /^nsubj$/)[0];
    const speech = speechOver(g, n.i);
    if (!culprit || speech === null || coded.some((e) => e.verb === speech)) continue;
    const targets = actorsOf(cx, g, culprit.i);
    if (!targets.length) continue;
    const subj = subjectOf(cx, g, speech);
    let sources = subj.nodes.flatMap((k) => actorsOf(cx, g, k));
    if (!sources.length) sources = fallbackSource(cx, g, speech, subj.nodes, targets);
    const own = (a: ActorRef) => targets.some((t) => t.start === a.start);
    sources = sources.filter((a) => !own(a));
    if (!sources.length) continue;
    for (const e of finish(
      cx,
      g,
      n.i,
      null,
      "112",
      `blame:${agent ? n.lemma : behind ? "behind" : "responsible"}`,
      sources,
      targets,
    ))
      out.push(revisedEvent(e, { code: "112", frames: [], modality: "asserted" }));
  }
  return out;
}

/**
 * "US officials said the regime used chemical weapons", "the opposition says the government is forcing
 * them out": a party reporting that another party committed coercion or atrocity accuses it (112),
 * over and above the act itself. Only roots 17, 18 and 20 count: a visit reported is neutral news,
 * and on the dev set fighting reported by a side in a war (19) was coded as the fighting alone. The
 * press relays and does not accuse; the speaker's own act is a claim, not an accusation.
 */
const WITNESSES = /\b(witness|witnesses|onlookers|bystanders|eyewitnesses)$/i;

export function codeAllegations(cx: CoderContext, g: Graph, coded: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of coded) {
    if (!/^(1[78]|20)/.test(e.code) || e.negated || !e.source || e.source.code === "---") continue;
    if (g.nodes[e.verb].upos !== "VERB" || e.modality !== "asserted") continue;
    const speech = speechOver(g, e.verb);
    // the act must be what is said, not a clause further down ("skeptical of claims that X did")
    const v = g.nodes[e.verb];
    if (speech !== null && v.head !== speech && g.nodes[speech].head !== e.verb) continue;
    if (speech === null || coded.some((k) => k.verb === speech) || negatedAt(g, speech)) continue;
    // "said it did not believe that Iran had attacked": a doubt on the way up is no allegation
    let doubted = false;
    for (let k = g.nodes[e.verb].head, steps = 0; k >= 0 && k !== speech && steps < 4; steps++) {
      if (negatedAt(g, k)) doubted = true;
      k = g.nodes[k].head;
    }
    if (doubted) continue;
    const subj = subjectOf(cx, g, speech);
    if (subj.passive) continue;
    const doer = e.source;
    const sources = subj.nodes
      .flatMap((k) => actorsOf(cx, g, k))
      .filter((a) => a.code !== "---" && !a.code.endsWith("MED") && a.start !== doer.start)
      // "..., witnesses said": onlookers relay what they saw, as the press does
      .filter((a) => !WITNESSES.test(a.text))
      .filter((a) => rivals(a.code, doer.code))
      .filter((a) => !(a.actorId && a.actorId === doer.actorId));
    if (!sources.length) continue;
    for (const ev of finish(cx, g, speech, null, "112", "allegation:reported-act", sources, [doer])) {
      // one accusation per speaker and accused, however many acts the clause reports
      if (
        out.some(
          (o) => o.verb === speech && o.target?.code === doer.code && o.source?.code === ev.source?.code,
        )
      )
        continue;
      out.push(revisedEvent(ev, { code: "112", frames: [], modality: "asserted" }));
    }
  }
  return out;
}

/**
 * The naming verb and the thing named when judgement word i is (or modifies) the name given to it:
 * "called the move [an act of] aggression", "described the expulsions as a hostile act", "termed
 * the raid a violation". The parser makes the name a second object or an "as" phrase, not the xcomp
 * that "called X unjustified" gets, so those shapes are looked for here.
 */
export function namedAs(g: Graph, i: number): { verb: number; judged: number | null } | null {
  const n = g.nodes[i];
  // the word itself is the name, or it qualifies the name's head ("hostile act", "act of aggression")
  let p = n;
  if (n.head >= 0 && (n.deprel === "amod" || (n.deprel === "nmod" && caseOf(g, n.i) === "of"))) {
    p = g.nodes[n.head];
  }
  if (p.head < 0 || (p.upos !== "NOUN" && p.upos !== "ADJ")) return null;
  const v = g.nodes[p.head];
  if (v.upos !== "VERB" || !NAMING_VERBS.has(v.lemma)) return null;
  const objs = childrenBy(g, v.i, /^obj$/);
  if (AS_ONLY_NAMING.has(v.lemma) && caseOf(g, p.i) !== "as") return null;
  // "called the strikes unjustified" parsed with the adjective hung after the noun it judges
  if (p.deprel === "obj" && n.deprel === "amod" && n.i > p.i && !AS_ONLY_NAMING.has(v.lemma))
    return { verb: v.i, judged: p.i };
  if (p.deprel === "obj" && objs.length >= 2 && objs[0].i !== p.i) return { verb: v.i, judged: objs[0].i };
  // "called the attacks an escalation" with the name read as a bare noun phrase after the object
  if (p.deprel === "obl:unmarked" && objs.length && objs[0].i < p.i && !AS_ONLY_NAMING.has(v.lemma))
    return { verb: v.i, judged: objs[0].i };
  if ((p.deprel === "obl" && caseOf(g, p.i) === "as") || (p.deprel === "xcomp" && p !== n)) {
    return { verb: v.i, judged: objs[0]?.i ?? null };
  }
  return null;
}

// verbs that wave a party, a claim or a plan away: with an "as" phrase the dismissal is a judgement
const DISMISS_VERBS = new Set(["dismiss", "deride", "ridicule", "mock", "belittle"]);

/**
 * "dismissed the new sanctions as too weak", "derided the talks as a stunt": waving something away
 * as anything at all disapproves of it (111), whatever the word of the "as" phrase. The speaker is
 * the source; the actor named in what is dismissed is the target. (A dismissed claim or accusation
 * is a denial: the lexicon's object lines code it, and a verb coded already is left alone.)
 */
export function codeDismissals(cx: CoderContext, g: Graph, coded: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const v of g.nodes) {
    if (v.upos !== "VERB" || !DISMISS_VERBS.has(v.lemma) || coded.some((e) => e.verb === v.i)) continue;
    const as = g.kids[v.i].some((k) => {
      const c = g.nodes[k];
      return /^(obl|xcomp|advcl)$/.test(c.deprel) && caseOf(g, c.i) === "as";
    });
    if (!as) continue;
    // (a passive is left to the judgement's own reading: "was dismissed as illegal by Kiev")
    if (childrenBy(g, v.i, /^(nsubj:pass|aux:pass)$/).length) continue;
    const subj = subjectOf(cx, g, v.i);
    if (subj.passive) continue;
    const sources = subj.nodes.flatMap((k) => actorsOf(cx, g, k));
    if (!sources.length) continue;
    const targets = childrenBy(g, v.i, /^obj$/)
      .flatMap((o) => actorsOf(cx, g, o.i))
      .filter((a) => !sources.some((src) => src.start === a.start));
    out.push(...finish(cx, g, v.i, null, "111", "dismissal:as", sources, targets));
  }
  return out;
}

/**
 * "told Japan to resolve the row or face ...", "warned Iran to withdraw or face consequences": a
 * demand with a stated penalty for refusing is an ultimatum (139) from the teller to the told.
 */
export function codeUltimatums(cx: CoderContext, g: Graph, coded: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  // (no "face" in the sentence, no ultimatum: most sentences end here)
  if (!g.nodes.some((n) => n.lemma === "face")) return out;
  for (const n of g.nodes) {
    if (n.upos !== "VERB" || coded.some((e) => e.verb === n.i && e.code.startsWith("139"))) continue;
    const face = childrenBy(g, n.i, /^(xcomp|advcl|ccomp)$/).some((x) =>
      childrenBy(g, x.i, /^conj$/).some(
        (c) => c.lemma === "face" && childrenBy(g, c.i, /^cc$/).some((cc) => cc.lower === "or"),
      ),
    );
    if (!face) continue;
    const subj = subjectOf(cx, g, n.i);
    const sources = subj.passive ? [] : subj.nodes.flatMap((k) => actorsOf(cx, g, k));
    if (!sources.length) continue;
    const told = childrenBy(g, n.i, /^(obj|iobj)$/).flatMap((o) => actorsOf(cx, g, o.i));
    out.push(...finish(cx, g, n.i, null, "139", "ultimatum:or-face", sources, told));
  }
  return out;
}

/**
 * "All options are on the table", "we will take no military option off the table": a government keeping
 * force in reserve against another state threatens it (138). Said of another country or of military
 * options only: budget talks have options on the table too.
 */
export function codeOpenOptions(cx: CoderContext, g: Graph, coded: CodedEvent[]): CodedEvent[] {
  const t = g.nodes.findIndex(
    (n, k) =>
      n.lower === "table" &&
      k >= 2 &&
      g.nodes[k - 1].lower === "the" &&
      /^(on|off)$/.test(g.nodes[k - 2].lower),
  );
  if (t < 0) return [];
  const option = g.nodes.find((n) => n.lemma === "option" && n.i < t && t - n.i <= 8);
  if (!option) return [];
  // every option, or the military one: "an extreme option on the table" is one plan among others
  const military = childrenBy(g, option.i, /^(amod|compound)$/).some((a) => a.lemma === "military");
  const every = g.nodes
    .slice(Math.max(0, option.i - 3), option.i)
    .some((n) => /^(all|any|no)$/.test(n.lower));
  if (!military && !every) return [];
  const none = childrenBy(g, option.i, /^det$/).some((d) => d.lower === "no");
  const denied = none || g.nodes.slice(0, t).some((n) => NEG_WORDS.has(n.lower));
  // on the table unless none is; off the table only when taking them off is denied
  if ((g.nodes[t - 2].lower === "off") !== denied) return [];
  if (coded.some((e) => e.code.startsWith("13"))) return [];
  // who holds them: the subject of "take", "keep" or "leave", else whoever says they are there
  const at = clauseHead(g, t);
  let sources: ActorRef[] = [];
  const holder = childrenBy(g, at, /^nsubj$/).find((x) => x.lemma !== "option");
  if (holder && g.nodes[at].upos === "VERB") sources = actorsOf(cx, g, holder.i);
  const speech = speechOver(g, at);
  if (!sources.length && speech !== null)
    sources = subjectOf(cx, g, speech).nodes.flatMap((k) => actorsOf(cx, g, k));
  if (!sources.length) {
    const sp = cx.speakerAt?.(g.nodes[t].start);
    if (sp) sources = [sp];
  }
  sources = sources.filter((a) => !a.code.startsWith("---"));
  if (!sources.length) return [];
  const own = (a: ActorRef) => sources.some((src) => src.code.slice(0, 3) === a.code.slice(0, 3));
  // the state it is said of: after the phrase ("... when it comes to North Korea") before the rest; no
  // outlet or international body (their words and blessings are not what force is kept for)
  const foreign = cx
    .sentenceActors()
    .filter((a) => !a.code.startsWith("---") && !own(a) && !a.code.startsWith("IGO") && sector(a) !== "MED")
    .sort((a, b) => Number(a.start < g.nodes[t].start) - Number(b.start < g.nodes[t].start));
  if (!foreign.length && !military) return [];
  return finish(cx, g, t, null, "138", "idiom:options-on-the-table", sources, foreign.slice(0, 1)).map((e) =>
    revisedEvent(e, { negated: false }),
  );
}

/** What a warning is about: the actors doing the deed warned of, and whether there is a clause. */
export function warnedAbout(
  cx: CoderContext,
  g: Graph,
  v: number,
): { actors: ActorRef[]; clause: boolean; toCome: boolean } {
  for (const c of childrenBy(g, v, /^(ccomp|obl|advcl)$/)) {
    if (c.deprel !== "ccomp" && !["of", "about", "that"].includes(caseOf(g, c.i) ?? "")) continue;
    const subj = childrenBy(g, c.i, /^nsubj(:pass)?$/)[0];
    const actors = subj ? actorsOf(cx, g, subj.i) : actorsOf(cx, g, c.i);
    // "warned that the navy would respond", "warned any effort could backfire": what is to come
    const toCome =
      c.deprel === "ccomp" &&
      childrenBy(g, c.i, /^(aux|aux:pass)$/).some((a) => FUTURE.has(a.lower) || HYPO.has(a.lower));
    return { actors, clause: true, toCome };
  }
  return { actors: [], clause: false, toCome: false };
}

/**
 * Disapproval stated as a judgement: "called the expulsion unjustified", "said the sanctions were
 * ineffective", "'This is unacceptable,' the ministry said". The speaker is the source; the actor
 * named in what is judged is the target.
 */
export function codeEvaluations(cx: CoderContext, g: Graph, coded: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const n of g.nodes) {
    if (n.upos !== "ADJ" && n.upos !== "NOUN") continue;
    // ("China is not helpful", "the offer was not serious": a good quality denied judges as badly)
    const judges = NEGATIVE_JUDGEMENT.has(n.lemma)
      ? !negatedAt(g, n.i) && !childrenBy(g, n.i, /^amod$/).some((a) => a.lower === "no")
      : n.upos === "ADJ" && GOOD_QUALITIES.has(n.lemma) && negatedAt(g, n.i);
    if (!judges) continue;
    let speech: number | null = null;
    let judged: number | null = null;
    // found through an owner or the quote's speaker, not a verb of saying or naming over the judgement
    let indirect = false;
    // judged through its owner's noun ("Kim's reckless rhetoric"), whatever the clause around it says
    let owned = false;
    const head = n.head >= 0 ? g.nodes[n.head] : null;
    const named = namedAs(g, n.i);
    const asOnly = head && AS_ONLY_NAMING.has(head.lemma) && caseOf(g, n.i) !== "as";
    if (head && n.deprel === "xcomp" && NAMING_VERBS.has(head.lemma) && !asOnly) {
      // "called X unjustified"
      speech = head.i;
      judged = childrenBy(g, head.i, /^obj$/)[0]?.i ?? null;
    } else if (named) {
      // "called the move an act of aggression", "described the expulsions as a hostile act"
      speech = named.verb;
      judged = named.judged;
    } else if (childrenBy(g, n.i, /^cop$/).length) {
      // a copular clause ("X was unacceptable") under a verb of saying, or with one beside it
      judged = childrenBy(g, n.i, /^nsubj$/)[0]?.i ?? null;
      speech = speechOver(g, n.i);
    } else {
      // a judgement owned by a party, in reported words: "Kim's reckless rhetoric", "the provocations
      // by the North", Mattis said
      judged = ownerOfJudgement(g, n.i);
      if (judged === null) continue;
      owned = true;
      speech = speechOver(g, clauseHead(g, n.i));
      indirect = true;
    }
    let sources: ActorRef[];
    if (speech === null) {
      // words inside a quote whose speaker the quotes stage found: "China is not helpful." with
      // "Schumer said" a sentence on
      const sp = cx.speakerAt?.(n.start);
      if (!sp) continue;
      sources = [sp];
      indirect = true;
    } else {
      // a judgement on an event the sentence already codes as disapproval adds nothing
      if (coded.some((e) => e.verb === speech && /^11/.test(e.code))) continue;
      const subj = subjectOf(cx, g, speech);
      if (subj.passive) {
        // "Romney was called a racist by the Palestinians": the agent judges and the subject is the
        // one judged (with no agent, no one is known to have judged)
        if (judged === null) judged = subj.nodes[0] ?? null;
        // (the parse may hang the "by" phrase on the name given: "called a racist | by X")
        const by = subj.agent.length
          ? subj.agent
          : obliques(g, n.i)
              .filter(([p]) => p === "by")
              .map(([, o]) => o);
        sources = by.flatMap((k) => actorsOf(cx, g, k));
        if (!sources.length) continue;
      } else {
        // ("half of voters say the tax should be illegal": poll answers judge no one)
        if (pollRespondents(g, speech, subj.nodes)) continue;
        sources = subj.nodes.flatMap((k) => actorsOf(cx, g, k));
        if (!sources.length) sources = fallbackSource(cx, g, speech, subj.nodes, []);
        if (!sources.length) continue;
      }
    }
    let targets: ActorRef[] = [];
    // "said it was shameful that the envoys ...": an expletive "it" stands for the clause after
    // the judgement, whose subject is the one judged
    if (judged !== null && g.nodes[judged].lower === "it") {
      const clause = childrenBy(g, n.i, /^(ccomp|csubj|advcl)$/).find((c) =>
        childrenBy(g, c.i, /^mark$/).some((m) => /^(that|whether)$/.test(m.lower)),
      );
      const sub = clause ? childrenBy(g, clause.i, /^nsubj(:pass)?$/)[0] : undefined;
      if (sub) judged = sub.i;
    }
    if (judged !== null) {
      targets = actorsOf(cx, g, judged);
      if (!targets.length) {
        const inside = subtree(g, judged, true);
        for (const k of inside) {
          const a = cx.actorIn(g.nodes[k].start, g.nodes[k].end, g.nodes[k]);
          if (
            a &&
            !sources.some((src) => src.start === a.start || (src.actorId && src.actorId === a.actorId))
          ) {
            targets = [a];
            break;
          }
        }
      }
    }
    // the looser readings judge a party named, and not what only might be ("should be illegal", "Is
    // Putin a war criminal?")
    // ("Trump's threat", "its military weakness": words that name the owner's own act or state)
    // (an owned judgement is the speaker's word for the owner's deed, not hedged by the clause it is
    // in: "diplomacy should impose reason on Kim's reckless rhetoric")
    if (indirect && (OWN_ACTS.has(n.lemma) || (owned ? asked(g) : hedged(g, n.i)))) continue;
    for (const e of finish(cx, g, n.i, null, "111", `evaluation:${n.lemma}`, sources, targets)) {
      if (indirect && (!e.target || e.target.code === "---")) continue;
      // the naming verb is no frame here: "called X unjustified" asks nothing of anyone
      // (a denied good quality is a judgement made, not one withheld)
      out.push(
        revisedEvent(e, {
          code: "111",
          rule: `evaluation:${n.lemma}`,
          frames: [],
          modality: "asserted",
          negated: e.negated && NEGATIVE_JUDGEMENT.has(n.lemma),
        }),
      );
    }
  }
  return out;
}

// judgement words that, owned, name the owner's own act or state rather than a verdict on it
const OWN_ACTS = new Set([
  "threat",
  "blow",
  "barrier",
  "weakness",
  "mistake",
  "crime",
  "criminal",
  "terrorism",
]);

/** A judgement under a modal or a condition, or in a question: what might be, not what is said to be. */
function hedged(g: Graph, i: number): boolean {
  const at = clauseHead(g, i);
  if (childrenBy(g, at, /^aux$/).some((a) => HYPO.has(a.lower))) return true;
  if (childrenBy(g, at, /^mark$/).some((m) => /^(if|unless|whether)$/.test(m.lower))) return true;
  return asked(g);
}

/** Is the sentence a question? */
function asked(g: Graph): boolean {
  return g.nodes.some((t) => t.lower === "?");
}

/**
 * Whose the judged thing is: the possessor of the noun the judgement names or qualifies ("Kim's
 * reckless rhetoric", "Obama's appeasement"), or its "by" phrase ("provocations by the North").
 */
function ownerOfJudgement(g: Graph, i: number): number | null {
  const n = g.nodes[i];
  const noun = n.upos === "NOUN" ? n : n.deprel === "amod" && n.head >= 0 ? g.nodes[n.head] : null;
  if (noun?.upos !== "NOUN") return null;
  const poss = childrenBy(g, noun.i, /^nmod:poss$/)[0];
  if (poss) return poss.i;
  return childrenBy(g, noun.i, /^nmod$/).find((m) => caseOf(g, m.i) === "by")?.i ?? null;
}

/** Qualities whose denial is a judgement against whoever lacks them. */
const GOOD_QUALITIES = new Set([
  "helpful",
  "constructive",
  "fair",
  "acceptable",
  "serious",
  "credible",
  "legitimate",
  "honest",
  "trustworthy",
  "productive",
  "appropriate",
  "sincere",
]);

// the state's own arms: a government reporting what its army or police did accuses no one
const STATE_SECTORS = /^(GOV|MIL|COP|JUD|SPY|LEG)/;

/** Two actor codes that one could accuse the other: other countries, or the state and a non-state side. */
function rivals(a: string, b: string): boolean {
  if (a.slice(0, 3) !== b.slice(0, 3)) return true;
  return STATE_SECTORS.test(a.slice(3)) !== STATE_SECTORS.test(b.slice(3)) && a.length > 3 && b.length > 3;
}
