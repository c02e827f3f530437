import { cueStrength, PRONOUNS } from "./cues.js";
import { type Doc, isWordy, type RawAttribution } from "./doc.js";
import { headSubject } from "./subjects.js";
import { LABEL_JOINERS } from "./words.js";

/**
 * Verbs outside the lexicon whose object carries quoted words.
 */

/**
 * 'wore a "Harbour First" cap', 'hosted "The Evening Hour"': a quote in title case names a slogan, a
 * show or a work rather than reporting anyone's words (on PolNeAR's train split about one in three
 * such objects carried a source).
 */
function titled(doc: Doc, q: number): boolean {
  const words = doc.body.slice(doc.quotes[q].start, doc.quotes[q].end).match(/[\p{L}\d][\p{L}\d'\u2019-]*/gu);
  return (
    !!words &&
    /^[\p{Lu}\d]/u.test(words[0]) &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || LABEL_JOINERS.has(w))
  );
}

/**
 * 'Trump dismissed the plan as "a disaster"': a verb outside the lexicon whose subject names someone
 * and whose object carries quoted words. Any verb with an object is far too loose (PolNeAR marks
 * only some), but quote marks in the object say that words are being reported. Needs the parse.
 */
export function quotedActs(doc: Doc, s: number, found: RawAttribution[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  const a0 = doc.sentFirst[s];
  const a1 = doc.sentEnd[s];
  // Quadratic in the sentence: long (or unparsed) sentences are left to the other rules.
  if (a1 - a0 > 150 || !doc.quotes.length) return out;
  for (let v = a0; v < a1; v++) {
    const t = doc.toks[v];
    if (t.upos !== "VERB" || t.quote >= 0 || cueStrength(t.lower)) continue;
    if (found.some((f) => f.cue && f.cue.start <= t.start && t.end <= f.cue.end)) continue;
    if (found.some((f) => f.content.start <= t.start && t.end <= f.content.end)) continue;
    let subj = -1;
    let obj = -1;
    for (let k = a0; k < a1; k++) {
      if (doc.toks[k].head !== v) continue;
      const d = doc.toks[k].deprel;
      if (d === "nsubj" && subj < 0) subj = k;
      if ((d === "obj" || d === "ccomp" || d === "xcomp") && obj < 0 && k > v) obj = k;
    }
    if (subj < 0 || obj < 0 || subj > v) continue;
    const st = doc.toks[subj];
    if (!(PRONOUNS.has(st.lower) && st.lower !== "it") && st.upos !== "PROPN") continue;
    // The object's subtree, bounded by the sentence.
    let lo = obj;
    let hi = obj;
    for (let k = obj + 1; k < a1; k++) {
      let h = k;
      let n = 0;
      while (h >= 0 && h !== obj && n < 30) {
        h = doc.toks[h].head;
        n++;
      }
      if (h === obj) hi = k;
    }
    for (let k = obj - 1; k > v; k--) {
      let h = k;
      let n = 0;
      while (h >= 0 && h !== obj && n < 30) {
        h = doc.toks[h].head;
        n++;
      }
      if (h === obj) lo = k;
    }
    while (hi > lo && !isWordy(doc.toks[hi]) && !doc.isMarkTok(hi)) hi--;
    const quotes = new Set<number>();
    for (let k = lo; k <= hi; k++) if (doc.toks[k].quote >= 0) quotes.add(doc.toks[k].quote);
    if (quotes.size === 0 || [...quotes].every((q) => titled(doc, q))) continue;
    const src = headSubject(doc, v) ?? { start: subj, end: subj + 1 };
    out.push(doc.make(doc.range(lo, hi + 1), null, src, doc.range(v, v + 1), s, "verb-quote", v + 1));
  }
  return out;
}
