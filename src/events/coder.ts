// The event coder: reads predicates, their subjects, objects and obliques off a dependency graph and
// codes them with the lexicon. Handles passives, coordinated actors (one event per dyad), verb chains
// through frames ("offered to broker" -> intent to mediate), light verbs ("held talks with") and
// nominal events ("the invasion of X"). Pure: the same graph and context give the same events.
// The rules live in modules by what they read (verb-events, noun-events, speech, modality, parties,
// entry-choice, syntax, words) so each can be read alone; Coder walks the sentence, runs them in order,
// and keeps the last-resort fallback.

import { type ActorRef, actorRef, type CodedEvent, type CoderContext, revisedEvent } from "./coder-types.js";
import {
  amountNoun,
  courtPlea,
  freeAsAdjective,
  goingTo,
  meetsNoParty,
  namedOrCampaignGathering,
  phrasalKnown,
  pick,
  releaseOfThing,
  releasesNoPerson,
  releasesText,
  showsNotProtests,
  strikeSense,
} from "./entry-choice.js";
import { childrenBy, type GNode, type Graph, subtree } from "./graph.js";
import { entriesFor, type LexEntry, type Lexicon } from "./lexicon.js";
import {
  conditionalThreats,
  conditionNodes,
  finish,
  frameIn,
  frameOf,
  negatedAt,
  obligations,
} from "./modality.js";
import { codeFramedNoun, codeNoun } from "./noun-events.js";
import { actorsOf, fallbackSource, mentionHead, sameParty, subjectOf, targetsFor } from "./parties.js";
import {
  codeAllegations,
  codeBlame,
  codeDismissals,
  codeEvaluations,
  codeOpenOptions,
  codeUltimatums,
  denialByNegation,
  namesAJudgement,
  saidNot,
} from "./speech.js";
import { emphaticStatement } from "./statements.js";
import {
  activitySubject,
  afterBe,
  callsOnOrFor,
  caseOf,
  clauseOf,
  depth,
  inMainClause,
  obliques,
  particleOf,
  pollRespondents,
  unrealisedOnly,
} from "./syntax.js";
import {
  armedMarch,
  codeVerb,
  figurativeWar,
  forcesNoOne,
  goodsTraded,
  helpsAnAct,
  idiomNoAct,
  listedVerb,
  privateVisit,
  wordsUndoCode,
} from "./verb-events.js";
import {
  ANSWER_VERBS,
  COOPERATIVE_INTENT,
  ECONOMIC_MEASURE,
  FALLBACK_ONE_SIDED,
  FRAME_DEFAULT,
  MONTHS,
  NO_COMMENT,
  NO_COMMENT_SPEECH,
  NOT_ACTIONS,
  OWNED_ONLY_NOUNS,
  PROMISE_VERBS,
  PROTESTERS,
  RELEASE_VERBS,
  SAY_VERBS,
  TIME_PREPS,
  WANT_OTHER,
} from "./words.js";

export type { ActorRef, CodedEvent, CoderContext } from "./coder-types.js";

/**
 * A capitalised word after a name's word or its article: part of a title-case name, not a predicate;
 * unless the parse gives it a subject before it, as a headline's verb ("Merz Promises Ukraine ...").
 */
