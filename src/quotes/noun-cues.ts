import { clauseToEnd, contentBefore } from "./clauses.js";
import { isCueToken } from "./cue-token.js";
import { BE_FORMS, CLAUSE_WORDS } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { leftNP, rightNP } from "./phrases.js";
import { headSubject, ownerSubject } from "./subjects.js";
import { DETERMINERS, POSSESSIVES, PREPOSITIONS } from "./words.js";

/**
 * Attributions cued by a noun or a preposition: "his claim that ...", "in a poll ...", "according
 * to X".
 */

/** Nouns for polls and studies, which report findings as a speaker reports words. */
const POLL_NOUNS = new Set([
  "poll",
  "polls",
  "polling",
  "survey",
  "surveys",
  "study",
  "studies",
  "census",
  "tally",
  "tallies",
  "forecast",
  "forecasts",
  "rankings",
]);
/** Speech and stance nouns, with the words that may open their content. */
const CUE_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["claim", "that"],
      ["claims", "that"],
      ["assertion", "that"],
      ["argument", "that"],
      ["suggestion", "that"],
      ["insistence", "that"],
      ["contention", "that"],
      ["belief", "that"],
      ["view", "that of"],
      ["warning", "that"],
      ["promise", "that to"],
      ["pledge", "that to"],
      ["vow", "that to"],
      ["threat", "to"],
      ["decision", "to"],
      ["refusal", "to"],
      ["plan", "to"],
      ["plans", "to"],
      ["proposal", "to"],
      ["call", "for"],
      ["calls", "for"],
      ["push", "for"],
      // Not "their support for": on train about one in four such uses carried an annotated source.
      ["opposition", "to"],
      ["criticism", "of"],
      ["critique", "of"],
      ["attack", "on"],
      ["attacks", "on"],
      ["endorsement", "of"],
      ["embrace", "of"],
      ["praise", "for of"],
      ["request", "for"],
      ["demand", "for that"],
      ["accusation", "that of"],
      ["accusations", "that of"],
      ["denial", "of that"],
      ["announcement", "of that"],
      ["comments", "on about"],
      ["remarks", "on about"],
    ] as Array<[string, string]>
  ).map(([n, p]) => [n, new Set(p.split(" "))]),
);

/**
 * "his claim that ...", "their call for ...", "her refusal to ...": a speech or stance noun owned
 * by its speaker through a possessive pronoun. The owner is the source, the noun (with its
 * preposition) the cue, and the clause or phrase after it, to the next comma, the content. ("Trump's
 * proposal" is left alone: PolNeAR mostly reads it as what someone else attacked or praised.)
 */
/**
 * "He stepped up his attacks on X", "She rescinded her endorsement of Y": a possessed cue noun that
 * is the object of a verb is that verb's subject's act, which PolNeAR marks as the source. Inside a
 * phrase of its own ("gained traction with his promise to ...", "was dented by her decision to
 * ...") the possessive itself is the source (on train the pronoun is right about twice as often there).
 */
function heldObject(doc: Doc, n: number): boolean {
  return doc.toks[n].deprel === "obj";
}

