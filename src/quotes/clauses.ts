import { isCueToken } from "./cue-token.js";
import { CLAUSE_WORDS, cueStrength, SUBJECT_PRONOUNS, VERB_GROUP } from "./cues.js";
import { type Doc, isWordy, type Range } from "./doc.js";
import type { QuoteSpan } from "./marks.js";
import { onlyAdjuncts } from "./phrases.js";
import { PREPOSITIONS, SUBORDINATE_LEADS } from "./words.js";

/**
 * The reported content after or before a cue: where its clause ends.
 */

const CONTRAST = new Set(["while", "whereas", "compared", "although", "though"]);
const MAX_CONTENT_TOKENS = 400;

/**
 * After a comma: does a new attribution or a contrast start here? (", according to", ", saying",
 * ", a man yelled", ", while ...").
 */
function clauseBreak(doc: Doc, k: number, s: number): boolean {
  const t = doc.toks[k];
  if (t.lower === "according" || CONTRAST.has(t.lower)) return true;
  if (t.lower.endsWith("ing") && isCueToken(doc, k, s)) return true;
  // "X, which earlier said it would wait, said ...": the main clause's own cue after the comma.
  if (cueStrength(t.lower) === "speech" && !t.lower.endsWith("ing") && isCueToken(doc, k, s)) return true;
  // ", but said ...", ", and he railed against ...": the same or a new subject's next act.
  if (t.lower === "and" || t.lower === "but") {
    let j = k + 1;
    const subj = j;
    while (
      j < doc.sentEnd[s] &&
      j < subj + 4 &&
      isWordy(doc.toks[j]) &&
      doc.toks[j].quote < 0 &&
      !VERB_GROUP.has(doc.toks[j].lower) &&
      !CLAUSE_WORDS.has(doc.toks[j].lower) &&
      !isCueToken(doc, j, s)
    )
      j++;
    const named =
      j === subj || SUBJECT_PRONOUNS.has(doc.toks[subj].lower) || /^\p{Lu}/u.test(doc.toks[subj].text);
    while (j < doc.sentEnd[s] && j < k + 8 && VERB_GROUP.has(doc.toks[j].lower)) j++;
    if (named && j < doc.sentEnd[s] && isCueToken(doc, j, s)) return true;
  }
  for (let j = k; j < Math.min(doc.sentEnd[s], k + 5); j++) {
    const u = doc.toks[j];
    if (!isWordy(u) || u.quote >= 0 || CLAUSE_WORDS.has(u.lower)) return false;
    if (j > k && isCueToken(doc, j, s) && cueStrength(u.lower) === "speech") {
      const after = doc.toks[j + 1];
      return !after || after.sent !== s || !isWordy(after) || onlyAdjuncts(doc, j + 1, s);
    }
  }
  return false;
}

/**
 * "said the levy, while costly, was fair": a short concessive aside between the reported clause's
 * subject and its verb ends nothing; the clause's verb is still to come. (", while critics
 * disagreed" after a verb is a contrast of its own and still ends the words.)
 */
function concessiveAside(doc: Doc, from: number, k: number, s: number): boolean {
  const lead = doc.toks[k + 1];
  if (!lead || lead.sent !== s || !["while", "although", "though"].includes(lead.lower)) return false;
  for (let j = from; j < k; j++) if (doc.toks[j].upos === "VERB" || doc.toks[j].upos === "AUX") return false;
  // ("Clinton, say associates, while sharp, is older": a lone common noun before the comma is an
  // inverted speaker, not the subject of the words.)
  if (k - from < 2 && !/^\p{Lu}/u.test(doc.toks[from].text) && !SUBJECT_PRONOUNS.has(doc.toks[from].lower))
    return false;
  for (let j = k + 2; j < Math.min(doc.sentEnd[s] - 1, k + 8); j++) {
    const t = doc.toks[j];
    if (t.quote >= 0 || t.text === ";" || t.text === ":") return false;
    if (t.text === ",") {
      const next = doc.toks[j + 1];
      let v = j + 1;
      while (v < doc.sentEnd[s] && /^\p{Ll}+ly$/u.test(doc.toks[v].text)) v++;
      return j > k + 2 && !!next && (doc.toks[v].upos === "VERB" || doc.toks[v].upos === "AUX");
    }
  }
  return false;
}

