import type { Sentence } from "../model/index.js";
import { isTitleCase } from "../nlp/truecase.js";
import { cueStrength } from "./cues.js";
import { findTextQuotes, isQuoteMark, type QuoteSpan } from "./marks.js";
import { MONTHS, TIME_ADJUNCT_LEADS, TIME_WORDS } from "./words.js";

/**
 * The text as the attribution rules see it: its tokens, each with its sentence and enclosing quote,
 * the quotes, and sentence bounds in token indices; plus the span helpers every rule shares.
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

/** Small words a title in title case may keep in lower case ("Empire of the Fund"). */
const TITLE_JOINERS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "from",
  "by",
]);

/**
 * 'Ann Ruiz, author of "The Long Harbor," first pointed out ...', 'Tom Baker, host of "Dockside,"
 * reminded ...': a title in title case after "of" closing an appositive, right before the clause goes on, is
 * part of the speaker's description, not words anyone said; read as a quote it hands the cue to
 * itself or cuts the speaker short. (After "called" or "named" a title stays a quote: the quote is
 * what keeps those verbs from reading as cues.)
 */
function appositiveTitle(body: string, q: QuoteSpan): boolean {
  if (q.close < 0 || q.paragraphs > 0) return false;
  if (!/\bof\s*$/i.test(body.slice(Math.max(0, q.open - 12), q.open))) return false;
  const inner = body.slice(q.start, q.end);
  const words = inner.match(/[\p{L}\d][\p{L}\d'\u2019-]*/gu);
  // (It closes the appositive: a comma inside the marks or right after them.)
  const after = body.slice(q.close + q.markLen, q.close + q.markLen + 4);
  if (!words || words.length > 8 || !(/[,?!]\s*$/.test(inner) || after.startsWith(","))) return false;
  if (!/^[\p{Lu}\d]/u.test(words[0]) || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_JOINERS.has(w)))
    return false;
  return /^,?[ \t]+\p{Ll}/u.test(after);
}

export interface Tk {
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

/** Participles that, set off after a speaker, say how they were reached ("X, asked about Y, said"). */
/** Prepositions that open an adjunct set off after a speaker (not "of", "at", "from", "with": "X, at the bank"). */
const ASIDE_PREPOSITIONS = new Set([
  "in",
  "on",
  "for",
  "during",
  "after",
  "before",
  "amid",
  "despite",
  "following",
  "through",
  "throughout",
  "upon",
  "via",
]);
const ASIDE_PARTICIPLES = new Set(["asked", "reached", "contacted", "interviewed", "pressed", "quoted"]);

/** Adverbs that link a sentence to the one before, set off by a comma ("Meanwhile, ..."). */
const LINKING_ADVERBS = new Set([
  "meanwhile",
  "however",
  "still",
  "finally",
  "instead",
  "separately",
  "additionally",
  "moreover",
  "furthermore",
  "nevertheless",
  "nonetheless",
  "similarly",
  "likewise",
  "indeed",
]);

/** Adverbs and adverbial phrases that, set off after a speaker, join the sentence to the one before. */
const CLOSING_ADVERBS = new Set([
  "too",
  "though",
  "also",
  "again",
  "by contrast",
  "by comparison",
  "at the same time",
  "in turn",
  "in particular",
  "in response",
  "for one",
  "for example",
  "for instance",
  "in fact",
  "of course",
  "in contrast",
  "on the other hand",
]);

/** Word classes that cannot be a speaker on their own. */
const NO_SPEAKER_TAGS = new Set(["ADV", "ADP", "SCONJ", "CCONJ", "PART"]);
/** Openers of a sentence that are never its speaker ("However, ...", "Perhaps ..."). */
const SENTENCE_ADVERBS = new Set(["however", "perhaps", "especially", "given", "with", "without", "such"]);

export function isWordy(t: Tk): boolean {
  return /[\p{L}\p{N}]/u.test(t.text);
}

function quoteLast(q: QuoteSpan): number {
  return q.close >= 0 ? q.close + q.markLen - 1 : q.end;
}

export class Doc {
  readonly quotes: QuoteSpan[];
  readonly toks: Tk[] = [];
  readonly sentFirst: number[] = [];
  readonly sentEnd: number[] = [];
  /** Headline-style sentences ("Senator Praises Plan"), where verbs are capitalised too. */
  readonly titleCase: boolean[] = [];

  constructor(
    readonly body: string,
    readonly sentences: Sentence[],
  ) {
    this.quotes = findTextQuotes(body).filter((q) => !appositiveTitle(body, q));
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
      const texts: string[] = [];
      for (let k = base; k < this.toks.length; k++) texts.push(this.toks[k].text);
      this.titleCase.push(isTitleCase(texts));
    }
  }

  /** The strength of an attribution's cue verb (its last word: "has said" -> said). */
  strengthOf(a: RawAttribution): string | null {
    if (!a.cue) return null;
    const words = this.body.slice(a.cue.start, a.cue.end).toLowerCase().split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const st = cueStrength(words[k]);
      if (st) return st;
    }
    return null;
  }

  range(a: number, b: number): Range {
    return { start: this.toks[a].start, end: this.toks[b - 1].end };
  }

  quoteRange(q: QuoteSpan): Range {
    return { start: q.start, end: q.end };
  }

  /** The end of tokens [from, end) without their trailing punctuation; a quote mark stays, as it closes the content. */
  trimPunctEnd(from: number, end: number): number {
    let e = end;
    while (e > from && !isWordy(this.toks[e - 1]) && !this.isMarkTok(e - 1)) e--;
    return e;
  }

  /** True for a token that is (part of) a quote's opening or closing mark. */
  isMarkTok(k: number): boolean {
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
  handsOver(k: number): boolean {
    let j = k;
    if (this.toks[j]?.text === "," && this.closesQuote(j - 1)) j--;
    if (!this.closesQuote(j)) return false;
    const q = this.quotes[this.toks[j].quote];
    return j < k || /[,?!\u2014-][\s'\u2019]*$/.test(this.body.slice(q.start, q.end));
  }

  /** True for the token (or last token) of a quote's closing mark. */
  closesQuote(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.quote < 0) return false;
    const q = this.quotes[t.quote];
    return q.close >= 0 && t.start >= q.close && t.end <= q.close + q.markLen;
  }

  tokenRangeOf(r: Range, s: number): Range | null {
    let a = -1;
    let b = -1;
    for (let k = this.sentFirst[s]; k < this.sentEnd[s]; k++) {
      if (this.toks[k].start === r.start) a = k;
      if (this.toks[k].end === r.end) b = k + 1;
    }
    return a >= 0 && b > a ? { start: a, end: b } : null;
  }

  make(
    content: Range,
    quote: QuoteSpan | null,
    src: Range | null,
    cue: Range,
    s: number,
    rule: string,
    _cueEnd: number,
  ): RawAttribution {
    void _cueEnd;
    // A source with no word in it ("-" of a bulleted line) names no one.
    const named = !!src && this.toks.slice(src.start, src.end).some(isWordy);
    // "The ministry on Monday said": the day is when, not who (not inside an aside: "X, who left in 1978,").
    const aside = this.beforeAside(src ?? { start: 0, end: 0 });
    const plain = !!src && !this.toks.slice(src.start, aside).some((t) => t.text === ",");
    const timeless = src && plain ? this.withoutTime({ start: src.start, end: aside }).end : aside;
    // ("a poll released Monday": the day belongs to the participle.)
    const end = this.toks[timeless - 1]?.upos === "VERB" ? aside : timeless;
    // ", on Friday revealed": punctuation opens no source, and a time alone names no one.
    let start = src ? src.start : 0;
    while (start < end && !isWordy(this.toks[start])) start++;
    // "ADVERTISEMENT\n\nRep. Ann Ruiz": a name does not run over a line break; the line before is
    // page chrome or another paragraph.
    for (let k = start; k + 1 < end; k++)
      if (this.body.slice(this.toks[k].end, this.toks[k + 1].start).includes("\n")) start = k + 1;
    // "Meanwhile, House Whip Ann Ruiz, R-La., said": a linking adverb set off before the name.
    if (
      LINKING_ADVERBS.has(this.toks[start]?.lower ?? "") &&
      this.toks[start + 1]?.text === "," &&
      start + 2 < end
    )
      start += 2;
    // "On Thursday, October 11, Ann Ruiz and Tom Baker announced": a date set off by a comma before
    // the speaker is when, not who.
    let date = start;
    while (
      date < end &&
      (MONTHS.has(this.toks[date].lower) ||
        TIME_WORDS.has(this.toks[date].lower) ||
        /^\d{1,4}(st|nd|rd|th)?$/.test(this.toks[date].text))
    )
      date++;
    if (date > start && date + 1 < end && this.toks[date].text === "," && MONTHS.has(this.toks[start].lower))
      start = date + 1;
    // "Sen. Ann Ruiz Ann Marie RuizSenate passes ...": a page's link text (the name, the full name)
    // glued to the next headline; the name ends at the surname's first use.
    let stop = end;
    for (let k = start + 1; k < end && stop === end; k++) {
      const glued = /^(\p{Lu}[\p{Ll}'\u2019-]+)\p{Lu}/u.exec(this.toks[k].text)?.[1];
      for (let j = start; glued && j < k; j++) if (this.toks[j].text === glued) stop = j + 1;
    }
    // "Hide Caption 5 of 29 The mayor said": a photo gallery's button, scraped with its captions
    for (let k = start; k + 3 < end; k++)
      if (
        this.toks[k].text === "Caption" &&
        this.toks[k + 2].lower === "of" &&
        /^\d+$/.test(this.toks[k + 3].text)
      )
        start = k + 4;
    let timeOnly = true;
    for (let k = start; k < end && timeOnly; k++)
      timeOnly = TIME_WORDS.has(this.toks[k].lower) || TIME_ADJUNCT_LEADS.has(this.toks[k].lower);
    // "better described as", "without really calling for": a lone adverb, adjective or preposition
    // names no one.
    // (Lower case only: the tagger reads some surnames as adverbs.)
    const one = this.toks[start];
    // ("To see why, ...": an infinitive's "to" is no name, capitalised or not.)
    const lone =
      end - start === 1 &&
      ((one.text === one.lower && NO_SPEAKER_TAGS.has(one.upos ?? "")) ||
        SENTENCE_ADVERBS.has(one.lower) ||
        one.lower === "to");
    const source = src && named && start < stop && !timeOnly && !lone ? this.range(start, stop) : null;
    let kind: RawAttribution["kind"] = "indirect";
    if (quote) kind = this.startsClause(quote) ? "direct" : "partial";
    const evidence = this.evidenceFor(content, s);
    return { kind, content, source, cue, via: null, hearer: null, sentence: s, evidence, rule };
  }

  /**
   * "Western officials, speaking on condition of anonymity, said": a participle set off after the
   * speaker tells how they spoke; the source ends before its comma (token indices; returns the end).
   */
  beforeAside(src: Range): number {
    for (let k = src.start + 1; k + 1 < src.end; k++) {
      if (this.toks[k].text !== ",") continue;
      const next = this.toks[k + 1];
      if ((next.upos === "VERB" && next.lower.endsWith("ing")) || ASIDE_PARTICIPLES.has(next.lower)) return k;
      // "Mike Huckabee, for his part," / "Trump, in a statement on Thursday,": a closing adjunct (a
      // later comma would make it an opening one: "Ohio, after the vote, Gov. Kasich")
      if (
        (ASIDE_PREPOSITIONS.has(next.lower) || this.closingAdverb(k + 1, src.end)) &&
        !this.toks.slice(k + 1, src.end - 1).some((t) => t.text === ",")
      )
        return k;
    }
    return src.end;
  }

  /**
   * "Sanders, meanwhile, said", "The pilots, by contrast, argued": an adverb linking the sentence to
   * the one before, set off after the speaker, is no part of the name (tokens k to `end`).
   */
  closingAdverb(k: number, end: number): boolean {
    const words = this.toks
      .slice(k, end)
      .filter((t) => t.text !== ",")
      .map((t) => t.lower)
      .join(" ");
    return LINKING_ADVERBS.has(words) || CLOSING_ADVERBS.has(words);
  }

  /** A noun phrase (token range) without the time adjunct that ends it ("a letter this week" -> "a letter"). */
  withoutTime(np: Range): Range {
    const isTime = (k: number) =>
      TIME_WORDS.has(this.toks[k].lower) || /^(1[89]|20)\d\d$/.test(this.toks[k].text);
    let e = np.end;
    if (!isTime(e - 1)) return np;
    while (e > np.start + 1 && isTime(e - 1)) e--;
    while (e > np.start + 1 && TIME_ADJUNCT_LEADS.has(this.toks[e - 1].lower)) e--;
    return { start: np.start, end: e };
  }

  /** A quote is direct when it stands as a clause of its own, partial when words run into it. */
  startsClause(q: QuoteSpan): boolean {
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

  evidenceFor(r: Range, s: number): Range {
    let a = s;
    let b = s;
    while (a > 0 && this.sentences[a].start > r.start) a--;
    while (b + 1 < this.sentences.length && this.sentences[b].end < r.end) b++;
    return { start: Math.min(this.sentences[a].start, r.start), end: Math.max(this.sentences[b].end, r.end) };
  }

  paragraphsBetween(a: number, b: number): number {
    let n = 0;
    for (let k = a; k < b; k++) if (this.body[k] === "\n" && this.body[k + 1] !== "\n") n++;
    return n;
  }

  sentenceOf(pos: number): number {
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
