import {
  asClauseEnd,
  clauseToEnd,
  contentBefore,
  inSubordinate,
  quoteOpenedBy,
  quoteOpeningAt,
} from "./clauses.js";
import { hasClauseAfter, isCueToken, isGerund, relativeSubject } from "./cue-token.js";
import {
  BE_FORMS,
  CLAUSE_WORDS,
  CUE_PARTICLES,
  cueLemma,
  cueStrength,
  HEARER_VERBS,
  SUBJECT_PRONOUNS,
  VERB_GROUP,
} from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution, type Tk } from "./doc.js";
import type { QuoteSpan } from "./marks.js";
import { impressionAgent, JUDGING, PASSIVE_REPORTS } from "./passive-cues.js";
import { phraseEnd } from "./phrase-cues.js";
import { continuesAfter, controlledObject, leftNP, onlyAdjuncts, rightNP, skipTime } from "./phrases.js";
import { publishedOwner, reducedRelative } from "./published.js";
import { stance } from "./stance.js";
import { commaSubject, headSubject, inheritedSubject } from "./subjects.js";
import {
  DAY_WORDS,
  DETERMINERS,
  INFINITIVE_GOVERNORS,
  LOOKAHEAD,
  LY_NOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  TIME_ADJUNCT_LEADS,
  TIME_WORDS,
} from "./words.js";

/**
 * Attributions cued by a verb of saying or of stance, with their source, cue and content.
 */

/**
 * Cue verbs that take the thing denied or confirmed as their object: after them a common noun phrase is
 * that object ('the man, who was held overnight, denied the charges'), not an inverted speaker.
 */
const OBJECT_TAKING_CUES = new Set([
  "deny",
  "reject",
  "confirm",
  "admit",
  "acknowledge",
  "dispute",
  "dismiss",
]);

/** Words that open a relative clause describing an inverted speaker ('said an aide who ...'). */
const RELATIVE_SPEAKER_LEADS = new Set(["who", "that"]);
/** Relations of a clause the cue itself governs. */
const CLAUSAL = new Set(["ccomp", "parataxis", "xcomp", "advcl"]);
/** Counts and quantifiers that open a speaker's noun phrase ('said several officials who ...'). */
const QUANTIFIERS = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "several",
  "some",
  "many",
  "multiple",
  "both",
]);

const WH = new Set(["how", "why", "what", "whether", "if", "when", "where", "who", "which"]);
const ASIDES = new Set([
  "however",
  "though",
  "also",
  "too",
  "again",
  "instead",
  "meanwhile",
  "moreover",
  "nonetheless",
  "nevertheless",
  "indeed",
  "though",
  "therefore",
  "then",
  "now",
]);
/** Nouns for written or broadcast messages, which carry their sender's words. */
const DOCUMENTS = new Set([
  "statement",
  "statements",
  "release",
  "email",
  "emails",
  "letter",
  "letters",
  "ad",
  "ads",
  "tweet",
  "tweets",
  "memo",
  "message",
  "messages",
  "article",
  "articles",
  "report",
  "video",
  "post",
  "petition",
  "petitions",
  "op-ed",
  "editorial",
  "editorials",
  "spot",
  "spots",
  "commercial",
  "commercials",
  "mailer",
  "mailers",
  "videos",
  "memos",
  "reports",
  "posts",
]);

const SETTING_PREPOSITIONS = new Set(["in", "on", "from", "during", "at", "before", "via", "with", "over"]);
function settingOnly(doc: Doc, from: number, r: Range): boolean {
  if (!SETTING_PREPOSITIONS.has(doc.toks[from]?.lower ?? "")) return false;
  for (let k = doc.sentFirst[doc.toks[from].sent]; k < from; k++) if (doc.toks[k].quote >= 0) return false;
  for (let k = from; k < doc.toks.length && doc.toks[k].end <= r.end; k++) {
    const t = doc.toks[k];
    if (k - from >= 6 || t.upos === "VERB" || t.upos === "AUX" || t.quote >= 0) return false;
  }
  return true;
}

/** The sentence's last verb (a quote opening the next sentence can be only its words). */
function speechLead(doc: Doc, s: number): number {
  let last = -1;
  for (let k = doc.sentFirst[s]; k < doc.sentEnd[s]; k++) if (doc.toks[k].upos === "VERB") last = k;
  return last;
}

/**
 * '"We won!" The mayor smiled and continued to wave': a verb of the subject's own between it and
 * the cue makes the cue a later act, not the words' attribution.
 */
function verbBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.toks[k].upos === "VERB" && doc.toks[k].quote < 0) return true;
  return false;
}

/** Modals that are also names ("Theresa May", "George Will"). */
const MODAL_NAMES = new Set(["may", "will"]);
const IRREGULAR_PASTS = new Set([
  "said",
  "told",
  "wrote",
  "spoke",
  "thought",
  "knew",
  "saw",
  "felt",
  "made",
  "gave",
]);

/** Subordinators that open a clause about when or how the words were said. */
const ADVERBIAL_LEADS = new Set(["as", "when", "while", "after", "before", "during", "because"]);

const DASHES = new Set(["-", "--", "\u2014", "\u2013"]);

/** Adverbs that may stand before a passive impression's participle ("now deemed", "still seen as"). */
const IMPRESSION_ADVERBS = new Set(["now", "still", "also", "already", "often", "long", "once"]);

/** Participles that, governing the cue, make it a passive impression ("is expected to say"). */
const PASSIVE_IMPRESSIONS = new Set([...JUDGING, "expected", "intended", "supposed", "billed", "rumored"]);

/**
 * The words before an inverted '..., said Ruiz': a quote or a clause. ("In an interview, Ben Okafor,
 * a former pilot, said Ruiz ...": a name and its appositive before the comma are the subject of
 * "said", not words it reports.) Without a parse any words will do.
 */
function reportedBefore(doc: Doc, b: number, s: number): ReturnType<typeof contentBefore> {
  const content = contentBefore(doc, b, s);
  if (!content || content.quote || !doc.toks[b]?.upos) return content;
  // (At most 40 words back: longer stretches are taken as clauses, and the check stays bounded.)
  for (let k = b - 1; k >= doc.sentFirst[s] && doc.toks[k].start >= content.range.start; k--) {
    const t = doc.toks[k];
    if (b - k > 40 || t.upos === "VERB" || t.upos === "AUX" || t.quote >= 0 || cueStrength(t.lower))
      return content;
  }
  return null;
}

/** Objects of a cue that point to the words that follow it. */
const POINTERS = new Set(["this", "these", "the following", "as follows"]);

/**
 * Adverbial phrases that stand inside a verb group between the subject and the verb ("critics have
 * in particular noted", "Ruiz (D-Ore.) last month joked", "did not at any time Thursday mention").
 */
const VERB_GROUP_IDIOMS: ReadonlyArray<ReadonlyArray<string>> = [
  ["in", "fact"],
  ["in", "particular"],
  // ("officials have since balked at": "since" with no clause after it is an adverb of time.)
  ["has", "since"],
  ["have", "since"],
  ["had", "since"],
  ["in", "turn"],
  ["of", "course"],
  ["at", "times"],
  ["so", "far"],
  ["for", "now"],
  ["at", "first"],
  ["at", "one", "point"],
  ["at", "any", "time"],
  ["at", "the", "time"],
  ["in", "the", "past"],
  ["in", "recent", "days"],
  ["in", "recent", "weeks"],
  ["in", "recent", "months"],
  ["in", "recent", "years"],
  ["last", "week"],
  ["last", "month"],
  ["last", "year"],
  ["last", "night"],
  ["this", "week"],
  ["this", "month"],
  ["this", "year"],
];
const DAYS = new Set(DAY_WORDS);
const FLOATING = new Set(["both", "all", "each"]);
/** The idioms of VERB_GROUP_IDIOMS that only say when: no part of the cue when they open it. */
const TIME_IDIOMS = VERB_GROUP_IDIOMS.filter(
  (w) =>
    w[0] === "last" ||
    w[0] === "this" ||
    w[1] === "recent" ||
    ["at the time", "in the past", "at one point", "so far"].includes(w.join(" ")),
);

/** The length of a time idiom or weekday starting at token k, before token `end` (0 if none). */
function timeIdiomAt(doc: Doc, k: number, end: number): number {
  if (k >= end) return 0;
  if (DAYS.has(doc.toks[k].lower) && /^\p{Lu}/u.test(doc.toks[k].text)) return 1;
  for (const idiom of TIME_IDIOMS) if (k + idiom.length <= end && idiomAt(doc, k, idiom)) return idiom.length;
  return 0;
}

/** Do the tokens from k on spell `idiom`? */
function idiomAt(doc: Doc, k: number, idiom: ReadonlyArray<string>): boolean {
  for (let j = 0; j < idiom.length; j++) if (doc.toks[k + j].lower !== idiom[j]) return false;
  return true;
}

/** The length of a verb-group idiom or a bare weekday ending just before token `vg` (0 if none). */
function idiomBefore(doc: Doc, vg: number, s: number, day = true): number {
  const first = doc.sentFirst[s];
  // "who has both endorsed Ruiz and criticized ...": a floating quantifier after an auxiliary.
  if (vg - 2 >= first && FLOATING.has(doc.toks[vg - 1].lower) && VERB_GROUP.has(doc.toks[vg - 2].lower))
    return 1;
  // ("Ruiz on Thursday said" is left to the subject's own reading; a weekday after an idiom or
  // auxiliary, "did not at any time Thursday mention", is stepped over.)
  // (One weekday only, so that the check stays constant-time.)
  if (day && vg - 2 >= first && DAYS.has(doc.toks[vg - 1].lower) && /^\p{Lu}/u.test(doc.toks[vg - 1].text)) {
    const before = doc.toks[vg - 2].lower;
    if (VERB_GROUP.has(before) || idiomBefore(doc, vg - 1, s, false) > 0) return 1;
  }
  for (const idiom of VERB_GROUP_IDIOMS) {
    const n = idiom.length;
    // ("Ruiz, who backed the plan, last week said": after an aside's comma the subject is found
    // before the aside, by the time-after-comma reading.)
    if (vg - n > first && idiomAt(doc, vg - n, idiom)) return doc.toks[vg - n - 1].text === "," ? 0 : n;
  }
  return 0;
}

