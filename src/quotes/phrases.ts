import { isCueToken } from "./cue-token.js";
import { ADJUNCT_WORDS, BE_FORMS, CLAUSE_WORDS, VERB_GROUP } from "./cues.js";
import { type Doc, isWordy, type Range } from "./doc.js";
import { ABBREVIATIONS } from "./text.js";
import { LY_NOUNS, MAX_NP, POSSESSIVES, POSTNOMINAL_ADJECTIVES, PREPOSITIONS, TIME_WORDS } from "./words.js";

/**
 * Noun phrases and adjuncts around a cue: where a subject or object starts and ends.
 */

const TIME_LEADS = new Set(["on", "last", "this", "next", "early", "earlier", "late", "on"]);
/** Times of day and spans that "that" makes a time adjunct ("that night", "that week"). */
const DAY_PARTS = new Set([
  "night",
  "evening",
  "morning",
  "afternoon",
  "day",
  "week",
  "month",
  "year",
  "time",
]);
/** Tags of a word that can be the subject of a verb right after it ("which prompted"). */
const POLL_PARTICIPLES = new Set(["polled", "surveyed", "interviewed", "questioned", "sampled"]);
const SUBJECT_TAGS = new Set(["NOUN", "PROPN", "PRON"]);
/** Tags a subject noun phrase is made of (ADP and PART for "head of the party", "Clinton 's"). */
const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "ADP", "PART", "X", "SYM"]);
/** Verbs whose object does what the infinitive after it says ("urged voters to reject"). */
const OBJECT_CONTROL = new Set(
  [
    "allow",
    "enable",
    "urge",
    "ask",
    "encourage",
    "force",
    "lead",
    "push",
    "want",
    "expect",
    "invite",
    "persuade",
    "convince",
    "inspire",
    "prompt",
    "tell",
    "help",
    "compel",
    "pressure",
    "get",
    "challenge",
    "dare",
    "implore",
    "call on",
    // "has caused many to wonder", "drove thousands to demand", "leaving some to question": verbs of
    // making or moving someone to act hand the infinitive to their object too.
    "cause",
    "require",
    "spur",
    "embolden",
    "provoke",
    "tempt",
    "permit",
    "instruct",
    "order",
  ]
    .flatMap((v) => [v, `${v}s`, v.endsWith("e") ? `${v}d` : `${v}ed`])
    .concat(["led", "told", "got", "pushes", "pressed"])
    .concat([
      "drive",
      "drives",
      "drove",
      "driven",
      "leave",
      "leaves",
      "left",
      "leaving",
      "causing",
      "forcing",
    ])
    .concat(["prompting", "requiring", "urging", "pushing", "pressuring", "allowing", "encouraging"]),
);

