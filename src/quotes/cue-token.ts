import {
  BE_FORMS,
  CLAUSE_ONLY,
  CUE_PARTICLES,
  cueLemma,
  cueStrength,
  NOUNISH,
  SUBJECT_PRONOUNS,
  VERB_GROUP,
} from "./cues.js";
import { type Doc, isWordy, type Tk } from "./doc.js";
import { phraseEnd } from "./phrase-cues.js";
import { commaSubject } from "./subjects.js";
import { DETERMINERS, INFINITIVE_GOVERNORS, LY_NOUNS, POSSESSIVES, PREPOSITIONS, REDUCED } from "./words.js";

/**
 * Whether a token is a cue verb in its context: the lexicon proposes, the tags and the words around
 * the token decide.
 */

const SPEECH_NOUNS = new Set([
  "report",
  "reports",
  "claim",
  "claims",
  "comment",
  "comments",
  "statement",
  "answer",
  "estimate",
  "promise",
  "pledge",
  "vow",
  "call",
  "calls",
  "charge",
  "charges",
  "question",
  "hope",
  "fear",
  "doubt",
  "warning",
  "note",
  "notes",
  "reply",
  "response",
  "finding",
  "findings",
]);
const PAST_PARTICIPLES = new Set([
  "said",
  "told",
  "written",
  "shown",
  "found",
  "thought",
  "known",
  "felt",
  "spoken",
]);
/** Prepositions before an -ing verb whose subject is the clause's ("surprised him by declaring"). */
const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "without", "while"]);

