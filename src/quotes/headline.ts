import { CUE_PARTICLES, cueLemma, cueStrength } from "./cues.js";
import { type Doc, isWordy, type RawAttribution } from "./doc.js";
import { DETERMINERS, LABEL_JOINERS } from "./words.js";

/**
 * Headline-style sentences, where every word is capitalised and the tagger cannot find the verb.
 */

/**
 * "Senator Praises Harbour Plan", "Farm Groups Back New Dam": in a headline every word is
 * capitalised and the tagger reads the verb as a name, so the first cue word that follows a
 * capitalised subject and takes the inflection of a verb is the cue, the words before it the
 * source, the rest of the line the content.
 */
export function headlineCue(doc: Doc, s: number, lower = false): RawAttribution | null {
  const first = doc.sentFirst[s];
  const last = doc.sentEnd[s];
  let from = first;
  // Labels and numbering ("EXCLUSIVE –", "2.") before the subject.
  while (from < last && (!isWordy(doc.toks[from]) || /^\d+$/.test(doc.toks[from].text))) from++;
  if (doc.toks[from + 1]?.text === "\u2013" || doc.toks[from + 1]?.text === "\u2014") from += 2;
  for (let i = from + 1; i < Math.min(last, from + 8); i++) {
    const t = doc.toks[i];
    if (t.quote >= 0) return null;
    if ((t.lower === "'s" || t.lower === "\u2019s") && /^\p{Lu}/u.test(doc.toks[i - 1].text)) continue;
    if (lower) {
      // "Rose Bowl pilots blast senator": a name or a plural noun, then the verb in lower case.
      if (t.text === "," && /^\p{Lu}/u.test(doc.toks[i - 1].text)) continue;
      if (!isWordy(t)) return null;
    } else if (!isWordy(t) || !/^\p{Lu}/u.test(t.text)) return null;
    const strength = cueStrength(t.lower);
    if (!strength || (lower && t.text !== t.lower)) {
      if (lower && t.text === t.lower && t.upos !== "NOUN") return null;
      continue;
    }
    const prev = doc.toks[i - 1].lower;
    if (nounInHeadline(doc, from, i, lower)) continue;
    const inflected =
      (t.lower.endsWith("s") && !t.lower.endsWith("ss") && !/[^s]s$/.test(prev)) ||
      (t.lower === cueLemma(t.lower) && /[^s]s$/.test(prev)) ||
      t.lower.endsWith("ed");
    if (!inflected || LABEL_JOINERS.has(prev)) return null;
    let cueEnd = i + 1;
    if (CUE_PARTICLES.get(cueLemma(t.lower) ?? "")?.has(doc.toks[cueEnd]?.lower ?? "")) cueEnd++;
    const e = doc.trimPunctEnd(cueEnd, last);
    if (e - cueEnd < 1) return null;
    const a = doc.make(
      doc.range(cueEnd, e),
      null,
      { start: from, end: i },
      doc.range(i, cueEnd),
      s,
      "headline",
      cueEnd,
    );
    return a;
  }
  return null;
}

/** Quantifiers before a headline's noun that make an -s or -ed form after them no verb (with DETERMINERS). */
const NOUN_LEADS = new Set(["more", "both", "some", "most", "many", "new"]);
const BE_WORDS = new Set(["is", "are", "was", "were", "be", "been"]);

/**
 * A cue word at i in a headline that is no verb: a noun after a determiner or quantifier ("Both
 * Sides Want", "More Votes", "New emails raise"), a noun the tagger sees before its own verb ("Jobs
 * report gives"), a passive ("Was Just Released", "Speech Skewered By Fiorina", "Accused Of") or a
 * participle after an adverb alone ("Newly Released Document Reveals"); `lower` for a headline in
 * sentence case.
 */
function nounInHeadline(doc: Doc, from: number, i: number, lower: boolean): boolean {
  const t = doc.toks[i];
  // ("More emails released on eve of vote": a sentence-case headline tells acts in the present; its
  // -ed form is a passive.)
  if (lower && t.lower.endsWith("ed")) return true;
  const prev = doc.toks[i - 1];
  const next = doc.toks[i + 1];
  if (NOUN_LEADS.has(prev.lower) || DETERMINERS.has(prev.lower)) return true;
  if (t.upos === "NOUN" && (next?.upos === "VERB" || next?.upos === "AUX")) return true;
  if (t.lower.endsWith("ed") && (next?.lower === "by" || next?.lower === "of")) return true;
  for (let k = from; k < i; k++) if (BE_WORDS.has(doc.toks[k].lower)) return true;
  for (let k = from; k < i; k++) if (!/ly$/.test(doc.toks[k].lower)) return false;
  return true;
}

/**
 * "Senator Backs Dam And Slams Port Plan": a second inflected cue verb after "and" (or a comma) in a
 * headline's content is a second act of the same source; the first content ends before it.
 */
export function headlineSecond(doc: Doc, first: RawAttribution, s: number): RawAttribution | null {
  if (!first.cue || !first.source) return null;
  const last = doc.sentEnd[s];
  for (let k = doc.sentFirst[s]; k < last - 2; k++) {
    const j = doc.toks[k];
    if (j.start < first.content.start || j.end > first.content.end) continue;
    if (j.lower !== "and" && j.text !== "," && j.text !== ";") continue;
    const v = doc.toks[k + 1];
    if (v.quote >= 0 || !cueStrength(v.lower) || !/s$/.test(v.lower) || /ss$/.test(v.lower)) continue;
    if (v.upos && v.upos !== "VERB" && !doc.titleCase[s]) continue;
    let cueEnd = k + 2;
    if (CUE_PARTICLES.get(cueLemma(v.lower) ?? "")?.has(doc.toks[cueEnd]?.lower ?? "")) cueEnd++;
    const e = doc.trimPunctEnd(cueEnd, last);
    if (e <= cueEnd || k - 1 < 0 || doc.toks[k - 1].end <= first.content.start) return null;
    let cut = k;
    while (cut - 1 > doc.sentFirst[s] && !isWordy(doc.toks[cut - 1])) cut--;
    first.content = { start: first.content.start, end: doc.toks[cut - 1].end };
    const src = { start: first.source.start, end: first.source.end };
    const a = doc.make(doc.range(cueEnd, e), null, null, doc.range(k + 1, cueEnd), s, "headline", cueEnd);
    a.source = src;
    return a;
  }
  return null;
}
