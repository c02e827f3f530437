// Rules over one sentence's coded events, after both readings have coded it: what the parse says
// undoes a chunk reading's code, and the parties and acts that news phrasing makes look like events
// ("according to X", "appeal to voters", "spoke to reporters"). Each was read on unannotated news
// (counts in the commits that added them).
import type { CodedEvent, CoderContext } from "./coder-types.js";
import { releasesNoPerson, releasesText } from "./entry-choice.js";
import { childrenBy, type Graph } from "./graph.js";
import { actorsOf, subjectOf } from "./parties.js";
import { GROUP_PARTICIPLES } from "./repair.js";
import { namesAJudgement } from "./speech.js";
import { activitySubject, obliques, unrealisedOnly } from "./syntax.js";
import {
  armedMarch,
  articledVerb,
  forcedByNoOne,
  forcesNoOne,
  idiomNoAct,
  phoneCall,
  wordsUndoCode,
} from "./verb-events.js";
import { RELEASE_VERBS } from "./words.js";

/**
 * Whether the parse's words undo the code the chunk reading gives verb c.verb: a name given or words
 * offered (wordsUndoCode), a contest won or a thing "killed" (forcesNoOne). The parse sees the object
 * and its complement that the chunks may split.
 */
export function parseUndoes(ctx: CoderContext, g0: Graph, c: CodedEvent): boolean {
  if (wordsUndoCode(g0, c.verb, c.code)) return true;
  // ("a poll released on Tuesday": what the parse shows released is a text, not a person)
  if (/^084/.test(c.code) && releasesText(g0, c.verb)) return true;
  if (c.code === "0841" && RELEASE_VERBS.test(g0.nodes[c.verb].lemma) && releasesNoPerson(g0, c.verb))
    return true;
  if (/^17/.test(c.code) && forcedByNoOne(g0, c.verb)) return true;
  if (/^(1[789]|20)/.test(c.code) && articledVerb(g0, c.verb)) return true;
  // ("an amendment to strike the provision", "the deal he struck": an idiom in the parse is one whatever
  // subject the chunks lend it)
  if (/^(1[789]|20)/.test(c.code) && idiomNoAct(g0, c.verb, c.code)) return true;
  if (attributive(g0, c.verb) || unrealisedOnly(g0, c.verb) || activitySubject(g0, c.verb)) return true;
  if (patientAsDoer(g0, c)) return true;
  // ("called the Mueller investigation a separate matter": the parse's second noun makes it naming,
  // not a light verb on "investigation"; "called for relief and ceasefires to calm ..." names nothing)
  if (c.rule.includes("+light:") && namesAJudgement(g0, c.verb)) return true;
  // ("a con artist, as he called him", "called the plan reckless": naming, not a phone call)
  const cv = g0.nodes[c.verb];
  if (c.code === "041" && cv.lemma === "call" && cv.upos === "VERB" && !phoneCall(ctx, g0, c.verb))
    return true;
  // (a property "destroyed" in words or a user's account banned by a platform: the parse's object and
  // doer say so whatever the chunks lend the verb)
  const ruinOrBan = /^17/.test(c.code) && /^(destroy|ban|suspend|block)$/.test(cv.lemma);
  if (!ruinOrBan && !/^1[489]/.test(c.code)) return false;
  // (the doer as the parse reads it: the chunks may give the act another one, "May" for "the
  // government" of "being targeted by the government")
  const subj = subjectOf(ctx, g0, c.verb);
  const doers = subj.passive ? subj.agent : subj.nodes;
  const sources = doers.flatMap((k) => actorsOf(ctx, g0, k));
  if (armedMarch(c.code, g0.nodes[c.verb].lemma, sources)) return true;
  if (!ruinOrBan && !/^1[89]/.test(c.code)) return false;
  return forcesNoOne(ctx, g0, c.verb, c.code, sources.length ? sources : c.source ? [c.source] : [], doers);
}

/**
 * "released 36,007 convicted criminals", "the occupied territory", "Spain's expelled Jews": a participle or
 * adjective the parse reads as a modifier before its noun, after a determiner, number, adjective,
 * possessive, preposition or subordinator (adverbs skipped), describes the noun; the chunk reading takes it for a
 * verb and lends it the clause's subject. After a noun, a comma or "and" the parse more likely missed
 * a verb ("Cornyn, the whip, blamed Democrats", "captured and arrested leaders"), and a gerund after
 * a verb is its object clause ("means detaining migrants").
 */
