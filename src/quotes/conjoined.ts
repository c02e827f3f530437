import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";

/**
 * "The mayor pointed to the budget and praised the council": two acts of one source. PolNeAR
 * annotates each conjoined cue verb as an attribution of its own, sharing the first one's source, and
 * ends the first content before the conjunction. Without this the second cue sits inside the first
 * content and is dropped as a nested stance. Needs the parse (the `conj` relation).
 */

/** The token indices of a character range inside sentence s (the tokens it overlaps). */
function tokensOf(doc: Doc, r: Range, s: number): number[] {
  const out: number[] = [];
  for (let k = doc.sentFirst[s]; k < doc.sentEnd[s]; k++) {
    const t = doc.toks[k];
    if (t.start < r.end && r.start < t.end) out.push(k);
  }
  return out;
}

/** True when verb v has its own subject ("and he praised"): then the clause is not a shared act. */
function hasSubject(doc: Doc, v: number, s: number): boolean {
  for (let k = doc.sentFirst[s]; k < doc.sentEnd[s]; k++) {
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

/**
 * For each attribution of sentence s with a source and a cue: a later attribution whose cue verb the
 * parse conjoins to that cue (no subject of its own, inside the first content) takes the first
 * one's source, and the first content stops before the conjunction. Mutates `found` in place.
 */
export function splitConjoined(doc: Doc, found: RawAttribution[], s: number): void {
  for (const first of found) {
    if (!first.cue || !first.source) continue;
    const cueToks = new Set(tokensOf(doc, first.cue, s));
    if (cueToks.size === 0) continue;
    for (const second of found) {
      if (second === first || !second.cue) continue;
      if (second.cue.start < first.content.start || second.cue.end > first.content.end) continue;
      const v = tokensOf(doc, second.cue, s).find(
        (k) => doc.toks[k].deprel === "conj" && cueToks.has(doc.toks[k].head),
      );
      if (v === undefined ? !repeatedSpeech(doc, first, second, s) : hasSubject(doc, v, s)) continue;
      // End the first content before the conjunction (and a comma before it).
      let cut = tokensOf(doc, second.cue, s)[0];
      while (cut - 1 > doc.sentFirst[s] && (doc.toks[cut - 1].deprel === "cc" || !isWordy(doc.toks[cut - 1])))
        cut--;
      // Words before the verb that belong to its group ("and also praised") stay with the cue.
      if (doc.toks[cut].start <= first.content.start) continue;
      first.content = { start: first.content.start, end: doc.toks[cut - 1].end };
      second.source = first.source;
    }
  }
}