/** One-word answers that stand for a whole reported clause. */
const ANSWERS = new Set(["yes", "no", "so"]);

/** Content from token `from` to the end of the sentence, stopping before ", according to" and a final stop. */
export function clauseToEnd(doc: Doc, from: number, s: number, firstComma = false): Range | null {
  // "most voters said yes", "neither council would say so": a one-word answer, closed by a stop or a
  // comma, stands for a whole clause.
  const after = doc.toks[from + 1];
  if (
    ANSWERS.has(doc.toks[from]?.lower ?? "") &&
    doc.toks[from].quote < 0 &&
    (!after || after.sent !== s || after.text === "," || after.text === "." || after.text === ";")
  )
    return doc.range(from, from + 1);
  // "said that, while the levy may pass, ...": a comma right after "that" opens an aside inside the
  // clause "that" has already begun; it ends nothing.
  // ("agreed to that, though, ...": a pronoun "that" ends its phrase there.)
  const that = doc.toks[from];
  const asideAfterThat = that?.lower === "that" && (!that.upos || that.upos === "SCONJ") ? from + 1 : -1;
  // Bounded, so a giant unsplit "sentence" full of cues stays linear.
  let end = Math.min(doc.sentEnd[s], from + MAX_CONTENT_TOKENS);
  for (let k = from; k < end; k++) {
    // '... has "grown the party," claiming ...': a quote closed on a comma ends the clause too.
    if (
      k > from &&
      doc.closesQuote(k) &&
      doc.handsOver(k) &&
      doc.toks[k + 1]?.sent === s &&
      doc.toks[k + 1].quote < 0 &&
      doc.toks[k + 1].lower.endsWith("ing") &&
      clauseBreak(doc, k + 1, s)
    ) {
      end = k + 1;
      break;
    }
    if (doc.toks[k].quote >= 0) continue;
    // A fronted or parenthetical clause set off by dashes ends at its closing dash.
    // ("long-shot": a hyphen inside a word is no dash.)
    if (
      firstComma &&
      k > from + 1 &&
      /^(-|--|\u2014|\u2013)$/.test(doc.toks[k].text) &&
      !(doc.toks[k].text === "-" && doc.toks[k - 1].end === doc.toks[k].start)
    ) {
      end = k;
      break;
    }
    if (
      doc.toks[k].text === "," &&
      k !== asideAfterThat &&
      !concessiveAside(doc, from, k, s) &&
      doc.toks[k + 1]?.sent === s &&
      ((firstComma && k > from + 1) || clauseBreak(doc, k + 1, s))
    ) {
      end = k;
      break;
    }
  }
  // Drop a final stop unless a closing quote mark follows it (the mark then ends the content).
  let e = end;
  while (e > from && !isWordy(doc.toks[e - 1]) && !doc.isMarkTok(e - 1) && doc.toks[e - 1].text !== ")") e--;
  // "could say that" with nothing after: no content.
  let words = 0;
  for (let j = from; j < e && words < 2; j++) if (isWordy(doc.toks[j])) words++;
  return words >= 2 ? doc.range(from, e) : null;
}

/**
 * "While Clinton claimed that the videos exist, experts affirm ...": a cue inside a fronted
 * subordinate clause reports only up to the comma that closes the clause.
 */
export function inSubordinate(doc: Doc, vg: number, s: number): boolean {
  let j = doc.sentFirst[s];
  while (j < vg && (!isWordy(doc.toks[j]) || ["but", "and", "so", "yet"].includes(doc.toks[j].lower))) j++;
  if (j >= vg || !SUBORDINATE_LEADS.has(doc.toks[j].lower)) return false;
  for (let k = j + 1; k < vg; k++) if (doc.toks[k].text === ",") return false;
  return true;
}