function boundary(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (!isWordy(t)) {
    if (t.quote >= 0 && doc.isMarkTok(k)) return true;
    // A stop after "U.S" or an initial belongs to the name; any other stop ends it.
    if (t.text === ".") {
      const prev = doc.toks[k - 1]?.text ?? "";
      return !/\.|^\p{Lu}$/u.test(prev) && !ABBREVIATIONS.has(prev.toLowerCase());
    }
    // "47% say": a percentage is a count.
    if (t.text === "%" && /^\d/.test(doc.toks[k - 1]?.text ?? "")) return false;
    // "Lopez-Cantera", when the tokenizer split the hyphen off: still one name.
    if (t.text === "-" && doc.toks[k - 1]?.end === t.start && doc.toks[k + 1]?.start === t.end) return false;
    return t.text !== "'" && t.text !== "\u2019" && t.text !== "&";
  }
  // "one person on that call": a demonstrative before its noun opens no clause.
  // ("that night", "that week" stay times, outside the phrase.)
  const next = doc.toks[k + 1];
  const demonstrative =
    t.lower === "that" &&
    t.deprel === "det" &&
    t.head === k + 1 &&
    next?.upos === "NOUN" &&
    !TIME_WORDS.has(next.lower) &&
    !DAY_PARTS.has(next.lower);
  if ((CLAUSE_WORDS.has(t.lower) && !demonstrative) || t.quote >= 0 || isCueToken(doc, k, t.sent))
    return true;
  // "those surveyed said", "voters polled said": a poll's participle after its people is theirs.
  if (
    POLL_PARTICIPLES.has(t.lower) &&
    (doc.toks[k - 1]?.lower === "those" || doc.toks[k - 1]?.upos === "NOUN")
  )
    return false;
  // Verb-group words and contractions ("were", "has", "he'd") end a subject noun phrase.
  // "retired surgeon Ann Ruiz": a participle before a noun modifies it when the parse says so or a
  // name follows the noun (the tagger often reads such a participle as a past tense).
  if (
    t.upos === "VERB" &&
    /ed$/.test(t.text) &&
    ((t.deprel === "amod" &&
      (t.head === k + 1 || (t.head > k + 1 && t.head <= k + 3 && nominalUpTo(doc, k + 1, t.head)))) ||
      (/^\p{Ll}/u.test(t.text) &&
        !SUBJECT_TAGS.has(doc.toks[k - 1]?.upos ?? "") &&
        doc.toks[k + 1]?.upos === "NOUN" &&
        doc.toks[k + 2]?.upos === "PROPN"))
  )
    return false;
  // "Ruiz's longtime confidant", "the then senator": an "adverb" between a determiner or owner and
  // its noun is the noun's modifier.
  if (t.upos === "ADV" && /^\p{Ll}/u.test(t.text) && !/ly$/.test(t.lower)) {
    const prev = doc.toks[k - 1];
    const next = doc.toks[k + 1];
    if (
      prev &&
      next &&
      (next.upos === "NOUN" || next.upos === "ADJ") &&
      (prev.upos === "DET" || prev.lower === "\u2019s" || prev.lower === "'s" || POSSESSIVES.has(prev.lower))
    )
      return false;
  }
  if (t.upos) return !NOMINAL_TAGS.has(t.upos);
  if (t.lower === "\u2019s" || t.lower === "'s") return false;
  return (
    BE_FORMS.has(t.lower) ||
    VERB_GROUP.has(t.lower) ||
    (t.text === t.lower && t.lower.endsWith("ly") && t.lower.length > 4 && !LY_NOUNS.has(t.lower)) ||
    /[\u2019'](d|ll|ve|re)$/.test(t.lower) ||
    (t.text === t.lower && t.lower.endsWith("ing") && t.lower.length > 5)
  );
}

/** "an informed city official": the words after a participle, up to its head noun, are nominal. */
function nominalUpTo(doc: Doc, from: number, head: number): boolean {
  for (let j = from; j <= head; j++) if (!NOMINAL_TAGS.has(doc.toks[j].upos ?? "")) return false;
  return true;
}

/** For "allows farmers to", token `to` at index `to`: the noun phrase between the verb and "to". */
export function controlledObject(doc: Doc, to: number, s: number): Range | null {
  const np = leftNP(doc, to, s);
  if (!np || np.end !== to || np.end - np.start > 8) return null;
  const verb = doc.toks[np.start - 1];
  if (!verb || verb.sent !== s || !OBJECT_CONTROL.has(verb.lower)) return null;
  return np;
}

/** The noun phrase ending just before token `end` (exclusive), walking left to a boundary. */
export function leftNP(doc: Doc, end0: number, s: number): Range | null {
  const first = doc.sentFirst[s];
  let end = end0;
  // "Sen. Ann Ruiz (D-Ore.) said": step over a short parenthetical.
  if (doc.toks[end - 1]?.text === ")") {
    let j = end - 2;
    while (j >= first && j > end - 10 && doc.toks[j].text !== "(") j--;
    if (j >= first && doc.toks[j].text === "(") end = j;
  }
  let k = end - 1;
  let n = 0;
  while (k >= first && !boundary(doc, k) && n < MAX_NP) {
    k--;
    n++;
  }
  let from = possessorStart(doc, k + 1, s);
  while (from < end && (PREPOSITIONS.has(doc.toks[from].lower) || TIME_WORDS.has(doc.toks[from].lower)))
    from++;
  if (from >= end) return null;
  return { start: quantityStart(doc, from, s), end };
}

/** Words that bound a number from below or above: "about 4 in 10", "nearly half", "more than 40 percent". */
const APPROXIMATORS = new Set([
  "about",
  "nearly",
  "almost",
  "roughly",
  "around",
  "only",
  "just",
  "some",
  "over",
]);
const COMPARATIVES = new Set(["more", "fewer", "less"]);

/**
 * "nearly three in five said", "more than 40 percent want": the adverb or comparison before a
 * count belongs to the subject (the tagger reads it as an adverb or preposition, which ends the
 * phrase).
 */
function quantityStart(doc: Doc, from: number, s: number): number {
  const t = doc.toks[from];
  const first = doc.sentFirst[s];
  // ("at least 21,000 said": the walk stops after "at", a preposition.)
  if ((t.lower === "least" || t.lower === "most") && from - 1 >= first && doc.toks[from - 1].lower === "at")
    return from - 1;
  if (!(t.upos === "NUM" || /^\d/.test(t.text) || t.lower === "half")) return from;
  const prev = doc.toks[from - 1];
  if (
    from - 2 >= first &&
    ((prev.lower === "than" && COMPARATIVES.has(doc.toks[from - 2].lower)) ||
      ((prev.lower === "least" || prev.lower === "most") && doc.toks[from - 2].lower === "at"))
  )
    return from - 2;
  if (from - 1 >= first && APPROXIMATORS.has(prev.lower)) return from - 1;
  return from;
}

/**
 * "Reeves' spokeswoman": an apostrophe written onto a word in -s is that word's possessive, whatever
 * the tagger made of the pair (a sentence-initial "Reeves" reads as a verb); the owner joins the
 * subject.
 */
export function possessorStart(doc: Doc, a: number, s: number): number {
  // The phrase may start at the apostrophe itself or just after it.
  const at = doc.toks[a] && isPossessiveMark(doc, a, s) ? a : isPossessiveMark(doc, a - 1, s) ? a - 1 : -1;
  return at < 0 ? a : at - 1;
}

function isPossessiveMark(doc: Doc, k: number, s: number): boolean {
  const mark = doc.toks[k];
  const owner = doc.toks[k - 1];
  return (
    k - 1 >= doc.sentFirst[s] &&
    !!mark &&
    (mark.text === "'" || mark.text === "\u2019") &&
    owner.end === mark.start &&
    /s$/i.test(owner.text)
  );
}

/** The noun phrase starting at token `from`, up to punctuation, a clause word or a preposition. */
export function rightNP(doc: Doc, from: number, s: number, stopAtPreposition = true): Range | null {
  let k = from;
  const last = doc.sentEnd[s];
  let stop = stopAtPreposition;
  // Where the phrase would have stopped had an adjective not carried it over its preposition.
  let cut = -1;
  while (
    k < last &&
    k - from < MAX_NP &&
    !boundary(doc, k) &&
    !(stop && k > from && PREPOSITIONS.has(doc.toks[k].lower)) &&
    !(k > from && isCueToken(doc, k, s))
  ) {
    k++;
    // "a source close to the campaign", "one aide familiar with the talks": the adjective after the
    // noun needs its preposition; the phrase is who the person is.
    if (
      stop &&
      k - from >= 2 &&
      POSTNOMINAL_ADJECTIVES.has(doc.toks[k - 1].lower) &&
      PREPOSITIONS.has(doc.toks[k]?.lower ?? "")
    ) {
      stop = false;
      cut = k;
    }
  }
  // ("familiar with what happened": a clause after the preposition; the phrase stops where it did.)
  if (cut >= 0 && k < last && isWordy(doc.toks[k])) k = cut;
  return k > from ? { start: from, end: k } : null;
}

/** Skips time adjuncts ("Monday", "on Tuesday", "last week") starting at token i. */
export function skipTime(doc: Doc, i: number, s: number): number {
  let k = i;
  const last = doc.sentEnd[s];
  while (k < last) {
    const l = doc.toks[k].lower;
    if (TIME_WORDS.has(l)) k++;
    else if (TIME_LEADS.has(l) && k + 1 < last && TIME_WORDS.has(doc.toks[k + 1].lower)) k += 2;
    else break;
  }
  return k;
}

/** After a mid-sentence attribution (", they said,"), does the sentence go on with more words? */
export function continuesAfter(doc: Doc, i: number, s: number): boolean {
  const last = doc.sentEnd[s];
  let k = i;
  while (k < last && k - i < 40 && doc.toks[k].text !== ",") {
    if (doc.toks[k].text === "." || doc.toks[k].text === ";" || doc.isMarkTok(k)) return false;
    k++;
  }
  if (k >= last || doc.toks[k].text !== ",") return false;
  let words = 0;
  for (let j = k + 1; j < last && words < 2; j++) if (isWordy(doc.toks[j])) words++;
  return words >= 2 && !isCueToken(doc, k + 1, s) && doc.toks[k + 1]?.lower !== "according";
}

/** True when tokens from i to the next comma or sentence end are only adjuncts (times, settings). */
export function onlyAdjuncts(doc: Doc, i: number, s: number): boolean {
  const last = doc.sentEnd[s];
  let k = i;
  let prep = false;
  while (k < last) {
    if (k - i > 40) return false;
    const t = doc.toks[k];
    if (t.text === "," || t.text === ";" || t.text === "." || t.text === "!" || t.text === "?") return true;
    // A dash opens an aside about the report, not more of it.
    if (t.text === "\u2014" || t.text === "--") return true;
    if (t.quote >= 0) return false;
    if (t.lower === "that" || t.text === ":") return false;
    // Hyphens and apostrophes split off inside adjuncts ("a town-hall meeting", "Fox News' host").
    if (!isWordy(t) || (prep && isWordy(t))) {
      k++;
      continue;
    }
    if (PREPOSITIONS.has(t.lower)) prep = true;
    else if (!ADJUNCT_WORDS.has(t.lower) && !/^\d/.test(t.text) && !/^\p{Ll}+ly$/u.test(t.text)) return false;
    k++;
  }
  return true;
}