function isNameWord(g: Graph, i: number): boolean {
  const n = g.nodes[i];
  if (quotedTitle(g, i)) return true;
  // ("writers Ann Lee and Hope Carter": a capitalised word between "and" after a name and another
  // capitalised word is the second name's first word)
  if (
    i > 1 &&
    g.nodes[i - 1].lower === "and" &&
    g.nodes[i - 2].upos === "PROPN" &&
    /^\p{Lu}\p{Ll}/u.test(n.text) &&
    g.nodes[i + 1]?.upos === "PROPN"
  )
    return true;
  return (
    i > 0 &&
    /^\p{Lu}\p{Ll}/u.test(n.text) &&
    /^(PROPN|PART|PUNCT|DET|ADP)$/.test(g.nodes[i - 1].upos) &&
    !/^[.!?:;"“”—–-]$/.test(g.nodes[i - 1].text) &&
    !childrenBy(g, i, /^nsubj/).some((s) => s.i < i)
  );
}

/**
 * "said on NBC's “Meet the Press”", "told CBS's “Face the Nation”": a capitalised verb opening a quoted
 * title after a name or preposition, with capitalised words after it, is the title's first word.
 */
function quotedTitle(g: Graph, i: number): boolean {
  const [before, mark, next, after] = [g.nodes[i - 2], g.nodes[i - 1], g.nodes[i + 1], g.nodes[i + 2]];
  if (!before || !mark || !next || !/^[“"]$/.test(mark.text) || !/^\p{Lu}\p{Ll}/u.test(g.nodes[i].text))
    return false;
  if (!/^(PROPN|NOUN|PART|ADP)$/.test(before.upos)) return false;
  return /^\p{Lu}/u.test(next.text) || (next.lower === "the" && !!after && /^\p{Lu}/u.test(after.text));
}

const MONTH_NAME = new RegExp(`^(${MONTHS.join("|")})$`);

/** Words before a month's name that make it a date ("in March", "until March", "early March"). */
const BEFORE_MONTH = new Set(
  "in until till since by from to through before after during early late mid last next this each every of".split(
    " ",
  ),
);

/**
 * "until March was", "on 7 March", "in early March": a month's name, not "the Women's March" or
 * "the March for Life".
 */
function monthName(g: Graph, i: number): boolean {
  if (!MONTH_NAME.test(g.nodes[i].text)) return false;
  const prev = g.nodes[i - 1];
  const next = g.nodes[i + 1];
  return (
    (prev !== undefined && (BEFORE_MONTH.has(prev.lower) || prev.upos === "NUM")) || next?.upos === "NUM"
  );
}

export class Coder {
  constructor(private readonly ctx: CoderContext) {}

  /** Codes every predicate and event noun of the sentence graph. */
  code(g: Graph): CodedEvent[] {
    const out: CodedEvent[] = [];
    for (const n of g.nodes) {
      // "menacing stature", "hard-hit areas", "Petroleum Exporting Countries", "Meet the Press": a
      // verb form used as a modifier or inside a title-case name states no event; a "modifier" with a
      // subject of its own is a clause the parse misread ("when a stranger opened fire near the cafe")
      // (an unlisted verb codes nothing either way: its use is not looked into)
      if (
        n.upos === "VERB" &&
        (!listedVerb(this.ctx.lex, n) ||
          modifierVerb(g, n.i) ||
          isNameWord(g, n.i) ||
          unrealisedOnly(g, n.i) ||
          activitySubject(g, n.i))
      )
        continue;
      if (
        n.upos === "VERB" ||
        (n.upos === "ADJ" && n.deprel !== "amod") ||
        (n.upos === "AUX" && n.deprel === "root")
      ) {
        out.push(...codeVerb(this.ctx, g, n));
      } else if (n.upos === "NOUN" || (n.upos === "PROPN" && !monthName(g, n.i))) {
        out.push(...codeNoun(this.ctx, g, n));
      }
    }
    // a frame whose embedded action is not in the lexicon is still an event of its own kind
    // ("asked Russia to delay ...": an appeal)
    for (const n of g.nodes) {
      // (only a verb or an adjective frames an act: the word class is asked before the lexicon)
      if (n.upos !== "VERB" && n.upos !== "ADJ") continue;
      let f = frameIn(this.ctx, g, n);
      // "want Japan to remove tariffs": a wish about another party's act asks it to act; a wish about
      // anyone's knowing or feeling ("wants people to know the truth") asks no party for an uncoded act
      if (f === "intend" && WANT_OTHER.has(n.lemma)) {
        const wanted = childrenBy(g, n.i, /^(obj|iobj)$/);
        if (wanted.length) {
          if (!wanted.some((o) => actorsOf(this.ctx, g, o.i).some((a) => a.code !== "---"))) continue;
          f = "appeal";
        }
      }
      if (!f || !FRAME_DEFAULT[f]) continue;
      // "called it 'a fair bargain'", "what he called a wartime plan", "called a press
      // conference": a call that is no call on or for someone names or summons, it appeals for nothing
      if (f === "appeal" && n.lemma === "call" && !callsOnOrFor(g, n.i)) continue;
      // "tried to tilt", "sought to play down": an attempt at an uncoded act is no intent to cooperate
      if (f === "intend" && !COOPERATIVE_INTENT.has(n.lemma)) continue;
      // "failed to persuade", "failed to appear": a failure at an uncoded act refuses nothing (on
      // unlabelled news these were never rejections)
      if (f === "refuse" && n.lemma === "fail") continue;
      // "called the attacks an escalation": a nominal complement is no embedded action
      const emb =
        childrenBy(g, n.i, /^xcomp$/).find((x) => x.upos === "VERB" || x.upos === "AUX") ??
        (f === "intend" && PROMISE_VERBS.has(n.lemma) ? childrenBy(g, n.i, /^ccomp$/)[0] : undefined) ??
        // "urged the community to respond" with the infinitive parsed as a purpose clause
        ((f === "appeal" || f === "demand") && childrenBy(g, n.i, /^(obj|iobj)$/).length
          ? childrenBy(g, n.i, /^advcl$/).find(
              (x) => x.upos === "VERB" && childrenBy(g, x.i, /^mark$/).some((m) => m.lower === "to"),
            )
          : undefined);
      if (!emb) {
        // "called the strikes unjustified": a judgement, not a call for strikes
        if (!namesAJudgement(g, n.i)) out.push(...codeFramedNoun(this.ctx, g, n, f, out));
        continue;
      }
      // "asked Americans to name the man they admire most", "asked students to rate the candidates": a
      // poll's or a study's question asks for an answer, not for an act
      if (f === "appeal" && n.lemma === "ask" && ANSWER_VERBS.has(emb.lemma)) continue;
      // "is expected to double": an expectation in the passive states nobody's intent
      if (f === "intend" && childrenBy(g, n.i, /^(aux:pass|nsubj:pass)$/).length) continue;
      // "declined to be named", "declined to comment": a source's anonymity or silence rejects nothing
      // (silence is CAMEO's own "decline comment"); on unlabelled news these were never rejections
      let code = FRAME_DEFAULT[f]!;
      if (f === "refuse" && NO_COMMENT.has(emb.lemma) && !out.some((e) => e.verb === emb.i)) {
        if (childrenBy(g, emb.i, /^aux:pass$/).length || !NO_COMMENT_SPEECH.has(emb.lemma)) continue;
        code = "011";
      }
      const inside = new Set(subtree(g, emb.i));
      if (out.some((e) => inside.has(e.verb))) continue;
      // "Arland agreed to buy more grain": agreeing to an act the lexicon does not code is an intent
      // to cooperate (030), not the accord with a position (019) the plain "agree" line gives
      // (its parties stay as the verb found them)
      if (f === "intend" && n.lemma === "agree" && emb.upos === "VERB")
        for (const e of out)
          if (e.verb === n.i && e.code === "019") {
            e.code = "030";
            e.rule += "+frame:intend";
            if (e.modality === "asserted") e.modality = "intended";
          }
      if (out.some((e) => e.verb === n.i)) continue;
      const subj = subjectOf(this.ctx, g, n.i);
      // "troops were ordered to move", "Ruiz was urged by Vale to resign": the passive's subject is
      // the one asked, and only its "by" phrase names who asked
      let sources = (subj.passive ? subj.agent : subj.nodes).flatMap((s) => actorsOf(this.ctx, g, s));
      if (!sources.length && !subj.passive) sources = fallbackSource(this.ctx, g, n.i, subj.nodes, []);
      if (!sources.length) continue;
      const o = childrenBy(g, n.i, /^(obj|iobj)$/)[0];
      let targets = o
        ? actorsOf(this.ctx, g, o.i)
        : subj.passive
          ? subj.nodes.flatMap((s) => actorsOf(this.ctx, g, s))
          : [];
      // "called on Borvia to ...", "appealed to the UN to ...": the one called on is asked
      if (!targets.length && f === "appeal")
        for (const x of childrenBy(g, n.i, /^obl$/))
          if (/^(on|upon|to)$/.test(caseOf(g, x.i) ?? "") && !targets.length)
            targets = actorsOf(this.ctx, g, x.i);
      // "ordered the United States to cut ...": a parse may make the one asked the subject of the
      // infinitive; standing after the frame verb, it is still the one asked
      if (!targets.length && (f === "appeal" || f === "demand") && emb.upos === "VERB") {
        const asked = childrenBy(g, emb.i, /^nsubj$/).find((x) => x.i > n.i);
        if (asked && childrenBy(g, emb.i, /^mark$/).some((m) => m.lower === "to"))
          targets = actorsOf(this.ctx, g, asked.i).filter((a) => !sources.some((s) => sameParty(s, a)));
      }
      // "resisted publishing the tapes of the crash", "would not give back the Arland sailors":
      // whoever the refused act would be done to is the one refused
      if (!targets.length && f === "refuse") {
        const eo = childrenBy(g, emb.i, /^(obj|iobj)$/)[0];
        const own = (a: ActorRef) => sources.some((s) => sameParty(s, a));
        if (eo) targets = actorsOf(this.ctx, g, eo.i).filter((a) => !own(a));
        // (past a mention of the refuser itself: "the navy's tapes of the crash")
        if (eo && !targets.length) {
          const span = subtree(g, eo.i, true);
          const [lo, hi] = [g.nodes[span[0]].start, g.nodes[span[span.length - 1]].end];
          const other = this.ctx
            .sentenceActors()
            .find((a) => a.start >= lo && a.end <= hi && !own(a) && a.code !== "---");
          if (other) targets = [other];
        }
      }
      const ev = finish(
        this.ctx,
        g,
        n.i,
        particleOf(g, n.i)?.i ?? null,
        code,
        `frame:${f}`,
        sources,
        targets,
      );
      for (const e of ev) {
        e.modality =
          f === "intend" ? "intended" : f === "appeal" || f === "demand" ? "requested" : e.modality;
        out.push(e);
      }
    }
    out.push(...codeEvaluations(this.ctx, g, out));
    out.push(...codeDismissals(this.ctx, g, out));
    out.push(...codeBlame(this.ctx, g, out));
    out.push(...codeAllegations(this.ctx, g, out));
    out.push(...codeUltimatums(this.ctx, g, out));
    out.push(...codeOpenOptions(this.ctx, g, out));
    // "thousands of protesters filled the square": what protesters do, uncoded otherwise, is protest
    for (const n of g.nodes) {
      if (n.upos !== "VERB" || out.some((e) => e.verb === n.i)) continue;
      if (SAY_VERBS.has(n.lemma) || NOT_ACTIONS.has(n.lemma)) continue;
      const subj = childrenBy(g, n.i, /^nsubj$/)[0];
      if (!subj) continue;
      const head = PROTESTERS.test(subj.lemma)
        ? subj
        : childrenBy(g, subj.i, /^nmod$/).find((m) => PROTESTERS.test(m.lemma));
      if (!head || negatedAt(g, n.i)) continue;
      const sources = actorsOf(this.ctx, g, head.i);
      const src = sources.length ? sources : [actorRef(head.start, head.end, head.text, "---", null)];
      out.push(...finish(this.ctx, g, n.i, particleOf(g, n.i)?.i ?? null, "141", "protesters:act", src, []));
    }
    // "could not accept negotiation": a refused acceptance rejects what is offered
    for (const n of g.nodes) {
      if (n.upos !== "VERB" || n.lemma !== "accept" || !negatedAt(g, n.i)) continue;
      if (out.some((e) => e.verb === n.i)) continue;
      const ev = codeFramedNoun(this.ctx, g, n, "refuse", out);
      if (ev.length) out.push(...ev.map((e) => revisedEvent(e, { negated: false })));
      else {
        const subj = subjectOf(this.ctx, g, n.i);
        let sources = subj.nodes.flatMap((k) => actorsOf(this.ctx, g, k));
        if (!sources.length && !subj.passive) sources = fallbackSource(this.ctx, g, n.i, subj.nodes, []);
        const o = childrenBy(g, n.i, /^obj$/)[0];
        const targets = o ? actorsOf(this.ctx, g, o.i) : [];
        if (sources.length)
          out.push(
            ...finish(this.ctx, g, n.i, null, "120", "negated:accept", sources, targets).map((e) =>
              revisedEvent(e, { negated: false }),
            ),
          );
      }
    }
    saidNot(this.ctx, g, out);
    conditionalThreats(this.ctx, g, out);
    out.push(...obligations(this.ctx, g, out));
    // "if they harass our ships": the condition's act has not happened
    const inCondition = conditionNodes(g);
    // a frame verb with an embedded event is not an event of its own ("offered to mediate")
    const framed = new Set(out.map((e) => e.verb));
    // "a suicide bombing killed ...": the killing carries the bombing's code; the noun adds nothing
    const bySubject = out.filter((e) => e.rule.includes("+subject:"));
    return dedupe(
      out.filter((e) => {
        if (inCondition.has(e.verb)) return false;
        const n = g.nodes[e.verb];
        if (
          n.upos === "NOUN" &&
          bySubject.some((k) => k.code === e.code && (k.source?.start ?? -1) === (e.source?.start ?? -1))
        )
          return false;
        if (!frameOf(this.ctx, n) || e.rule.startsWith("frame:")) return true;
        const emb = childrenBy(g, n.i, /^xcomp$/)[0];
        if (!emb) return true;
        const inside = subtree(g, emb.i);
        return !inside.some((k) => k !== n.i && framed.has(k));
      }),
    );
  }

  /**
   * The last resort for a sentence that neither reading codes: a lexicon verb or event noun of the
   * main clause, with the nearest resolved actor before it as source and the next one after it as
   * target. The structural conditions of codeVerb/codeNoun (a subject in the parse, an argument path)
   * drop such sentences when the parse is wrong; the word and the actors around it still say who did
   * what to whom. One event at most, marked with its own rule for provenance.
   */
  fallback(g: Graph): CodedEvent[] {
    const actors = this.ctx.sentenceActors();
    if (actors.length === 0) return [];
    // (a word the lexicon does not list is passed over below, unless it is "help", which can end the
    // search: the others are left out before their clause and depth are looked up)
    const lex = this.ctx.lex;
    const candidates = g.nodes.filter(
      (n) =>
        (n.upos === "VERB" || n.upos === "NOUN") &&
        (n.lemma === "help" || listed(lex, n, n.upos === "VERB" ? "verb" : "noun")) &&
        inMainClause(g, n.i) &&
        (n.upos !== "NOUN" || nounStandsAlone(g, n)) &&
        // (no word of a quoted title: "said on NBC's “Meet the Press”")
        !quotedTitle(g, n.i),
    );
    // shallowest first (each depth counted once, not at every comparison)
    const depthOf: number[] = new Array(g.nodes.length).fill(0);
    for (const n of candidates) depthOf[n.i] = depth(g, n.i);
    candidates.sort((a, b) => depthOf[a.i] - depthOf[b.i] || a.i - b.i);
    for (const n of candidates) {
      if (SAY_VERBS.has(n.lemma) || NOT_ACTIONS.has(n.lemma)) continue;
      // "a no-fly zone": a verb form the parse hangs on a noun as a modifier is no predicate here either
      if (n.upos === "VERB" && modifierVerb(g, n.i)) continue;
      // "duties on cheese imported from Vosk": goods described by where they come from
      if (n.upos === "VERB" && goodsTraded(g, n.i)) continue;
      if (n.lemma === "admit" && afterBe(g, n.i)) continue;
      if (n.upos === "VERB" && meetsNoParty(g, n.i)) continue;
      if (goingTo(g, n.i) || amountNoun(g, n.i)) continue;
      // ("help cut the deficit": no aid, and the sentence's other words were no better a guess)
      if (helpsAnAct(g, n.i)) break;
      // "the U.S. trade deficit hit ...": a measure of the economy acts for nobody
      if (childrenBy(g, n.i, /^nsubj/).some((x) => x.upos === "NOUN" && ECONOMIC_MEASURE.test(x.lemma)))
        continue;
      const kind = n.upos === "VERB" ? "verb" : "noun";
      let entries = entriesFor(this.ctx.lex, n.lemma, kind);
      if (entries.length === 0 && n.lemma !== n.lower) entries = entriesFor(this.ctx.lex, n.lower, kind);
      if (entries.length === 0) continue;
      // the entry the words fit ("conversation with X" needs its "with"), else one that needs no
      // particular object, particle or phrase: the word alone says the act
      const picked =
        pick(g, n.i, entries) ??
        (phrasalKnown(g, n.i, entries)
          ? undefined
          : (entries.find(
              (x) => !x.objects.length && !x.extra.length && (!x.prepRequired || prepNext(g, n.i, x)),
            ) ?? entries.find((x) => x.kind !== "noun" && !x.extra.length && objectNext(g, n.i, x))));
      if (!picked || showsNotProtests(g, n.i, picked)) continue;
      if (kind === "noun" && (namedOrCampaignGathering(this.ctx, g, n, picked) || courtPlea(g, n))) continue;
      // ("62 percent of Republicans said they support": poll answers, no party's act)
      if (kind === "verb" && /^0[1-5]/.test(picked.code) && pollRespondents(g, n.i)) continue;
      if (kind === "verb" && wordsUndoCode(g, n.i, picked.code)) continue;
      if (kind === "verb" && /^084/.test(picked.code) && (releasesText(g, n.i) || freeAsAdjective(g, n.i)))
        continue;
      // ("released its criteria", "the release of the transcript": no one set free)
      if (
        picked.code === "0841" &&
        (kind === "verb" ? RELEASE_VERBS.test(n.lemma) && releasesNoPerson(g, n.i) : releaseOfThing(g, n.i))
      )
        continue;
      const e = strikeSense(this.ctx, g, picked, []);
      // "the night before the demonstration": a noun that dates something else is no event of its own
      if (kind === "noun" && childrenBy(g, n.i, /^case$/).some((c) => TIME_PREPS.has(c.lower))) continue;
      const before = actors.filter((a) => a.end <= n.start);
      // "Negotiations were held ... with Ukrainian and Russian officials": when the event word is the
      // subject or a passive, its actor may only come after it
      const fronted =
        (kind === "noun" && /^nsubj/.test(n.deprel)) || childrenBy(g, n.i, /^aux:pass$/).length > 0;
      // "the court threw out complaints by the union": a noun's "by" phrase names its doer, whoever stands before it
      const byDoer =
        kind === "noun"
          ? obliques(g, n.i)
              .filter(([p, o]) => p === "by" && o > n.i)
              .flatMap(([, o]) => actorsOf(this.ctx, g, o))[0]
          : undefined;
      // "earned Lind a rebuke from Vale", "exposed her to criticism from Republicans": a reaction
      // noun's "from" phrase names its author, and the party before the noun is the one it is aimed at
      // (so does the "of" phrase of support gained: "won the backing of the generals", "has the
      // endorsement of the union")
      const fromDoer =
        kind === "noun" && !byDoer && fromNamesDoer(n.lemma, e)
          ? obliques(g, n.i)
              .filter(([p, o]) => (p === "from" || (p === "of" && supportGained(g, n.i, e))) && o > n.i)
              .flatMap(([, o]) => actorsOf(this.ctx, g, o))[0]
          : undefined;
      // "'We will not be intimidated,' Vale told reporters": a passive verb whose subject is a pronoun
      // (the speaker's side, as a rule) and whose doer is unnamed has that subject as the one acted on;
      // no actor around it, the speaker least of all, is the doer
      // (so has any passive with no doer named: "the request was rebuffed", "the case must be
      // considered": the actor before it is the one acted on or the speaker, not the doer; an arrest
      // keeps its subject as the one arrested, for the police the story names to be its doer, see
      // addArrestSources)
      if (
        kind === "verb" &&
        childrenBy(g, n.i, /^(nsubj:pass|aux:pass)$/).length &&
        !childrenBy(g, n.i, /^obl:agent$/).length &&
        !obliques(g, n.i).some(([p]) => p === "by")
      ) {
        if (e.code !== "173" || conditionNodes(g).has(n.i)) continue;
        // ("Vale was captured on video": no one held)
        if (forcesNoOne(this.ctx, g, n.i, e.code, [], [])) continue;
        const held = childrenBy(g, n.i, /^nsubj/).flatMap((x) => {
          const own = actorsOf(this.ctx, g, x.i);
          if (own.length) return own;
          // ("a former chief of the bank was arrested": the party named inside the subject's phrase)
          const span = subtree(g, x.i);
          const [lo, hi] = [g.nodes[span[0]].start, g.nodes[span[span.length - 1]].end];
          return actors.filter((a) => a.start >= lo && a.end <= hi).slice(0, 1);
        });
        if (!held.length) continue;
        return finish(this.ctx, g, n.i, null, e.code, `${e.rule}+fallback:arrested`, [null], held);
      }
      const src =
        byDoer ??
        fromDoer ??
        before[before.length - 1] ??
        (fronted ? actors.find((a) => a.start >= n.end) : undefined);
      if (!src) continue;
      // (a party in another clause than the word is seldom its party: "the administration's moves will
      // face scrutiny in the courts", "a theory about the murder of Seth Rich, Isikoff reports"; one
      // named after a fronted word may be: "Negotiations were held in secrecy, with both Ukrainian
      // and Russian officials stressing ...")
      const srcBefore = before[before.length - 1];
      if (
        !byDoer &&
        !fromDoer &&
        src === srcBefore &&
        clauseOf(g, mentionHead(g, src)?.i ?? -1) !== clauseOf(g, n.i, true)
      )
        continue;
      // "the terror threat", "poses a threat to US forces": a threat noun whose nearest party is not
      // its own (a possessor or modifier: "Kim's threats") names a danger, not an act
      if (kind === "noun" && OWNED_ONLY_NOUNS.has(n.lemma) && !ownParty(g, n.i, src)) continue;
      // "the attack on Clinton", "the budget battle", "prosecutors handle sexual assault": a word of
      // force with no doer of its own (a possessor or modifier, or a "by" phrase) is talk of force, and
      // the party nearest to it is seldom the one who used it
      // (a doer that is the subject of the verb the noun is the object of still is one: "agents carried
      // out raids on ...", "Vale made personal attacks on ...")
      if (
        kind === "noun" &&
        /^(18|19|20)/.test(e.code) &&
        !byDoer &&
        !modifiedBy(g, n.i, src) &&
        !lightVerbSubject(this.ctx.lex, g, n, src)
      )
        continue;
      // (the main reading's force rules hold here too: "hit the campaign trail", "killed the tax bill"
      // attack no one)
      const subjects = childrenBy(g, n.i, /^nsubj/).map((x) => x.i);
      if (kind === "verb" && forcesNoOne(this.ctx, g, n.i, e.code, [src], subjects)) continue;
      if (kind === "verb" && armedMarch(e.code, n.lemma, [src])) continue;
      if (kind === "verb" && idiomNoAct(g, n.i, e.code)) continue;
      // (and the noun of a verb's idiom: "made a killing")
      if (kind === "noun" && n.deprel === "obj" && idiomNoAct(g, n.head, e.code)) continue;
      if (privateVisit(e.code, [src])) continue;
      const notSrc = (a: ActorRef) => !(a.start === src.start || (src.actorId && a.actorId === src.actorId));
      // the word's own argument when the parse gives one ("sanctions against Moscow"), else the next actor
      const own = targetsFor(this.ctx, g, n.i, e, new Set()).find(notSrc);
      // "opponents of the deal", "this deal keeps Iran from ...", "no big deal": a deal or agreement
      // with no party of its own ("a deal with China") names one already made, or none; so does "the
      // investigation" or "the Vosk probe" with no one it looks into ("an inquiry into the ministry"),
      // and "the Iraq war" or "the attacks" with no one attacked (the actors around such a word are
      // those who talk of it: "Obama acknowledged the attacks", "the Iraq war and the Afghanistan war")
      // (its phrase may be misparsed: "an investigation into | the ministry's accounts" still looks into
      // the first party named inside the noun's phrase after its preposition)
      if (
        kind === "noun" &&
        !own &&
        OWN_PARTY_NOUNS.has(n.lemma) &&
        !(n.lemma !== "deal" && n.lemma !== "agreement" && prepNext(g, n.i, e) && partyInside(g, n.i, actors))
      )
        continue;
      // (with its doer named after it, the actors after the noun are the doer's company, not its target)
      const received = fromDoer ? before.filter(notSrc).pop() : undefined;
      const tgt =
        own ??
        received ??
        (byDoer || fromDoer ? undefined : actors.find((a) => a.start >= n.end && notSrc(a)));
      if (!tgt && !FALLBACK_ONE_SIDED.test(e.code)) continue;
      // the last resort heeds conditions as the main reading does ("sanctions will follow if ...")
      if (conditionNodes(g).has(n.i)) continue;
      const figurative =
        kind === "noun" && /^19/.test(e.code) ? figurativeWar(this.ctx, g, n, [src], tgt ? [tgt] : []) : null;
      if (figurative === "none") continue;
      const evs = finish(
        this.ctx,
        g,
        n.i,
        null,
        figurative === "words" ? "111" : e.code,
        `${e.rule}${figurative ? "+war:words" : ""}+fallback:nearest-actors`,
        [src],
        tgt ? [tgt] : [],
      );
      conditionalThreats(this.ctx, g, evs);
      return evs;
    }
    const denial = denialByNegation(this.ctx, g);
    return denial.length ? denial : emphaticStatement(this.ctx, g);
  }

  /** Nodes inside an "if"/"unless" clause (the stage also drops the chunk reading's events there). */
  conditionNodes(g: Graph): ReadonlySet<number> {
    return conditionNodes(g);
  }
}

// (the last resort's tests, outside it: a closure made per candidate word is a name definition per
// candidate under tsx's keepNames)
/** A required preposition right after the word will do: the parse may hang it elsewhere. */
function prepNext(g: Graph, i: number, x: LexEntry): boolean {
  return x.preps.some((p) => g.nodes.slice(i + 1, i + 3).some((t) => t.lower === p));
}

/** An entry's object word a few words on will do, too: "promised swift retaliation" with the noun hung elsewhere. */
function objectNext(g: Graph, i: number, x: LexEntry): boolean {
  const after: string[] = [];
  for (const t of g.nodes.slice(i + 1, i + 6)) {
    if (/^(PUNCT|VERB|AUX|SCONJ|CCONJ)$/.test(t.upos)) break;
    after.push(t.lemma, t.lower);
  }
  return x.objects.some((o) => {
    const [p, w] = o.includes("_") ? o.split("_") : ["", o];
    const at = after.indexOf(w);
    return at >= 0 && (!p || after.slice(0, at).includes(p));
  });
}

/** Whether the lexicon has entries of the kind for the word's lemma, else for its form. */
function listed(lex: Lexicon, n: GNode, kind: "verb" | "noun"): boolean {
  return (
    entriesFor(lex, n.lemma, kind).length > 0 ||
    (n.lemma !== n.lower && entriesFor(lex, n.lower, kind).length > 0)
  );
}

/**
 * Is the threat noun i the actor's own: the actor in a possessor or modifier ("Kim's threats", "North
 * Korean threats"), or the noun aimed "against" someone or issued by a verb of uttering ("unleashed a
 * torrent of threats against the United States")?
 */
function ownParty(g: Graph, i: number, a: ActorRef): boolean {
  if (obliques(g, i).some(([p]) => p === "against")) return true;
  let h = g.nodes[i];
  // ("a torrent of threats": the measure word stands in for the noun)
  if (h.deprel === "nmod" && h.head >= 0) h = g.nodes[h.head];
  if (/^(obj|nsubj:pass)$/.test(h.deprel) && h.head >= 0 && UTTER_THREAT.test(g.nodes[h.head].lemma))
    return true;
  return modifiedBy(g, i, a);
}

/** Does the actor stand in a possessor or modifier of node i ("Kim's threats", "U.S. airstrikes")? */
function modifiedBy(g: Graph, i: number, a: ActorRef): boolean {
  return spans(g, childrenBy(g, i, /^(nmod:poss|amod|compound)$/), a);
}

/**
 * Is the actor the subject of the light verb whose object is the noun, or a measure of it ("carried out
 * raids", "made a series of attacks")?
 */
function lightVerbSubject(lex: Lexicon, g: Graph, n: GNode, a: ActorRef): boolean {
  let k = n;
  if (k.deprel === "nmod" && caseOf(g, k.i) === "of" && k.head >= 0) k = g.nodes[k.head];
  if (k.deprel !== "obj" || k.head < 0) return false;
  const verb = g.nodes[k.head];
  return entriesFor(lex, verb.lemma, "light").length > 0 && spans(g, childrenBy(g, verb.i, /^nsubj$/), a);
}

/** Does the actor lie inside the phrase of one of the nodes? */
function spans(g: Graph, nodes: GNode[], a: ActorRef): boolean {
  return nodes.some((c) => {
    const span = subtree(g, c.i);
    return g.nodes[span[0]].start <= a.start && a.end <= g.nodes[span[span.length - 1]].end;
  });
}

/** Is there a resolved actor after noun i inside the noun's own phrase? */
function partyInside(g: Graph, i: number, actors: readonly ActorRef[]): boolean {
  const span = subtree(g, i);
  const end = g.nodes[span[span.length - 1]].end;
  return actors.some((a) => a.start >= g.nodes[i].end && a.end <= end && !!a.actorId);
}

// nouns of going or moving, whose "from" phrase is where from ("his trip from Vosk", "the withdrawal
// from the treaty"), not who does it
const FROM_IS_ORIGIN =
  /^(trip|travel|journey|flight|return|departure|exit|escape|deportation|expulsion|extradition|evacuation|import|export|withdrawal|retreat|release|defection|resignation|removal)$/;

/**
 * Does event noun `n` stand in its clause for an act of its own: as a subject, an object or the head of
 * a fragment ("talks were held", "won the backing of", "Arland's new sanctions against Borvia")? One
 * inside another word's phrase ("the idea of zero tariffs", "in his battle with Clinton", "criticism
 * and charges") is talked about, and the fallback guesses no parties for it: of 97 such guesses on 400
 * running news articles about one in six was right. A count of acts ("a series of meetings", "a new
 * round of talks") stands for the acts.
 */
function nounStandsAlone(g: Graph, n: GNode): boolean {
  if (!EMBEDDED_NOUN.test(n.deprel)) return true;
  return n.deprel === "nmod" && n.head >= 0 && ACT_COUNTS.test(g.nodes[n.head].lemma);
}
const EMBEDDED_NOUN = /^(nmod|obl|conj|appos)/;
const ACT_COUNTS = /^(series|round|wave|string|spate|flurry|volley|barrage|number|couple|set|pair)$/;

/** Does a "from" phrase of event noun `lemma` (coded with `e`) name the noun's doer? */
function fromNamesDoer(lemma: string, e: LexEntry): boolean {
  return !e.preps.includes("from") && !e.code.startsWith("08") && !FROM_IS_ORIGIN.test(lemma);
}

// verbs whose subject gains or holds what its object noun names ("won the backing of", "has the support of")
const GAIN_VERBS =
  /^(win|earn|receive|get|gain|secure|enjoy|have|garner|land|obtain|attract|seek|court|need|lack|lose|retain|keep)$/;

/** Is event noun i support, cooperation or aid (CAMEO 05-07) that the subject of its verb gains? */
function supportGained(g: Graph, i: number, e: LexEntry): boolean {
  const n = g.nodes[i];
  return (
    /^0[5-7]/.test(e.code) && n.deprel === "obj" && n.head >= 0 && GAIN_VERBS.test(g.nodes[n.head].lemma)
  );
}

const OWN_PARTY_NOUNS = new Set([
  "deal",
  "agreement",
  "investigation",
  "inquiry",
  "probe",
  "indictment",
  "war",
  "attack",
]);

const UTTER_THREAT =
  /^(issue|make|repeat|renew|unleash|level|voice|utter|hurl|escalate|step|ramp|deliver|send|post|tweet)$/;

/** A verb form the parse hangs on a noun as a modifier, without a subject of its own: no predicate. */
function modifierVerb(g: Graph, i: number): boolean {
  return /^(amod|compound|flat)/.test(g.nodes[i].deprel) && !childrenBy(g, i, /^nsubj/).length;
}

function dedupe(evs: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  const out: CodedEvent[] = [];
  for (const e of evs) {
    // (the code too: "the two countries" stands for two states at one span)
    const k = `${e.source?.start}:${e.source?.code}:${e.target?.start}:${e.target?.code}:${e.code}:${e.verb}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}