/** When the sentence opens with "As ..." and token vg sits in that clause: the clause's comma, else -1. */
export function asClauseEnd(doc: Doc, vg: number, s: number): number {
  let j = doc.sentFirst[s];
  while (j < vg && (!isWordy(doc.toks[j]) || ["but", "and", "so"].includes(doc.toks[j].lower))) j++;
  if (j >= vg || doc.toks[j].lower !== "as") return -1;
  // ("As for the critics who claim ...": a topic, not a report.)
  if (doc.toks[j + 1]?.lower === "for") return -1;
  for (let k = j + 1; k < vg; k++) if (doc.toks[k].text === ",") return -1;
  for (let k = vg + 1; k < doc.sentEnd[s] && k < vg + 15; k++) {
    if (doc.toks[k].text === ",") return k;
    if (doc.toks[k].quote >= 0) return -1;
  }
  return -1;
}

/** The quote that opens at token i (after optional "," or ":"), if any. */
export function quoteOpeningAt(doc: Doc, i: number, s: number): QuoteSpan | null {
  let k = i;
  while (k < doc.sentEnd[s] && (doc.toks[k].text === "," || doc.toks[k].text === ":")) k++;
  if (!doc.toks[k]) return null;
  // "X said:" ends its sentence; the quote opens the next one.
  if (k >= doc.sentEnd[s] && doc.toks[k - 1]?.text !== ":") return null;
  return quoteOpenedBy(doc, k);
}

/** The quote whose opening mark is token k, or null. */
export function quoteOpenedBy(doc: Doc, k: number): QuoteSpan | null {
  const t = doc.toks[k];
  return t && t.quote >= 0 && doc.quotes[t.quote].open === t.start ? doc.quotes[t.quote] : null;
}

/** Relative pronouns that open a clause set off after its noun. */
const RELATIVES = new Set(["who", "which", "whom", "whose"]);

/** Content ending at the boundary token `b` (a comma or a closing quote mark). */
export function contentBefore(
  doc: Doc,
  b: number,
  s: number,
  wholeClause = false,
  parenthetical = false,
): { range: Range; quote: QuoteSpan | null } | null {
  let k = b;
  if (doc.toks[k].text === "," && doc.closesQuote(k - 1)) k--;
  if (doc.closesQuote(k) && !wholeClause) {
    const q = doc.quotes[doc.toks[k].quote];
    return { range: doc.quoteRange(q), quote: q };
  }
  const first = doc.sentFirst[s];
  let from = first;
  while (from < b && !isWordy(doc.toks[from]) && !doc.isMarkTok(from)) from++;
  let words = 0;
  for (let j = from; j < b && words < 4; j++) if (isWordy(doc.toks[j])) words++;
  if (words < (parenthetical ? 2 : 4)) return null;
  if (parenthetical) {
    // "Riding alone, they said, can be hazardous", "At the end of the year, he said, the deficit
    // was large": the words are the sentence around the cue, on both sides of the aside.
    let comma = b + 1;
    while (comma < doc.sentEnd[s] && doc.toks[comma].text !== ",") comma++;
    // Before an aside a short subject will do when its verb follows the aside ("The strikes, the
    // ministry said, hit shelters"); a short fronted phrase ("Eight years ago, he ...") will not.
    // (Not a relative clause set off after its noun: "Mr. Ruiz, who did not respond, has denied".)
    const verbAfter = ["VERB", "AUX"].includes(doc.toks[comma + 1]?.upos ?? "");
    if (words < 4 && (!verbAfter || RELATIVES.has(doc.toks[b + 1]?.lower ?? ""))) return null;
    const head = clauseToEnd(doc, from, s);
    if (!head) return null;
    // (A quote after the aside is its own direct quote: '..., she said, "I ..."'.)
    const tail =
      comma + 1 < doc.sentEnd[s] && doc.toks[comma + 1].quote < 0 ? clauseToEnd(doc, comma + 1, s) : null;
    // 'After the vote, the mayor shouted, "We won!"': with only a quote after the aside, a fronted
    // phrase before it is no part of the words.
    // ('When Lee asked about it, Ruiz replied, "..."': a fronted clause with a report of its own is
    // that report's; the quote after the aside is the only words.)
    if (!tail && (frontedPhrase(doc, from, b) || subordinateOnly(doc, from, b, s, true))) return null;
    return { range: tail ? { start: head.start, end: tail.end } : head, quote: null };
  }
  if (frontedPhrase(doc, from, b) || subordinateOnly(doc, from, b, s)) return null;
  return { range: doc.range(from, b), quote: null };
}