function attributive(g0: Graph, v: number): boolean {
  const n = g0.nodes[v];
  if (n.deprel !== "amod" || n.head <= v || (n.upos !== "VERB" && n.upos !== "ADJ")) return false;
  // ("a threatened strike by oil workers": the threat is an event of its own, made by the noun's doer)
  if (n.lower === "threatened") return false;
  if (childrenBy(g0, v, /^(nsubj|aux)/).length) return false;
  let k = v - 1;
  while (k >= 0 && g0.nodes[k].upos === "ADV") k--;
  if (k < 0) return true;
  const prev = g0.nodes[k];
  // ("have all vowed retaliation", "each voiced confidence": a quantifier floated off the subject)
  if (/^(all|both|each)$/.test(prev.lower)) return false;
  // (a subordinator too: "whether ousted ambassador Vale was watched", where a verb would need a
  // subject between the two)
  if (/^(DET|NUM|ADJ|ADP|SCONJ)$/.test(prev.upos) || prev.lower === "'s" || prev.lower === "’s") return true;
  if (prev.upos === "PRON") return prev.deprel === "nmod:poss";
  if (prev.upos !== "VERB") return false;
  // ("met protesting farmers": a group's "-ing" word on the noun the verb before it takes as its object)
  const noun = g0.nodes[n.head];
  if (n.lower.endsWith("ing"))
    return GROUP_PARTICIPLES.has(n.lemma) && noun.head === k && noun.deprel === "obj";
  // ("had only expressed concerns": a perfect or passive, whatever the tags say)
  return !/^(have|be|get)$/.test(prev.lemma);
}

/**
 * "the 60 people expelled from the U.S.", "a teenager charged with shoplifting", "the 132 children
 * killed in a Taliban attack": a participle the parse hangs on a noun, with no object of its own, is
 * a passive whose noun is the one acted on; the chunk reading made that noun its doer. (Not for acts
 * mostly told without an object, where such a participle is a verb the parse missed: statements,
 * appeals, meetings, yielding and protest, "Cameron, for instance, talked by phone", "protesters
 * marched toward the lines".)
 */
function patientAsDoer(g0: Graph, c: CodedEvent): boolean {
  const n = g0.nodes[c.verb];
  if (n.deprel !== "acl" || n.upos !== "VERB" || n.head < 0 || !/(ed|en|wn)$/.test(n.lower)) return false;
  if (/^(0[1-4]|08|14)/.test(c.code) || !c.source) return false;
  if (childrenBy(g0, c.verb, /^(obj|iobj|nsubj|aux|aux:pass)$/).length) return false;
  const noun = g0.nodes[n.head];
  return noun.start >= c.source.start && noun.end <= c.source.end;
}

// whom or what a party "appeals to" when it draws them rather than asks them: an audience, a mood
const AUDIENCE =
  /^(voter|base|supporter|follower|constituency|constituent|electorate|audience|reader|viewer|people|public|conservative|liberal|progressive|moderate|independent|centrist|evangelical|christian|minority|woman|women|youth|black|latino|hispanic|white|worker|suburbanite|millennial|segment|bloc|center|centre|mainstream|wing|demographic|secularist|angel|instinct|sense|value|fear|anger|emotion|passion|pride|patriotism|nationalism|worst|best|heart|interest|intention|time|taste)s?$/;
// words that make a noun "appeal" the pull a party has ("broaden its appeal", "crossover appeal")
const PULL_WORDS =
  /^(broad|broader|wide|wider|crossover|outsider|natural|populist|mass|electoral|political|little|limited|narrow|personal|emotional|sex)$/;
const PULL_VERBS = /^(broaden|expand|widen|limit|lack|have|lose|boost|increase|extend)$/;
// what a court appeal is against
const RULINGS = /^(decision|ruling|verdict|conviction|sentence|case|judgment|judgement|order|acquittal)s?$/;

/**
 * "can appeal to black voters", "broaden its appeal to minorities", "an appealing message": a party
 * that draws an audience or a mood asks no one for anything. An appeal stays one with a request ("for
 * calm", "to open the ports"), against a ruling, or to a party that is no audience ("to the court").
 */
function attractsNotAsks(g: Graph, v: number): boolean {
  const n = g.nodes[v];
  if (n.lemma !== "appeal" && n.lower !== "appealing") return false;
  if (n.upos === "ADJ") return true;
  if (obliques(g, v).some(([p]) => p === "for")) return false;
  if (childrenBy(g, v, /^(xcomp|advcl|ccomp)$/).some((x) => x.upos === "VERB")) return false;
  if (childrenBy(g, v, /^obj$/).some((o) => RULINGS.test(o.lemma))) return false;
  if (n.upos === "NOUN") {
    if (childrenBy(g, v, /^amod$/).some((a) => PULL_WORDS.test(a.lower))) return true;
    if (/^obj$/.test(n.deprel) && n.head >= 0 && PULL_VERBS.test(g.nodes[n.head].lemma)) return true;
  }
  // (the "to" phrase on the noun, or on the verb the noun is the object of: "broaden its appeal to")
  const host = n.upos === "NOUN" && n.deprel === "obj" && n.head >= 0 ? [v, n.head] : [v];
  return host.some((h) => obliques(g, h).some(([p, o]) => p === "to" && AUDIENCE.test(g.nodes[o].lemma)));
}

