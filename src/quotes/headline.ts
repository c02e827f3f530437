import { CUE_PARTICLES, cueLemma, cueStrength } from "./cues.js";
import { type Doc, isWordy, type RawAttribution } from "./doc.js";
import { LABEL_JOINERS } from "./words.js";

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
