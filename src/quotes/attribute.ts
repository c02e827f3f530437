import type { Sentence } from "../model/index.js";
import {
  ADJUNCT_WORDS,
  BE_FORMS,
  CLAUSE_ONLY,
  CLAUSE_WORDS,
  CUE_PARTICLES,
  cueLemma,
  cueStrength,
  HEARER_VERBS,
  NOUNISH,
  PRONOUNS,
  STANCE_ADJECTIVES,
  SUBJECT_PRONOUNS,
  VERB_GROUP,
} from "./cues.js";
import { findQuotes, isQuoteMark, type QuoteSpan } from "./marks.js";
import { ABBREVIATIONS } from "./text.js";

/**
 * Finding attributions from tokens, quote marks and (when present) dependency heads. Every loop is
 * bounded by a constant window or by the sentence, so the pass is linear in the text.
 */

export interface Range {
  start: number;
  end: number;
}

export interface RawAttribution {
  kind: "direct" | "partial" | "indirect";
  content: Range;
  source: Range | null;
  cue: Range | null;
  /** "according to X" inside the same sentence, when X is said to have reported the words. */
  via: Range | null;
  /** The hearer of "told X", "said in an interview with X". */
  hearer: Range | null;
  sentence: number;
  /** The sentences the content runs over, as a character range. */
  evidence: Range;
  /** Which rule found it, for debugging and the eval's breakdown. */
  rule: string;
}

interface Tk {
  start: number;
  end: number;
  text: string;
  lower: string;
  sent: number;
  /** Index of the quote whose marks enclose the token (marks included), or -1. */
  quote: number;
  /** Universal POS tag when the analyser produced one. */
  upos: string | null;
  /** Global index of the head token, -1 for the root or when unparsed. */
  head: number;
  deprel: string | null;
}

const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
  "earlier",
  "later",
  "recently",
  "week",
  "month",
  "year",
  "morning",
  "afternoon",
  "evening",
  "night",
]);
const TIME_LEADS = new Set(["on", "last", "this", "next", "early", "earlier", "late", "on"]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
]);
const PREPOSITIONS = new Set([
  "on",
  "in",
  "at",
  "during",
  "with",
  "to",
  "for",
  "from",
  "about",
  "after",
  "before",
  "by",
  "via",
  "over",
  "of",
]);
const WH = new Set(["how", "why", "what", "whether", "if", "when", "where", "who", "which"]);
/** "when asked", "if pressed": a reduced passive clause, not a speaker's cue. */
const REDUCED = new Set(["when", "if", "after", "before", "as", "once", "unless", "while"]);
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
const SUBORDINATORS = new Set([
  "that",
  "which",
  "who",
  "because",
  "when",
  "while",
  "if",
  "after",
  "before",
  "since",
  "although",
  "though",
  "where",
  "whether",
  "as",
  "once",
  "until",
  "unless",
]);
/** Paragraph labels that are not speakers. */
const LABEL_STOP = new Set([
  "the latest",
  "breaking",
  "breaking news",
  "exclusive",
  "live",
  "opinion",
  "analysis",
  "update",
  "note",
  "editor",
  "editors",
  "photo",
  "video",
  "watch",
  "read",
  "source",
  "sources",
  "related",
  "correction",
  "clarification",
  "q",
  "a",
  "question",
  "answer",
  "disclosure",
  "warning",
  "advertisement",
  "caption",
  "credit",
  "image",
  "listen",
  "see",
  "more",
  "also",
  "tags",
  "filed",
  "posted",
  "published",
  "updated",
  "by",
  "via",
  "subscribe",
  "click",
  "share",
]);
/** Words in -ly that are nouns or adjectives inside a subject ("the family", "an ally"). */
const LY_NOUNS = new Set([
  "family",
  "ally",
  "rally",
  "italy",
  "assembly",
  "supply",
  "monopoly",
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "early",
  "only",
  "elderly",
  "friendly",
  "likely",
]);
/** Tags a subject noun phrase is made of (ADP and PART for "head of the party", "Clinton 's"). */
const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "ADP", "PART", "X", "SYM"]);
const LABEL_JOINERS = new Set(["of", "the", "at", "and", "for", "on", "in", "de", "van", "von", "al", "bin"]);
const CONTRAST = new Set(["while", "whereas", "compared", "although", "though"]);
/** Verbs that take "to" + a cue verb: "wants to say", "refuses to comment". */
const INFINITIVE_GOVERNORS = new Set([
  "want",
  "wants",
  "need",
  "needs",
  "seem",
  "seems",
  "appear",
  "appears",
  "plan",
  "plans",
  "hope",
  "hopes",
  "continue",
  "continues",
  "refuse",
  "refuses",
  "decline",
  "declines",
  "try",
  "tries",
  "going",
  "used",
  "got",
  "get",
  "gets",
  "began",
  "begin",
  "begins",
  "went",
  "came",
  "come",
  "comes",
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "likely",
  "able",
  "unable",
  "ready",
  "eager",
  "willing",
  "expected",
  "set",
  "about",
]);
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
/** Words that open a fronted subordinate clause ("When X said ..., Y did ..."). */
const SUBORDINATE_LEADS = new Set([
  "when",
  "while",
  "although",
  "though",
  "if",
  "because",
  "after",
  "before",
  "since",
  "as",
  "unless",
  "whereas",
  "whenever",
]);
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
  ]
    .flatMap((v) => [v, `${v}s`, v.endsWith("e") ? `${v}d` : `${v}ed`])
    .concat(["led", "told", "got", "pushes", "pressed"]),
);
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
/** Words between "be" and an adjective of attitude ("was not so sure"). */
const ADJECTIVE_MODIFIERS = new Set([
  "not",
  "n't",
  "so",
  "very",
  "too",
  "more",
  "less",
  "most",
  "also",
  "still",
  "now",
  "quite",
  "all",
  "less",
  "even",
  "increasingly",
  "deeply",
  "no",
  "longer",
  "always",
  "never",
]);
/** Verbs that link a subject to an adjective as "be" does ("seemed confident that"). */
const LINKING_VERBS = new Set([
  "seem",
  "seems",
  "seemed",
  "appear",
  "appears",
  "appeared",
  "remain",
  "remains",
  "remained",
  "become",
  "becomes",
  "became",
  "grew",
  "grow",
  "grows",
  "feel",
  "feels",
  "felt",
  "sounded",
]);
/** Prepositions before an -ing verb whose subject is the clause's ("surprised him by declaring"). */
const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "without", "while"]);
/** Participles of reporting that take their source after "by". */
const PASSIVE_REPORTS = new Set([
  "reported",
  "announced",
  "quoted",
  "cited",
  "described",
  "written",
  "stated",
]);
const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "our", "your"]);
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
      ["support", "for of"],
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
/** Participles that, governing the cue, make it a passive impression ("is expected to say"). */
const PASSIVE_IMPRESSIONS = new Set(["expected", "intended", "considered", "deemed", "seen", "supposed"]);
const MAX_CONTENT_TOKENS = 400;
const MAX_NP = 12;
const LOOKAHEAD = 12;

function isWordy(t: Tk): boolean {
  return /[\p{L}\p{N}]/u.test(t.text);
}

export class Attributor {
  readonly quotes: QuoteSpan[];
  private readonly toks: Tk[] = [];
  private readonly sentFirst: number[] = [];
  private readonly sentEnd: number[] = [];
  /** Headline-style sentences ("Senator Praises Plan"), where verbs are capitalised too. */
  private readonly titleCase: boolean[] = [];

  constructor(
    private readonly body: string,
    private readonly sentences: Sentence[],
  ) {
    this.quotes = findQuotes(body);
    let q = 0;
    for (let s = 0; s < sentences.length; s++) {
      const sent = sentences[s];
      this.sentFirst.push(this.toks.length);
      const base = this.toks.length;
      for (const t of sent.tokens) {
        while (q < this.quotes.length && quoteLast(this.quotes[q]) < t.start) q++;
        const inside =
          q < this.quotes.length && this.quotes[q].open <= t.start && t.start <= quoteLast(this.quotes[q]);
        this.toks.push({
          start: t.start,
          end: t.end,
          text: t.text,
          lower: t.text.toLowerCase(),
          sent: s,
          quote: inside ? q : -1,
          upos: t.upos ?? null,
          head: t.head !== undefined && t.head > 0 ? base + t.head - 1 : -1,
          deprel: t.deprel ?? null,
        });
      }
      this.sentEnd.push(this.toks.length);
      let words = 0;
      let caps = 0;
      for (let k = base; k < this.toks.length; k++) {
        if (!/^\p{L}/u.test(this.toks[k].text)) continue;
        words++;
        if (/^\p{Lu}/u.test(this.toks[k].text)) caps++;
      }
      this.titleCase.push(words >= 4 && caps / words >= 0.7);
    }
  }

  run(): RawAttribution[] {
    const out: RawAttribution[] = [];
    for (let s = 0; s < this.sentences.length; s++) {
      const found: RawAttribution[] = [];
      const according: RawAttribution[] = [];
      const headline = this.titleCase[s] ? this.headlineCue(s) : null;
      if (headline) found.push(headline);
      for (let i = headline ? this.sentEnd[s] : this.sentFirst[s]; i < this.sentEnd[s]; i++) {
        const t = this.toks[i];
        if (t.quote >= 0) continue;
        if (t.lower === "according" && this.toks[i + 1]?.lower === "to" && this.toks[i + 1].sent === s) {
          const a = this.according(i, s);
          if (a) according.push(a);
          i++;
          continue;
        }
        if (t.lower === "in") {
          const poll = this.pollIn(i, s);
          if (poll) {
            found.push(poll);
            continue;
          }
        }
        const a =
          this.verbCue(i, s, found) ??
          this.askedPassive(i, s) ??
          this.possessedNoun(i, s) ??
          this.reportedBy(i, s) ??
          this.adjectiveStance(i, s);
        if (a) found.push(a);
      }
      found.push(...this.quotedActs(s, found));
      const label = this.colonLabel(s);
      if (label && !found.some((f) => f.cue && f.cue.start < label.content.start)) found.unshift(label);
      // "according to X" next to another attribution reports that attribution: X is its outlet.
      for (const acc of according) {
        for (const f of found) if (!f.via && acc.source) f.via = acc.source;
      }
      // A stance inside reported words ("she said she wanted to ...") is part of what was said.
      const speech = found.filter((f) => f.cue && this.strengthOf(f) === "speech");
      const kept = found.filter(
        (f) =>
          !f.cue ||
          this.strengthOf(f) === "speech" ||
          !speech.some((g) => g.content.start <= f.cue!.start && f.cue!.end <= g.content.end),
      );
      // "declined to say whether": one act, found from "declined" and again from "to say"; PolNeAR
      // keeps the governing verb as the cue, so the reading with the longer cue goes.
      const single = kept.filter(
        (f) =>
          !f.cue ||
          !kept.some(
            (g) =>
              g !== f &&
              g.cue &&
              f.cue!.start <= g.cue.start &&
              g.cue.end <= f.cue!.end &&
              g.cue.end - g.cue.start < f.cue!.end - f.cue!.start,
          ),
      );
      out.push(...single, ...according);
    }
    this.addQuotes(out);
    out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
    return this.dropNestedStances(out);
  }