// the press as a crowd, not a named outlet: "spoke to reporters", "met the press"
const PRESS_GROUP =
  /^(?:the |a |some |local |foreign |white house )*(?:reporters|journalists|press|media|news media|newsmen|correspondents|press corps)$/i;

/**
 * "spoke to reporters", "met the press", "talked with journalists": a press event is how a statement
 * is made (CAMEO 010), not a consultation with a party (04x); a trip "with the press" is still a trip,
 * with no one visited. (A named outlet stays a party: "told CNN".)
 */
function pressNotParty(c: CodedEvent): void {
  if (!c.target || !/^04/.test(c.code) || !c.target.code.endsWith("MED") || !PRESS_GROUP.test(c.target.text))
    return;
  c.target = null;
  if (!/^04[234]/.test(c.code)) c.code = "010";
}

// the verbs of a reporter's inquiry: "Vox contacted Karen", "Contacted by Fox News, a spokesman ..."
const INQUIRY_VERBS = /^(contact|reach|reach out)$/;

/**
 * "The Daily Beast contacted the campaign", "Contacted by Fox News, an FBI spokesman had no comment":
 * an outlet asking for comment gathers news, it does not consult a party (04x). On news nearly every
 * contact with an outlet on either side, or in a sentence about comment, was such an inquiry.
 */
function pressInquiry(g: Graph, c: CodedEvent): boolean {
  if (!/^04/.test(c.code) || !INQUIRY_VERBS.test(g.nodes[c.verb].lemma)) return false;
  const press = (a: CodedEvent["source"]) => !!a && a.code.endsWith("MED");
  return press(c.source) || press(c.target) || g.nodes.some((n) => n.lemma === "comment");
}

// where an "according to" phrase ends: the next comma, dash, colon, bracket or quote mark
const REPORT_PHRASE_END = /^[,;:()"“”—–]$/;

/** The character spans of the sentence's "according to X" phrases, to the phrase's end. */
function reportPhrases(g: Graph): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < g.nodes.length; k++) {
    if (g.nodes[k].lower !== "according" || g.nodes[k + 1].lower !== "to") continue;
    let j = k + 2;
    while (j < g.nodes.length && !REPORT_PHRASE_END.test(g.nodes[j].text)) j++;
    out.push([g.nodes[k].start, g.nodes[j - 1].end]);
  }
  return out;
}

/**
 * "Arland troops attacked the convoy, according to Vosk Radio": a party inside an "according to"
 * phrase is where the report comes from, not the one acted on; an act outside the phrase loses such a
 * target (or the event, when the same act is coded with another target, or already without one). On
 * news these targets were outlets, police and officials quoted, almost never the party acted on.
 */
function dropReportingParties(pairs: [Graph, CodedEvent][]): void {
  if (!pairs.length) return;
  const spans = reportPhrases(pairs[0][0]);
  if (!spans.length) return;
  const inside = (start: number, end: number) => spans.some(([a, b]) => start >= a && end <= b);
  const reported = (g: Graph, c: CodedEvent) =>
    !!c.target && inside(c.target.start, c.target.end) && !inside(g.nodes[c.verb].start, g.nodes[c.verb].end);
  const sameAct = (c: CodedEvent, d: CodedEvent) =>
    d !== c && d.verb === c.verb && d.code === c.code && d.source?.start === c.source?.start;
  for (let k = pairs.length - 1; k >= 0; k--) {
    const [g, c] = pairs[k];
    if (!reported(g, c)) continue;
    if (pairs.some(([g2, d]) => sameAct(c, d) && !reported(g2, d))) pairs.splice(k, 1);
    else c.target = null;
  }
}

/**
 * The rules that revise a sentence's coded events once both readings are in (`pairs` holds each
 * event with the graph it was coded on, and is changed in place).
 */
export function reviseSentenceEvents(pairs: [Graph, CodedEvent][]): void {
  dropReportingParties(pairs);
  for (let k = pairs.length - 1; k >= 0; k--)
    if (attractsNotAsks(pairs[k][0], pairs[k][1].verb) || pressInquiry(pairs[k][0], pairs[k][1]))
      pairs.splice(k, 1);
  for (const [, c] of pairs) pressNotParty(c);
}
