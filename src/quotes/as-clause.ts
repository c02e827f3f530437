import { clauseToEnd, quoteOpeningAt } from "./clauses.js";
import { isCueToken } from "./cue-token.js";
import {
  BE_FORMS,
  CLAUSE_WORDS,
  CUE_PARTICLES,
  cueLemma,
  cueStrength,
  SUBJECT_PRONOUNS,
  VERB_GROUP,
} from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { onlyAdjuncts } from "./phrases.js";
import { DETERMINERS, LY_NOUNS, MAX_NP, POSSESSIVES } from "./words.js";

/**
 * "As the mayor pointed out, the road is late", "The road is late, as its critics have noted",
 * "As one driver put it: ...": a clause of "as" with a subject and a verb of saying, knowing or
 * showing and nothing after the verb but adjuncts reports the main clause (or the quote after a
 * colon). The noun-phrase walk left of the cue cannot reach these: "as" opens the speaker's phrase,
 * and the words reported stand on the other side of a comma.
 */

/** Stance verbs that in an "as" clause report the main clause ("as the figures show"). */
const AS_STANCE = new Set([
  "show",
  "point",
  "predict",
  "suggest",
  "describe",
  "call",
  "see",
  "expect",
  "hope",
]);

/** Words before "as" that make it no clause of report: "such as", "as well as", "the same as". */
const NOT_REPORT = new Set(["such", "well", "same", "so", "as", "just", "much", "far", "long", "soon"]);

/** The cue of an "as" clause at token `k` ("pointed out", "put it", "has noted"): its end, else -1. */
function asCueEnd(doc: Doc, k: number, s: number): number {
  const t = doc.toks[k];
  // "as X put it": no cue alone, a set phrase with "it".
  if (/^(put|puts|putting)$/.test(t.lower) && doc.toks[k + 1]?.lower === "it" && doc.toks[k + 1].sent === s)
    return k + 2;
  if (!isCueToken(doc, k, s)) return -1;
  const strength = cueStrength(t.lower);
  const lemma = cueLemma(t.lower) ?? t.lower;
  if (strength === "stance" && !AS_STANCE.has(lemma)) return -1;
  // "as he continued to speak": an act going on, not a report.
  if (lemma === "continue") return -1;
  const next = doc.toks[k + 1];
  if (lemma === "point") return next?.lower === "out" && next.sent === s ? k + 2 : -1;
  // "as he called for ...", "as we know it": the verb takes an object of its own.
  if (next?.sent === s && (next.lower === "it" || CUE_PARTICLES.get(lemma)?.has(next.lower))) return -1;
  return k + 1;
}

/** At token i ("as"): the attribution of its clause, and the token after its cue; else null. */
export function asClause(doc: Doc, i: number, s: number): { a: RawAttribution; next: number } | null {
  const first = doc.sentFirst[s];
  const last = doc.sentEnd[s];
  const prev = i > first ? doc.toks[i - 1] : undefined;
  if (prev && NOT_REPORT.has(prev.lower)) return null;
  // The clause opens the sentence (after "And"/"But") or follows a comma or dash.
  let lead = first;
  while (
    lead < i &&
    (!isWordy(doc.toks[lead]) || ["and", "but", "or", "so", "yet"].includes(doc.toks[lead].lower))
  )
    lead++;
  const opens = lead === i;
  if (!opens && !(prev && (prev.text === "," || prev.text === "\u2014" || prev.text === "--"))) return null;
  // The subject: a noun phrase of capitals, determiners, pronouns or nouns, then the verb group.
  const from = i + 1;
  let k = from;
  while (k < last && k - from <= MAX_NP) {
    const t = doc.toks[k];
    if (t.quote >= 0) return null;
    if (VERB_GROUP.has(t.lower) || BE_FORMS.has(t.lower) || isCueToken(doc, k, s)) break;
    if (/^(put|puts)$/.test(t.lower) && doc.toks[k + 1]?.lower === "it") break;
    if (t.text === "," && k > from) {
      // "As Ann Ruiz, the town's planner, noted": an appositive between commas.
      k++;
      continue;
    }
    if (CLAUSE_WORDS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower)) return null;
    if (t.upos && (t.upos === "VERB" || t.upos === "AUX" || t.upos === "SCONJ")) return null;
    k++;
  }
  if (k >= last || k === from) return null;
  // "As Ann Ruiz, the planner, noted": commas only in pairs, around an appositive ("As the vote
  // nears, Ruiz says" is a clause of time, then the main clause).
  let commas = 0;
  for (let j = from; j < k; j++) if (doc.toks[j].text === ",") commas++;
  if (commas % 2 === 1 || commas > 2) return null;
  const srcEnd = doc.toks[k - 1].text === "," ? k - 1 : k;
  const lead0 = doc.toks[from];
  if (
    !/^\p{Lu}/u.test(lead0.text) &&
    !DETERMINERS.has(lead0.lower) &&
    !POSSESSIVES.has(lead0.lower) &&
    !SUBJECT_PRONOUNS.has(lead0.lower) &&
    !/^(some|many|most|others|one|two|three|several|both|critics|experts|analysts|officials|supporters|observers)$/.test(
      lead0.lower,
    )
  )
    return null;
  // "as it turns out", "as it stands": no one speaks.
  if (lead0.lower === "it" || lead0.lower === "there") return null;
  // The verb group: auxiliaries and adverbs, then the cue.
  let v = k;
  while (
    v < last &&
    v - k < 4 &&
    (VERB_GROUP.has(doc.toks[v].lower) ||
      (/^\p{Ll}+ly$/u.test(doc.toks[v].text) && !LY_NOUNS.has(doc.toks[v].lower)) ||
      ["also", "often", "once", "repeatedly", "long"].includes(doc.toks[v].lower))
  )
    v++;
  if (v >= last) return null;
  const end = asCueEnd(doc, v, s);
  if (end < 0) return null;
  // Nothing but adjuncts after the cue, up to a comma, colon, dash or the stop.
  if (end < last && isWordy(doc.toks[end]) && !onlyAdjuncts(doc, end, s)) return null;
  let close = end;
  while (
    close < last &&
    doc.toks[close].text !== "," &&
    doc.toks[close].text !== ":" &&
    isWordyOrMinor(doc, close)
  )
    close++;
  const cue = doc.range(k, end);
  const src: Range = { start: from, end: srcEnd };
  if (srcEnd <= from) return null;
  let content: Range | null = null;
  let quote = null;
  if (opens) {
    if (close >= last) return null;
    const q = quoteOpeningAt(doc, close, s);
    if (q) {
      quote = q;
      content = doc.quoteRange(q);
    } else content = clauseToEnd(doc, close + 1, s);
  } else {
    // ", as X noted." closes the sentence; ", as X noted, ..." sits inside it: the words before.
    let e = i - 1;
    while (e > first && !isWordy(doc.toks[e - 1]) && !doc.isMarkTok(e - 1)) e--;
    let b = first;
    while (b < e && !isWordy(doc.toks[b]) && !doc.isMarkTok(b)) b++;
    let words = 0;
    for (let j = b; j < e; j++) if (isWordy(doc.toks[j])) words++;
    if (words < 3) return null;
    content = doc.range(b, e);
  }
  if (!content) return null;
  return { a: doc.make(content, quote, src, cue, s, "as-clause", end), next: end };
}

function isWordyOrMinor(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return t.quote < 0 && t.text !== ";" && t.text !== "." && t.text !== "\u2014";
}