export function isCueToken(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  if (!cueStrength(t.lower) && !thatVerb(doc, i, s) && phraseEnd(doc, i, s) < 0) return false;
  // With a tagger, only a verb is a cue verb ("the report" vs "she reported").
  if (
    t.upos &&
    t.upos !== "VERB" &&
    t.upos !== "AUX" &&
    !verbDespiteTag(doc, i, s) &&
    !verbBeforeThatClause(doc, i, s) &&
    !afterCount(doc, i, s) &&
    !(finiteForm(t.lower) && verbAfterAdverb(doc, i, s)) &&
    !closesAttribution(doc, i, s, Math.max(i + 1, phraseEnd(doc, i, s)))
  )
    return false;
  if (t.text !== t.lower && i !== doc.sentFirst[s] && !doc.titleCase[s]) return false;
  const prev = doc.toks[i - 1]?.sent === s ? doc.toks[i - 1] : undefined;
  const next = doc.toks[i + 1]?.sent === s ? doc.toks[i + 1] : undefined;
  // "when asked", "as noted" are reduced clauses; "before claiming", "after saying" are the subject's acts.
  if (
    prev &&
    (DETERMINERS.has(prev.lower) ||
      (REDUCED.has(prev.lower) && !onceAdverb(doc, i - 1, s) && !isGerund(doc, i, s)))
  )
    return false;
  if (inCompound(doc, i)) return false;
  // "value added tax": a compound noun's participle, not a report.
  if (t.lower === "added" && prev?.lower === "value") return false;
  // "(Additional reporting by ...)", "Writing by ...": a credit line; "written off": dismissed.
  if (/^(reporting|writing|editing)$/.test(t.lower) && (prev?.lower === "additional" || next?.lower === "by"))
    return false;
  if (cueLemma(t.lower) === "write" && next?.lower === "off") return false;
  // "the party backed down", "backed out of the deal", "backing off": to retreat, not to back. (Not
  // "backed away from a suggestion that ...": a retreat from a position is still a stance on it.)
  if ((cueLemma(t.lower) ?? t.lower) === "back" && /^(down|off|out)$/.test(next?.lower ?? "")) return false;
  // "Story highlights ...": a news site's summary box, not a story that highlights
  if (t.lower === "highlights" && prev?.text === "Story" && i - 1 === doc.sentFirst[s]) return false;
  // ", compared to 44 percent", "compared with last year": a comparison, not someone comparing.
  if (
    t.lower === "compared" &&
    (next?.lower === "to" || next?.lower === "with") &&
    (!prev || prev.text === ",")
  )
    return false;
  // "regarding the rules" is a preposition; "it's worth noting that" names no one's act.
  if (t.lower === "regarding" || (prev?.lower === "worth" && t.lower.endsWith("ing"))) return false;
  // "of pledged delegates", "in his home state": after a preposition the word is not a verb.
  // "by declaring", "after saying" are verbs, though: the subject of the clause said it.
  if (prev && PREPOSITIONS.has(prev.lower) && prev.lower !== "to" && !isGerund(doc, i, s)) return false;
  const lemma = cueLemma(t.lower) ?? t.lower;
  const participle = t.lower.endsWith("ed") || PAST_PARTICIPLES.has(t.lower);
  // "he's predicted" is "he has predicted", not a passive.
  const hasContraction =
    !!prev &&
    (prev.lower === "\u2019s" || prev.lower === "'s") &&
    SUBJECT_PRONOUNS.has(doc.toks[i - 2]?.lower ?? "");
  if (participle && prev && !hasContraction && (BE_FORMS.has(prev.lower) || beforeAdverb(doc, i, s)))
    return false;
  // "he was back home": after a form of "be" only an -ing form can be the verb.
  if (!t.lower.endsWith("ing") && !hasContraction && prev && BE_FORMS.has(prev.lower)) return false;
  // After a modal, auxiliary or "not" the word is a verb ("would not comment", "do not want").
  const afterAux = !!prev && (VERB_GROUP.has(prev.lower) || prev.lower === "to");
  if (
    !afterAux &&
    // The tagger's verb after a subject-like word ("The Heritage Foundation notes the wage ...").
    !(
      t.upos === "VERB" &&
      prev &&
      (SUBJECT_PRONOUNS.has(prev.lower) ||
        /^\p{Lu}/u.test(prev.text) ||
        prev.upos === "NOUN" ||
        prev.upos === "PROPN" ||
        relativeWhichSubject(doc, i))
    ) &&
    !afterCount(doc, i, s) &&
    !verbAfterAdverb(doc, i, s) &&
    NOUNISH.has(lemma) &&
    (t.lower === lemma || t.lower === lemma + "s" || t.lower === lemma + "es")
  ) {
    const clause =
      next &&
      (next.lower === "that" ||
        next.text === ":" ||
        (isWordy(prev ?? next) && next.quote >= 0 && doc.quotes[next.quote].open === next.start));
    if (
      !clause &&
      cueStrength(t.lower) !== "stance" &&
      !(prev && SUBJECT_PRONOUNS.has(prev.lower)) &&
      !postPosedAfterQuote(doc, i, s) &&
      !closesAttribution(doc, i, s)
    )
      return false;
    // "Paris attacks test the plan": a plural noun is followed by its own verb, not an object.
    if (
      t.lower !== lemma &&
      !clause &&
      next &&
      next.text === next.lower &&
      isWordy(next) &&
      !DETERMINERS.has(next.lower) &&
      !SUBJECT_PRONOUNS.has(next.lower) &&
      !PREPOSITIONS.has(next.lower) &&
      !["him", "them", "us", "me", "it", "her", "out"].includes(next.lower) &&
      !/^\d/.test(next.text) &&
      // "Ann Ruiz, a farmer, wants more roads": after an appositive the word is the verb.
      !(t.upos === "VERB" && prev?.text === "," && commaSubject(doc, i - 1, s) !== null)
    )
      return false;
    // A subject before a verb: a pronoun, a name, or a plural ("critics note"); else it is a noun.
    if (
      prev &&
      !SUBJECT_PRONOUNS.has(prev.lower) &&
      !/^\p{Lu}/u.test(prev.text) &&
      !/[^s]s$/.test(prev.lower) &&
      // "Ann Ruiz, a planner, notes that": an appositive closes before the verb.
      !(clause && prev.text === ",") &&
      // "Jan Brewer, an early backer, calls the issue ...": a stance verb after an appositive.
      !(
        prev.text === "," &&
        cueStrength(t.lower) === "stance" &&
        !!next &&
        isWordy(next) &&
        commaSubject(doc, i - 1, s) !== null
      ) &&
      !(t.upos === "NOUN" && verbDespiteTag(doc, i, s) && prev.upos === "NOUN") &&
      // '..., a new poll shows.': an inflected form closing the sentence after the words it reports.
      !(t.lower !== lemma && closesAttribution(doc, i, s))
    )
      return false;
  }
  if (CLAUSE_ONLY.has(t.lower)) {
    const opens =
      !!next &&
      (next.lower === "that" ||
        next.text === ":" ||
        (isWordy(prev ?? next) && next.quote >= 0 && doc.quotes[next.quote].open === next.start) ||
        !!CUE_PARTICLES.get(lemma)?.has(next.lower));
    if (!opens) return false;
  }
  // "270 pledged delegates", "a large pledged delegate lead": a participle between a number or an
  // adjective and its noun modifies the noun.
  if (
    participle &&
    next?.upos === "NOUN" &&
    prev &&
    (prev.upos === "NUM" ||
      // ('"...," Earnest told reporters': a capitalised word the tagger made an adjective is a name.)
      (prev.upos === "ADJ" && !(/^\p{Lu}/u.test(prev.text) && i - 1 > doc.sentFirst[s])) ||
      ["more", "fewer", "most", "less", "both"].includes(prev.lower))
  )
    return false;
  // "according to press reports": the words after "according to" name the source, no act of it.
  if (prev?.lower === "to" && doc.toks[i - 2]?.lower === "according") return false;
  // "regular, pledged delegates", "the figures include pledged delegates": a delegate bound to a
  // candidate; no one pledges delegates in the news, whatever stands before the word.
  if (t.lower === "pledged" && /^delegates?$/.test(next?.lower ?? "")) return false;
  // "Ginsburg's comments": after a possessive the word is a noun.
  if (
    prev &&
    !hasContraction &&
    /[\u2019']s$/.test(prev.lower) &&
    !/^(he|she|it|that|there|what|who)[\u2019']s$/.test(prev.lower)
  )
    return false;
  // "a group called Black Votes Matter", 'a film called "Harbour Lights"': naming, not saying.
  const title = doc.toks[i + 2];
  if (
    (lemma === "call" || lemma === "dub" || lemma === "label" || lemma === "brand" || lemma === "name") &&
    t.lower.endsWith("ed") &&
    next &&
    (/^\p{Lu}/u.test(next.text) ||
      (isWordy(prev ?? next) &&
        next.quote >= 0 &&
        doc.quotes[next.quote].open === next.start &&
        title?.sent === s &&
        /^\p{Lu}/u.test(title.text))) &&
    prev &&
    prev.text === prev.lower &&
    !SUBJECT_PRONOUNS.has(prev.lower) &&
    !VERB_GROUP.has(prev.lower) &&
    !objectComplement(doc, i + 1, s)
  )
    return false;
  // "a report found", "the claim said": a cue word followed by a cue verb is a noun.
  if (
    next &&
    next.sent === s &&
    next.text === next.lower &&
    SPEECH_NOUNS.has(t.lower) &&
    cueStrength(next.lower)
  )
    return false;
  return true;
}

const QUANTIFIER_SUBJECTS = new Set(["many", "most", "few", "several", "others"]);
const CLAUSE_OPENERS = new Set([
  "and",
  "but",
  "that",
  "who",
  "because",
  "while",
  "as",
  "though",
  "although",
  "since",
]);

/**
 * "about 4 in 10 want", "47% say", "nine out of 10 say": a cue form right after a poll's count (a
 * ratio or a percentage) is its verb, whatever the tagger made of it (it reads "say" after a number
 * as a noun or an interjection).
 */
function afterCount(doc: Doc, i: number, s: number): boolean {
  const prev = doc.toks[i - 1];
  if (!prev || prev.sent !== s || !cueStrength(doc.toks[i].lower)) return false;
  // ("His 32% support gives him a lead": after an owner the count's word is a noun.)
  const owned = (k: number) =>
    POSSESSIVES.has(doc.toks[k]?.lower ?? "") || /[\u2019']s$/.test(doc.toks[k]?.lower ?? "");
  const count = (k: number) => doc.toks[k]?.upos === "NUM" || /^\d/.test(doc.toks[k]?.text ?? "");
  if (prev.text === "%") return count(i - 2) && !owned(i - 3);
  // "Many fear the levy will rise", "Few express enthusiasm": a quantifier standing as a clause's
  // subject (the tagger reads it as an adjective and the verb as a noun).
  // (Their verb is plural: "many references to" is a noun phrase.)
  // ("Some protest leaders said": before a noun "some" is a determiner.)
  if (
    (QUANTIFIER_SUBJECTS.has(prev.lower) || (prev.lower === "some" && doc.toks[i + 1]?.upos !== "NOUN")) &&
    !/[^s]s$/.test(doc.toks[i].lower)
  ) {
    const before = doc.toks[i - 2];
    return (
      i - 1 === doc.sentFirst[s] ||
      (!!before && before.sent === s && (CLAUSE_OPENERS.has(before.lower) || /^[,;:]$/.test(before.text)))
    );
  }
  if (!count(i - 1)) return false;
  const link = doc.toks[i - 2]?.lower;
  // "4 in 10", "nine out of 10"
  return (
    (link === "in" && count(i - 3)) || (link === "of" && doc.toks[i - 3]?.lower === "out" && count(i - 4))
  );
}

/**
 * "The survey notes that ...", '"...," Ruiz notes.': the tagger reads some -s forms of cue verbs that
 * are also nouns as nouns; a clause, colon or quote after them, their particle ("points out"), or a
 * post-posed speaker closing the sentence after a quote say they are verbs.
 */
function verbDespiteTag(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  if (t.upos !== "NOUN" || t.text !== t.lower) return false;
  const lemma = cueLemma(t.lower);
  if (!lemma) return false;
  if (t.lower.endsWith("ing") && clauseAfterCommaGerund(doc, i, s)) return true;
  if (!NOUNISH.has(lemma)) return mistaggedClauseVerb(doc, i, s);
  if (!t.lower.endsWith("s")) return bareVerbAfterPlural(doc, i, s, lemma);
  const prev = doc.toks[i - 1]?.sent === s ? doc.toks[i - 1] : undefined;
  const next = doc.toks[i + 1]?.sent === s ? doc.toks[i + 1] : undefined;
  if (!prev || !next || DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower)) return false;
  if (/[\u2019']s$/.test(prev.lower) || prev.upos === "NUM") return false;
  if (prev.upos === "ADJ" && !/^\p{Lu}/u.test(prev.text)) return false;
  if (next.lower === "that" || next.text === ":") return true;
  if (next.quote >= 0 && doc.quotes[next.quote].open === next.start) return true;
  if (CUE_PARTICLES.get(lemma)?.has(next.lower) && (lemma === "point" || next.lower !== "to")) return true;
  if (objectAfterSubject(doc, i, s, lemma, false)) return true;
  return postPosedAfterQuote(doc, i, s);
}

/** The bare or -s form of a cue verb ("support", "supports"), not a participle or gerund. */
function finiteForm(lower: string): boolean {
  const lemma = cueLemma(lower);
  return !!lemma && (lower === lemma || lower === lemma + "s" || lower === lemma + "es");
}

/**
 * "Voters overwhelmingly support the plan", "the group also plans to", "she'll likely want": one or
 * two adverbs between a subject (or a modal) and the word make it a verb, whatever its tag.
 */
function verbAfterAdverb(doc: Doc, i: number, s: number): boolean {
  let k = i - 1;
  let n = 0;
  while (k >= doc.sentFirst[s] && n < 2 && isAdverb(doc.toks[k])) {
    k--;
    n++;
  }
  if (n === 0 || k < doc.sentFirst[s]) return false;
  const b = doc.toks[k];
  return (
    SUBJECT_PRONOUNS.has(b.lower) ||
    // "the union, which largely supports the plan": a relative pronoun as the subject.
    ((b.lower === "which" || b.lower === "that") && b.upos === "PRON") ||
    VERB_GROUP.has(b.lower) ||
    /^\p{Lu}/u.test(b.text) ||
    b.upos === "NOUN" ||
    b.upos === "PROPN"
  );
}

function isAdverb(t: Tk): boolean {
  if (t.text !== t.lower || t.lower === "not" || t.lower === "n't" || t.lower === "n\u2019t") return false;
  return (
    (VERB_GROUP.has(t.lower) && !/^(has|have|had|did|does|do)$/.test(t.lower)) ||
    t.upos === "ADV" ||
    (/^\p{Ll}+ly$/u.test(t.text) && !LY_NOUNS.has(t.lower))
  );
}

/** "who once said", "Smith once wrote": "once" after a subject is an adverb, not "once elected". */
function onceAdverb(doc: Doc, k: number, s: number): boolean {
  const before = doc.toks[k - 1];
  if (doc.toks[k].lower !== "once" || !before || before.sent !== s) return false;
  return (
    SUBJECT_PRONOUNS.has(before.lower) ||
    before.upos === "PROPN" ||
    before.upos === "NOUN" ||
    (!before.upos && /^\p{Lu}/u.test(before.text))
  );
}

/** Prefixes that make a new verb with a hyphen ("re-stated", "co-sponsored"). */
const VERB_PREFIXES = new Set(["re", "de", "co", "pre", "un", "over", "counter", "cross", "mis"]);

/**
 * "so-called", "GOP-backed", "plain-spoken", "truth-telling": a cue form joined by a hyphen to
 * another word is part of a compound adjective or noun, unless the other word is a verb prefix.
 */
function inCompound(doc: Doc, i: number): boolean {
  const t = doc.toks[i];
  const hy = doc.toks[i - 1];
  const left = doc.toks[i - 2];
  if (hy && left && hy.text === "-" && hy.end === t.start && left.end === hy.start && isWordy(left))
    return !VERB_PREFIXES.has(left.lower);
  const hy2 = doc.toks[i + 1];
  const right = doc.toks[i + 2];
  return (
    !!hy2 && !!right && hy2.text === "-" && hy2.start === t.end && right.start === hy2.end && isWordy(right)
  );
}

/** Forms of non-noun cue lemmas that are nouns all the same ("an email", "his thinking"). */
const NOUN_FORMS = new Set([
  "email",
  "emails",
  "thought",
  "thoughts",
  "warning",
  "warnings",
  "writing",
  "writings",
  "thinking",
  "feeling",
  "feelings",
  "chant",
  "chants",
  "read",
  "suspect",
  "suspects",
  "guess",
  "recall",
  "say",
  "rail",
  "rails",
  "echo",
  "echoes",
  "post",
  "posts",
]);

/**
 * "Even those who drew up the plan acknowledge that ...", "half of the voters in the survey predict
 * they ...": after a noun the tagger sometimes reads a speech or belief verb as a noun. A lemma that is
 * rarely a noun, followed by "that" or a subject pronoun, is the verb of its clause.
 */
function mistaggedClauseVerb(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  if (closesAttribution(doc, i, s)) return true;
  if (NOUN_FORMS.has(t.lower) || t.lower.endsWith("ing") || cueStrength(t.lower) === "stance") return false;
  const prev = doc.toks[i - 1]?.sent === s ? doc.toks[i - 1] : undefined;
  const next = doc.toks[i + 1]?.sent === s ? doc.toks[i + 1] : undefined;
  if (!prev || !next || DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower)) return false;
  if (/[\u2019']s$/.test(prev.lower) || prev.upos === "ADJ") return false;
  return next.lower === "that" || ["he", "she", "they", "we", "i", "it"].includes(next.lower);
}

/**
 * "..., warning that the fund could run dry", "praising the crews and warning that ...": an -ing form
 * set off by a comma, or joined by "and" to a verb, with a "that" clause after it is the sentence
 * subject's act, though the tagger reads it as the noun ("a warning that").
 */
function clauseAfterCommaGerund(doc: Doc, i: number, s: number): boolean {
  const prev = doc.toks[i - 1];
  const next = doc.toks[i + 1];
  if (!prev || !next || prev.sent !== s || next.sent !== s || next.lower !== "that") return false;
  // ("praising the crews and warning that ...": joined to a gerund the parse reads as a verb)
  return (
    prev.text === "," ||
    (prev.lower === "and" && doc.toks[i].deprel === "conj" && doc.toks[doc.toks[i].head]?.upos === "VERB")
  );
}

/**
 * "The port is warning that ...", "the couple worried that ...": the tagger reads some cue forms as
 * the noun or the adjective ("a warning", "worried residents"), but an -ing form after "be", or an -ed
 * form right after its subject, with a "that" clause after it is a finite verb.
 */
function verbBeforeThatClause(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  const prev = doc.toks[i - 1];
  const next = doc.toks[i + 1];
  if (!prev || !next || prev.sent !== s || next.sent !== s || next.lower !== "that" || next.upos !== "SCONJ")
    return false;
  if (t.lower.endsWith("ing")) return BE_FORMS.has(prev.lower) && prev.lower !== "being";
  if (!t.lower.endsWith("ed")) return false;
  return (
    SUBJECT_PRONOUNS.has(prev.lower) ||
    prev.upos === "PROPN" ||
    (prev.upos === "NOUN" && !POSSESSIVES.has(doc.toks[i - 2]?.lower ?? ""))
  );
}

/** "Most senators support the bill": a bare form after a plural subject, an object after it. */
function bareVerbAfterPlural(doc: Doc, i: number, s: number, lemma: string): boolean {
  return objectAfterSubject(doc, i, s, lemma, true);
}

/**
 * A stance form between a subject and an object: the word before is a name, a subject pronoun or a
 * noun (plural before a bare form), the word after opens a noun phrase or the verb's infinitive.
 */
function objectAfterSubject(doc: Doc, i: number, s: number, lemma: string, bare: boolean): boolean {
  const prev = doc.toks[i - 1];
  const next = doc.toks[i + 1];
  if (!prev || !next || prev.sent !== s || next.sent !== s) return false;
  if (cueStrength(doc.toks[i].lower) !== "stance") return false;
  const subj =
    (bare ? ["they", "we", "i", "you"].includes(prev.lower) : ["he", "she", "it"].includes(prev.lower)) ||
    prev.upos === "PROPN" ||
    (prev.upos === "NOUN" && (bare ? /[^s]s$/.test(prev.lower) : !/[^s]s$/.test(prev.lower)));
  if (!subj) return false;
  if (next.lower === "to") return INFINITIVE_GOVERNORS.has(doc.toks[i].lower);
  return (
    (next.upos === "DET" && next.lower !== "that") ||
    next.upos === "PROPN" ||
    ["him", "her", "them", "us", "me", "it"].includes(next.lower) ||
    !!CUE_PARTICLES.get(lemma)?.has(next.lower)
  );
}

/**
 * "called AP's report a rush", 'called Smith "a liar"': after the name an owner's 's, or a second
 * noun phrase (an article or a quote), makes the verb one of judging, not of naming.
 */
function objectComplement(doc: Doc, from: number, s: number): boolean {
  for (let k = from; k < Math.min(doc.sentEnd[s], from + 5); k++) {
    const t = doc.toks[k];
    if (t.lower === "'s" || t.lower === "\u2019s" || /[\u2019']s$/.test(t.lower)) return true;
    if (k > from && (t.lower === "a" || t.lower === "an" || (t.quote >= 0 && doc.isMarkTok(k)))) return true;
    if (!isWordy(t) || !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/** '"...," Ruiz notes.': a name or pronoun right after a quote that hands over, then the stop. */
function postPosedAfterQuote(doc: Doc, i: number, s: number): boolean {
  const prev = doc.toks[i - 1];
  const next = doc.toks[i + 1];
  if (!prev || !next || prev.sent !== s || next.sent !== s) return false;
  if (next.text !== "." && next.text !== ",") return false;
  if (!/^\p{Lu}/u.test(prev.text) && !SUBJECT_PRONOUNS.has(prev.lower)) return false;
  const b = i - 2;
  return doc.closesQuote(doc.toks[b]?.text === "," ? b - 1 : b) && doc.handsOver(b);
}

/**
 * '"...," the editorial read.': a cue form that ends the sentence after a short noun phrase that
 * follows a quote handing over (closed on a comma, question or dash) is that quote's verb.
 */
function closesAttribution(doc: Doc, i: number, s: number, end = i + 1): boolean {
  const next = doc.toks[end];
  if (next && next.sent === s && next.text !== "." && next.text !== ",") return false;
  let b = i - 1;
  while (b >= doc.sentFirst[s] && b > i - 7 && isWordy(doc.toks[b]) && doc.toks[b].quote < 0) b--;
  if (b === i - 1 || b < doc.sentFirst[s]) return false;
  // '..., the Tribune reports.': after a comma too, when the cue closes the sentence.
  const closing = (!next || next.sent !== s || next.text === ".") && doc.toks[b].text === ",";
  if (!closing && (b < i - 5 || !doc.handsOver(b))) return false;
  const lead = doc.toks[b + 1];
  return /^\p{Lu}/u.test(lead.text) || DETERMINERS.has(lead.lower) || SUBJECT_PRONOUNS.has(lead.lower);
}

/**
 * "She realized that ...", "They figure that ...": a verb outside the lexicon whose complement clause
 * opens with "that" reports a thought or a finding as the weak cues do. Needs the tagger.
 */
function thatVerb(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  const next = doc.toks[i + 1];
  if (t.upos !== "VERB" || t.text !== t.lower || !next || next.sent !== s) return false;
  if (next.lower !== "that" || next.upos !== "SCONJ") return false;
  return next.head >= 0 && doc.toks[next.head]?.head === i;
}

/** "a poll that shows ...", "officials who said ...": a relative pronoun right after a noun, as subject. */
export function relativeSubject(doc: Doc, k: number, s: number): boolean {
  const t = doc.toks[k];
  const prev = doc.toks[k - 1];
  if (!t || !prev || prev.sent !== s || !isWordy(prev)) return false;
  if (t.lower === "who") return true;
  return (t.lower === "that" || t.lower === "which") && (prev.upos === "NOUN" || prev.upos === "PROPN");
}

/**
 * "The federation, which supports the levy": a "which" the parse makes the subject of the next word
 * is that verb's subject, as a noun before it would be. (A relative "that" is left out: its clauses,
 * "a party that shares many views", were mostly no annotated report on PolNeAR's train split.)
 */
function relativeWhichSubject(doc: Doc, i: number): boolean {
  const prev = doc.toks[i - 1];
  return (
    !!prev &&
    prev.lower === "which" &&
    prev.head === i &&
    (prev.deprel === "nsubj" || prev.deprel === "nsubj:pass")
  );
}

/** Does verb token v have a clausal complement (ccomp) starting at or after token `from`? */
export function hasClauseAfter(doc: Doc, v: number, from: number): boolean {
  const s = doc.toks[v].sent;
  for (let k = from; k < doc.sentEnd[s] && k < from + 40; k++) {
    if (doc.toks[k].head === v && doc.toks[k].deprel === "ccomp") return true;
  }
  return false;
}

/** "by declaring": an -ing verb right after a preposition that takes a clause. */
export function isGerund(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  const prev = doc.toks[i - 1];
  return (
    !!prev &&
    prev.sent === s &&
    GERUND_PREPOSITIONS.has(prev.lower) &&
    t.lower.endsWith("ing") &&
    (t.upos === null || t.upos === "VERB")
  );
}

/** "was later reported": a form of "be" one adverb before token i. */
function beforeAdverb(doc: Doc, i: number, s: number): boolean {
  const a = doc.toks[i - 1];
  const b = doc.toks[i - 2];
  if (!a || !b || a.sent !== s || b.sent !== s || !BE_FORMS.has(b.lower)) return false;
  // "was first reported", "is also quoted": a passive with a verb-group adverb as well.
  return (
    a.lower.endsWith("ly") ||
    [
      "first",
      "also",
      "then",
      "now",
      "later",
      "previously",
      "never",
      "not",
      "already",
      "still",
      "often",
      "frequently",
      "widely",
      "originally",
    ].includes(a.lower)
  );
}