  /**
   * A stance whose cue sits inside another attribution's content ("X said the plan, which he backs,
   * ...") is part of those words, not an attribution of its own; on PolNeAR's train split such nested
   * stances are mostly not annotated. `out` is sorted by content start.
   */
  private dropNestedStances(out: RawAttribution[]): RawAttribution[] {
    const ends: number[] = [];
    let max = -1;
    for (const a of out) {
      max = Math.max(max, a.content.end);
      ends.push(max);
    }
    const starts = out.map((a) => a.content.start);
    return out.filter((a) => {
      if (!a.cue || !a.rule.startsWith("stance") || a.rule === "stance-impression") return true;
      // The widest content starting at or before the cue.
      let lo = 0;
      let hi = starts.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= a.cue.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return at < 0 || ends[at] < a.cue.end;
    });
  }

  /**
   * "Smith: We will win." at the start of a paragraph (transcripts, headlines): the label before the
   * colon is the source, the colon the cue, the rest of the paragraph the content.
   */
  private colonLabel(s: number): RawAttribution | null {
    const first = this.sentFirst[s];
    const start = this.sentences[s].start;
    if (start > 0 && this.body[start - 1] !== "\n") return null;
    let colon = -1;
    for (let k = first; k < Math.min(this.sentEnd[s], first + 8); k++) {
      const t = this.toks[k];
      if (t.text === ":") {
        colon = k;
        break;
      }
      if (!isWordy(t) && t.text !== "." && t.text !== "(" && t.text !== ")" && t.text !== "-") return null;
      if (t.quote >= 0 || this.isCueToken(k, s)) return null;
      // A label is a name or title: capitalised words, joined only by small function words.
      if (isWordy(t) && !/^[\p{Lu}\d]/u.test(t.text) && !LABEL_JOINERS.has(t.lower)) return null;
    }
    if (colon <= first || !/^\p{Lu}/u.test(this.toks[first].text)) return null;
    const label = this.body.slice(this.toks[first].start, this.toks[colon - 1].end).toLowerCase();
    if (
      LABEL_STOP.has(this.toks[first].lower) ||
      LABEL_STOP.has(label) ||
      /^\d/.test(this.toks[colon - 1].text)
    )
      return null;
    const after = this.toks[colon + 1];
    if (
      !after ||
      after.start - this.toks[colon].end > 1 ||
      this.body.slice(this.toks[colon].end, after.start).includes("\n")
    )
      return null;
    let end = this.body.indexOf("\n", after.start);
    if (end < 0) end = this.body.length;
    const q =
      after.quote >= 0 && this.quotes[after.quote].open === after.start ? this.quotes[after.quote] : null;
    let e = end;
    while (e > after.start && /[\s.]/.test(this.body[e - 1])) e--;
    const content = q ? this.quoteRange(q) : { start: after.start, end: e };
    if (content.end <= content.start || /^[\d$@#]/.test(this.body.slice(content.start, content.start + 1)))
      return null;
    if (this.body.slice(content.start, content.end).split(/\s+/).length < 3) return null;
    const a = this.make(
      content,
      q,
      { start: first, end: colon },
      this.range(colon, colon + 1),
      s,
      "colon-label",
      colon + 1,
    );
    return a;
  }

  /** The strength of an attribution's cue verb (its last word: "has said" -> said). */
  private strengthOf(a: RawAttribution): string | null {
    if (!a.cue) return null;
    const words = this.body.slice(a.cue.start, a.cue.end).toLowerCase().split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const st = cueStrength(words[k]);
      if (st) return st;
    }
    return null;
  }

  private boundary(k: number): boolean {
    const t = this.toks[k];
    if (!isWordy(t)) {
      if (t.quote >= 0 && this.isMarkTok(k)) return true;
      // A stop after "U.S" or an initial belongs to the name; any other stop ends it.
      if (t.text === ".") {
        const prev = this.toks[k - 1]?.text ?? "";
        return !/\.|^\p{Lu}$/u.test(prev) && !ABBREVIATIONS.has(prev.toLowerCase());
      }
      // "Lopez-Cantera", when the tokenizer split the hyphen off: still one name.
      if (t.text === "-" && this.toks[k - 1]?.end === t.start && this.toks[k + 1]?.start === t.end)
        return false;
      return t.text !== "'" && t.text !== "\u2019" && t.text !== "&";
    }
    if (CLAUSE_WORDS.has(t.lower) || t.quote >= 0 || this.isCueToken(k, t.sent)) return true;
    // Verb-group words and contractions ("were", "has", "he'd") end a subject noun phrase.
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

  private isCueToken(i: number, s: number): boolean {
    const t = this.toks[i];
    if (!cueStrength(t.lower) && !this.thatVerb(i, s)) return false;
    // With a tagger, only a verb is a cue verb ("the report" vs "she reported").
    if (t.upos && t.upos !== "VERB" && t.upos !== "AUX" && !this.verbDespiteTag(i, s)) return false;
    if (t.text !== t.lower && i !== this.sentFirst[s] && !this.titleCase[s]) return false;
    const prev = this.toks[i - 1]?.sent === s ? this.toks[i - 1] : undefined;
    const next = this.toks[i + 1]?.sent === s ? this.toks[i + 1] : undefined;
    if (prev && (DETERMINERS.has(prev.lower) || REDUCED.has(prev.lower))) return false;
    // "of pledged delegates", "in his home state": after a preposition the word is not a verb.
    // "by declaring", "after saying" are verbs, though: the subject of the clause said it.
    if (prev && PREPOSITIONS.has(prev.lower) && prev.lower !== "to" && !this.isGerund(i, s)) return false;
    const lemma = cueLemma(t.lower) ?? t.lower;
    const participle = t.lower.endsWith("ed") || PAST_PARTICIPLES.has(t.lower);
    // "he's predicted" is "he has predicted", not a passive.
    const hasContraction =
      !!prev &&
      (prev.lower === "\u2019s" || prev.lower === "'s") &&
      SUBJECT_PRONOUNS.has(this.toks[i - 2]?.lower ?? "");
    if (participle && prev && !hasContraction && (BE_FORMS.has(prev.lower) || this.beforeAdverb(i, s)))
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
          prev.upos === "PROPN")
      ) &&
      NOUNISH.has(lemma) &&
      (t.lower === lemma || t.lower === lemma + "s" || t.lower === lemma + "es")
    ) {
      const clause =
        next &&
        (next.lower === "that" ||
          next.text === ":" ||
          (next.quote >= 0 && this.quotes[next.quote].open === next.start));
      if (
        !clause &&
        cueStrength(t.lower) !== "stance" &&
        !(prev && SUBJECT_PRONOUNS.has(prev.lower)) &&
        !this.postPosedAfterQuote(i, s)
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
        !/^\d/.test(next.text)
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
          this.commaSubject(i - 1, s) !== null
        ) &&
        !(t.upos === "NOUN" && this.verbDespiteTag(i, s) && prev.upos === "NOUN")
      )
        return false;
    }
    if (CLAUSE_ONLY.has(t.lower)) {
      const opens =
        !!next &&
        (next.lower === "that" ||
          next.text === ":" ||
          (next.quote >= 0 && this.quotes[next.quote].open === next.start) ||
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
        prev.upos === "ADJ" ||
        ["more", "fewer", "most", "less", "both"].includes(prev.lower))
    )
      return false;
    // "Ginsburg's comments": after a possessive the word is a noun.
    if (
      prev &&
      /[\u2019']s$/.test(prev.lower) &&
      !/^(he|she|it|that|there|what|who)[\u2019']s$/.test(prev.lower)
    )
      return false;
    // "a group called Black Votes Matter": naming, not saying.
    if (
      (lemma === "call" || lemma === "dub" || lemma === "label" || lemma === "brand" || lemma === "name") &&
      t.lower.endsWith("ed") &&
      next &&
      /^\p{Lu}/u.test(next.text) &&
      prev &&
      prev.text === prev.lower &&
      !SUBJECT_PRONOUNS.has(prev.lower) &&
      !VERB_GROUP.has(prev.lower) &&
      !this.objectComplement(i + 1, s)
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

  /**
   * "The survey notes that ...", '"...," Ruiz notes.': the tagger reads some -s forms of cue verbs that
   * are also nouns as nouns; a clause, colon or quote after them, their particle ("points out"), or a
   * post-posed speaker closing the sentence after a quote say they are verbs.
   */
  private verbDespiteTag(i: number, s: number): boolean {
    const t = this.toks[i];
    if (t.upos !== "NOUN" || t.text !== t.lower) return false;
    const lemma = cueLemma(t.lower);
    if (!lemma || !NOUNISH.has(lemma)) return false;
    if (!t.lower.endsWith("s")) return this.bareVerbAfterPlural(i, s, lemma);
    const prev = this.toks[i - 1]?.sent === s ? this.toks[i - 1] : undefined;
    const next = this.toks[i + 1]?.sent === s ? this.toks[i + 1] : undefined;
    if (!prev || !next || DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower)) return false;
    if (/[\u2019']s$/.test(prev.lower) || prev.upos === "NUM") return false;
    if (prev.upos === "ADJ" && !/^\p{Lu}/u.test(prev.text)) return false;
    if (next.lower === "that" || next.text === ":") return true;
    if (next.quote >= 0 && this.quotes[next.quote].open === next.start) return true;
    if (CUE_PARTICLES.get(lemma)?.has(next.lower) && (lemma === "point" || next.lower !== "to")) return true;
    if (this.objectAfterSubject(i, s, lemma, false)) return true;
    return this.postPosedAfterQuote(i, s);
  }

  /** "Most senators support the bill": a bare form after a plural subject, an object after it. */
  private bareVerbAfterPlural(i: number, s: number, lemma: string): boolean {
    return this.objectAfterSubject(i, s, lemma, true);
  }

  /**
   * A stance form between a subject and an object: the word before is a name, a subject pronoun or a
   * noun (plural before a bare form), the word after opens a noun phrase or the verb's infinitive.
   */
  private objectAfterSubject(i: number, s: number, lemma: string, bare: boolean): boolean {
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    if (!prev || !next || prev.sent !== s || next.sent !== s) return false;
    if (cueStrength(this.toks[i].lower) !== "stance") return false;
    const subj =
      (bare ? ["they", "we", "i", "you"].includes(prev.lower) : ["he", "she", "it"].includes(prev.lower)) ||
      prev.upos === "PROPN" ||
      (prev.upos === "NOUN" && (bare ? /[^s]s$/.test(prev.lower) : !/[^s]s$/.test(prev.lower)));
    if (!subj) return false;
    if (next.lower === "to") return INFINITIVE_GOVERNORS.has(this.toks[i].lower);
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
  private objectComplement(from: number, s: number): boolean {
    for (let k = from; k < Math.min(this.sentEnd[s], from + 5); k++) {
      const t = this.toks[k];
      if (t.lower === "'s" || t.lower === "\u2019s" || /[\u2019']s$/.test(t.lower)) return true;
      if (k > from && (t.lower === "a" || t.lower === "an" || (t.quote >= 0 && this.isMarkTok(k))))
        return true;
      if (!isWordy(t) || !/^\p{Lu}/u.test(t.text)) return false;
    }
    return false;
  }

  /** '"...," Ruiz notes.': a name or pronoun right after a quote that hands over, then the stop. */
  private postPosedAfterQuote(i: number, s: number): boolean {
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    if (!prev || !next || prev.sent !== s || next.sent !== s) return false;
    if (next.text !== "." && next.text !== ",") return false;
    if (!/^\p{Lu}/u.test(prev.text) && !SUBJECT_PRONOUNS.has(prev.lower)) return false;
    const b = i - 2;
    return this.closesQuote(this.toks[b]?.text === "," ? b - 1 : b) && this.handsOver(b);
  }

  /**
   * "She realized that ...", "They figure that ...": a verb outside the lexicon whose complement clause
   * opens with "that" reports a thought or a finding as the weak cues do. Needs the tagger.
   */
  private thatVerb(i: number, s: number): boolean {
    const t = this.toks[i];
    const next = this.toks[i + 1];
    if (t.upos !== "VERB" || t.text !== t.lower || !next || next.sent !== s) return false;
    if (next.lower !== "that" || next.upos !== "SCONJ") return false;
    return next.head >= 0 && this.toks[next.head]?.head === i;
  }

  /** "a poll that shows ...", "officials who said ...": a relative pronoun right after a noun, as subject. */
  private relativeSubject(k: number, s: number): boolean {
    const t = this.toks[k];
    const prev = this.toks[k - 1];
    if (!t || !prev || prev.sent !== s || !isWordy(prev)) return false;
    if (t.lower === "who") return true;
    return (t.lower === "that" || t.lower === "which") && (prev.upos === "NOUN" || prev.upos === "PROPN");
  }

  /** Does verb token v have a clausal complement (ccomp) starting at or after token `from`? */
  private hasClauseAfter(v: number, from: number): boolean {
    const s = this.toks[v].sent;
    for (let k = from; k < this.sentEnd[s] && k < from + 40; k++) {
      if (this.toks[k].head === v && this.toks[k].deprel === "ccomp") return true;
    }
    return false;
  }

  /** "by declaring": an -ing verb right after a preposition that takes a clause. */
  private isGerund(i: number, s: number): boolean {
    const t = this.toks[i];
    const prev = this.toks[i - 1];
    return (
      !!prev &&
      prev.sent === s &&
      GERUND_PREPOSITIONS.has(prev.lower) &&
      t.lower.endsWith("ing") &&
      (t.upos === null || t.upos === "VERB")
    );
  }

  /** "was later reported": a form of "be" one adverb before token i. */
  private beforeAdverb(i: number, s: number): boolean {
    const a = this.toks[i - 1];
    const b = this.toks[i - 2];
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

  /** For "allows farmers to", token `to` at index `to`: the noun phrase between the verb and "to". */
  private controlledObject(to: number, s: number): Range | null {
    const np = this.leftNP(to, s);
    if (!np || np.end !== to || np.end - np.start > 8) return null;
    const verb = this.toks[np.start - 1];
    if (!verb || verb.sent !== s || !OBJECT_CONTROL.has(verb.lower)) return null;
    return np;
  }

  /** The noun phrase ending just before token `end` (exclusive), walking left to a boundary. */
  private leftNP(end0: number, s: number): Range | null {
    const first = this.sentFirst[s];
    let end = end0;
    // "Sen. Ann Ruiz (D-Ore.) said": step over a short parenthetical.
    if (this.toks[end - 1]?.text === ")") {
      let j = end - 2;
      while (j >= first && j > end - 10 && this.toks[j].text !== "(") j--;
      if (j >= first && this.toks[j].text === "(") end = j;
    }
    let k = end - 1;
    let n = 0;
    while (k >= first && !this.boundary(k) && n < MAX_NP) {
      k--;
      n++;
    }
    let from = k + 1;
    while (from < end && (PREPOSITIONS.has(this.toks[from].lower) || TIME_WORDS.has(this.toks[from].lower)))
      from++;
    if (from >= end) return null;
    return { start: from, end };
  }

  /** The noun phrase starting at token `from`, up to punctuation, a clause word or a preposition. */
  private rightNP(from: number, s: number, stopAtPreposition = true): Range | null {
    let k = from;
    const last = this.sentEnd[s];
    while (
      k < last &&
      k - from < MAX_NP &&
      !this.boundary(k) &&
      !(stopAtPreposition && k > from && PREPOSITIONS.has(this.toks[k].lower)) &&
      !(k > from && this.isCueToken(k, s))
    ) {
      k++;
    }
    return k > from ? { start: from, end: k } : null;
  }

  /** Skips time adjuncts ("Monday", "on Tuesday", "last week") starting at token i. */
  private skipTime(i: number, s: number): number {
    let k = i;
    const last = this.sentEnd[s];
    while (k < last) {
      const l = this.toks[k].lower;
      if (TIME_WORDS.has(l)) k++;
      else if (TIME_LEADS.has(l) && k + 1 < last && TIME_WORDS.has(this.toks[k + 1].lower)) k += 2;
      else break;
    }
    return k;
  }

  /** After a mid-sentence attribution (", they said,"), does the sentence go on with more words? */
  private continuesAfter(i: number, s: number): boolean {
    const last = this.sentEnd[s];
    let k = i;
    while (k < last && k - i < 40 && this.toks[k].text !== ",") {
      if (this.toks[k].text === "." || this.toks[k].text === ";" || this.isMarkTok(k)) return false;
      k++;
    }
    if (k >= last || this.toks[k].text !== ",") return false;
    let words = 0;
    for (let j = k + 1; j < last && words < 2; j++) if (isWordy(this.toks[j])) words++;
    return words >= 2 && !this.isCueToken(k + 1, s) && this.toks[k + 1]?.lower !== "according";
  }

  /** True when tokens from i to the next comma or sentence end are only adjuncts (times, settings). */
  private onlyAdjuncts(i: number, s: number): boolean {
    const last = this.sentEnd[s];
    let k = i;
    let prep = false;
    while (k < last) {
      if (k - i > 40) return false;
      const t = this.toks[k];
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
      else if (!ADJUNCT_WORDS.has(t.lower) && !/^\d/.test(t.text) && !/^\p{Ll}+ly$/u.test(t.text))
        return false;
      k++;
    }
    return true;
  }

  private range(a: number, b: number): Range {
    return { start: this.toks[a].start, end: this.toks[b - 1].end };
  }

  private quoteRange(q: QuoteSpan): Range {
    return { start: q.start, end: q.end };
  }

  /** Content from token `from` to the end of the sentence, stopping before ", according to" and a final stop. */
  /**
   * After a comma: does a new attribution or a contrast start here? (", according to", ", saying",
   * ", a man yelled", ", while ...").
   */
  private clauseBreak(k: number, s: number): boolean {
    const t = this.toks[k];
    if (t.lower === "according" || CONTRAST.has(t.lower)) return true;
    if (t.lower.endsWith("ing") && this.isCueToken(k, s)) return true;
    // "X, which earlier said it would wait, said ...": the main clause's own cue after the comma.
    if (cueStrength(t.lower) === "speech" && !t.lower.endsWith("ing") && this.isCueToken(k, s)) return true;
    // ", but said ...", ", and he railed against ...": the same or a new subject's next act.
    if (t.lower === "and" || t.lower === "but") {
      let j = k + 1;
      const subj = j;
      while (
        j < this.sentEnd[s] &&
        j < subj + 4 &&
        isWordy(this.toks[j]) &&
        this.toks[j].quote < 0 &&
        !VERB_GROUP.has(this.toks[j].lower) &&
        !CLAUSE_WORDS.has(this.toks[j].lower) &&
        !this.isCueToken(j, s)
      )
        j++;
      const named =
        j === subj || SUBJECT_PRONOUNS.has(this.toks[subj].lower) || /^\p{Lu}/u.test(this.toks[subj].text);
      while (j < this.sentEnd[s] && j < k + 8 && VERB_GROUP.has(this.toks[j].lower)) j++;
      if (named && j < this.sentEnd[s] && this.isCueToken(j, s)) return true;
    }
    for (let j = k; j < Math.min(this.sentEnd[s], k + 5); j++) {
      const u = this.toks[j];
      if (!isWordy(u) || u.quote >= 0 || CLAUSE_WORDS.has(u.lower)) return false;
      if (j > k && this.isCueToken(j, s) && cueStrength(u.lower) === "speech") {
        const after = this.toks[j + 1];
        return !after || after.sent !== s || !isWordy(after) || this.onlyAdjuncts(j + 1, s);
      }
    }
    return false;
  }

  private clauseToEnd(from: number, s: number, firstComma = false): Range | null {
    // Bounded, so a giant unsplit "sentence" full of cues stays linear.
    let end = Math.min(this.sentEnd[s], from + MAX_CONTENT_TOKENS);
    for (let k = from; k < end; k++) {
      if (this.toks[k].quote >= 0) continue;
      if (
        this.toks[k].text === "," &&
        this.toks[k + 1]?.sent === s &&
        ((firstComma && k > from + 1) || this.clauseBreak(k + 1, s))
      ) {
        end = k;
        break;
      }
    }
    // Drop a final stop unless a closing quote mark follows it (the mark then ends the content).
    let e = end;
    while (e > from && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1) && this.toks[e - 1].text !== ")")
      e--;
    // "could say that" with nothing after: no content.
    let words = 0;
    for (let j = from; j < e && words < 2; j++) if (isWordy(this.toks[j])) words++;
    return words >= 2 ? this.range(from, e) : null;
  }

  /**
   * "While Clinton claimed that the videos exist, experts affirm ...": a cue inside a fronted
   * subordinate clause reports only up to the comma that closes the clause.
   */
  private inSubordinate(vg: number, s: number): boolean {
    let j = this.sentFirst[s];
    while (j < vg && (!isWordy(this.toks[j]) || ["but", "and", "so", "yet"].includes(this.toks[j].lower)))
      j++;
    if (j >= vg || !SUBORDINATE_LEADS.has(this.toks[j].lower)) return false;
    for (let k = j + 1; k < vg; k++) if (this.toks[k].text === ",") return false;
    return true;
  }

  /** When the sentence opens with "As ..." and token vg sits in that clause: the clause's comma, else -1. */
  private asClauseEnd(vg: number, s: number): number {
    let j = this.sentFirst[s];
    while (j < vg && (!isWordy(this.toks[j]) || ["but", "and", "so"].includes(this.toks[j].lower))) j++;
    if (j >= vg || this.toks[j].lower !== "as") return -1;
    for (let k = j + 1; k < vg; k++) if (this.toks[k].text === ",") return -1;
    for (let k = vg + 1; k < this.sentEnd[s] && k < vg + 15; k++) {
      if (this.toks[k].text === ",") return k;
      if (this.toks[k].quote >= 0) return -1;
    }
    return -1;
  }

  /** The quote that opens at token i (after optional "," or ":"), if any. */
  private quoteOpeningAt(i: number, s: number): QuoteSpan | null {
    let k = i;
    while (k < this.sentEnd[s] && (this.toks[k].text === "," || this.toks[k].text === ":")) k++;
    let t = this.toks[k];
    if (!t) return null;
    if (k >= this.sentEnd[s]) {
      // "X said:" ends its sentence; the quote opens the next one.
      if (this.toks[k - 1]?.text !== ":") return null;
      t = this.toks[k];
    }
    if (t && t.quote >= 0 && this.quotes[t.quote].open === t.start) return this.quotes[t.quote];
    return null;
  }

  private verbCue(i: number, s: number, earlier: RawAttribution[]): RawAttribution | null {
    if (!this.isCueToken(i, s)) return null;
    const strength = cueStrength(this.toks[i].lower) ?? "weak";
    const lemma = cueLemma(this.toks[i].lower) ?? this.toks[i].lower;
    let cueEnd = i + 1;
    const nextLower = this.toks[cueEnd]?.sent === s ? this.toks[cueEnd].lower : "";
    if (CUE_PARTICLES.get(lemma)?.has(nextLower)) cueEnd++;
    let vg = i;
    const ing = this.toks[i].lower.endsWith("ing");
    while (
      vg - 1 >= this.sentFirst[s] &&
      (VERB_GROUP.has(this.toks[vg - 1].lower) ||
        (ing && BE_FORMS.has(this.toks[vg - 1].lower)) ||
        (/^\p{Ll}+ly$/u.test(this.toks[vg - 1].text) && !LY_NOUNS.has(this.toks[vg - 1].lower)))
    )
      vg--;
    // "declined to say", "wants to know": the governing verb joins the cue, its subject is the source.
    if (this.toks[vg - 1]?.lower === "to" && this.toks[vg - 1].sent === s && vg - 2 >= this.sentFirst[s]) {
      const gov = this.toks[vg - 2];
      if (
        isWordy(gov) &&
        gov.text === gov.lower &&
        (/(ed|ing)$/.test(gov.lower) ||
          INFINITIVE_GOVERNORS.has(gov.lower) ||
          cueStrength(gov.lower) !== null)
      ) {
        vg -= 2;
        while (vg - 1 >= this.sentFirst[s] && VERB_GROUP.has(this.toks[vg - 1].lower)) vg--;
      }
    }
    const cue = this.range(vg, cueEnd);
    const prevTok = this.toks[vg - 1]?.sent === s ? this.toks[vg - 1] : undefined;
    const participle = this.toks[i].lower.endsWith("ing");

    // Inverted post-posed: '..., said Smith.' / '"...," said Smith.'
    if (
      prevTok &&
      (prevTok.text === "," || this.closesQuote(vg - 1)) &&
      !participle &&
      strength === "speech" &&
      (!HEARER_VERBS.has(lemma) || lemma === "ask") &&
      !(prevTok.text === "," && this.commaSubject(vg - 1, s)?.start === this.sentFirst[s])
    ) {
      const at = this.skipTime(cueEnd, s);
      const src =
        at === cueEnd && !PREPOSITIONS.has(this.toks[cueEnd]?.lower ?? "") ? this.rightNP(cueEnd, s) : null;
      // The speaker after the cue ends the clause: a stop, an appositive comma or only adjuncts follow.
      const endsHere =
        src &&
        (src.end >= this.sentEnd[s] ||
          this.toks[src.end].text === "," ||
          !isWordy(this.toks[src.end]) ||
          this.onlyAdjuncts(src.end, s));
      const first = src ? this.toks[src.start] : undefined;
      const handsOver = this.handsOver(vg - 1);
      const nameLike =
        !!first &&
        (/^\p{Lu}/u.test(first.text) ||
          DETERMINERS.has(first.lower) ||
          (handsOver && first.upos !== "VERB")) &&
        !(SUBJECT_PRONOUNS.has(first.lower) && src && src.end - src.start > 1);
      // '"...," said he.' ends there; '"mess," said she doubts it' is the pronoun's own clause.
      const pronoun = !!first && SUBJECT_PRONOUNS.has(first.lower);
      if (src && (endsHere || (handsOver && !pronoun)) && nameLike) {
        const content = this.contentBefore(vg - 1, s);
        if (content) return this.make(content.range, content.quote, src, cue, s, "post-inverted", cueEnd);
      } else if (src && src.end >= this.sentEnd[s] - 1) {
        const content = this.contentBefore(vg - 1, s);
        if (content) return this.make(content.range, content.quote, src, cue, s, "post-inverted", cueEnd);
      }
    }

    const justBefore = this.toks[vg - 1];
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
      !!justBefore && justBefore.sent === s && (justBefore.lower === "to" || this.isGerund(vg, s));
    let src = infinitive
      ? null
      : participle
        ? modifier
          ? this.leftNP(vg, s)
          : null
        : justBefore &&
            justBefore.sent === s &&
            (SUBJECT_PRONOUNS.has(justBefore.lower) || this.relativeSubject(vg - 1, s))
          ? { start: vg - 1, end: vg }
          : this.leftNP(vg, s);
    // "That rule allows farmers to sell ...": the object of a verb of letting or urging does it.
    if (infinitive && justBefore.lower === "to") src = this.controlledObject(vg - 1, s);
    if (!src && prevTok?.text === "," && !participle) src = this.commaSubject(vg - 1, s);
    if (!src) src = this.headSubject(i) ?? this.inheritedSubject(i, s, earlier);

    // "The leaders were expected to discuss ...", "a state seen as critical": a passive impression;
    // PolNeAR reads the clause, subject included, with no source.
    const passive = this.toks[vg];
    if (src && PASSIVE_IMPRESSIONS.has(passive.lower) && vg > src.start) {
      const whole = this.clauseToEnd(src.start, s);
      if (whole) return this.make(whole, null, null, cue, s, "stance-impression", cueEnd);
    }
    // "worried about the costs", "believes in X": with its preposition a cognition verb takes a
    // phrase, not a clause, as a stance verb does.
    if (strength === "stance" || (strength === "weak" && cueEnd > i + 1))
      return this.stance(s, cue, cueEnd, src, participle);

    // Post-posed: '..., Smith said (Monday).' / '"...," Smith said.'
    let after = cueEnd;
    if (HEARER_VERBS.has(lemma)) {
      const hearer = this.rightNP(cueEnd, s);
      if (hearer) after = hearer.end;
    }
    const beforeSrc = src ? this.toks[src.start - 1] : undefined;
    if (
      src &&
      !participle &&
      beforeSrc &&
      ((beforeSrc.sent === s && beforeSrc.text === ",") ||
        (this.closesQuote(src.start - 1) && (beforeSrc.sent === s || this.handsOver(src.start - 1)))) &&
      (this.onlyAdjuncts(after, s) || this.handsOver(src.start - 1))
    ) {
      const content = this.contentBefore(src.start - 1, s, false, this.continuesAfter(after, s));
      if (content) {
        if (strength === "weak" && !content.quote) return null;
        return this.make(content.range, content.quote, src, cue, s, "post", cueEnd);
      }
    }
    // Post-posed across a sentence-initial quote: '"A. B," Smith said.' handled above; here
    // '"..." Smith said' without a comma is covered by closesQuote.

    // Pre-posed: 'Smith said (Monday) (that) ...' / 'Smith told X: "..."'.
    let start = this.skipTime(cueEnd, s);
    let hearer: Range | null = null;
    if (HEARER_VERBS.has(lemma)) {
      const h = this.rightNP(start, s);
      const q0 = this.quoteOpeningAt(start, s);
      if (h && !q0 && !WH.has(this.toks[start].lower) && this.toks[start].lower !== "that") {
        hearer = this.range(h.start, h.end);
        start = h.end;
      }
    }
    // Look ahead a little for "that", a wh-word, a colon or a quote: the content starts there.
    let contentStart = -1;
    let viaQuote: QuoteSpan | null = null;
    for (let k = start; k < Math.min(this.sentEnd[s], start + LOOKAHEAD); k++) {
      const t = this.toks[k];
      if (k === start && (t.text === "," || t.text === ":")) {
        const q = this.quoteOpeningAt(k, s);
        if (q) {
          viaQuote = q;
          break;
        }
      }
      if (t.quote >= 0) {
        if (
          this.quotes[t.quote].open === t.start &&
          (k === start || this.toks[k - 1].text === "," || this.toks[k - 1].text === ":")
        )
          viaQuote = this.quotes[t.quote];
        else if (strength === "weak") contentStart = start;
        break;
      }
      if (t.lower === "that" || (k === start && WH.has(t.lower))) {
        contentStart = k;
        break;
      }
      // "said he heard gunfire and suspected that ...": a clause's own subject comes first; a later
      // "that" belongs to another verb.
      if (t.deprel === "nsubj" || t.deprel === "nsubj:pass") break;
      if (t.text === ":") {
        viaQuote = this.quoteOpeningAt(k, s);
        if (!viaQuote) contentStart = k + 1 < this.sentEnd[s] ? k + 1 : -1;
        break;
      }
      // "said, however, that": step over a parenthetical adverb.
      if (t.text === "," && ASIDES.has(this.toks[k + 1]?.lower ?? "") && this.toks[k + 2]?.text === ",") {
        k += 2;
        continue;
      }
      if (t.text === "," || t.text === ";" || this.isCueToken(k, s)) break;
    }
    if (!viaQuote && contentStart < 0 && strength === "weak" && src) {
      // "I think we should go": a clause whose subject follows the cognition verb directly.
      const t = this.toks[start];
      const next = this.toks[start + 1];
      if (
        t &&
        t.sent === s &&
        next &&
        next.sent === s &&
        (SUBJECT_PRONOUNS.has(t.lower) ||
          (DETERMINERS.has(t.lower) && t.lower !== "his" && t.lower !== "her"))
      )
        contentStart = start;
      // "Officials believe Beijing has cut back": the parse marks the clause as the verb's complement.
      else if (t && t.sent === s && this.hasClauseAfter(i, start)) contentStart = start;
    }
    // "As the Post reported on Monday, the inspector issued subpoenas": the main clause is the report.
    if (!viaQuote && contentStart < 0 && src) {
      const close = this.asClauseEnd(vg, s);
      if (close >= 0 && this.onlyAdjuncts(start, s)) {
        const content = this.clauseToEnd(close + 1, s);
        if (content) return this.make(content, null, src, cue, s, "as-reported", cueEnd);
      }
    }
    if (!viaQuote && contentStart < 0) {
      if (strength === "weak" || (HEARER_VERBS.has(lemma) && hearer === null && lemma !== "tell"))
        return null;
      if (!src) return null;
      contentStart = start;
      // "But, Carson added, he did not support it": a speech cue, a comma, then the clause.
      if (
        strength === "speech" &&
        this.toks[start]?.text === "," &&
        this.toks[start + 1]?.sent === s &&
        isWordy(this.toks[start + 1]) &&
        this.toks[start + 1].quote < 0
      )
        contentStart = start + 1;
      const t = this.toks[contentStart];
      if (!t || t.sent !== s) {
        const q = this.quoteOpeningAt(contentStart, s);
        if (!q) return null;
        viaQuote = q;
      } else if (t.text === "," || t.text === "." || t.text === ";") return null;
    }
    if (viaQuote) {
      const a = this.make(this.quoteRange(viaQuote), viaQuote, src, cue, s, "pre-quote", cueEnd);
      a.hearer = hearer;
      return a;
    }
    const content = this.clauseToEnd(contentStart, s, this.inSubordinate(vg, s));
    if (!content) return null;
    if (!src && !participle) return null;
    const a = this.make(content, null, src, cue, s, participle ? "participle" : "pre", cueEnd);
    a.hearer = hearer;
    return a;
  }

  /** "Voters were wary of ...", "she is confident that ...": an attitude held by the subject of "be". */
  private adjectiveStance(i: number, s: number): RawAttribution | null {
    const t = this.toks[i];
    const opens = STANCE_ADJECTIVES.get(t.lower);
    const next = this.toks[i + 1];
    if (!opens || t.quote >= 0 || !next || next.sent !== s || !opens.has(next.lower)) return null;
    const first = this.sentFirst[s];
    let b = i - 1;
    while (
      b > first &&
      (ADJECTIVE_MODIFIERS.has(this.toks[b].lower) ||
        (/^\p{Ll}+ly$/u.test(this.toks[b].text) && !LY_NOUNS.has(this.toks[b].lower)))
    )
      b--;
    if (b <= first || !(BE_FORMS.has(this.toks[b].lower) || LINKING_VERBS.has(this.toks[b].lower)))
      return null;
    let vg = b;
    while (vg - 1 >= first && VERB_GROUP.has(this.toks[vg - 1].lower)) vg--;
    const before = this.toks[vg - 1];
    if (!before || before.sent !== s) return null;
    if (["it", "there", "this", "that"].includes(before.lower) && !this.relativeSubject(vg - 1, s))
      return null;
    const src =
      SUBJECT_PRONOUNS.has(before.lower) || this.relativeSubject(vg - 1, s)
        ? { start: vg - 1, end: vg }
        : this.leftNP(vg, s);
    if (!src) return null;
    const cueEnd = next.lower === "that" || next.lower === "whether" || next.lower === "how" ? i + 1 : i + 2;
    const a = this.stance(s, this.range(b, cueEnd), cueEnd, src, false);
    if (a) a.rule = "stance-adjective";
    return a;
  }

  /**
   * "Senator Praises Harbour Plan", "Farm Groups Back New Dam": in a headline every word is
   * capitalised and the tagger reads the verb as a name, so the first cue word that follows a
   * capitalised subject and takes the inflection of a verb is the cue, the words before it the
   * source, the rest of the line the content.
   */
  private headlineCue(s: number): RawAttribution | null {
    const first = this.sentFirst[s];
    const last = this.sentEnd[s];
    let from = first;
    // Labels and numbering ("EXCLUSIVE –", "2.") before the subject.
    while (from < last && (!isWordy(this.toks[from]) || /^\d+$/.test(this.toks[from].text))) from++;
    if (this.toks[from + 1]?.text === "\u2013" || this.toks[from + 1]?.text === "\u2014") from += 2;
    for (let i = from + 1; i < Math.min(last, from + 8); i++) {
      const t = this.toks[i];
      if (t.quote >= 0 || !isWordy(t) || !/^\p{Lu}/u.test(t.text)) return null;
      const strength = cueStrength(t.lower);
      if (!strength) continue;
      const prev = this.toks[i - 1].lower;
      const inflected =
        (t.lower.endsWith("s") && !t.lower.endsWith("ss") && !/[^s]s$/.test(prev)) ||
        (t.lower === cueLemma(t.lower) && /[^s]s$/.test(prev)) ||
        t.lower.endsWith("ed");
      if (!inflected || LABEL_JOINERS.has(prev)) return null;
      let cueEnd = i + 1;
      if (CUE_PARTICLES.get(cueLemma(t.lower) ?? "")?.has(this.toks[cueEnd]?.lower ?? "")) cueEnd++;
      let e = last;
      while (e > cueEnd && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1)) e--;
      if (e - cueEnd < 1) return null;
      const a = this.make(
        this.range(cueEnd, e),
        null,
        { start: from, end: i },
        this.range(i, cueEnd),
        s,
        "headline",
        cueEnd,
      );
      return a;
    }
    return null;
  }

  /** "X endorsed Y", "X wants to ...": the position runs to the end of the clause. */
  private stance(
    s: number,
    cue: Range,
    cueEnd: number,
    src: Range | null,
    participle: boolean,
  ): RawAttribution | null {
    if (!src) return null;
    const last = this.sentEnd[s];
    const from = this.skipTime(cueEnd, s);
    if (from >= last || (!isWordy(this.toks[from]) && !this.isMarkTok(from))) return null;
    // "speaks at a conference": a setting, not a position.
    if (PREPOSITIONS.has(this.toks[from].lower) && this.toks[from].lower !== "to") return null;
    // "spoke to the minister", "talked with him": who was addressed, not a position.
    const lemma = cueLemma(this.body.slice(cue.start, cue.end).split(/\s+/).pop()?.toLowerCase() ?? "");
    if ((lemma === "speak" || lemma === "talk") && this.toks[from].lower === "to") return null;
    // "Clinton appeared to have the most to gain": an impression the clause gives, subject included;
    // PolNeAR names no source for it.
    if ((lemma === "seem" || lemma === "appear") && !participle) {
      const whole = this.clauseToEnd(src.start, s);
      return whole ? this.make(whole, null, null, cue, s, "stance-impression", cueEnd) : null;
    }
    let content: Range | null = null;
    for (let k = from; k < Math.min(last, from + LOOKAHEAD); k++) {
      if (this.toks[k].lower === "that" && this.toks[k].quote < 0) {
        content = this.clauseToEnd(k, s);
        break;
      }
      if (this.toks[k].text === "," || this.toks[k].text === ";") break;
    }
    if (!content) {
      let k = from;
      while (k < last && k - from < 60) {
        const t = this.toks[k];
        if (t.quote < 0 && (t.text === "," || t.text === ";" || t.text === "(" || t.text === "\u2014")) break;
        // 'called the plan a "mess," said ...': a quote closed on a comma ends the phrase.
        if (k > from && this.closesQuote(k) && this.handsOver(k) && !this.closesQuote(k + 1)) {
          k++;
          break;
        }
        k++;
      }
      let e = k;
      while (e > from && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1)) e--;
      if (e <= from) return null;
      content = this.range(from, e);
    }
    return this.make(content, null, src, cue, s, participle ? "stance-participle" : "stance", cueEnd);
  }

  /** True for a token that is (part of) a quote's opening or closing mark. */
  private isMarkTok(k: number): boolean {
    const t = this.toks[k];
    if (!t) return false;
    if (isQuoteMark(t.text)) return true;
    if (t.quote < 0) return false;
    const q = this.quotes[t.quote];
    return t.start < q.open + q.markLen || (q.close >= 0 && t.start >= q.close);
  }

  /**
   * '"...," said X' / '"...?" X asked': a quote closed on a comma, question or dash (token k is its
   * closing mark, or a comma right after it) hands over to the attribution that follows, whatever
   * adjuncts come after the speaker.
   */
  private handsOver(k: number): boolean {
    let j = k;
    if (this.toks[j]?.text === "," && this.closesQuote(j - 1)) j--;
    if (!this.closesQuote(j)) return false;
    const q = this.quotes[this.toks[j].quote];
    return j < k || /[,?!\u2014-][\s'\u2019]*$/.test(this.body.slice(q.start, q.end));
  }

  /** True for the token (or last token) of a quote's closing mark. */
  private closesQuote(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.quote < 0) return false;
    const q = this.quotes[t.quote];
    return q.close >= 0 && t.start >= q.close && t.end <= q.close + q.markLen;
  }

  /** Content ending at the boundary token `b` (a comma or a closing quote mark). */
  private contentBefore(
    b: number,
    s: number,
    wholeClause = false,
    parenthetical = false,
  ): { range: Range; quote: QuoteSpan | null } | null {
    let k = b;
    if (this.toks[k].text === "," && this.closesQuote(k - 1)) k--;
    if (this.closesQuote(k) && !wholeClause) {
      const q = this.quotes[this.toks[k].quote];
      return { range: this.quoteRange(q), quote: q };
    }
    const first = this.sentFirst[s];
    let from = first;
    while (from < b && !isWordy(this.toks[from]) && !this.isMarkTok(from)) from++;
    let words = 0;
    for (let j = from; j < b && words < 4; j++) if (isWordy(this.toks[j])) words++;
    if (words < 4) return null;
    if (parenthetical) {
      // "Riding alone, they said, can be hazardous": the words are the sentence around the cue.
      const whole = this.clauseToEnd(from, s);
      return whole ? { range: whole, quote: null } : null;
    }
    // "During the service, X said" / "Holding a book, X said": a fronted phrase is not what was said.
    const lead = this.toks[from].lower;
    if (
      !this.isMarkTok(from) &&
      (PREPOSITIONS.has(lead) || lead === "despite" || /^\p{Lu}\p{Ll}+ing$/u.test(this.toks[from].text))
    ) {
      let comma = false;
      for (let j = from; j < b; j++) if (this.toks[j].text === ",") comma = true;
      if (!comma) return null;
    }
    return { range: this.range(from, b), quote: null };
  }

  /** "Smith, the party's leader, said": the name before the appositive. */
  private appositiveSubject(comma: number, s: number): Range | null {
    const first = this.sentFirst[s];
    let k = comma - 1;
    let n = 0;
    while (k >= first && this.toks[k].text !== "," && n < MAX_NP) {
      if (this.toks[k].quote >= 0 || this.toks[k].text === ".") return null;
      k--;
      n++;
    }
    if (k < first || this.toks[k].text !== ",") return null;
    const np = this.leftNP(k, s);
    if (!np) return null;
    // An appositive sits next to a name: require a capital on one side, else this is a list or a clause.
    const capital = (j: number) => /^\p{Lu}/u.test(this.toks[j].text);
    if (!capital(np.end - 1) && !capital(k + 1) && !capital(comma - 1)) return null;
    return { start: np.start, end: comma };
  }

  /**
   * The subject before ", said": the name and its appositive, or, with more asides, the clause's first
   * noun phrase through to the comma before the cue (PolNeAR's sources keep the asides).
   */
  private commaSubject(comma: number, s: number): Range | null {
    const near = this.appositiveSubject(comma, s);
    const far = this.subjectBeforeAsides(comma, s);
    if (near && far && far.start < near.start) return { start: far.start, end: near.end };
    if (!near && far) return { start: far.start, end: comma };
    return near ?? far;
  }

  /**
   * "Ann Ruiz, 61, who ran the mill for a decade, said": when asides longer than an appositive sit
   * between subject and cue, the subject is the first comma-delimited stretch of the clause, provided
   * it reads as a noun phrase. Fronted phrases ("On Monday,") are stepped over.
   */
  private subjectBeforeAsides(comma: number, s: number): Range | null {
    const first = this.sentFirst[s];
    let k = comma - 1;
    // Back to the clause start: the sentence start, a semicolon, or ", but" / ", and".
    for (let n = 0; k >= first && n < 60; n++, k--) {
      const t = this.toks[k];
      if (t.quote >= 0 || t.text === ";" || t.text === ":") break;
      if ((t.lower === "but" || t.lower === "and") && this.toks[k - 1]?.text === ",") break;
    }
    if (
      k >= first &&
      this.toks[k].quote < 0 &&
      this.toks[k].text !== ";" &&
      this.toks[k].text !== ":" &&
      this.toks[k].lower !== "but" &&
      this.toks[k].lower !== "and"
    )
      return null;
    let from = k + 1;
    while (
      from < comma &&
      (!isWordy(this.toks[from]) || ["but", "and", "so", "yet"].includes(this.toks[from].lower))
    )
      from++;
    for (let seg = 0; seg < 3 && from < comma; seg++) {
      let end = from;
      while (end < comma && this.toks[end].text !== ",") end++;
      if (end >= comma) return null;
      const lead = this.toks[from];
      const fronted =
        PREPOSITIONS.has(lead.lower) ||
        TIME_WORDS.has(lead.lower) ||
        SUBORDINATE_LEADS.has(lead.lower) ||
        lead.lower === "despite" ||
        /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(lead.text);
      if (fronted) {
        from = end + 1;
        continue;
      }
      if (end - from > MAX_NP) return null;
      for (let j = from; j < end; j++) {
        const t = this.toks[j];
        if (CLAUSE_WORDS.has(t.lower) || this.isCueToken(j, s) || t.upos === "VERB" || t.upos === "AUX")
          return null;
        if (!t.upos && (BE_FORMS.has(t.lower) || VERB_GROUP.has(t.lower))) return null;
      }
      if (
        !/^\p{Lu}/u.test(this.toks[from].text) &&
        !DETERMINERS.has(lead.lower) &&
        !SUBJECT_PRONOUNS.has(lead.lower)
      )
        return null;
      return { start: from, end };
    }
    return null;
  }

  /** The nominal subject from the parse, when the analyser produced heads. */
  private headSubject(i: number): Range | null {
    const s = this.toks[i].sent;
    let verb = i;
    for (let hop = 0; hop < 3; hop++) {
      for (let k = this.sentFirst[s]; k < this.sentEnd[s]; k++) {
        const t = this.toks[k];
        if (t.head === verb && (t.deprel === "nsubj" || t.deprel === "nsubj:pass")) {
          let a = k;
          let b = k + 1;
          // Extend over the subject's left dependents (determiners, titles, compounds).
          while (a - 1 >= this.sentFirst[s] && this.toks[a - 1].head === k) a--;
          while (b < this.sentEnd[s] && this.toks[b].head === k && isWordy(this.toks[b])) b++;
          return { start: a, end: b };
        }
      }
      const t = this.toks[verb];
      if (
        (t.deprel === "conj" || t.deprel === "advcl" || t.deprel === "xcomp" || t.deprel === "acl") &&
        t.head >= 0
      ) {
        verb = t.head;
        // "has a chance to show": from the noun the infinitive modifies, on to that noun's verb.
        const v = this.toks[verb];
        if (t.deprel === "acl" && (v.deprel === "obj" || v.deprel === "obl") && v.head >= 0) verb = v.head;
      } else break;
    }
    return null;
  }

  /**
   * For "..., saying" and "... and called": the subject of the clause the cue hangs from. Without a
   * parse: the clause starts after the nearest subordinating word (not "and"/"but"), skips a fronted
   * phrase up to its comma, and its subject runs to the first verb-group word.
   */
  private inheritedSubject(i: number, s: number, earlier: RawAttribution[]): Range | null {
    const prior = earlier[earlier.length - 1];
    if (prior?.source && prior.sentence === s) {
      return this.tokenRangeOf(prior.source, s);
    }
    const first = this.sentFirst[s];
    let k = i - 1;
    let n = 0;
    while (k >= first && n < 60) {
      const t = this.toks[k];
      if (t.quote < 0 && (SUBORDINATORS.has(t.lower) || t.text === "\u2014" || t.text === "--")) break;
      if (this.closesQuote(k)) break;
      k--;
      n++;
    }
    let j = k + 1;
    const lead = this.toks[j];
    if (!lead || j >= i) return null;
    const fronted =
      PREPOSITIONS.has(lead.lower) ||
      lead.lower === "despite" ||
      lead.lower.endsWith("ing") ||
      lead.lower.endsWith("ly") ||
      lead.lower === "instead" ||
      lead.lower === "meanwhile" ||
      lead.lower === "still" ||
      lead.lower === "but" ||
      lead.lower === "and";
    if (fronted) {
      let c = j;
      while (c < i && this.toks[c].text !== "," && c - j < 25) c++;
      if (c < i && this.toks[c].text === ",") j = c + 1;
      else if (lead.lower === "but" || lead.lower === "and") j++;
    }
    for (; j < i && j < k + 30; j++) {
      const t = this.toks[j];
      if (t.quote >= 0) return null;
      if (isWordy(t)) break;
    }
    if (j >= i) return null;
    if (SUBJECT_PRONOUNS.has(this.toks[j].lower)) return { start: j, end: j + 1 };
    let e = j;
    const det = DETERMINERS.has(this.toks[j].lower);
    while (
      e < i &&
      e - j < (det ? 5 : 6) &&
      isWordy(this.toks[e]) &&
      !VERB_GROUP.has(this.toks[e].lower) &&
      !BE_FORMS.has(this.toks[e].lower) &&
      !CLAUSE_WORDS.has(this.toks[e].lower) &&
      !this.isCueToken(e, s)
    ) {
      if (!det && e > j && !/^\p{Lu}/u.test(this.toks[e].text)) break;
      e++;
    }
    if (e === j) return null;
    if (!det && !/^\p{Lu}/u.test(this.toks[j].text)) return null;
    return { start: j, end: e };
  }

  private tokenRangeOf(r: Range, s: number): Range | null {
    let a = -1;
    let b = -1;
    for (let k = this.sentFirst[s]; k < this.sentEnd[s]; k++) {
      if (this.toks[k].start === r.start) a = k;
      if (this.toks[k].end === r.end) b = k + 1;
    }
    return a >= 0 && b > a ? { start: a, end: b } : null;
  }

  /**
   * 'Trump dismissed the plan as "a disaster"': a verb outside the lexicon whose subject names someone
   * and whose object carries quoted words. Any verb with an object is far too loose (PolNeAR marks
   * only some), but quote marks in the object say that words are being reported. Needs the parse.
   */
  private quotedActs(s: number, found: RawAttribution[]): RawAttribution[] {
    const out: RawAttribution[] = [];
    const a0 = this.sentFirst[s];
    const a1 = this.sentEnd[s];
    // Quadratic in the sentence: long (or unparsed) sentences are left to the other rules.
    if (a1 - a0 > 150 || !this.quotes.length) return out;
    for (let v = a0; v < a1; v++) {
      const t = this.toks[v];
      if (t.upos !== "VERB" || t.quote >= 0 || cueStrength(t.lower)) continue;
      if (found.some((f) => f.cue && f.cue.start <= t.start && t.end <= f.cue.end)) continue;
      if (found.some((f) => f.content.start <= t.start && t.end <= f.content.end)) continue;
      let subj = -1;
      let obj = -1;
      for (let k = a0; k < a1; k++) {
        if (this.toks[k].head !== v) continue;
        const d = this.toks[k].deprel;
        if (d === "nsubj" && subj < 0) subj = k;
        if ((d === "obj" || d === "ccomp" || d === "xcomp") && obj < 0 && k > v) obj = k;
      }
      if (subj < 0 || obj < 0 || subj > v) continue;
      const st = this.toks[subj];
      if (!(PRONOUNS.has(st.lower) && st.lower !== "it") && st.upos !== "PROPN") continue;
      // The object's subtree, bounded by the sentence.
      let lo = obj;
      let hi = obj;
      for (let k = obj + 1; k < a1; k++) {
        let h = k;
        let n = 0;
        while (h >= 0 && h !== obj && n < 30) {
          h = this.toks[h].head;
          n++;
        }
        if (h === obj) hi = k;
      }
      for (let k = obj - 1; k > v; k--) {
        let h = k;
        let n = 0;
        while (h >= 0 && h !== obj && n < 30) {
          h = this.toks[h].head;
          n++;
        }
        if (h === obj) lo = k;
      }
      while (hi > lo && !isWordy(this.toks[hi]) && !this.isMarkTok(hi)) hi--;
      let quoted = false;
      for (let k = lo; k <= hi && !quoted; k++) if (this.toks[k].quote >= 0) quoted = true;
      if (!quoted) continue;
      const src = this.headSubject(v) ?? { start: subj, end: subj + 1 };
      out.push(this.make(this.range(lo, hi + 1), null, src, this.range(v, v + 1), s, "verb-quote", v + 1));
    }
    return out;
  }

  /**
   * "his claim that ...", "their call for ...", "her refusal to ...": a speech or stance noun owned
   * by its speaker through a possessive pronoun. The owner is the source, the noun (with its
   * preposition) the cue, and the clause or phrase after it, to the next comma, the content. ("Trump's
   * proposal" is left alone: PolNeAR mostly reads it as what someone else attacked or praised.)
   */
  private possessedNoun(i: number, s: number): RawAttribution | null {
    const t = this.toks[i];
    const preps = CUE_NOUNS.get(t.lower);
    if (!preps || t.quote >= 0) return null;
    let k = i - 1;
    // One adjective may sit between owner and noun ("his repeated claim").
    if (this.toks[k]?.upos === "ADJ" && this.toks[k].sent === s) k--;
    const own = this.toks[k];
    if (!own || own.sent !== s) return null;
    // "Latino Republicans have been unsparing in their criticism of": the owner is the clause's
    // subject, which PolNeAR marks as the source; only without one does the pronoun stand.
    if (!POSSESSIVES.has(own.lower)) return null;
    const src: Range = this.ownerSubject(i, k) ?? { start: k, end: k + 1 };
    let from = i + 1;
    let cueEnd = i + 1;
    const next = this.toks[from];
    if (!next || next.sent !== s) return null;
    if (next.lower === "that" || next.lower === "to") {
      if (next.lower === "that" && !preps.has("that")) return null;
      if (next.lower === "to" && !preps.has("to")) return null;
    } else if (preps.has(next.lower)) {
      cueEnd = from + 1;
      from = cueEnd;
    } else return null;
    const last = this.sentEnd[s];
    let e = from;
    while (e < last && e - from < 40) {
      const u = this.toks[e];
      if (u.quote < 0 && (u.text === "," || u.text === ";" || u.text === "(" || u.text === "\u2014")) break;
      e++;
    }
    while (e > from && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1)) e--;
    if (e - from < 1) return null;
    return this.make(this.range(from, e), null, src, this.range(i, cueEnd), s, "noun", cueEnd);
  }

  /**
   * "The move was first reported by MSNBC", "a fact first reported by a TV reporter", "As reported
   * by the Post, ...": a passive report whose agent, after "by", is the source.
   */
  private reportedBy(i: number, s: number): RawAttribution | null {
    const t = this.toks[i];
    if (!PASSIVE_REPORTS.has(t.lower) || this.toks[i + 1]?.lower !== "by" || this.toks[i + 1].sent !== s)
      return null;
    const src = this.rightNP(i + 2, s, false);
    if (
      !src ||
      (!/^[\p{Lu}]/u.test(this.toks[src.start].text) && !DETERMINERS.has(this.toks[src.start].lower))
    )
      return null;
    let vg = i;
    while (
      vg - 1 >= this.sentFirst[s] &&
      /^\p{Ll}+ly$|^first$|^also$|^originally$/u.test(this.toks[vg - 1].text)
    )
      vg--;
    const cue = this.range(vg, i + 2);
    const before = this.toks[vg - 1]?.sent === s ? this.toks[vg - 1] : undefined;
    if (before?.lower === "as") {
      const close = this.asClauseEnd(vg, s);
      const content = close >= 0 ? this.clauseToEnd(close + 1, s) : null;
      return content ? this.make(content, null, src, cue, s, "reported-by", i + 2) : null;
    }
    const end = before && BE_FORMS.has(before.lower) ? vg - 1 : vg;
    const np = this.leftNP(end, s);
    if (!np || np.end !== end) return null;
    return this.make(this.range(np.start, np.end), null, src, cue, s, "reported-by", i + 2);
  }

  /** The subject of the verb or adjective that governs noun n, when the parse puts it before `before`. */
  private ownerSubject(n: number, before: number): Range | null {
    let h = this.toks[n].head;
    for (let hop = 0; hop < 3 && h >= 0; hop++) {
      const u = this.toks[h];
      if (u.upos === "VERB" || u.upos === "ADJ" || u.upos === "AUX") {
        const subj = this.headSubject(h);
        return subj && subj.end <= before ? subj : null;
      }
      h = u.head;
    }
    return null;
  }

  /**
   * "When asked whether he would run, ...", "Trump was asked about the wall": PolNeAR reads the
   * question as attributed content with no source (the asker goes unnamed).
   */
  private askedPassive(i: number, s: number): RawAttribution | null {
    const t = this.toks[i];
    if (t.lower !== "asked") return null;
    const prev = this.toks[i - 1]?.sent === s ? this.toks[i - 1] : undefined;
    const opens = !prev && t.text === "Asked";
    const reduced = !!prev && (REDUCED.has(prev.lower) || BE_FORMS.has(prev.lower));
    if (!opens && !reduced) return null;
    let from = i + 1;
    const last = this.sentEnd[s];
    // "Asked by a reporter whether ...": the asker, when named, is the source.
    let src: Range | null = null;
    if (this.toks[from]?.lower === "by" && this.toks[from].sent === s) {
      src = this.rightNP(from + 1, s);
      if (src) from = this.skipTime(src.end, s);
      if (this.toks[from]?.lower === "on" && TIME_WORDS.has(this.toks[from + 1]?.lower ?? "")) from += 2;
    }
    const cueEnd = this.toks[from]?.lower === "about" ? from + 1 : from;
    from = cueEnd;
    if (from >= last || !isWordy(this.toks[from])) return null;
    let k = from;
    while (k < last && k - from < 40 && this.toks[k].text !== "," && this.toks[k].text !== ";") k++;
    let e = k;
    while (e > from && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1)) e--;
    if (e - from < 2) return null;
    const cue = src ? this.range(i, i + 1) : this.range(i, cueEnd);
    return this.make(this.range(from, e), null, src, cue, s, "asked", cueEnd);
  }

  /**
   * "In a March poll, most voters backed the plan": a poll or survey after a sentence-initial "in" is
   * the source of the clause after it, "in" the cue. (Post-posed "leads in the polls" is mostly not
   * annotated on PolNeAR's train split.)
   */
  private pollIn(i: number, s: number): RawAttribution | null {
    const last = this.sentEnd[s];
    let k = i + 1;
    let noun = -1;
    for (; k < last && k < i + 12; k++) {
      const t = this.toks[k];
      if (t.quote >= 0 || t.text === "," || CLAUSE_WORDS.has(t.lower) || this.isCueToken(k, s)) break;
      if (POLL_NOUNS.has(t.lower)) noun = k;
    }
    if (noun < 0) return null;
    // The poll's own adjuncts ("this month", "of likely voters") stay with it up to the comma.
    const srcEnd = k < last && this.toks[k].text === "," ? k : noun + 1;
    const src: Range = { start: i + 1, end: srcEnd };
    const first = this.sentFirst[s];
    let lead = first;
    while (
      lead < i &&
      (!isWordy(this.toks[lead]) || ["but", "and", "yet", "so"].includes(this.toks[lead].lower))
    )
      lead++;
    if (lead !== i) return null;
    if (srcEnd >= last || this.toks[srcEnd].text !== ",") return null;
    let from = srcEnd + 1;
    // ", conducted March 1-3," belongs to the poll.
    if (/ed$/.test(this.toks[from]?.lower ?? "")) {
      let c = from;
      while (c < last && c < from + 12 && this.toks[c].text !== ",") c++;
      if (c < last && this.toks[c].text === ",") from = c + 1;
    }
    const content = this.clauseToEnd(from, s);
    return content ? this.make(content, null, src, this.range(i, i + 1), s, "poll-in", i + 1) : null;
  }

  private according(i: number, s: number): RawAttribution | null {
    const src = this.rightNP(i + 2, s, false);
    if (!src) return null;
    const cue = this.range(i, i + 2);
    const first = this.sentFirst[s];
    let lead = first;
    while (
      lead < i &&
      (!isWordy(this.toks[lead]) || ["but", "and", "yet", "so"].includes(this.toks[lead].lower))
    )
      lead++;
    if (lead === i) {
      // "According to X, ..."
      let k = src.end;
      while (k < this.sentEnd[s] && !isWordy(this.toks[k]) && !this.isMarkTok(k)) k++;
      const content = this.clauseToEnd(k, s);
      if (!content) return null;
      return this.make(content, null, src, cue, s, "according-pre", i + 2);
    }
    // "And it went unnoticed: according to X, ...": a colon opens the clause like a sentence start.
    if (this.toks[i - 1]?.text === ":" && this.toks[i - 1].sent === s) {
      let k = src.end;
      while (k < this.sentEnd[s] && !isWordy(this.toks[k]) && !this.isMarkTok(k)) k++;
      const content = this.clauseToEnd(k, s);
      return content ? this.make(content, null, src, cue, s, "according-pre", i + 2) : null;
    }
    // "That's according to X.": the pronoun stands for what X reported.
    if (
      lead + 2 === i &&
      (this.toks[lead].lower === "that" || this.toks[lead].lower === "this") &&
      BE_FORMS.has(this.toks[lead + 1].lower)
    )
      return this.make(this.range(lead, lead + 1), null, src, cue, s, "according-post", i + 2);
    let b = i;
    if (this.toks[b - 1]?.text === ",") b--;
    // "Fundraising, according to the campaign, has surged": the sentence goes on after the source,
    // so the whole sentence is what X reported.
    if (this.toks[b]?.text === "," && this.toks[src.end]?.text === "," && this.toks[src.end].sent === s) {
      let words = 0;
      for (let j = src.end + 1; j < this.sentEnd[s] && words < 2; j++) if (isWordy(this.toks[j])) words++;
      if (words >= 2 && !this.isCueToken(src.end + 1, s)) {
        let e = this.sentEnd[s];
        while (e > lead && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1)) e--;
        return this.make(this.range(lead, e), null, src, cue, s, "according-mid", i + 2);
      }
    }
    const content = this.contentBefore(b, s, true);
    if (!content) return null;
    return this.make(content.range, content.quote, src, cue, s, "according-post", i + 2);
  }

  private make(
    content: Range,
    quote: QuoteSpan | null,
    src: Range | null,
    cue: Range,
    s: number,
    rule: string,
    _cueEnd: number,
  ): RawAttribution {
    void _cueEnd;
    const source = src ? this.range(src.start, src.end) : null;
    let kind: RawAttribution["kind"] = "indirect";
    if (quote) kind = this.startsClause(quote) ? "direct" : "partial";
    const evidence = this.evidenceFor(content, s);
    return { kind, content, source, cue, via: null, hearer: null, sentence: s, evidence, rule };
  }

  /** A quote is direct when it stands as a clause of its own, partial when words run into it. */
  private startsClause(q: QuoteSpan): boolean {
    let k = q.open - 1;
    while (k >= 0 && (this.body[k] === " " || this.body[k] === "\u00A0")) k--;
    if (k < 0) return true;
    const c = this.body[k];
    if (c === "\n" || c === "." || c === ":" || c === "," || c === "?" || c === "!" || c === ";" || c === "(")
      return true;
    // 'Smith said "...' without a comma still opens a full sentence when the quote starts with a capital.
    const first = this.body[q.start];
    const inner = this.body.slice(q.start, q.end);
    return /^\p{Lu}/u.test(first ?? "") && /[.!?,]\s*$/.test(inner) && inner.split(" ").length > 4;
  }

  private evidenceFor(r: Range, s: number): Range {
    let a = s;
    let b = s;
    while (a > 0 && this.sentences[a].start > r.start) a--;
    while (b + 1 < this.sentences.length && this.sentences[b].end < r.end) b++;
    return { start: Math.min(this.sentences[a].start, r.start), end: Math.max(this.sentences[b].end, r.end) };
  }

  /**
   * Quote marks no cue claimed: a quote inside an attributed clause is a partial quote of the same
   * speaker; a quote right after an attributed one continues it; a lone quote keeps no speaker.
   */
  private addQuotes(out: RawAttribution[]): void {
    const claimed = new Set<number>();
    const byStart = new Map<number, number>();
    this.quotes.forEach((q, idx) => {
      byStart.set(q.start, idx);
    });
    for (const a of out) {
      const idx = byStart.get(a.content.start);
      if (idx !== undefined && this.quotes[idx].end === a.content.end) claimed.add(idx);
    }
    const sorted = [...out].sort((a, b) => a.content.start - b.content.start);
    const bySentence = new Map<number, RawAttribution[]>();
    for (const a of out) {
      const list = bySentence.get(a.sentence);
      if (list) list.push(a);
      else bySentence.set(a.sentence, [a]);
    }
    let p = 0;
    let lastAttributed: RawAttribution | null = null;
    const extra: RawAttribution[] = [];
    for (let qi = 0; qi < this.quotes.length; qi++) {
      const q = this.quotes[qi];
      while (p < sorted.length && sorted[p].content.start <= q.open) {
        // A stance ("X endorsed Y") is no act of saying that a following quote could continue.
        if (
          sorted[p].cue &&
          sorted[p].source &&
          sorted[p].rule !== "noun" &&
          this.strengthOf(sorted[p]) !== "stance"
        )
          lastAttributed = sorted[p];
        p++;
      }
      if (claimed.has(qi)) continue;
      const s = this.sentenceOf(q.open);
      if (s < 0) continue;
      // Inside an attributed clause: a partial quote.
      const local = bySentence.get(s) ?? [];
      const host = this.hostFor(q, local);
      if (host) {
        extra.push({
          ...host,
          kind: "partial",
          content: this.quoteRange(q),
          via: host.via,
          rule: "partial-in-clause",
        });
        continue;
      }
      const direct = this.startsClause(q);
      // The nearest cue before the quote in its sentence ("spoke to X and called on Y to "...").
      let sameSentence: RawAttribution | undefined;
      for (const a of local) {
        if (!a.cue || !a.source || a.cue.start > q.open) continue;
        if (!sameSentence || a.cue.start > sameSentence.cue!.start) sameSentence = a;
      }
      sameSentence ??= local.find((a) => a.cue && a.source);
      if (!direct) {
        if (sameSentence)
          extra.push({
            ...sameSentence,
            kind: "partial",
            content: this.quoteRange(q),
            evidence: this.evidenceFor(this.quoteRange(q), s),
            rule: "partial-in-sentence",
          });
        continue;
      }
      const own = this.verbAfterQuote(q, s) ?? this.verbBeforeColon(q);
      if (own) {
        extra.push(own);
        lastAttributed = own;
        continue;
      }
      const prev = lastAttributed;
      const near =
        prev && q.open - prev.content.end < 600 && this.paragraphsBetween(prev.content.end, q.open) <= 1;
      // '"A," she said. "B."': the next quote, here or in the next paragraph, continues the same act
      // of saying, so it shares the cue.
      extra.push({
        kind: "direct",
        content: this.quoteRange(q),
        source: near ? prev.source : null,
        cue: near ? prev.cue : null,
        via: near ? prev.via : null,
        hearer: near ? prev.hearer : null,
        sentence: s,
        evidence: this.evidenceFor(this.quoteRange(q), s),
        rule: near ? "continued" : "unattributed",
      });
    }
    out.push(...extra);
  }

  /**
   * '"...," he surmised.' / '"...," the suit reads.': after a quote that hands over, a subject and a
   * verb the lexicon does not know (or the verb, then its subject) still attribute it. Needs tags.
   */
  private verbAfterQuote(q: QuoteSpan, s: number): RawAttribution | null {
    const last = this.sentEnd[s];
    let c = -1;
    for (let k = this.sentFirst[s]; k < last; k++) {
      if (this.closesQuote(k) && this.quotes[this.toks[k].quote] === q) c = k;
    }
    if (c < 0 || !this.handsOver(c)) return null;
    let j = c + 1;
    if (this.toks[j]?.text === "," && j + 1 < last) j++;
    if (j >= last || !this.toks[j].upos) return null;
    const t = this.toks[j];
    let src: Range | null = null;
    let verb = -1;
    if (t.upos === "VERB" && t.text === t.lower && !t.lower.endsWith("ing")) {
      verb = j;
      src = this.rightNP(j + 1, s);
      if (src && !/^\p{Lu}/u.test(this.toks[src.start].text) && !DETERMINERS.has(this.toks[src.start].lower))
        src = null;
    } else {
      src = SUBJECT_PRONOUNS.has(t.lower) ? { start: j, end: j + 1 } : this.rightNP(j, s);
      if (src && src.end - src.start <= 6) {
        let v = src.end;
        while (v < last && (VERB_GROUP.has(this.toks[v].lower) || this.toks[v].upos === "ADV")) v++;
        if (v < last && this.toks[v].upos === "VERB" && !this.toks[v].lower.endsWith("ing")) verb = v;
      }
    }
    if (!src || verb < 0) return null;
    // The speaker and verb close the sentence, or only settings and times follow.
    const after = verb === j ? src.end : verb + 1;
    if (after < last && isWordy(this.toks[after]) && !this.onlyAdjuncts(after, s)) return null;
    return this.make(this.quoteRange(q), q, src, this.range(verb, verb + 1), s, "post-verb", verb + 1);
  }

  /**
   * 'The foundation describes itself this way: "..."': a quote opened right after a colon belongs to
   * the clause before the colon, when the parse gives that clause a verb with a subject.
   */
  private verbBeforeColon(q: QuoteSpan): RawAttribution | null {
    let k = q.open - 1;
    while (k >= 0 && /\s/.test(this.body[k])) k--;
    // 'As Vulture put it, "Hello."' / 'Hillary shot back, "I suppose ..."': a comma does the same when
    // a capitalised quote follows it.
    const comma = this.body[k] === "," && /^\p{Lu}/u.test(this.body[q.start] ?? "");
    if (k < 0 || (this.body[k] !== ":" && !comma)) return null;
    const s = this.sentenceOf(k);
    if (s < 0) return null;
    let colon = -1;
    for (let i = this.sentFirst[s]; i < this.sentEnd[s]; i++) if (this.toks[i].start === k) colon = i;
    if (colon < 0) return null;
    for (let v = colon - 1; v >= this.sentFirst[s] && v >= colon - 10; v--) {
      const t = this.toks[v];
      if (t.quote >= 0) return null;
      if (t.upos !== "VERB" || t.text !== t.lower) continue;
      // '"A," she said, "B."': the second part of a split quote is the lexicon rules' to continue.
      if (comma && cueStrength(t.lower)) return null;
      const src = this.headSubject(v);
      if (!src || src.end > v) return null;
      return this.make(this.quoteRange(q), q, src, this.range(v, colon + 1), s, "colon-verb", colon + 1);
    }
    return null;
  }

  private hostFor(q: QuoteSpan, out: RawAttribution[]): RawAttribution | null {
    let best: RawAttribution | null = null;
    for (const a of out) {
      if (a.kind !== "indirect") continue;
      if (a.content.start <= q.open && q.end <= a.content.end + 1) {
        if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
      }
    }
    return best;
  }

  private paragraphsBetween(a: number, b: number): number {
    let n = 0;
    for (let k = a; k < b; k++) if (this.body[k] === "\n" && this.body[k + 1] !== "\n") n++;
    return n;
  }

  private sentenceOf(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}

function quoteLast(q: QuoteSpan): number {
  return q.close >= 0 ? q.close + q.markLen - 1 : q.end;
}

/** Finds every attribution in a text given its sentences. */
export function attribute(body: string, sentences: Sentence[]): RawAttribution[] {
  return new Attributor(body, sentences).run();
}
