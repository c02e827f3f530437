import { cueStrength } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";

/**
 * "The mayor pointed to the budget and praised the council": two acts of one source. PolNeAR
 * annotates each conjoined cue verb as an attribution of its own, sharing the first one's source, and
 * ends the first content before the conjunction. Without this the second cue sits inside the first
 * content and is dropped as a nested stance. Needs the parse (the `conj` relation).
 */

/** The token indices of a character range inside sentence s (the tokens it overlaps). */
function tokensOf(doc: Doc, r: Range, s: number): number[] {
  // Binary search for the first token ending after the range starts: a sentence may be huge.
  let lo = doc.sentFirst[s];
  let hi = doc.sentEnd[s];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toks[mid].end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < doc.sentEnd[s] && doc.toks[k].start < r.end; k++) out.push(k);
  return out;
}

/** What may stand between a content that stops at a conjunction and the joined cue after it. */
const JOINED_AFTER = /^[\s,"\u201d]*(?:and|but|or)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$/;

/** How far before its verb a subject is looked for (tokens); keeps long sentences linear. */
const SUBJECT_REACH = 60;

/** How far from the first cue a conjoined second cue may stand (characters). */
const CONJOINED_REACH = 600;

/**
 * True when verb v has its own subject ("and he praised"): then the clause is not a shared act. Only
 * a subject before the verb counts: after it, it is the reported clause's subject that the parse
 * hung on the cue ("but said Europe must act").
 */
function hasSubject(doc: Doc, v: number, s: number): boolean {
  for (let k = Math.max(doc.sentFirst[s], v - SUBJECT_REACH); k < v; k++) {
    const t = doc.toks[k];
    if (t.head === v && (t.deprel === "nsubj" || t.deprel === "nsubj:pass" || t.deprel === "expl"))
      return true;
  }
  return false;
}

/**
 * "Smith said the attacks helped him and said that Jones was weak": a second verb of speech right
 * after "and" or "but" repeats the first speaker's act even when the parse hangs it on the reported
 * clause's verb.
 */
function repeatedSpeech(doc: Doc, first: RawAttribution, second: RawAttribution, s: number): boolean {
  if (!second.cue || doc.strengthOf(first) !== "speech" || doc.strengthOf(second) !== "speech") return false;
  const k = tokensOf(doc, second.cue, s)[0];
  const before = doc.toks[k - 1];
  return !!before && before.sent === s && (before.lower === "and" || before.lower === "but");
}

/** Past forms of cue verbs that do not end in -ed. */
const IRREGULAR_PAST = new Set([
  "said",
  "told",
  "wrote",
  "thought",
  "felt",
  "knew",
  "found",
  "saw",
  "sought",
  "spoke",
  "read",
  "meant",
  "took",
  "gave",
  "made",
  "put",
]);

/** The inflection of a verb form: third person present, past, -ing, or the bare form. */
function verbForm(lower: string): string {
  if (lower.endsWith("ing")) return "ing";
  if (lower.endsWith("ed") || IRREGULAR_PAST.has(lower)) return "past";
  if (lower.endsWith("s") && !lower.endsWith("ss")) return "s";
  return "base";
}

/** Adverbs that may stand between "and" and a conjoined verb ("and also praised"). */
const CONJOINED_ADVERBS = new Set(["also", "then", "later", "even", "still", "repeatedly", "again", "now"]);

/**
 * "The senator favors the bill and opposes the tax": a cue verb right after "and" or "but" (an
 * adverb between), in the same inflection as the first cue and with no subject of its own in the
 * parse, is a second act of the first cue's subject, whatever head the parse gives it.
 */
function agreeingConjunct(doc: Doc, first: RawAttribution, k: number, s: number): boolean {
  const cueWords = doc.body.slice(first.cue!.start, first.cue!.end).toLowerCase().split(/\s+/);
  const firstVerb = [...cueWords].reverse().find((w) => cueStrength(w)) ?? cueWords[cueWords.length - 1];
  const v = doc.toks[k];
  if (!cueStrength(v.lower) || verbForm(v.lower) !== verbForm(firstVerb)) return false;
  if (hasSubject(doc, k, s)) return false;
  let j = k - 1;
  while (j > doc.sentFirst[s] && CONJOINED_ADVERBS.has(doc.toks[j].lower)) j--;
  const c = doc.toks[j];
  return !!c && c.sent === s && (c.lower === "and" || c.lower === "but");
}

/** The last cue word of a cue range ("also praised" -> praised), or its first token. */
function cueVerb(doc: Doc, cue: Range, s: number): number {
  const toks = tokensOf(doc, cue, s);
  return toks.filter((k) => cueStrength(doc.toks[k].lower)).pop() ?? toks[0];
}

/**
 * "Ruiz thanked the crew and Lee criticized the captain": the second cue has a subject of its own
 * right after the conjunction, so it takes no share of the first one's source.
 */
function ownSubject(doc: Doc, first: RawAttribution, second: RawAttribution): boolean {
  const src = second.source;
  if (!src || !second.cue || !first.cue || src.start <= first.cue.end || src.end > second.cue.start)
    return false;
  return /(?:\band|\bbut|[,;])\s+$/.test(doc.body.slice(Math.max(0, src.start - 6), src.start));
}

/** The content of `a` is reported words: a quote, a "that" or wh- clause, or a clause with its own subject. */
function reportsClause(doc: Doc, a: RawAttribution, s: number): boolean {
  const toks = tokensOf(doc, a.content, s);
  if (toks.length === 0) return a.kind !== "indirect";
  const first = doc.toks[toks[0]];
  if (a.kind !== "indirect" || first.quote >= 0 || first.lower === "that" || CLAUSE_LEADS.has(first.lower))
    return true;
  return toks.some((k) => doc.toks[k].deprel === "nsubj" || doc.toks[k].deprel === "nsubj:pass");
}

/** Words that open a reported question or clause ("explaining why ...", "asking whether ..."). */
const CLAUSE_LEADS = new Set(["how", "why", "what", "whether", "if", "when", "where", "who"]);

/** Prepositions before an -ing cue that make it an act of its own ("defended the plan by citing a poll"). */
const ADJUNCT_PREPOSITIONS = new Set(["by", "while", "before", "after"]);

/**
 * "He defended the plan by citing a poll", "said they would back it, while stressing ...": an -ing
 * cue after "by", "while", "before" or "after" inside the first content is the first speaker's next
 * act when it hangs on the first cue: after a comma, after words with no subject of their own, or
 * when its source is already the first one's ("said the council balanced the budget by attacking
 * the unions" leaves the council's act alone). Returns the preposition's token, or -1.
 */
function adjunctGerund(doc: Doc, first: RawAttribution, second: RawAttribution, s: number): number {
  const k = tokensOf(doc, second.cue!, s)[0];
  const p = k - 1;
  const prep = doc.toks[p];
  if (!doc.toks[k].lower.endsWith("ing") || !prep || prep.sent !== s || !ADJUNCT_PREPOSITIONS.has(prep.lower))
    return -1;
  // (A stance or a bare object after "by" is mostly the means of the first act, unannotated: "won
  // votes by offering ...", "explained the plan by stressing its cost".)
  if (doc.strengthOf(second) !== "speech" || !reportsClause(doc, second, s)) return -1;
  // (Inside the first content, or right after it: 'said they would back it, | while stressing'.)
  if (
    prep.start >= first.content.end &&
    !/^[\s,"\u201d]*$/.test(doc.body.slice(first.content.end, prep.start))
  )
    return -1;
  const from = tokensOf(doc, first.content, s)[0];
  if (from === undefined || from >= p) return -1;
  if (doc.toks[p - 1].text === ",") return p;
  // ("dismissed the complaints while saying ...": without a comma, "while" joins the saying to the
  // same act, whose words take it in.)
  if (prep.lower === "while") return -1;
  const src = second.source;
  if (src && first.source && src.start < first.source.end && first.source.start < src.end) return p;
  for (let j = from; j < p; j++)
    if (doc.toks[j].deprel === "nsubj" || doc.toks[j].deprel === "nsubj:pass") return -1;
  return p;
}

/**
 * For each attribution of sentence s with a source and a cue: a later attribution whose cue verb the
 * parse conjoins to that cue (no subject of its own, inside the first content) takes the first
 * one's source, and the first content stops before the conjunction. Mutates `found` in place.
 */
export function splitConjoined(doc: Doc, found: RawAttribution[], s: number): void {
  // How firmly each second cue has been joined so far. A speech verb repeating a speech act
  // ("said the board had met and added ...") outranks the parse's conjunction, which hangs "added"
  // on the nearest verb inside the reported clause, and the parse outranks the agreeing forms; of
  // two repeated speech acts the outer one, found first, keeps it.
  const joined = new Map<RawAttribution, number>();
  for (const first of found) {
    // "X accused Y of ..., a charge Y denied": the cues in the disputed words are X's, not Y's.
    if (!first.cue || !first.source || first.rule === "disputed-claim") continue;
    const cueToks = new Set(tokensOf(doc, first.cue, s));
    if (cueToks.size === 0) continue;
    // "stood by his comments about X and said": a noun's act ("comments about") ends before the
    // conjunction but lends its speaker to no verb after it; the verb is the clause subject's.
    const lends = doc.toks[cueVerb(doc, first.cue, s)].upos !== "NOUN";
    for (const second of found) {
      if (second === first || !second.cue) continue;
      // "When Ruiz thanked the city and said ..., a man yelled": a cue inside words reported before
      // their own cue is an act of a subject in those words, not a second act of the later speaker.
      if (second.cue.end <= first.cue.start) continue;
      // (its cue inside the first content, or right after it past the conjunction: the content may
      // already stop there, 'endorsed Okafor | and criticized his campaign')
      const inside = second.cue.start >= first.content.start && second.cue.end <= first.content.end;
      const after =
        second.cue.start >= first.content.end &&
        JOINED_AFTER.test(doc.body.slice(first.content.end, second.cue.start));
      const adjunct = second.cue.start > first.content.start ? adjunctGerund(doc, first, second, s) : -1;
      if (!inside && !after && adjunct < 0) continue;
      if (Math.abs(second.cue.start - first.cue.end) > CONJOINED_REACH) continue;
      if (ownSubject(doc, first, second)) continue;
      const v = tokensOf(doc, second.cue, s).find(
        (k) => doc.toks[k].deprel === "conj" && cueToks.has(doc.toks[k].head),
      );
      const rank =
        adjunct >= 0 || repeatedSpeech(doc, first, second, s)
          ? 3
          : v !== undefined
            ? hasSubject(doc, v, s)
              ? 0
              : 2
            : agreeingConjunct(doc, first, cueVerb(doc, second.cue, s), s)
              ? 1
              : 0;
      // (Of two speech acts a repeated one may continue, the outer one, found first, keeps it: "said
      // it had hired no one since announcing the merger and suggested ...".)
      const had = joined.get(second) ?? 0;
      if (rank === 0 || rank < had || (rank === 3 && had === 3)) continue;
      joined.set(second, rank);
      // End the first content before the conjunction (and a comma before it).
      let cut = adjunct >= 0 ? adjunct : tokensOf(doc, second.cue, s)[0];
      // (A closing quote mark stays: 'calling it "a sham" and asserting': the quoted words end there.)
      while (
        cut - 1 > doc.sentFirst[s] &&
        (doc.toks[cut - 1].deprel === "cc" || !isWordy(doc.toks[cut - 1])) &&
        !doc.closesQuote(cut - 1)
      )
        cut--;
      // Words before the verb that belong to its group ("and also praised") stay with the cue.
      if (doc.toks[cut].start <= first.content.start) continue;
      first.content = { start: first.content.start, end: doc.toks[cut - 1].end };
      if (lends) second.source = first.source;
    }
  }
}