export function verbCue(doc: Doc, i: number, s: number, earlier: RawAttribution[]): RawAttribution | null {
  if (!isCueToken(doc, i, s)) return null;
  // "as first reported by the Times", "which was first reported by AP": a passive report, read by
  // reportedBy with its agent as the source.
  if (PASSIVE_REPORTS.has(doc.toks[i].lower) && doc.toks[i + 1]?.lower === "by" && doc.toks[i + 1].sent === s)
    return null;
  // "levels not seen since 2007", "the worst slump the world had seen since 1930": a measure of
  // time, no one's view.
  if ((doc.toks[i].lower === "seen" || doc.toks[i].lower === "saw") && doc.toks[i + 1]?.lower === "since")
    return null;
  if (reducedRelative(doc, i, s)) return null;
  const strength = cueStrength(doc.toks[i].lower) ?? "weak";
  const lemma = cueLemma(doc.toks[i].lower) ?? doc.toks[i].lower;
  let cueEnd = i + 1;
  const nextLower = doc.toks[cueEnd]?.sent === s ? doc.toks[cueEnd].lower : "";
  if (CUE_PARTICLES.get(lemma)?.has(nextLower)) cueEnd++;
  // "made it clear that", "took aim at": the whole phrase is the cue.
  const phrase = phraseEnd(doc, i, s);
  if (phrase > cueEnd) cueEnd = phrase;
  let vg = i;
  const ing = doc.toks[i].lower.endsWith("ing");
  // ("May said", "Will wrote": a capitalised modal before a past form is a name, the subject.)
  const pastForm = /ed$/.test(doc.toks[i].lower) || IRREGULAR_PASTS.has(doc.toks[i].lower);
  while (
    vg - 1 >= doc.sentFirst[s] &&
    !(
      pastForm &&
      vg === i &&
      /^\p{Lu}/u.test(doc.toks[vg - 1].text) &&
      MODAL_NAMES.has(doc.toks[vg - 1].lower)
    )
  ) {
    const w = doc.toks[vg - 1];
    // (an idiom ending here is stepped over whole, whatever its last word)
    const step =
      (!ing && idiomBefore(doc, vg, s)) ||
      (VERB_GROUP.has(w.lower) ||
      (ing && BE_FORMS.has(w.lower)) ||
      (/^\p{Ll}+ly$/u.test(w.text) && !LY_NOUNS.has(w.lower))
        ? 1
        : 0);
    if (!step) break;
    vg -= step;
  }
  // "declined to say", "wants to know": the governing verb joins the cue, its subject is the source.
  if (doc.toks[vg - 1]?.lower === "to" && doc.toks[vg - 1].sent === s && vg - 2 >= doc.sentFirst[s]) {
    const gov = doc.toks[vg - 2];
    if (
      isWordy(gov) &&
      gov.text === gov.lower &&
      // "held a press briefing to brag", "used his address to call": a noun before "to" is no verb
      // governing the cue; the infinitive states a purpose of the clause's subject. (A named owner's
      // noun, "a judge's order to release", still carries the owner's act.)
      (gov.upos !== "NOUN" ||
        INFINITIVE_GOVERNORS.has(gov.lower) ||
        /[\u2019']s$/.test(doc.toks[vg - 3]?.lower ?? "")) &&
      (/(ed|ing)$/.test(gov.lower) || INFINITIVE_GOVERNORS.has(gov.lower) || cueStrength(gov.lower) !== null)
    ) {
      vg -= 2;
      while (vg - 1 >= doc.sentFirst[s] && VERB_GROUP.has(doc.toks[vg - 1].lower)) vg--;
    }
  }
  // ("The poll last week showed": a time the walk stepped over is no part of the cue.)
  let cs = vg;
  for (let n = timeIdiomAt(doc, cs, i); n > 0; n = timeIdiomAt(doc, cs, i)) cs += n;
  const cue = doc.range(cs, cueEnd);
  const prevTok = doc.toks[vg - 1]?.sent === s ? doc.toks[vg - 1] : undefined;
  // "is calling for", "has been pushing": with a form of "be" the -ing form is a finite verb group,
  // whose subject is found as any finite verb's is.
  let progressive = false;
  for (let k = vg; k < i; k++) if (BE_FORMS.has(doc.toks[k].lower)) progressive = true;
  const participle = doc.toks[i].lower.endsWith("ing") && !progressive;

  // "The ferry, said the captain, was late": an inverted report set off by commas inside the words
  // it reports; its speaker is a name or noun phrase closed by a comma, and the clause goes on.
  const invertedAside = prevTok?.text === "," && lemma === "say" && asideSpeaker(doc, cueEnd, s) !== null;
  // Inverted post-posed: '..., said Smith.' / '"...," said Smith.'
  if (
    prevTok &&
    (prevTok.text === "," || doc.closesQuote(vg - 1)) &&
    !participle &&
    strength === "speech" &&
    (!HEARER_VERBS.has(lemma) || lemma === "ask") &&
    // ('..., Ruiz said, asked about the delay': what follows "asked about" is its topic, no speaker)
    !(lemma === "ask" && doc.toks[cueEnd - 1].lower === "about") &&
    (invertedAside || !(prevTok.text === "," && commaSubject(doc, vg - 1, s)?.start === doc.sentFirst[s]))
  ) {
    if (invertedAside) {
      const src = asideSpeaker(doc, cueEnd, s);
      // (When the words around it are too short for the aside rules, "And the mayor, said Ruiz,
      // who knows him, does not forgive", they are the whole sentence.)
      let last = doc.sentEnd[s] - 1;
      while (last > vg && !isWordy(doc.toks[last])) last--;
      const range =
        (src && contentBefore(doc, vg - 1, s, false, true)?.range) ?? doc.range(doc.sentFirst[s], last + 1);
      if (src) return doc.make(range, null, src, cue, s, "post-inverted-aside", cueEnd);
    }
    const at = skipTime(doc, cueEnd, s);
    let src =
      at === cueEnd && !PREPOSITIONS.has(doc.toks[cueEnd]?.lower ?? "") ? rightNP(doc, cueEnd, s) : null;
    // '..., said lawyer and historian Ann Ruiz.': two titles joined by "and" before one name are one
    // speaker. (Not a name before "and", which may be an object, 'emailed Ms. Ruiz and Ann Bell, ...',
    // nor a phrase that ends in no name, 'said the mayor and thanked them'.)
    if (src && doc.toks[src.end]?.lower === "and" && /^\p{Ll}/u.test(doc.toks[src.start].text)) {
      const more = rightNP(doc, src.end + 1, s);
      if (more && doc.toks[more.end - 1].upos === "PROPN" && titledName(doc, more))
        src = { start: src.start, end: more.end };
    }
    // '..., said two officials who asked not to be named.', '..., said a handful of sailors who know
    // her.': a relative clause that closes the sentence describes the speaker (PolNeAR's sources
    // keep it); without it the phrase seemed to run on into a clause of its own.
    let described = false;
    if (
      src &&
      !RELATIVE_SPEAKER_LEADS.has(doc.toks[src.end]?.lower ?? "") &&
      doc.toks[src.end]?.lower === "of"
    ) {
      const wide = rightNP(doc, cueEnd, s, false);
      if (wide && RELATIVE_SPEAKER_LEADS.has(doc.toks[wide.end]?.lower ?? "")) src = wide;
    }
    if (src && RELATIVE_SPEAKER_LEADS.has(doc.toks[src.end]?.lower ?? "") && doc.toks[src.end].quote < 0) {
      let last = doc.sentEnd[s] - 1;
      while (last > src.end && !isWordy(doc.toks[last])) last--;
      // (Not when the parse reads a clause there as the cue's own words: 'said the ones that were
      // withheld were not labeled'.)
      let plain = true;
      for (let k = src.end; k <= last && plain; k++) {
        const t = doc.toks[k];
        plain = t.quote < 0 && t.text !== ";" && !(t.head === i && CLAUSAL.has(t.deprel ?? ""));
      }
      if (plain && last > src.end) {
        src = { start: src.start, end: last + 1 };
        described = true;
      }
    }
    // '..., Ruiz tweeted this: "..."', 'wrote the following:': a demonstrative object that points to
    // the words ahead is no inverted speaker.
    if (
      src &&
      POINTERS.has(doc.body.slice(doc.toks[src.start].start, doc.toks[src.end - 1].end).toLowerCase())
    )
      src = null;
    // 'Ms. Ruiz, the trust's director, said the fee was late', 'Ruiz, host of "Dockside," said the
    // ferry ...': with a subject of its own in the parse before the comma or quote, a cue followed
    // by a common noun phrase (not a name) reports that phrase's clause; it is no inverted
    // '..., said Ruiz'.
    if (
      src &&
      doc.toks[src.end - 1].upos !== "PROPN" &&
      !SUBJECT_PRONOUNS.has(doc.toks[src.start].lower) &&
      (leftParseSubject(doc, i, vg) || OBJECT_TAKING_CUES.has(lemma))
    )
      src = null;
    // The speaker after the cue ends the clause: a stop, an appositive comma or only adjuncts follow.
    const endsHere =
      src &&
      (src.end >= doc.sentEnd[s] ||
        doc.toks[src.end].text === "," ||
        !isWordy(doc.toks[src.end]) ||
        onlyAdjuncts(doc, src.end, s));
    const first = src ? doc.toks[src.start] : undefined;
    const handsOver = doc.handsOver(vg - 1);
    const nameLike =
      !!first &&
      (/^\p{Lu}/u.test(first.text) ||
        DETERMINERS.has(first.lower) ||
        (described && QUANTIFIERS.has(first.lower)) ||
        (handsOver && first.upos !== "VERB") ||
        (!!src && titledName(doc, src))) &&
      !(SUBJECT_PRONOUNS.has(first.lower) && src && src.end - src.start > 1);
    // '"...," said he.' ends there; '"mess," said she doubts it' is the pronoun's own clause.
    const pronoun = !!first && SUBJECT_PRONOUNS.has(first.lower);
    if (src && (endsHere || (handsOver && !pronoun)) && nameLike) {
      const content = reportedBefore(doc, vg - 1, s);
      if (content) return doc.make(content.range, content.quote, src, cue, s, "post-inverted", cueEnd);
    } else if (src && src.end >= doc.sentEnd[s] - 1) {
      const content = reportedBefore(doc, vg - 1, s);
      if (content) return doc.make(content.range, content.quote, src, cue, s, "post-inverted", cueEnd);
    }
  }

  // 'Added Ruiz: "..."', 'Continued the mayor, "..."': a verb of saying opens the sentence, its
  // speaker follows, then a colon or comma and the quote.
  if (vg === doc.sentFirst[s] && strength === "speech" && !participle && /^\p{Lu}/u.test(doc.toks[vg].text)) {
    const src = rightNP(doc, cueEnd, s);
    const sep = src ? doc.toks[src.end] : undefined;
    if (src && (sep?.text === ":" || sep?.text === ",") && !SUBJECT_PRONOUNS.has(doc.toks[src.start].lower)) {
      const q = quoteOpeningAt(doc, src.end + 1, s);
      if (q) return doc.make(doc.quoteRange(q), q, src, cue, s, "pre-inverted", cueEnd);
    }
  }
  // '"..." That's what Ruiz said soon after.': the demonstrative points back to the quote before it.
  const back = strength === "speech" ? thatsWhat(doc, vg, s) : null;
  if (back) return doc.make(doc.quoteRange(back.quote), back.quote, back.src, cue, s, "thats-what", cueEnd);

  const justBefore = doc.toks[vg - 1];
  // "a group backing X": an -ing form right after a noun modifies it, and that noun is the source.
  const modifier =
    participle &&
    justBefore &&
    justBefore.sent === s &&
    isWordy(justBefore) &&
    !VERB_GROUP.has(justBefore.lower);
  // "quick to point out", "a chance to show": the words before "to" are not the speaker; the
  // subject of the governing clause is.
  const infinitive =
    !!justBefore && justBefore.sent === s && (justBefore.lower === "to" || isGerund(doc, vg, s));
  let src = infinitive
    ? null
    : participle
      ? modifier
        ? documentSender(doc, leftNP(doc, vg, s), s)
        : null
      : justBefore &&
          justBefore.sent === s &&
          (SUBJECT_PRONOUNS.has(justBefore.lower) ||
            relativeSubject(doc, vg - 1, s) ||
            setOffWhich(doc, vg - 1, s))
        ? { start: vg - 1, end: vg }
        : leftNP(doc, vg, s);
  // '"...," Will wrote.': a capitalised "May" or "Will" before a past form is the name the verb
  // group walk left out; the tagger reads it as a modal, which ends any noun phrase.
  if (
    !src &&
    vg === i &&
    pastForm &&
    justBefore?.sent === s &&
    MODAL_NAMES.has(justBefore.lower) &&
    /^\p{Lu}/u.test(justBefore.text)
  )
    src = { start: vg - 1, end: vg };
  if (src && !infinitive && !participle) src = relativeBeforeAdjunct(doc, src, s) ?? src;
  // "That rule allows farmers to sell ...": the object of a verb of letting or urging does it.
  if (infinitive && justBefore.lower === "to") src = controlledObject(doc, vg - 1, s);
  if (src && timeOnly(doc, src)) src = pastTimeAdjunct(doc, src, s) ?? headSubject(doc, i);
  if (src && !infinitive && !participle) src = publishedOwner(doc, src, i, s) ?? src;
  if (src && !infinitive && !participle) src = relativeAntecedent(doc, src, s) ?? src;
  if (src && !infinitive) src = coordinated(doc, src, s);
  // ("Ann Ruiz and Tom Baker, the chief economist, said": the name before "and" speaks too.)
  if (!src && prevTok?.text === "," && !participle) {
    const appositive = commaSubject(doc, vg - 1, s);
    src = appositive && coordinated(doc, appositive, s);
  }
  if (!src && !participle && prevTok && DASHES.has(prevTok.text)) src = dashSubject(doc, vg - 1, s);
  // "Party leaders — whose ... — both suggested": a floating quantifier after an aside points to the
  // subject before the aside.
  if (src && src.end - src.start === 1 && src.end === vg && FLOATING.has(doc.toks[src.start].lower)) {
    const before = doc.toks[src.start - 1];
    if (before?.sent === s && DASHES.has(before.text)) src = dashSubject(doc, src.start - 1, s) ?? src;
    else if (before?.sent === s && before.text === ",") src = commaSubject(doc, src.start - 1, s) ?? src;
  }
  if (!src && participle && (prevTok?.text === "," || doc.handsOver(vg - 1))) {
    src = priorSource(doc, vg, s, earlier);
    // "The paper has been outspoken in its opposition to X, arguing ...": the earlier report is a
    // noun owned by a possessive; the -ing act is the main clause's subject, whom the possessive
    // names. (Not a reported clause's subject: "Ruiz said Baker was wrong in his plan, adding".)
    if (src && src.end - src.start === 1 && POSSESSIVES.has(doc.toks[src.start].lower)) {
      const subj = headSubject(doc, i);
      const root = sentenceRoot(doc, s);
      const main = root >= 0 ? headSubject(doc, root) : null;
      if (subj && main && subj.start === main.start && subj.end <= src.start) src = subj;
    }
  }
  if (!src) src = headSubject(doc, i) ?? inheritedSubject(doc, i, s, earlier);
  // '"...," Ruiz told reporters, before insisting he had ...': a subject the parse found after an
  // -ing cue is its clause's, not the cue's; the report before it names the speaker.
  if (src && participle && src.start > i && prevTok) src = priorSource(doc, vg, s, earlier) ?? src;
  // "Ruiz was blunt about the plan, saying voters need a say": after a comma the parse may take the
  // reported clause's subject for the -ing form's; the main clause's subject before it does the act.
  if (src && participle && src.start > i && prevTok?.text === "," && !opensSentence(doc, vg, s)) {
    const root = sentenceRoot(doc, s);
    const main = root >= 0 && root < vg ? headSubject(doc, root) : null;
    src = main && main.end <= vg ? main : null;
  }
  if (src && participle && prevTok?.text === ",") src = participleOwner(doc, src, vg, s) ?? src;
  if (src && participle && prevTok?.text === ",") src = subordinateActor(doc, src, vg) ?? src;
  else if (src && !participle)
    src =
      frontedOwner(doc, src, vg, s) ??
      (["and", "but"].includes(prevTok?.lower ?? "") && src.end < vg - 1
        ? participleOwner(doc, src, vg, s, false)
        : null) ??
      src;
  // "Ann Ruiz, the host who left medicine, on Friday revealed ...": a time between an appositive's
  // comma and the cue is when; the subject is before the appositive.
  const timeComma = commaBeforeTime(doc, vg, s);
  if (timeComma >= 0 && !participle && (!src || src.start >= timeComma))
    src = commaSubject(doc, timeComma, s) ?? src;
  // "Noting that the port was late, the mayor said ...", "Having announced that ..., the judge
  // read ...": a participle clause of speech opening the sentence is the act of the main clause's
  // subject. (Stance participles there, "Citing X, the paper reports", mostly carry no annotation.)
  if (
    strength === "speech" &&
    (src || doc.toks[cueEnd]?.lower === "that") &&
    (participle || doc.toks[vg - 1]?.lower === "having") &&
    opensSentence(doc, participle ? vg : vg - 1, s)
  )
    src = mainSubject(doc, cueEnd, s) ?? (src && src.start < vg ? null : src);

  if (src) src = closedRelative(doc, src, vg, s) ?? src;
  // "..., without specifically naming her", "Despite touting ...": a lone preposition left of the
  // cue names no one; the parse's subject, when it has one, does.
  if (src && src.end - src.start === 1 && LONE_WORDS.has(doc.toks[src.start].lower)) {
    const subj = headSubject(doc, i);
    if (subj && !(subj.end - subj.start === 1 && LONE_WORDS.has(doc.toks[subj.start].lower))) src = subj;
  }
  // "The leaders were expected to discuss ...", "a state seen as critical": a passive impression;
  // PolNeAR reads the clause, subject included, with no source.
  // ("widely seen as", "increasingly seen as": the adverbs join the cue, the participle decides.)
  // ("emails now deemed classified": a time adverb before the participle, too.)
  let pv = vg;
  while (pv < i && (/^\p{Ll}+ly$/u.test(doc.toks[pv].text) || IMPRESSION_ADVERBS.has(doc.toks[pv].text)))
    pv++;
  const passive = doc.toks[pv];
  // ("referred to as": only with "as" right after "to", which the active "referred to X as" never has.)
  const referredAs =
    passive.lower === "referred" && doc.toks[pv + 1]?.lower === "to" && doc.toks[pv + 2]?.lower === "as";
  if (
    src &&
    (PASSIVE_IMPRESSIONS.has(passive.lower) || referredAs) &&
    vg > src.start &&
    !activeVoice(doc, pv, s)
  ) {
    // ("deemed too weak by the unions": a view whose holder is named is the holder's; "the memo seen
    // by reporters", "the bill considered by the committee", with no view stated, tell what was
    // done to the noun, no impression at all.)
    const agent = impressionAgent(doc, pv, s);
    if (!agent && doc.toks[pv + 1]?.lower === "by") return null;
    const whole = clauseToEnd(doc, src.start, s);
    if (whole) return doc.make(whole, null, agent, cue, s, "stance-impression", cueEnd);
  }
  // "worried about the costs", "believes in X": with its preposition a cognition verb takes a
  // phrase, not a clause, as a stance verb does.
  // '"Go home," Ruiz shot back.', '..., the survey found.': a stance or phrase cue with nothing
  // after it may close the words before it, as a verb of saying does (the post-posed reading only).
  let postOnly = false;
  if (strength === "stance" || (strength === "weak" && cueEnd > i + 1)) {
    const st = stance(doc, s, cue, cueEnd, src, participle);
    if (st) return st;
    // Only at the end of the sentence, after a named (not relative) subject.
    const end = skipTime(doc, cueEnd, s);
    const last = end >= doc.sentEnd[s] || !isWordy(doc.toks[end]);
    if (!last || !src || ["who", "which", "that"].includes(doc.toks[src.start].lower)) return null;
    postOnly = true;
  }

  // Post-posed: '..., Smith said (Monday).' / '"...," Smith said.'
  let after = cueEnd;
  if (HEARER_VERBS.has(lemma)) {
    const hearer = rightNP(doc, cueEnd, s);
    if (hearer) after = hearer.end;
  }
  // '..., she and another reporter said.': a subject the noun-phrase walk cut short still reaches
  // back to the comma or closing quote mark before it.
  if (src && !participle && strength === "speech" && !SUBJECT_PRONOUNS.has(doc.toks[src.start].lower)) {
    const end = skipTime(doc, after, s);
    const wide = end >= doc.sentEnd[s] || !isWordy(doc.toks[end]) ? subjectToComma(doc, src, s) : null;
    if (wide) src = wide;
  }
  const beforeSrc = src ? doc.toks[src.start - 1] : undefined;
  if (
    src &&
    !participle &&
    beforeSrc &&
    ((beforeSrc.sent === s && beforeSrc.text === ",") ||
      (doc.closesQuote(src.start - 1) && (beforeSrc.sent === s || doc.handsOver(src.start - 1)))) &&
    // A clause after the cue is its own content when the quote before sits in an earlier sentence
    // ('"Why?" The aide said the plan was late.'): the hand-over reaches only a bare cue.
    (onlyAdjuncts(doc, after, s) ||
      (doc.handsOver(src.start - 1) && beforeSrc.sent === s) ||
      adverbialClause(doc, after, s)) &&
    !(doc.closesQuote(src.start - 1) && verbBetween(doc, src.end, vg)) &&
    // ("Rallying the crowd, Okafor toured the port and promised ...": a subject with its own verb
    // before the cue's "and" closes no words before it.)
    !(["and", "but"].includes(prevTok?.lower ?? "") && verbBetween(doc, src.end, vg))
  ) {
    const content = contentBefore(doc, src.start - 1, s, false, continuesAfter(doc, after, s));
    if (content) {
      // "The plan, its backers believe, will pass": a cognition verb set off between commas or
      // dashes in the middle of the clause reports it as a speech verb would.
      if (strength === "weak" && !content.quote && !(beforeSrc.text === "," && setOff(doc, after, s)))
        return null;
      const disputed = disputedClaim(doc, src);
      if (disputed) return doc.make(content.range, content.quote, disputed, cue, s, "disputed-claim", cueEnd);
      return doc.make(content.range, content.quote, src, cue, s, "post", cueEnd);
    }
  }
  if (postOnly) return null;
  // Post-posed across a sentence-initial quote: '"A. B," Smith said.' handled above; here
  // '"..." Smith said' without a comma is covered by closesQuote.

  // Pre-posed: 'Smith said (Monday) (that) ...' / 'Smith told X: "..."'.
  let start = skipTime(doc, cueEnd, s);
  let hearer: Range | null = null;
  // ("asked about the mayor's ties": after its particle the cue has its topic, not a hearer.)
  const topic = lemma === "ask" && cueEnd > i + 1 && doc.toks[cueEnd - 1].lower === "about";
  if (HEARER_VERBS.has(lemma) && !topic) {
    const h = rightNP(doc, start, s);
    const q0 = quoteOpeningAt(doc, start, s);
    if (h && !q0 && !WH.has(doc.toks[start].lower) && doc.toks[start].lower !== "that") {
      const end = hearerEnd(doc, h);
      hearer = doc.range(h.start, end);
      start = end;
    }
  }
  // Look ahead a little for "that", a wh-word, a colon or a quote: the content starts there.
  let contentStart = -1;
  let viaQuote: QuoteSpan | null = null;
  for (let k = start; k < Math.min(doc.sentEnd[s], start + LOOKAHEAD); k++) {
    const t = doc.toks[k];
    if (k === start && (t.text === "," || t.text === ":")) {
      const q = quoteOpeningAt(doc, k, s);
      if (q) {
        viaQuote = q;
        break;
      }
    }
    if (t.quote >= 0) {
      if (
        doc.quotes[t.quote].open === t.start &&
        (k === start || doc.toks[k - 1].text === "," || doc.toks[k - 1].text === ":")
      )
        viaQuote = doc.quotes[t.quote];
      else if (strength === "weak") contentStart = start;
      break;
    }
    if (t.lower === "that" || (k === start && WH.has(t.lower))) {
      // "Ruiz argued that:" and the argument set out below.
      const block =
        t.lower === "that" && doc.toks[k + 1]?.text === ":" ? blockAfterColon(doc, k + 1, s) : null;
      if (block && src) return doc.make(block, null, src, cue, s, "pre-block", cueEnd);
      contentStart = k;
      break;
    }
    // "said he heard gunfire and suspected that ...": a clause's own subject comes first; a later
    // "that" belongs to another verb.
    if (t.deprel === "nsubj" || t.deprel === "nsubj:pass") break;
    // "said it is important that she close the gap": an expletive's own verb opens the clause; its
    // "that" is inside the words.
    if (t.deprel === "expl" && k === start) break;
    if (t.text === ":") {
      viaQuote = quoteOpeningAt(doc, k, s);
      if (!viaQuote) contentStart = k + 1 < doc.sentEnd[s] ? k + 1 : -1;
      const block = viaQuote ? null : blockAfterColon(doc, k, s);
      if (block && src) return doc.make(block, null, src, cue, s, "pre-block", cueEnd);
      break;
    }
    // "said, however, that": step over a parenthetical adverb.
    if (t.text === "," && ASIDES.has(doc.toks[k + 1]?.lower ?? "") && doc.toks[k + 2]?.text === ",") {
      k += 2;
      continue;
    }
    // "believes, for example, that ...": a short aside between commas, then "that".
    if (t.text === ",") {
      const close = asideBeforeThat(doc, k, s);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (t.text === "," || t.text === ";" || isCueToken(doc, k, s)) break;
  }
  if (!viaQuote && contentStart < 0 && strength === "weak" && src) {
    // "I think we should go": a clause whose subject follows the cognition verb directly.
    const t = doc.toks[start];
    const next = doc.toks[start + 1];
    if (
      t &&
      t.sent === s &&
      next &&
      next.sent === s &&
      (SUBJECT_PRONOUNS.has(t.lower) || (DETERMINERS.has(t.lower) && t.lower !== "his" && t.lower !== "her"))
    )
      contentStart = start;
    // "Officials believe Beijing has cut back": the parse marks the clause as the verb's complement.
    else if (t && t.sent === s && hasClauseAfter(doc, i, start)) contentStart = start;
  }
  // "As the Post reported on Monday, the inspector issued subpoenas": the main clause is the report.
  if (!viaQuote && contentStart < 0 && src) {
    const close = asClauseEnd(doc, vg, s);
    // ("As the crowd began to chant, ...": a verb governing the cue says when, not who reported.)
    const governed = doc.toks.slice(vg, i).some((t) => t.lower === "to");
    if (close >= 0 && !governed && onlyAdjuncts(doc, start, s)) {
      const content = clauseToEnd(doc, close + 1, s);
      if (content) return doc.make(content, null, src, cue, s, "as-reported", cueEnd);
    }
  }
  if (!viaQuote && contentStart < 0) {
    if (strength === "weak" || (HEARER_VERBS.has(lemma) && hearer === null && lemma !== "tell")) return null;
    if (!src) return null;
    contentStart = start;
    // "But, Carson added, he did not support it": a speech cue, a comma, then the clause.
    // Not after an infinitive ("hard to predict, economists say, because ...") nor before another
    // report set off by commas ("The files show, he said, that ..."): those words are no clause of
    // this cue.
    if (
      strength === "speech" &&
      doc.toks[start]?.text === "," &&
      doc.toks[start + 1]?.sent === s &&
      isWordy(doc.toks[start + 1]) &&
      doc.toks[start + 1].quote < 0 &&
      doc.toks[vg - 1]?.lower !== "to" &&
      !reportAside(doc, start, s) &&
      // ("As the crowd began to chant, Ruiz joked": the comma closes a fronted clause; the main
      // clause after it is no one's words in it.)
      !inSubordinate(doc, vg, s)
    )
      contentStart = start + 1;
    const t = doc.toks[contentStart];
    if (!t || t.sent !== s) {
      const q = quoteOpeningAt(doc, contentStart, s);
      if (!q) return null;
      viaQuote = q;
    } else if (t.text === "," || t.text === "." || t.text === ";") return null;
  }
  if (viaQuote) {
    const a = doc.make(doc.quoteRange(viaQuote), viaQuote, src, cue, s, "pre-quote", cueEnd);
    a.hearer = hearer;
    return a;
  }
  // "made voters think, question and laugh": a list of verbs, no clause after the comma.
  if (doc.toks[contentStart]?.text === ",") return null;
  const content = clauseToEnd(doc, contentStart, s, inSubordinate(doc, vg, s) || asideRelative(doc, src));
  if (!content) return null;
  if (!src && !participle) return null;
  if (settingOnly(doc, contentStart, content)) {
    // 'Ruiz said in a statement. "We will appeal."': the words are the quote that follows.
    const q = quoteOpenedBy(doc, doc.sentEnd[s]);
    if (!q || speechLead(doc, s) !== i) return null;
    const a = doc.make(doc.quoteRange(q), q, src, cue, s, "pre-quote", cueEnd);
    a.hearer = hearer;
    return a;
  }
  // "adding to her lead", "the delays added to the confusion": to add to something is no saying.
  if (lemma === "add" && doc.toks[contentStart].lower === "to" && !opensSentence(doc, vg, s)) return null;
  const a = doc.make(content, null, src, cue, s, participle ? "participle" : "pre", cueEnd);
  a.hearer = hearer;
  return a;
}

/**
 * "The columnist wrote:" closing a paragraph, the words set out unquoted in the next one: a
 * colon closing its sentence and its line (token k) opens a block; its content is that paragraph.
 */
/**
 * 'That's what Ruiz said', 'That was what the mayor told us' right after a sentence that ends with a
 * quote: the quote and the speaker between "what" and the verb group starting at `vg`.
 */
function thatsWhat(doc: Doc, vg: number, s: number): { quote: QuoteSpan; src: Range } | null {
  const f = doc.sentFirst[s];
  const t = (k: number) => doc.toks[k]?.lower ?? "";
  if (t(f) !== "that" || !/^(?:['\u2019]s|is|was)$/.test(t(f + 1)) || t(f + 2) !== "what") return null;
  const src = { start: f + 3, end: vg };
  if (src.end <= src.start || !doc.toks.slice(src.start, src.end).some(isWordy)) return null;
  if (s === 0) return null;
  let k = doc.sentEnd[s - 1] - 1;
  while (k >= doc.sentFirst[s - 1] && !isWordy(doc.toks[k]) && !doc.closesQuote(k)) k--;
  if (!doc.closesQuote(k)) return null;
  return { quote: doc.quotes[doc.toks[k].quote], src };
}

function blockAfterColon(doc: Doc, k: number, s: number): Range | null {
  if (k !== doc.sentEnd[s] - 1 || s + 1 >= doc.sentences.length) return null;
  // "What we learned:" heads a list; it reports no one's words.
  if (WH.has(doc.toks[doc.sentFirst[s]].lower)) return null;
  let f = doc.sentFirst[s + 1];
  // "...and the ferry ran late again": a block may open on an ellipsis.
  if (/^(\u2026|\.\.\.)$/.test(doc.toks[f]?.text ?? "") && f + 1 < doc.sentEnd[s + 1]) f++;
  const first = doc.toks[f];
  if (!first || first.quote >= 0 || !isWordy(first)) return null;
  if (!doc.body.slice(doc.toks[k].end, first.start).includes("\n")) return null;
  let end = doc.body.indexOf("\n", first.start);
  if (end < 0) end = doc.body.length;
  while (end > first.start && /\s/.test(doc.body[end - 1])) end--;
  return end > first.end ? { start: first.start, end } : null;
}

/** A comma or dash right after a cue, with more of the sentence after it. */
function setOff(doc: Doc, after: number, s: number): boolean {
  const t = doc.toks[after];
  const more = doc.toks[after + 1];
  return (
    !!t &&
    t.sent === s &&
    (t.text === "," || DASHES.has(t.text)) &&
    !!more &&
    more.sent === s &&
    isWordy(more)
  );
}

/**
 * "The mayor said the vote should wait, referring to the budget": an -ing cue after the comma that
 * ends an earlier attribution's content in the same sentence is that speaker's next act. The parse
 * tends to hang the participle on the nearest verb, inside the reported clause, and so to offer that
 * clause's subject.
 */
function priorSource(doc: Doc, vg: number, s: number, earlier: RawAttribution[]): Range | null {
  const comma = doc.toks[vg - 1];
  const stop = doc.isMarkTok(vg - 1) ? comma.end : comma.start;
  // The outermost earlier attribution whose content runs up to this comma (or its closing quote
  // mark): "X urged voters to back Y, saying ..." is X's act, not that of the voters inside it.
  for (const prior of earlier) {
    if (!prior.source || !prior.cue || prior.sentence !== s) continue;
    if (adjunctGap(doc.body.slice(prior.content.end, stop))) return doc.tokenRangeOf(prior.source, s);
    // '"...," Ruiz told a rally, saying ...': a post-posed report ends at its cue and hearer.
    if (
      prior.content.end <= prior.cue.start &&
      prior.source.start < prior.cue.start &&
      hearerGap(doc, prior.cue.end, stop, s)
    )
      return doc.tokenRangeOf(prior.source, s);
  }
  return null;
}

/**
 * '"...," said Ann Ruiz, a harbour pilot who has sailed the strait for years.': the description after
 * an inverted speaker closes the sentence and belongs to the speaker, as it does before a preposed
 * cue ("Ann Ruiz, a harbour pilot, said"). Not an adjunct ("said Ruiz, in a statement"), a participle
 * that is an act of its own ("said Ruiz, adding ..."), nor words that quote or report again.
 */
export function withAppositive(doc: Doc, src: Range, s: number): Range {
  const comma = doc.toks[src.end];
  const first = doc.toks[src.end + 1];
  if (comma?.text !== "," || comma.quote >= 0 || !first || first.sent !== s) return src;
  let last = doc.sentEnd[s] - 1;
  while (last > src.end && !isWordy(doc.toks[last])) last--;
  if (last <= src.end || last - src.end > 45) return src;
  // ("director of the Vaccine Research Center (VRC)": a bracket opened inside closes inside.)
  const close = doc.toks[last + 1];
  if (
    close &&
    close.sent === s &&
    close.text === ")" &&
    doc.toks.slice(src.end, last + 1).some((t) => t.text === "(")
  )
    last++;
  // ("Ann Ruiz, 61, of Dover": "of" and "from" give the speaker's home, part of the description.)
  const opensAdjunct = (t: Tk, k: number): boolean =>
    (PREPOSITIONS.has(t.lower) && t.lower !== "of" && t.lower !== "from") ||
    TIME_WORDS.has(t.lower) ||
    // ("..., a day before the vote", "..., hours after the storm", "..., just after he voted")
    TIME_NOUNS.has(doc.toks[k + 1]?.lower ?? "") ||
    (t.upos === "ADV" && !/^\p{Lu}/u.test(t.text)) ||
    ["and", "but", "or", "then", "as", "when", "while", "because", "though", "although"].includes(t.lower) ||
    ((t.upos === "VERB" || t.upos === "AUX") && !/^\p{Lu}/u.test(t.text)) ||
    (/^\p{Ll}+(ing|ed)$/u.test(t.text) && t.upos !== "NOUN" && t.upos !== "ADJ");
  if (opensAdjunct(first, src.end + 1)) return src;
  // ("..., who has made attacks on rivals, including Ruiz, a hallmark": inside a relative clause only
  // a participle or a verb after a comma ends the description.)
  let relative = false;
  for (let k = src.end + 1; k <= last; k++) {
    const t = doc.toks[k];
    if (t.lower === "who" || t.lower === "which" || t.lower === "whose") relative = true;
    if (
      t.quote >= 0 ||
      t.text === ";" ||
      t.text === ":" ||
      (t.upos === "VERB" && cueStrength(t.lower) === "speech")
    )
      return src;
    // ("..., a pollster, referring to ...", "..., on Thursday": the description ends at the comma;
    // "experts like Ruiz, a geologist, is the ground": the clause goes on, no description at all.)
    if (t.text === "," && k < last) {
      const next = doc.toks[k + 1];
      if ((next.upos === "VERB" || next.upos === "AUX") && !/(ing|ed)$/.test(next.lower)) return src;
      const act =
        next.lower !== "including" &&
        (next.upos === "VERB" || next.upos === "AUX" || /^\p{Ll}+(ing|ed)$/u.test(next.text));
      if (opensAdjunct(next, k + 1) && (!relative || act)) {
        last = k - 1;
        break;
      }
    }
  }
  return last > src.end ? { start: src.start, end: last + 1 } : src;
}

/** Words opening a clause inside a sentence whose subject is no one's act after the comma. */
const CLAUSE_LEADS = new Set([
  "where",
  "how",
  "whether",
  "when",
  "why",
  "what",
  "if",
  "as",
  "while",
  "because",
  "since",
  "although",
  "though",
  "once",
  "after",
  "before",
  "until",
  "unless",
  "that",
]);
/** Words that may stand before a fronted clause at the start of a sentence ("Yet even as ..."). */
const CLAUSE_OPENERS = new Set(["but", "and", "yet", "even", "so", "still", "now"]);

/**
 * "She has been cagey about where she stands, offering few details", "As the board met, the mayor
 * was in Paris, promising ...": a ", V-ing" cue is the act of the clause it closes, not of the
 * subject of a subordinate clause inside it (the parse tends to hang the participle on the nearest
 * verb). When the source found is the subject right after a subordinating word, the source is the
 * subject of the clause around it: the main clause after a fronted subordinate clause, else the
 * subject before the subordinating word.
 */
function participleOwner(doc: Doc, src: Range, vg: number, s: number, fallback = true): Range | null {
  const lead = src.start - 1;
  if (lead < doc.sentFirst[s] || !CLAUSE_LEADS.has(doc.toks[lead].lower)) return null;
  if (opensFront(doc, lead, s)) return frontedOwner(doc, src, vg, s);
  // The parse's subject of the verb the subordinate clause hangs on, else the clause's first noun phrase.
  const inner = doc.toks[lead].head;
  const outer = inner >= 0 ? doc.toks[inner].head : -1;
  const parsed = outer >= 0 && outer < lead ? headSubject(doc, outer) : null;
  const owner = parsed && parsed.end <= lead ? parsed : fallback ? inheritedSubject(doc, lead, s, []) : null;
  if (!owner || owner.end > lead) return null;
  // (No conjunction opens it; and the fallback's noun phrase may run on into the verb: "The
  // treasurer gave no details".)
  let start = owner.start;
  while (start < owner.end - 1 && (!isWordy(doc.toks[start]) || CLAUSE_OPENERS.has(doc.toks[start].lower)))
    start++;
  let end = start + 1;
  while (end < owner.end && doc.toks[end].upos !== "VERB" && doc.toks[end].upos !== "AUX") end++;
  return { start, end };
}

/** Subordinators of time and cause after a main clause ("came after X had fired Y, saying ..."). */
const TRAILING_LEADS = new Set([
  "after",
  "when",
  "as",
  "because",
  "since",
  "before",
  "while",
  "until",
  "once",
]);

/** A name or personal pronoun inside the range: someone who can say things. */
function namesSomeone(doc: Doc, r: Range): boolean {
  for (let k = r.start; k < r.end; k++)
    if (doc.toks[k].upos === "PROPN" || SUBJECT_PRONOUNS.has(doc.toks[k].lower)) return true;
  return false;
}

/**
 * "The row erupted two months after the mayor entered the race, calling ...", "His appointment came
 * after Ruiz had fired the chief, saying ...": when the main subject names no one, an -ing report
 * after a trailing clause of time or cause is the act of that clause's named subject (on PolNeAR's
 * train split the annotated source in each such case read).
 */
function subordinateActor(doc: Doc, src: Range, vg: number): Range | null {
  // (Not a reported clause's subject: 'told NBC that illegal immigration must fall before ...'.)
  // (Nor a relative clause's: 'the hacker whose mischief revealed ... while she was ...'.)
  const before = doc.toks[src.start - 1]?.lower ?? "";
  if (
    namesSomeone(doc, src) ||
    doc.toks[src.start].lower === "that" ||
    ["that", "whose", "which"].includes(before)
  )
    return null;
  for (let j = vg - 2; j >= src.end; j--) {
    const t = doc.toks[j];
    if (t.text === "," || t.text === ";" || t.quote >= 0) return null;
    if (!TRAILING_LEADS.has(t.lower) || t.head < 0) continue;
    // (", after her statement was disproved, stating ...": a clause set off by commas is an aside in
    // the main clause, whose subject acts.)
    if (doc.toks[j - 1]?.text === ",") return null;
    // (The parse may read "as Kaya" as a preposition and its object: then the words up to the
    // clause's first verb, less adverbs, ending in a noun or pronoun.)
    let sub = headSubject(doc, t.head);
    if (!sub || sub.start <= j || sub.end >= vg) {
      let v = j + 1;
      while (v < vg && v < j + 7 && doc.toks[v].upos !== "VERB" && doc.toks[v].upos !== "AUX") v++;
      let e = v;
      while (e > j + 1 && doc.toks[e - 1].upos === "ADV") e--;
      sub =
        e > j + 1 &&
        v < vg &&
        /^(VERB|AUX)$/.test(doc.toks[v].upos ?? "") &&
        /^(NOUN|PROPN|PRON)$/.test(doc.toks[e - 1].upos ?? "")
          ? { start: j + 1, end: e }
          : null;
    }
    if (!sub || doc.toks[sub.start].lower === "it") return null;
    // ("people brought here as children - who", "satisfaction:": a subject is words, no marks.)
    for (let k = sub.start; k < sub.end; k++) if (!isWordy(doc.toks[k])) return null;
    return sub;
  }
  return null;
}

/** Token `lead` opens its sentence, after at most "But", "Yet even" and the like. */
function opensFront(doc: Doc, lead: number, s: number): boolean {
  let k = doc.sentFirst[s];
  while (k < lead && (!isWordy(doc.toks[k]) || CLAUSE_OPENERS.has(doc.toks[k].lower))) k++;
  // ("Shortly after the vote, ...", "Just before the ferry left, ...": an adverb of time may stand
  // before the subordinating word.)
  if (k === lead - 1 && LEAD_ADVERBS.has(doc.toks[k].lower)) k++;
  return k === lead;
}

const LEAD_ADVERBS = new Set([
  "just",
  "shortly",
  "soon",
  "long",
  "right",
  "only",
  "immediately",
  "moments",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
]);

/**
 * "While the nominee has yet to endorse him, his running mate has thrown his support behind ...",
 * "After the results were in, the manager appeared on television and outlined ...": a source that
 * is the subject of a fronted subordinate clause, for a cue past the comma closing that clause, is
 * the main clause's subject. (The fronted clause must have a verb of its own before its comma, so
 * that "When the mayor, a sailor, said ..." keeps its speaker.)
 */
function frontedOwner(doc: Doc, src: Range, vg: number, s: number): Range | null {
  const lead = src.start - 1;
  if (lead < doc.sentFirst[s] || !CLAUSE_LEADS.has(doc.toks[lead].lower) || !opensFront(doc, lead, s))
    return null;
  let comma = src.end;
  let verb = false;
  for (; comma < vg && (doc.toks[comma].text !== "," || doc.toks[comma].quote >= 0); comma++)
    if (doc.toks[comma].upos === "VERB" || doc.toks[comma].upos === "AUX") verb = true;
  // ("After the vote, the families had gathered, warning ...": "after", "before", "since" and
  // "until" also open a phrase with no verb, whose noun is no one's subject.)
  if (comma >= vg || (!verb && !["after", "before", "since", "until"].includes(doc.toks[lead].lower)))
    return null;
  // (The parse's subject of the sentence's main verb when the phrase after the comma runs on: "the
  // families of the fishermen had gathered".)
  let main = mainSubject(doc, src.end, s);
  if (!main) {
    const root = sentenceRoot(doc, s);
    if (root >= 0) main = headSubject(doc, root);
  }
  while (main && main.start < main.end - 1 && !isWordy(doc.toks[main.start]))
    main = { start: main.start + 1, end: main.end };
  return main && main.start > comma && main.end < vg ? main : null;
}

/** The token index of sentence s's root, or -1 (read within the sentence, not the whole document). */
function sentenceRoot(doc: Doc, s: number): number {
  for (let k = doc.sentFirst[s]; k < doc.sentEnd[s]; k++) if (doc.toks[k].deprel === "root") return k;
  return -1;
}

/** Closing marks, a parenthetical ("(R-Texas)") and a day or time word: nothing that was said. */
function adjunctGap(text: string): boolean {
  const rest = text.replace(/\([^()]{1,40}\)/g, " ").replace(/["'\u201D\u2019]/g, " ");
  return rest
    .trim()
    .split(/\s+/)
    .every((w) => w === "" || TIME_WORDS.has(w.toLowerCase()) || w.toLowerCase() === "on");
}

/** Between a post-posed cue and a comma: at most a short hearer phrase, no verb or clause word. */
function hearerGap(doc: Doc, from: number, to: number, s: number): boolean {
  let n = 0;
  for (let k = doc.sentFirst[s]; k < doc.sentEnd[s]; k++) {
    const t = doc.toks[k];
    if (t.start < from || t.end > to) continue;
    if (++n > 6 || t.quote >= 0 || t.upos === "VERB" || t.upos === "AUX" || CLAUSE_WORDS.has(t.lower))
      return false;
  }
  return true;
}

/**
 * "Mr. Peck has long considered a deal likely", "the mayor deemed the fee fair": the participle of an
 * impression verb in the active voice (after "has", or with a subject of its own in the parse) is
 * the subject's own judgement, not a passive impression.
 */
function activeVoice(doc: Doc, v: number, s: number): boolean {
  let k = v - 1;
  while (k >= doc.sentFirst[s] && /^\p{Ll}+ly$/u.test(doc.toks[k].text)) k--;
  if (k >= doc.sentFirst[s] && ["has", "have", "had", "'ve", "\u2019ve"].includes(doc.toks[k].lower))
    return true;
  // "a state seen as critical", "a step deemed necessary": a reduced passive, whatever the parse says.
  const next = doc.toks[v + 1];
  if (!next || next.sent !== s || ["as", "to", "by"].includes(next.lower) || next.upos === "ADJ")
    return false;
  for (let j = doc.sentFirst[s]; j < doc.sentEnd[s]; j++)
    if (doc.toks[j].head === v && doc.toks[j].deprel === "nsubj") return true;
  return false;
}

/**
 * "The city and its allies - including many of its lawyers - want ...": a subject before an aside
 * set off by dashes (token `close` is the closing dash). PolNeAR's source keeps the aside.
 */
function dashSubject(doc: Doc, close: number, s: number): Range | null {
  let open = close - 1;
  // ("Ruiz — after a knock-on-wood gesture — told": a hyphen inside a word opens no aside.)
  const inWord = (k: number) =>
    doc.toks[k].text === "-" &&
    doc.toks[k - 1]?.end === doc.toks[k].start &&
    doc.toks[k + 1]?.start === doc.toks[k].end;
  while (
    open > doc.sentFirst[s] &&
    open > close - 30 &&
    !(DASHES.has(doc.toks[open].text) && !inWord(open))
  ) {
    if (doc.toks[open].quote >= 0) return null;
    open--;
  }
  if (open <= doc.sentFirst[s] || !DASHES.has(doc.toks[open].text)) return null;
  const np = leftNP(doc, open, s);
  if (!np) return null;
  const lead = doc.toks[np.start];
  // ("some liberal economists - including ... - warn": a common noun phrase ending in its noun.)
  const nounPhrase = doc.toks[np.end - 1].upos === "NOUN" && (lead.upos === "DET" || lead.upos === "ADJ");
  if (
    !/^\p{Lu}/u.test(lead.text) &&
    !DETERMINERS.has(lead.lower) &&
    !SUBJECT_PRONOUNS.has(lead.lower) &&
    !nounPhrase
  )
    return null;
  return { start: np.start, end: close + 1 };
}

/** "Ann Ruiz and Tom Baker wrote": a name joined by "and" to the one before the cue is a co-source. */
function coordinated(doc: Doc, src: Range, s: number): Range {
  const and = doc.toks[src.start - 1];
  if (!and || and.sent !== s || and.lower !== "and") return src;
  const np = leftNP(doc, src.start - 1, s);
  if (!np) return src;
  const names =
    /^\p{Lu}/u.test(doc.toks[src.start].text) &&
    /^\p{Lu}/u.test(doc.toks[np.start].text) &&
    /^\p{Lu}/u.test(doc.toks[np.end - 1].text);
  // '"...," the senator and the candidate said': right after the words they close, two common noun
  // phrases joined by "and" are one subject too.
  // "Democrats and civil rights groups say ...": a noun phrase opening the sentence (after at most
  // "But", "And" and the like) and joined by "and" to the subject is part of it, names or not. (Not
  // after a comma, where a list or an object ends: "..., mediocre ratings and a majority opposing";
  // nor before a pronoun, which opens a clause of its own: "... the levy and he said".)
  let lead = doc.sentFirst[s];
  while (lead < np.start && (!isWordy(doc.toks[lead]) || SENTENCE_OPENERS.has(doc.toks[lead].lower))) lead++;
  const opens = lead === np.start && !SUBJECT_PRONOUNS.has(doc.toks[src.start].lower);
  if (!names && !doc.handsOver(np.start - 1) && !opens) return src;
  return { start: np.start, end: src.end };
}

const SENTENCE_OPENERS = new Set([
  "but",
  "and",
  "so",
  "yet",
  "still",
  "now",
  "meanwhile",
  "ultimately",
  "together",
]);

const SPEND = new Set(["spend", "spends", "spent", "spending"]);

/** The first token of the verb group that ends at token v ("has also spent" -> "has"). */
function verbGroupStart(doc: Doc, v: number, s: number): number {
  let k = v;
  while (
    k - 1 >= doc.sentFirst[s] &&
    (VERB_GROUP.has(doc.toks[k - 1].lower) || BE_FORMS.has(doc.toks[k - 1].lower))
  )
    k--;
  return k;
}

/** Relations of a noun to its verb that make it an object or adjunct, not the verb's subject. */
const NON_AGENT_RELATIONS = new Set(["obj", "obl", "obl:tmod", "obl:unmarked", "obl:npmod"]);

/** Token k is the sentence's first word. */
function opensSentence(doc: Doc, k: number, s: number): boolean {
  let f = doc.sentFirst[s];
  while (f < k && !isWordy(doc.toks[f])) f++;
  return f === k && /^\p{Lu}/u.test(doc.toks[k].text);
}

/**
 * The subject of the main clause after the comma that closes a fronted clause (searched from token
 * `from`): a name, pronoun or determined noun phrase followed by a verb or an appositive comma.
 */
function mainSubject(doc: Doc, from: number, s: number): Range | null {
  const last = doc.sentEnd[s];
  let k = from;
  while (k < last && (doc.toks[k].text !== "," || doc.toks[k].quote >= 0)) k++;
  if (k >= last - 1) return null;
  const first = doc.toks[k + 1];
  const np = SUBJECT_PRONOUNS.has(first.lower) ? { start: k + 1, end: k + 2 } : rightNP(doc, k + 1, s);
  if (
    !np ||
    !(/^\p{Lu}/u.test(first.text) || DETERMINERS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower))
  )
    return null;
  const next = doc.toks[np.end];
  if (!next || next.sent !== s) return null;
  return next.text === "," || next.upos === "VERB" || next.upos === "AUX" || next.upos === "ADV" ? np : null;
}

/** Words that are no source on their own: prepositions and the stems of fixed phrases. */
const LONE_WORDS = new Set([
  ...PREPOSITIONS,
  "despite",
  "throughout",
  "prior",
  "outside",
  "particular",
  "fact",
  "record",
  "short",
  "up",
  "off",
]);

/** Words that lead a time adjunct ("this week", "on Monday", "in 2013"). */
/**
 * "The campaign issued a statement saying ...", "X sent out an email urging ...": a message that is
 * the object of a verb carries the words of that verb's subject, which PolNeAR marks as the source.
 * `np` is the noun phrase the -ing form modifies; as the subject of its clause ("The letter, calling
 * ...") or with no verb before it, it stays the source.
 */
/**
 * "has left many voters wondering", "got people talking about", "carried placards supporting",
 * "received calls saying": after a verb of leaving, getting, carrying or perceiving, the object
 * does the -ing act, not the verb's subject. ("had trouble finding", "have a hard time vetoing":
 * not "have", whose object is mostly no actor.)
 */
const OBJECT_ACTS = new Set(
  ["leave", "leaves", "left", "leaving", "get", "gets", "got", "getting"]
    .concat(["carry", "carries", "carried", "carrying", "receive", "receives", "received", "receiving"])
    .concat(["see", "sees", "saw", "seen", "hear", "hears", "heard", "watch", "watched", "find", "found"])
    .concat(["include", "includes", "included", "including", "keep", "keeps", "kept", "set", "sets"]),
);

function documentSender(doc: Doc, np: Range | null, s: number): Range | null {
  // "spent the week attacking ...", "is spending millions promoting ...": time or money spent on an
  // act is the spender's; the subject of "spend" is the source.
  // ("has spent nearly all of her time responding": an adverb may stand before the time.)
  let at = np ? np.start - 1 : -1;
  while (at > 0 && doc.toks[at].upos === "ADV" && doc.toks[at].sent === s) at--;
  const spend = np ? doc.toks[at] : undefined;
  if (np && spend?.sent === s && SPEND.has(spend.lower)) {
    const vg = verbGroupStart(doc, at, s);
    const before = doc.toks[vg - 1];
    const subj =
      before?.sent === s && (SUBJECT_PRONOUNS.has(before.lower) || relativeSubject(doc, vg - 1, s))
        ? { start: vg - 1, end: vg }
        : (leftNP(doc, vg, s) ?? headSubject(doc, at));
    if (subj && subj.end <= at) return subj;
  }
  // "filed a suit in May challenging ...", "spent the week portraying ...": a lower-case object or
  // adjunct of a verb before the -ing form is no actor; that verb's subject is.
  if (np && !DOCUMENTS.has(doc.toks[np.end - 1].lower) && !/^\p{Lu}/u.test(doc.toks[np.start].text)) {
    const last = doc.toks[np.end - 1];
    if (NON_AGENT_RELATIONS.has(last.deprel ?? "")) {
      let h = last.head;
      for (let hop = 0; hop < 3 && h >= 0 && doc.toks[h].upos !== "VERB"; hop++) h = doc.toks[h].head;
      // ("was heard on a microphone telling ...": in the passive the phrase is no object.)
      const objectActs =
        h >= 0 && OBJECT_ACTS.has(doc.toks[h].lower) && !BE_FORMS.has(doc.toks[h - 1]?.lower ?? "");
      if (h >= 0 && doc.toks[h].upos === "VERB" && h < np.start && !objectActs) {
        const subj = headSubject(doc, h);
        if (subj && subj.end <= np.start) return subj;
      }
    }
  }
  // "sent a letter this week urging ...": a time after the message does not hide it.
  const core = np ? doc.withoutTime(np) : null;
  if (!np || !core || !DOCUMENTS.has(doc.toks[core.end - 1].lower)) return np;
  let v = np.start - 1;
  if (doc.toks[v]?.lower === "out" && doc.toks[v].sent === s) v--;
  const verb = doc.toks[v];
  if (!verb || verb.sent !== s || verb.upos !== "VERB") return np;
  return headSubject(doc, v) ?? np;
}

/** Dependency relations of a noun phrase that is a verb's object or oblique, not its subject. */
const OBJECT_RELATIONS = new Set(["obj", "iobj", "obl", "obl:agent", "nmod"]);

/** "Norton, which declined to comment": a "which" set off by a comma, right before the cue, is its subject. */
function setOffWhich(doc: Doc, k: number, s: number): boolean {
  const prev = doc.toks[k - 1];
  // ("..., which is to ask the delegates": a copula, no report of its own.)
  if (BE_FORMS.has(doc.toks[k + 1]?.lower ?? "")) return false;
  return (
    doc.toks[k]?.lower === "which" &&
    !!prev &&
    prev.sent === s &&
    (prev.text === "," || DASHES.has(prev.text))
  );
}

/** Words that open an adjunct between a relative pronoun and its verb ("who like many others ..."). */
const ADJUNCT_LEADS = new Set([...PREPOSITIONS, "like", "unlike", "through", "despite", "under", "among"]);

/**
 * "The judge, who through his office declined to comment", "the woman, who like many in the town
 * did not want ...": an adjunct between a relative pronoun and the cue is no subject; the pronoun
 * is (as PolNeAR marks it; the speaker resolver reads it as the noun before it).
 */
function relativeBeforeAdjunct(doc: Doc, src: Range, s: number): Range | null {
  // The adjunct's lead may have stayed outside the phrase found ("like | many in the town").
  const outside = ADJUNCT_LEADS.has(doc.toks[src.start - 1]?.lower ?? "");
  const rel = outside ? src.start - 2 : src.start - 1;
  const t = doc.toks[rel];
  if (!t || t.sent !== s || !["who", "which"].includes(t.lower)) return null;
  return outside || ADJUNCT_LEADS.has(doc.toks[src.start].lower) ? { start: rel, end: rel + 1 } : null;
}

/**
 * "Officials who spoke with the Herald said ...", "Voters who once backed the mayor now regard ...":
 * the noun phrase right before the cue is the object of a relative clause with "who"; the speaker is
 * the noun the clause hangs on. `src` is the phrase found left of the cue.
 */
function relativeAntecedent(doc: Doc, src: Range, s: number): Range | null {
  const first = doc.sentFirst[s];
  let head = -1;
  for (let k = src.start; k < src.end; k++) {
    const h = doc.toks[k].head;
    if (h < src.start || h >= src.end) {
      head = k;
      break;
    }
  }
  if (head < 0 || !OBJECT_RELATIONS.has(doc.toks[head].deprel ?? "")) return null;
  for (let w = src.start - 1; w >= first && w >= src.start - 8; w--) {
    const t = doc.toks[w];
    if (t.quote >= 0 || !isWordy(t)) return null;
    if (t.lower === "that" || t.lower === "which" || t.lower === "whose" || t.lower === "whom") return null;
    if (t.lower !== "who") continue;
    if (!relativeSubject(doc, w, s)) return null;
    const np = leftNP(doc, w, s);
    return np && np.end === w ? np : null;
  }
  return null;
}

/**
 * "The senator, who has read the memo but would say nothing of it, agreed with ...", "Ruiz, whose
 * views have upset her party, proposed ...": a relative clause set off by a comma or dash, with a
 * verb of its own and closed before the cue, is an aside; the cue is the main clause's, and its
 * speaker the noun the aside hangs on.
 */
function closedRelative(doc: Doc, found: Range, vg: number, s: number): Range | null {
  // (The phrase found may still hold the comma before the pronoun.)
  let start = found.start;
  while (start < found.end && !isWordy(doc.toks[start])) start++;
  const src = { start, end: found.end };
  const rel = doc.toks[src.start];
  if (!rel || !["who", "which", "whose"].includes(rel.lower)) return null;
  if (rel.lower !== "whose" && src.end - src.start !== 1) return null;
  const open = doc.toks[src.start - 1];
  if (!open || open.sent !== s || (open.text !== "," && !DASHES.has(open.text))) return null;
  // The aside closes with the same mark right before the cue's verb group (an adverb or a time may
  // sit between).
  let close = vg - 1;
  while (close > src.end && isWordy(doc.toks[close]) && close >= vg - 3) close--;
  // ('Ruiz, who calls the plan a "disaster," said': a comma written inside the closing mark of a
  // quote at the aside's end closes the aside all the same.)
  const quoted = doc.closesQuote(close) && doc.toks[close - 1]?.text === "," && close - 1 > src.end;
  if (quoted) close--;
  const mark = doc.toks[close];
  if (
    close <= src.end ||
    !mark ||
    (mark.quote >= 0 && !quoted) ||
    (mark.text !== "," && !DASHES.has(mark.text))
  )
    return null;
  if (open.text === "," ? mark.text !== "," : !DASHES.has(mark.text)) return null;
  // ("who backs the plan, but has doubted ...", "who was to fly there, on Friday, to promote ...":
  // the relative clause goes on past the comma.)
  for (let k = close + 1; k < vg; k++)
    if (["and", "but", "or", "yet", "to"].includes(doc.toks[k].lower)) return null;
  let verb = false;
  for (let k = src.end; k < close && !verb; k++)
    verb = doc.toks[k].upos === "VERB" || doc.toks[k].upos === "AUX";
  if (!verb) return null;
  const np = leftNP(doc, src.start - 1, s);
  return np && np.end === src.start - 1 ? np : null;
}

/**
 * "The mayor, who said last week that the port would close, now says ...": the cue of a relative
 * clause set off by a comma (or a dash) reports only up to the comma (or dash) that closes it.
 */
function asideRelative(doc: Doc, src: Range | null): boolean {
  if (!src || src.end - src.start !== 1) return false;
  const t = doc.toks[src.start];
  const before = doc.toks[src.start - 1]?.text ?? "";
  return (t.lower === "who" || t.lower === "which") && (before === "," || DASHES.has(before));
}

/**
 * After an inverted cue at k: a speaker (a name, or a noun phrase with a determiner, or two joined
 * by "and") closed by a comma, with more of the clause after it ('..., said Ann Ruiz, does not
 * forgive'). Null when the words after the cue are no such aside.
 */
function asideSpeaker(doc: Doc, k: number, s: number): Range | null {
  let src = rightNP(doc, k, s);
  if (src && doc.toks[src.end]?.lower === "and") {
    const more = rightNP(doc, src.end + 1, s);
    if (more) src = { start: src.start, end: more.end };
  }
  if (!src || doc.toks[src.end]?.text !== ",") return null;
  const first = doc.toks[src.start];
  if (!/^\p{Lu}/u.test(first.text) && first.lower !== "the" && first.lower !== "a") return null;
  if (timeOnly(doc, src)) return null;
  // The clause goes on with its verb, right after the speaker or after a relative or appositive
  // set off by a second comma ('said Ann Ruiz, who knows him, does not forgive'); an appositive
  // ending the sentence ('said Ann Ruiz, an expert on ferries') is no aside.
  const verbAt = (k: number) => {
    const t = doc.toks[k];
    return !!t && t.sent === s && (t.upos === "VERB" || t.upos === "AUX");
  };
  if (verbAt(src.end + 1)) return src;
  for (let j = src.end + 1; j < doc.sentEnd[s] && j <= src.end + 25; j++)
    if (doc.toks[j].text === ",") return verbAt(j + 1) ? src : null;
  return null;
}

/** After comma k, a report set off by commas: a few words with a cue among them, then a comma. */
function reportAside(doc: Doc, k: number, s: number): boolean {
  const first = doc.toks[k + 1];
  if (
    !first ||
    first.upos === "VERB" ||
    first.upos === "AUX" ||
    first.upos === "ADP" ||
    first.upos === "SCONJ"
  )
    return false;
  if (!SUBJECT_PRONOUNS.has(first.lower) && !DETERMINERS.has(first.lower) && !/^\p{Lu}/u.test(first.text))
    return false;
  let cue = false;
  for (let j = k + 1; j < doc.sentEnd[s] && j <= k + 9; j++) {
    const t = doc.toks[j];
    if (t.text === ",") return cue && j > k + 2;
    if (t.quote >= 0 || (!isWordy(t) && !DASHES.has(t.text))) return false;
    if (isCueToken(doc, j, s) && cueStrength(t.lower) === "speech" && !t.lower.endsWith("ing")) cue = true;
  }
  return false;
}

/** When ", for example, that" follows comma k (an aside of at most four words, no verb): its closing comma. */
function asideBeforeThat(doc: Doc, k: number, s: number): number {
  for (let j = k + 1; j < doc.sentEnd[s] && j <= k + 5; j++) {
    const t = doc.toks[j];
    if (t.text === ",") return j > k + 1 && doc.toks[j + 1]?.lower === "that" ? j : -1;
    if (!isWordy(t) || t.quote >= 0 || t.upos === "VERB" || t.upos === "AUX") return -1;
  }
  return -1;
}

const TIME_NOUNS = new Set([
  ...TIME_WORDS,
  "day",
  "days",
  "weeks",
  "months",
  "years",
  "past",
  "time",
  "weekend",
]);
const TIME_MODIFIERS = new Set([
  "the",
  "a",
  "this",
  "last",
  "next",
  "that",
  "past",
  "same",
  "earlier",
  "later",
]);

/** "the day", "last week", "Tuesday": a source span that is only a time phrase. */
/** The comma before a time adjunct ("on Friday", "last week") that ends right before token v; or -1. */
function commaBeforeTime(doc: Doc, v: number, s: number): number {
  let k = v - 1;
  while (
    k >= doc.sentFirst[s] &&
    (TIME_NOUNS.has(doc.toks[k].lower) || TIME_ADJUNCT_LEADS.has(doc.toks[k].lower))
  )
    k--;
  return k < v - 1 &&
    k >= doc.sentFirst[s] &&
    doc.toks[k].text === "," &&
    TIME_NOUNS.has(doc.toks[v - 1].lower)
    ? k
    : -1;
}

function timeOnly(doc: Doc, r: Range): boolean {
  if (!TIME_NOUNS.has(doc.toks[r.end - 1].lower)) return false;
  for (let k = r.start; k < r.end; k++) {
    const l = doc.toks[k].lower;
    if (!TIME_NOUNS.has(l) && !TIME_MODIFIERS.has(l)) return false;
  }
  return true;
}

/**
 * "Gowdy earlier in the day touted ...", "Ruiz, who in the past has voiced ...": the noun phrase
 * before a time adverbial that sits between subject and cue.
 */
function pastTimeAdjunct(doc: Doc, r: Range, s: number): Range | null {
  let k = r.start;
  while (
    k - 1 >= doc.sentFirst[s] &&
    /^(in|on|at|during|over|earlier|later|late|early)$/.test(doc.toks[k - 1].lower)
  )
    k--;
  const before = doc.toks[k - 1];
  if (!before || before.sent !== s || k === r.start) return null;
  if (SUBJECT_PRONOUNS.has(before.lower) || relativeSubject(doc, k - 1, s)) return { start: k - 1, end: k };
  const np = leftNP(doc, k, s);
  return np && !timeOnly(doc, np) ? np : null;
}

/** "former state senator Ann Ruiz", "film director Tom Baker": a lower-case title before a name. */
function titledName(doc: Doc, r: Range): boolean {
  const last = doc.toks[r.end - 1];
  if (!/^\p{Lu}/u.test(last.text) || last.upos === "VERB") return false;
  for (let k = r.start; k < r.end; k++) {
    const t = doc.toks[k];
    // "retired surgeon Ann Ruiz", "embattled mayor Ann Ruiz": a participle before a noun of the
    // span is its modifier, not a verb of another clause.
    const modifier =
      t.upos === "VERB" && /ed$/.test(t.text) && k + 1 < r.end && doc.toks[k + 1].upos === "NOUN";
    if ((t.upos === "VERB" && !modifier) || t.upos === "AUX") return false;
  }
  return true;
}

/**
 * '..., Ruiz said on her way out', '..., he told aides when asked': a clause opened by a
 * subordinator after a post-posed cue is the setting of the report, not its content.
 */
function adverbialClause(doc: Doc, k: number, s: number): boolean {
  const t = doc.toks[k];
  return !!t && t.sent === s && t.quote < 0 && ADVERBIAL_LEADS.has(t.lower);
}

/**
 * For a subject span not preceded by a comma or a closing quote mark: the wider span back to one,
 * over at most six words none of which opens a clause or belongs to a verb group. Null when there
 * is none (the span then stands as it is).
 */
function subjectToComma(doc: Doc, src: Range, s: number): Range | null {
  const before = doc.toks[src.start - 1];
  if (!before || before.sent !== s || before.text === "," || doc.closesQuote(src.start - 1)) return null;
  for (let k = src.start - 1; k >= doc.sentFirst[s] && k >= src.start - 6; k--) {
    const t = doc.toks[k];
    if (t.text === "," || doc.closesQuote(k) || (!isWordy(t) && doc.isMarkTok(k))) {
      let a = k + 1;
      while (
        a < src.start &&
        (!isWordy(doc.toks[a]) || doc.toks[a].lower === "and" || doc.toks[a].lower === "but")
      )
        a++;
      return a < src.start ? { start: a, end: src.end } : null;
    }
    if (t.quote >= 0 || t.upos === "AUX" || VERB_GROUP.has(t.lower) || BE_FORMS.has(t.lower)) return null;
    if (CLAUSE_WORDS.has(t.lower) && t.lower !== "and") return null;
    if (isCueToken(doc, k, s) || t.text === "." || t.text === ";" || t.text === ":") return null;
  }
  return null;
}

/**
 * "Ms. Ruiz, the director of the trust, which wrote the letter, said ...": the parse hangs a subject
 * on the cue itself (not on a verb the cue is joined to), left of the cue and outside any quote.
 */
function leftParseSubject(doc: Doc, i: number, vg: number): boolean {
  const subj = headSubject(doc, i);
  if (!subj || subj.end > vg) return false;
  // A subject inside the quote before the cue ('"That is the man," said the aide') is the quote's own.
  for (let k = subj.start; k < subj.end; k++) if (doc.toks[k].quote >= 0) return false;
  const head = doc.toks[i];
  // The subject must hang on the cue itself, not on a verb the cue is joined to.
  for (let k = subj.start; k < subj.end; k++) {
    const t = doc.toks[k];
    if (t.head === i && (t.deprel === "nsubj" || t.deprel === "nsubj:pass")) return head.deprel !== "conj";
  }
  return false;
}

/** Nouns naming what was said, as the head of "..., a charge X denied". */
const CLAIM_NOUNS = new Set([
  "claim",
  "charge",
  "accusation",
  "allegation",
  "assertion",
  "account",
  "version",
  "suggestion",
  "characterization",
  "characterisation",
]);

/**
 * "..., a charge Moscow denies.", "..., an allegation that the ministry rejected.": a reduced
 * relative on a claim noun. Whoever denies is the name after the noun, not the whole phrase, and
 * what is denied is the claim the clause before the comma made (see attribute.ts, which keeps that
 * clause's own reports).
 */
function disputedClaim(doc: Doc, src: Range): Range | null {
  let k = src.start;
  if (!DETERMINERS.has(doc.toks[k].lower)) return null;
  k++;
  if (k >= src.end || !CLAIM_NOUNS.has(doc.toks[k].lower)) return null;
  k++;
  if (k < src.end && doc.toks[k].lower === "that") k++;
  return k < src.end ? { start: k, end: src.end } : null;
}

/**
 * "told parliament the officers had acted lawfully": with no "that", the hearer ends where a noun is
 * followed by the determiner or pronoun that opens the reported clause's subject.
 */
function hearerEnd(doc: Doc, h: Range): number {
  for (let k = h.start + 1; k < h.end; k++) {
    const prev = doc.toks[k - 1];
    const t = doc.toks[k];
    if ((prev.upos === "NOUN" || prev.upos === "PROPN") && (t.upos === "DET" || t.upos === "PRON")) return k;
  }
  return h.end;
}
