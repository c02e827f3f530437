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
export function headlineCue(doc: Doc, s: number): RawAttribution | null {
  const first = doc.sentFirst[s];
  const last = doc.sentEnd[s];
  let from = first;
  // Labels and numbering ("EXCLUSIVE –", "2.") before the subject.
  while (from < last && (!isWordy(doc.toks[from]) || /^\d+$/.test(doc.toks[from].text))) from++;
  if (doc.toks[from + 1]?.text === "\u2013" || doc.toks[from + 1]?.text === "\u2014") from += 2;
  for (let i = from + 1; i < Math.min(last, from + 8); i++) {
    const t = doc.toks[i];
    if (t.quote >= 0 || !isWordy(t) || !/^\p{Lu}/u.test(t.text)) return null;
    const strength = cueStrength(t.lower);
    if (!strength) continue;
    const prev = doc.toks[i - 1].lower;
    const inflected =
      (t.lower.endsWith("s") && !t.lower.endsWith("ss") && !/[^s]s$/.test(prev)) ||
      (t.lower === cueLemma(t.lower) && /[^s]s$/.test(prev)) ||
      t.lower.endsWith("ed");
    if (!inflected || LABEL_JOINERS.has(prev)) return null;
    let cueEnd = i + 1;
    if (CUE_PARTICLES.get(cueLemma(t.lower) ?? "")?.has(doc.toks[cueEnd]?.lower ?? "")) cueEnd++;
    let e = last;
    while (e > cueEnd && !isWordy(doc.toks[e - 1]) && !doc.isMarkTok(e - 1)) e--;
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