/** "During the service, X said" / "Holding a book, X said": a fronted phrase is not what was said. */
function frontedPhrase(doc: Doc, from: number, b: number): boolean {
  // "For example, according to officials, the council has told ...": the source, not the words
  // (a short phrase only: the scan stays linear however long the sentence)
  for (let j = from; j + 1 < b && b - from <= 20; j++)
    if (doc.toks[j].lower === "according" && doc.toks[j + 1].lower === "to") {
      for (let m = from; m < b; m++) if (finiteVerb(doc, m, from)) return false;
      return true;
    }
  const lead = doc.toks[from].lower;
  if (
    doc.isMarkTok(from) ||
    !(PREPOSITIONS.has(lead) || lead === "despite" || /^\p{Lu}\p{Ll}+ing$/u.test(doc.toks[from].text))
  )
    return false;
  // "About 200 people were moved, officials said": a finite verb after the lead makes it a clause.
  for (let j = from; j < b; j++) if (doc.toks[j].text === "," || finiteVerb(doc, j, from)) return false;
  return true;
}

/**
 * "When Ruiz thanked the city, a man yelled at him": a subordinate clause alone, up to the subject's
 * comma, is when or why the act happened, not its words. (Before a quote after the cue, `withReport`:
 * only when the clause holds a report of its own; "If she wins, he said, "..."" keeps the fronted
 * clause with the words, as PolNeAR does.) One subject at most: "Since the war the city has changed" (the parse's two subjects
 * for one verb) and "After he left he wrote" have a main clause of their own.
 */
function subordinateOnly(doc: Doc, from: number, b: number, s: number, withReport = false): boolean {
  const lead = doc.toks[from];
  if (!SUBORDINATE_LEADS.has(lead.lower) || doc.isMarkTok(from) || doc.toks[from + 1]?.lower === "of")
    return false;
  let subjects = 0;
  let report = false;
  for (let j = from; j < b; j++) {
    const t = doc.toks[j];
    if (j > from && isCueToken(doc, j, s)) report = true;
    if (t.text === "," || t.quote >= 0) return false;
    // (the subject of a clause said or relative inside it does not count: "when Ruiz said the plan
    // would help", "when the man who led it spoke")
    const verb = doc.toks[t.head];
    const inner =
      RELATIVES.has(t.lower) ||
      t.lower === "that" ||
      (verb?.deprel === "ccomp" && verb.head >= from && verb.head < b);
    if ((t.deprel === "nsubj" || t.deprel === "nsubj:pass") && !inner && ++subjects > 1) return false;
  }
  return report || !withReport;
}

/** A verb past the lead with a subject of its own in the parse: a clause, not a fronted phrase. */
function finiteVerb(doc: Doc, j: number, from: number): boolean {
  const t = doc.toks[j];
  if (j === from || t.quote >= 0 || (t.upos !== "VERB" && t.upos !== "AUX")) return false;
  for (let k = from; k < j; k++) {
    const u = doc.toks[k];
    if (u.head === j && (u.deprel === "nsubj" || u.deprel === "nsubj:pass" || u.deprel === "csubj"))
      return true;
  }
  return false;
}