export function possessedNoun(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  const preps = CUE_NOUNS.get(t.lower);
  if (!preps || t.quote >= 0) return null;
  let k = i - 1;
  // One adjective may sit between owner and noun ("his repeated claim").
  if (doc.toks[k]?.upos === "ADJ" && doc.toks[k].sent === s) k--;
  const own = doc.toks[k];
  if (!own || own.sent !== s) return null;
  // "Latino Republicans have been unsparing in their criticism of": the owner is the clause's
  // subject, which PolNeAR marks as the source; only without one does the pronoun stand.
  // "The mayor's attacks on the board": a named owner is the source as a pronoun is, its "'s" kept.
  // ("Obama's plan to close the base" names a policy more than a report: 1 of 8 annotated on train.)
  const owner = POSSESSIVES.has(own.lower)
    ? { start: k, end: k + 1 }
    : POLICY_NOUNS.has(t.lower)
      ? null
      : namedOwner(doc, k, s);
  if (!owner) return null;
  // (A named owner names the source itself: "confirmed Putin's view that" is Putin's view.)
  const pronoun = owner.end - owner.start === 1;
  const src: Range = (pronoun && heldObject(doc, i) ? ownerSubject(doc, i, owner.start) : null) ?? owner;
  let from = i + 1;
  let cueEnd = i + 1;
  const next = doc.toks[from];
  if (!next || next.sent !== s) return null;
  if (next.lower === "that" || next.lower === "to") {
    if (next.lower === "that" && !preps.has("that")) return null;
    if (next.lower === "to" && !preps.has("to")) return null;
  } else if (preps.has(next.lower)) {
    cueEnd = from + 1;
    from = cueEnd;
  } else return null;
  const last = doc.sentEnd[s];
  let e = from;
  while (e < last && e - from < 40) {
    const u = doc.toks[e];
    if (u.quote < 0 && (u.text === "," || u.text === ";" || u.text === "(" || u.text === "\u2014")) break;
    e++;
    // 'accusations of "fake news," walked away with ...': a comma closing a quote ends the phrase too.
    if (doc.closesQuote(e - 1) && doc.toks[e - 2]?.text === ",") break;
  }
  e = doc.trimPunctEnd(from, e);
  if (e - from < 1) return null;
  return doc.make(doc.range(from, e), null, src, doc.range(i, cueEnd), s, "noun", cueEnd);
}

const POLICY_NOUNS = new Set(["plan", "plans"]);

