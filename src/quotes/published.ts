import { type Doc, isWordy, type Range } from "./doc.js";
import { leftNP } from "./phrases.js";

/**
 * Documents made public, read through their participle: "a report published Monday said ..." is
 * the report's saying, not the report's publishing.
 */

/** Participles of making a document public: what they follow is the document, not its sender. */
const PUBLISHED = new Set([
  "published",
  "released",
  "issued",
  "posted",
  "filed",
  "distributed",
  "circulated",
  "aired",
  "leaked",
  "unveiled",
  "obtained",
  "broadcast",
  "conducted",
  "submitted",
  "sent",
  "written",
]);

/**
 * "A report published Monday said ...", "a poll released this week found ...": a participle right
 * after a common noun, parsed as that noun's modifier, tells what was done to the noun; the noun is
 * no speaker of it, and the clause's own verb after it carries the report. (With "by" after it,
 * "opposed by Democrats", the agent is read by the passive rules.)
 */
export function reducedRelative(doc: Doc, i: number, s: number): boolean {
  if (!PUBLISHED.has(doc.toks[i].lower)) return false;
  return doc.toks[i + 1]?.lower !== "by" && modifiesSubject(doc, i, s);
}

/**
 * The participle at i modifies the common noun right before it, and that noun is the subject of a
 * verb after the participle. (The tagger also reads a finite verb as a modifier, "a woman asked for
 * a photo", and then finds no verb after it.)
 */
function modifiesSubject(doc: Doc, i: number, s: number): boolean {
  const t = doc.toks[i];
  const prev = doc.toks[i - 1];
  if (!prev || prev.sent !== s || t.deprel !== "acl" || t.head !== i - 1 || prev.upos !== "NOUN")
    return false;
  const verb = doc.toks[prev.head];
  return (
    !!verb &&
    prev.head > i &&
    verb.sent === s &&
    (verb.upos === "VERB" || verb.upos === "AUX") &&
    !!prev.deprel?.startsWith("nsubj")
  );
}

/**
 * "Videos posted on social media showed ...": the noun phrase before the cue may be the place a
 * document was published in; the document, the subject of the cue, speaks, with its participle
 * phrase. Returns the whole phrase from the document's noun to the end of `src`, or null.
 */
export function publishedOwner(doc: Doc, src: Range, i: number, s: number): Range | null {
  for (let k = src.start - 1; k > doc.sentFirst[s] && k >= src.start - 3; k--) {
    const t = doc.toks[k];
    if (t.quote >= 0 || !isWordy(t)) return null;
    if (reducedRelative(doc, k, s) && doc.toks[k - 1].head === i) {
      const np = leftNP(doc, k, s);
      return { start: np && np.end === k ? np.start : k - 1, end: src.end };
    }
    // ("a copy of the memo seen by reporters said": an agent after the participle is no speaker
    // either; the subject of the cue, which the participle's noun belongs to, is.)
    if (doc.toks[k + 1]?.lower === "by" && /(ed|en)$/.test(t.lower) && doc.toks[k].deprel === "acl") {
      const subj = subjectOf(doc, doc.toks[k].head, i);
      const np = subj >= 0 && subj < k ? leftNP(doc, subj + 1, s) : null;
      return np && np.end === subj + 1 ? { start: np.start, end: src.end } : null;
    }
  }
  return null;
}

/** The noun at n or a noun it hangs on (up to two "of" hops) that is the subject of the verb at i, or -1. */
function subjectOf(doc: Doc, n: number, i: number): number {
  for (let hop = 0; hop < 3 && n >= 0; hop++) {
    const t = doc.toks[n];
    if (t.deprel?.startsWith("nsubj") && t.head === i) return n;
    if (t.deprel !== "nmod" || t.head >= n) return -1;
    n = t.head;
  }
  return -1;
}