/** The noun phrase owning the next word through a "'s" at k ("Ann Ruiz's", "the board's"). */
function namedOwner(doc: Doc, k: number, s: number): Range | null {
  if (!/^['\u2019]s$/.test(doc.toks[k].lower)) return null;
  const np = leftNP(doc, k, s);
  if (!np || np.end !== k) return null;
  // ("a favorite target of the president's accusations": the owner starts after the preposition.)
  let start = np.start;
  for (let j = k - 1; j > np.start; j--)
    if (PREPOSITIONS.has(doc.toks[j].lower)) {
      start = j + 1;
      break;
    }
  return { start, end: k + 1 };
}

/**
 * "In a March poll, most voters backed the plan": a poll or survey after a sentence-initial "in" is
 * the source of the clause after it, "in" the cue. (Post-posed "leads in the polls" is mostly not
 * annotated on PolNeAR's train split.)
 */
export function pollIn(doc: Doc, i: number, s: number): RawAttribution | null {
  const last = doc.sentEnd[s];
  let k = i + 1;
  let noun = -1;
  for (; k < last && k < i + 12; k++) {
    const t = doc.toks[k];
    if (t.quote >= 0 || t.text === "," || CLAUSE_WORDS.has(t.lower)) break;
    // "In a poll released Monday,": a participle after the poll noun belongs to it.
    if (isCueToken(doc, k, s) && (noun < 0 || !t.lower.endsWith("ed"))) break;
    if (POLL_NOUNS.has(t.lower)) noun = k;
  }
  if (noun < 0) return null;
  // The poll's own adjuncts ("this month", "of likely voters") stay with it up to the comma.
  const srcEnd = k < last && doc.toks[k].text === "," ? k : noun + 1;
  const src: Range = { start: i + 1, end: srcEnd };
  const first = doc.sentFirst[s];
  let lead = first;
  while (lead < i && (!isWordy(doc.toks[lead]) || ["but", "and", "yet", "so"].includes(doc.toks[lead].lower)))
    lead++;
  if (lead !== i) return null;
  if (srcEnd >= last || doc.toks[srcEnd].text !== ",") return null;
  let from = srcEnd + 1;
  // ", conducted March 1-3," belongs to the poll.
  if (/ed$/.test(doc.toks[from]?.lower ?? "")) {
    let c = from;
    while (c < last && c < from + 12 && doc.toks[c].text !== ",") c++;
    if (c < last && doc.toks[c].text === ",") from = c + 1;
  }
  const content = clauseToEnd(doc, from, s);
  return content ? doc.make(content, null, src, doc.range(i, i + 1), s, "poll-in", i + 1) : null;
}

/** Words of a candidate's standing, which a poll named after them measures. */
const STANDING = new Set(
  ["lead", "leads", "led", "leading", "ahead", "behind", "trail", "trails", "trailed", "trailing"]
    .concat(["percent", "%", "points", "point", "support", "favorable", "unfavorable", "favorably"])
    .concat(["second", "third", "fourth", "fifth", "sixth", "approval"]),
);

/**
 * "Ruiz leads by 9 points in the latest harbour poll": a named poll after a candidate's standing is
 * the source of the clause before "in", "in" the cue. (The bare "in the polls" is mostly not
 * annotated on PolNeAR's train split; a standing measured in a particular poll mostly is.)
 */
export function pollStanding(doc: Doc, i: number, s: number): RawAttribution | null {
  const last = doc.sentEnd[s];
  const first = doc.toks[i + 1];
  if (
    !first ||
    first.sent !== s ||
    (!DETERMINERS.has(first.lower) && !POSSESSIVES.has(first.lower) && !/^\p{Lu}/u.test(first.text))
  )
    return null;
  let noun = -1;
  for (let k = i + 1; k < last && k < i + 12; k++) {
    const t = doc.toks[k];
    if (t.quote >= 0 || !isWordy(t) || CLAUSE_WORDS.has(t.lower)) break;
    if (isCueToken(doc, k, s) && (noun < 0 || !t.lower.endsWith("ed"))) break;
    // ("the RealClearPolitics average": a named average of polls, not "an average of 15 million")
    if (POLL_NOUNS.has(t.lower) || (t.lower === "average" && /^\p{Lu}/u.test(doc.toks[k - 1].text))) noun = k;
  }
  if (noun < 0) return null;
  if (noun === i + 2 && first.lower === "the" && doc.toks[noun].lower === "polls") return null;
  const before = contentBefore(doc, i, s);
  if (!before || before.quote) return null;
  let from = i;
  while (from > doc.sentFirst[s] && doc.toks[from - 1].start >= before.range.start) from--;
  let standing = false;
  for (let k = from; k < i; k++) {
    const t = doc.toks[k];
    // ("Most voters viewed him favorably in the poll": a report of its own, which the poll holds.)
    if (t.quote >= 0 || isCueToken(doc, k, s)) return null;
    if (STANDING.has(t.lower)) standing = true;
  }
  if (!standing) return null;
  const end = doc.trimPunctEnd(from, i);
  if (end <= from) return null;
  return doc.make(
    doc.range(from, end),
    null,
    { start: i + 1, end: noun + 1 },
    doc.range(i, i + 1),
    s,
    "poll-standing",
    i + 1,
  );
}

/** Verbs by which a poll places a candidate ("the poll has Ruiz leading", "puts her at 40 percent"). */
const POLL_PLACING = new Set(["has", "had", "gives", "gave", "giving", "puts", "put", "putting"]);
/** Poll nouns that place candidates (not "the census gave the names ..."). */
const PLACING_POLLS = new Set(["poll", "polls", "survey", "surveys", "average"]);
/** Objects of "the poll has" that describe the poll itself ("a margin of error"). */
const POLL_OWN = new Set(["margin", "credibility", "sample", "error", "response"]);

/**
 * "The county poll has Ruiz leading by six points", "A CNN poll gave Ruiz a 30-point advantage": a
 * poll subject places someone with "has", "gives" or "puts"; the poll is the source, the verb the
 * cue, its object and what follows the content. (Not "the poll has a margin of error of ...".)
 */
export function pollPlacing(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  if (!POLL_PLACING.has(t.lower) || t.quote >= 0) return null;
  let n = i - 1;
  if (doc.toks[n]?.lower.endsWith("ly") && doc.toks[n].upos === "ADV") n--;
  const noun = doc.toks[n];
  if (!noun || noun.sent !== s || !PLACING_POLLS.has(noun.lower)) return null;
  const first = doc.toks[i + 1];
  // ("every poll has shown him trailing": an auxiliary, whose verb is the cue.)
  if (!first || first.sent !== s || first.quote >= 0 || first.upos === "VERB" || first.upos === "AUX")
    return null;
  for (let k = i + 1; k < Math.min(doc.sentEnd[s], i + 4); k++)
    if (POLL_OWN.has(doc.toks[k].lower)) return null;
  const src = leftNP(doc, n + 1, s);
  const content = clauseToEnd(doc, i + 1, s);
  if (!src || !content) return null;
  return doc.make(content, null, src, doc.range(i, i + 1), s, "poll-placing", i + 1);
}

/**
 * "For example, according to X, ..." / "However, according to X, ...": a short connective phrase
 * and its comma (no verb, at most three words) before the cue leave it opening the sentence.
 */
function discourseLead(doc: Doc, lead: number, i: number): boolean {
  if (doc.toks[i - 1]?.text !== "," || i - 1 - lead > 3 || i - 1 <= lead) return false;
  // a connective or a preposition opens it ("However", "For example"), not a subject ("Fundraising,")
  if (!["ADV", "ADP", "SCONJ", "CCONJ"].includes(doc.toks[lead].upos ?? "")) return false;
  for (let k = lead; k < i - 1; k++) {
    const t = doc.toks[k];
    if (!isWordy(t) || t.upos === "VERB" || t.upos === "AUX" || t.upos === "PROPN" || t.upos === "PRON")
      return false;
  }
  return true;
}

export function accordingTo(doc: Doc, i: number, s: number): RawAttribution | null {
  let src = rightNP(doc, i + 2, s, false) ?? mistaggedSource(doc, i + 2, s);
  if (!src) return null;
  // "according to a tally by the AP" with "tally" mistagged: a lone determiner is no source; the
  // phrase runs to its noun and on through its "by"/"from"/"of" phrase.
  if (src.end === src.start + 1 && DETERMINERS.has(doc.toks[src.start].lower)) {
    // the noun the determiner leads, past modifiers the tagger may also have misread ("the most recent data")
    let head = src.start + 1;
    while (
      head < src.start + 6 &&
      doc.toks[head + 1]?.sent === s &&
      isWordy(doc.toks[head + 1]) &&
      doc.toks[head].upos !== "NOUN" &&
      doc.toks[head].upos !== "PROPN"
    )
      head++;
    // and through a compound ("Federal Election Commission disclosure")
    while (
      head < src.start + 10 &&
      doc.toks[head + 1]?.sent === s &&
      (doc.toks[head + 1].upos === "NOUN" || doc.toks[head + 1].upos === "PROPN")
    )
      head++;
    const t = doc.toks[head];
    if (t && t.sent === s && isWordy(t) && t.quote < 0) {
      const by = doc.toks[head + 1];
      const tail =
        by?.sent === s && /^(by|from|of)$/.test(by.lower) ? rightNP(doc, head + 2, s, false) : null;
      src = { start: src.start, end: tail?.end ?? head + 1 };
    }
  }
  const cue = doc.range(i, i + 2);
  const first = doc.sentFirst[s];
  let lead = first;
  while (lead < i && (!isWordy(doc.toks[lead]) || ["but", "and", "yet", "so"].includes(doc.toks[lead].lower)))
    lead++;
  if (lead === i || discourseLead(doc, lead, i)) {
    // "According to X, ..."
    let k = src.end;
    while (k < doc.sentEnd[s] && !isWordy(doc.toks[k]) && !doc.isMarkTok(k)) k++;
    const content = clauseToEnd(doc, k, s);
    if (!content) return null;
    return doc.make(content, null, src, cue, s, "according-pre", i + 2);
  }
  // "And it went unnoticed: according to X, ...": a colon opens the clause like a sentence start.
  if (doc.toks[i - 1]?.text === ":" && doc.toks[i - 1].sent === s) {
    let k = src.end;
    while (k < doc.sentEnd[s] && !isWordy(doc.toks[k]) && !doc.isMarkTok(k)) k++;
    const content = clauseToEnd(doc, k, s);
    return content ? doc.make(content, null, src, cue, s, "according-pre", i + 2) : null;
  }
  // "That's according to X.": the pronoun stands for what X reported.
  if (
    lead + 2 === i &&
    (doc.toks[lead].lower === "that" || doc.toks[lead].lower === "this") &&
    BE_FORMS.has(doc.toks[lead + 1].lower)
  )
    return doc.make(doc.range(lead, lead + 1), null, src, cue, s, "according-post", i + 2);
  let b = i;
  if (doc.toks[b - 1]?.text === ",") b--;
  // "Fundraising, according to the campaign, has surged": the sentence goes on after the source,
  // so the whole sentence is what X reported.
  if (doc.toks[b]?.text === "," && doc.toks[src.end]?.text === "," && doc.toks[src.end].sent === s) {
    let words = 0;
    for (let j = src.end + 1; j < doc.sentEnd[s] && words < 2; j++) if (isWordy(doc.toks[j])) words++;
    if (words >= 2 && !isCueToken(doc, src.end + 1, s)) {
      const e = doc.trimPunctEnd(lead, doc.sentEnd[s]);
      return doc.make(doc.range(lead, e), null, src, cue, s, "according-mid", i + 2);
    }
  }
  const content = contentBefore(doc, b, s, true);
  if (!content) return null;
  return doc.make(content.range, content.quote, src, cue, s, "according-post", i + 2);
}

/**
 * "according to state law", "according to spokesperson Ann Ruiz": the tagger reads "to" as an
 * infinitive marker and the word after it as a verb; that word opens the source all the same.
 */
function mistaggedSource(doc: Doc, k: number, s: number): Range | null {
  const t = doc.toks[k];
  if (!t || t.sent !== s || !isWordy(t) || t.quote >= 0 || t.upos !== "VERB") return null;
  const rest = doc.toks[k + 1]?.sent === s ? rightNP(doc, k + 1, s, false) : null;
  return { start: k, end: rest?.end ?? k + 1 };
}

/** Nouns of opinion that, after "in" and an owner, attribute the clause around them. */
const VIEW_NOUNS = new Set(["view", "opinion", "estimation"]);

/**
 * "In her view, the plan will fail", "The fee, in the mayor's view, is too high": an owner's view
 * or opinion after "in" attributes the clause it sits in. The owner ("her", "the mayor's") is the
 * source, "in ... view" the cue, the clause after it (or, set off mid-sentence, the whole sentence,
 * or before a final one, the words before it) the content.
 */
export function viewOf(doc: Doc, i: number, s: number): RawAttribution | null {
  const last = doc.sentEnd[s];
  let k = i + 1;
  const own = k;
  if (k >= last) return null;
  if (POSSESSIVES.has(doc.toks[k].lower)) k++;
  else {
    // "the mayor's", "Smith's": a short owner phrase ending in 's.
    while (k < last && k < own + 5 && !/^[\u2019']s$/.test(doc.toks[k].lower) && isWordy(doc.toks[k])) k++;
    if (k >= last || k === own || !/^[\u2019']s$/.test(doc.toks[k].lower)) return null;
    k++;
  }
  const ownEnd = POSSESSIVES.has(doc.toks[own].lower) ? own + 1 : k - 1;
  if (doc.toks[k]?.upos === "ADJ" && doc.toks[k].sent === s) k++;
  const noun = doc.toks[k];
  if (!noun || noun.sent !== s || noun.quote >= 0 || !VIEW_NOUNS.has(noun.lower)) return null;
  const src: Range = { start: own, end: ownEnd };
  const cue = doc.range(i, k + 1);
  const after = doc.toks[k + 1];
  const first = doc.sentFirst[s];
  let lead = first;
  while (lead < i && !isWordy(doc.toks[lead])) lead++;
  if (lead === i) {
    // "In her view, ...": the clause after the comma.
    if (after?.text !== "," || after.sent !== s) return null;
    const content = clauseToEnd(doc, k + 2, s);
    return content ? doc.make(content, null, src, cue, s, "view-of", k + 1) : null;
  }
  const before = doc.toks[i - 1];
  if (before?.text !== "," || !after || after.sent !== s) return null;
  if (after.text === ",") {
    // "The fee, in her view, is too high": the sentence goes on, so the whole of it is her view.
    const e = doc.trimPunctEnd(lead, last);
    return doc.make(doc.range(lead, e), null, src, cue, s, "view-of", k + 1);
  }
  if (isWordy(after)) return null;
  // "..., in her view.": the words before it.
  const content = contentBefore(doc, i - 1, s);
  return content ? doc.make(content.range, content.quote, src, cue, s, "view-of", k + 1) : null;
}

/**
 * "To the mayor, the levy is a tax on the poor", "To many, he is a hero": a fronted "to" phrase
 * naming someone, set off by a comma, gives the clause after it as that person's view (on PolNeAR's
 * train split 9 of 11 such sources annotated). Not an infinitive ("To win, he ...").
 */
export function toViewpoint(doc: Doc, i: number, s: number): RawAttribution | null {
  if (doc.toks[i].text !== "To" || !opensSentence(doc, i, s)) return null;
  const last = doc.sentEnd[s];
  const first = doc.toks[i + 1];
  if (!first || first.sent !== s || first.quote >= 0) return null;
  if (first.upos === "VERB" || first.upos === "AUX" || first.upos === "ADV" || first.upos === "DET") {
    // ("To many, ...": a bare quantifier names people; a determiner opens a thing: "To the letter,")
    if (!VIEW_QUANTIFIERS.has(first.lower)) return null;
  }
  let k = i + 1;
  for (; k < last && k < i + 14; k++) {
    const t = doc.toks[k];
    if (t.text === ",") break;
    if (t.quote >= 0 || !isWordy(t)) return null;
  }
  if (k >= last || doc.toks[k].text !== "," || k === i + 1) return null;
  // Someone: a name, a pronoun, a quantifier or an owner's people, not "To date," or "To be sure,".
  const src: Range = { start: i + 1, end: k };
  const named =
    /^\p{Lu}/u.test(first.text) ||
    OBJECT_PRONOUNS.has(first.lower) ||
    VIEW_QUANTIFIERS.has(first.lower) ||
    POSSESSIVES.has(first.lower);
  if (!named || TO_IDIOMS.has(first.lower)) return null;
  const content = clauseToEnd(doc, k + 1, s);
  if (!content) return null;
  let words = 0;
  for (let j = k + 1; j < last; j++) if (isWordy(doc.toks[j])) words++;
  if (words < 3) return null;
  return doc.make(content, null, src, doc.range(i, i + 1), s, "to-viewpoint", i + 1);
}

const OBJECT_PRONOUNS = new Set(["them", "him", "her", "me", "us"]);
/** Words for people that open a fronted "To ..." view without a determiner. */
const VIEW_QUANTIFIERS = new Set(["many", "some", "most", "others", "critics", "supporters"]);
/** Fronted "to" phrases that are idioms, not someone's view ("To date,", "To be sure,"). */
const TO_IDIOMS = new Set(["date", "be", "this", "that", "these", "those", "it"]);

/** The forms of "draw" ("has drawn criticism", "drew support"). */
const DRAW = ["draw", "draws", "drew", "drawn", "drawing"];
/** Verbs by which something receives criticism ("has drawn criticism from X", "faces criticism"). */
const RECEIVING = new Set([
  ...DRAW,
  "face",
  "faces",
  "faced",
  "facing",
  "get",
  "gets",
  "got",
  "gotten",
  "receive",
  "receives",
  "received",
]);
/** Verbs by which a candidate holds support ("has won support from X", "enjoys support among X"). */
const HOLDING = new Set([
  ...DRAW,
  "receive",
  "receives",
  "received",
  "receiving",
  "won",
  "enjoy",
  "enjoys",
  "enjoyed",
  "has",
  "have",
  "had",
  "consolidated",
  "welcomed",
]);
/** Verbs by which a candidate gains an endorsement ("won the endorsement of X", "picked up ..."). */
const GAINING = new Set([
  "won",
  "win",
  "wins",
  "winning",
  "received",
  "receive",
  "receives",
  "has",
  "have",
  "had",
  "got",
  "gets",
  "secured",
  "earned",
  "picked",
  "landed",
  "rung",
  "sewn",
  "locked",
  "lined",
]);
/** Nouns of a reaction received from others, with the verbs that receive them and their prepositions. */
const RECEIVED: ReadonlyMap<string, { verbs: ReadonlySet<string>; preps: ReadonlySet<string> }> = new Map([
  ["criticism", { verbs: RECEIVING, preps: new Set(["from"]) }],
  ["criticisms", { verbs: RECEIVING, preps: new Set(["from"]) }],
  ["support", { verbs: HOLDING, preps: new Set(["from", "among"]) }],
  ["endorsement", { verbs: GAINING, preps: new Set(["of", "from"]) }],
  ["endorsements", { verbs: GAINING, preps: new Set(["of", "from"]) }],
  ["backing", { verbs: GAINING, preps: new Set(["of", "from"]) }],
]);

/**
 * "The plan has drawn sharp criticism from the harbour board", "Ruiz has won strong support from
 * ferry captains": the people after "from" (or "among") are the source, the noun the cue, and what
 * drew it (or a "that" clause after them) the content. On PolNeAR's train split 8 of 10 such critics
 * and 10 of 15 such supporters matched, and 12 of 13 endorsers ("won the endorsement of X");
 * "backlash from" is mostly not annotated, nor support someone seeks or lacks.
 */
export function receivedFrom(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  const kind = RECEIVED.get(t.lower);
  if (!kind || t.quote >= 0) return null;
  const prep = doc.toks[i + 1];
  if (!prep || prep.sent !== s || !kind.preps.has(prep.lower)) return null;
  // The receiving verb, past a few modifiers ("drawn harsh criticism", "won overwhelming support").
  let v = i - 1;
  while (v > doc.sentFirst[s] && v > i - 4 && !kind.verbs.has(doc.toks[v].lower)) v--;
  const verb = doc.toks[v];
  if (!verb || verb.sent !== s || !kind.verbs.has(verb.lower)) return null;
  // ("had no support from his colleagues": support denied is none.)
  for (let k = v + 1; k < i; k++) if (["no", "little", "less"].includes(doc.toks[k].lower)) return null;
  const src = rightNP(doc, i + 2, s, false);
  if (!src) return null;
  const cue = doc.range(i, i + 1);
  let k = src.end;
  while (k < doc.sentEnd[s] && k < src.end + 3 && doc.toks[k].lower !== "that") k++;
  if (doc.toks[k]?.lower === "that" && doc.toks[k].sent === s) {
    const clause = clauseToEnd(doc, k, s);
    if (clause) return doc.make(clause, null, src, cue, s, "received-from", i + 1);
  }
  const target = headSubject(doc, v);
  if (!target || target.end > v) return null;
  return doc.make(doc.range(target.start, target.end), null, src, cue, s, "received-from", i + 1);
}

/** Nouns of a reckoning by which a fronted "By ..." judges the clause after it. */
const MEASURES = new Set([
  "tally",
  "count",
  "estimate",
  "estimates",
  "measure",
  "measures",
  "calculation",
  "calculations",
  "account",
  "accounts",
  "reckoning",
  "standard",
  "standards",
  "argument",
  "logic",
]);

/**
 * "By the harbour board's tally, the ferry lost money", "By some measures, the plan works": a fronted
 * "By" phrase ending in a noun of reckoning, set off by a comma, is the source of the clause after
 * it, "By" the cue (3 of 3 annotated on PolNeAR's train split).
 */
export function byMeasure(doc: Doc, i: number, s: number): RawAttribution | null {
  if (doc.toks[i].text !== "By" || !opensSentence(doc, i, s)) return null;
  const last = doc.sentEnd[s];
  let k = i + 1;
  while (k < last && k < i + 12 && doc.toks[k].text !== "," && doc.toks[k].quote < 0 && isWordy(doc.toks[k]))
    k++;
  if (k >= last || doc.toks[k].text !== "," || k === i + 1 || !MEASURES.has(doc.toks[k - 1].lower))
    return null;
  const content = clauseToEnd(doc, k + 1, s);
  if (!content) return null;
  return doc.make(content, null, { start: i + 1, end: k }, doc.range(i, i + 1), s, "by-measure", i + 1);
}

/** Is token i the first word of sentence s (past quote marks and punctuation)? */
function opensSentence(doc: Doc, i: number, s: number): boolean {
  let lead = doc.sentFirst[s];
  while (lead < i && !isWordy(doc.toks[lead])) lead++;
  return lead === i;
}
