// Headlines and headings in Title Case ("Police Fire Tear Gas at Protesters") read to a tagger trained on
// running text as a row of proper nouns. Before tagging, parsing and NER, the capitalised words of such a
// sentence that news text mostly writes in lower case are lower-cased; the tokens keep their own text.
import type { NerLexicon } from "./ner.js";

/** Four or more words, seven in ten of them capitalised: a headline or heading, not a sentence. */
export function isTitleCase(words: readonly string[]): boolean {
  let n = 0;
  let caps = 0;
  for (const w of words) {
    if (!/^\p{L}/u.test(w)) continue;
    n++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return n >= 4 && caps / n >= 0.7;
}

/**
 * The words to analyse a sentence with: for a Title Case sentence, each capitalised word (not one in
 * capitals throughout, "NATO", "U.S.") whose lower-case form `lowerCase` lists is lower-cased; other
 * sentences are returned as they are.
 */
export function truecase(words: string[], lowerCase: ReadonlySet<string>): string[] {
  if (!isTitleCase(words)) return words;
  return words.map((w) => {
    if (!/^\p{Lu}\p{Ll}/u.test(w)) return w;
    const lower = w.toLowerCase();
    return lowerCase.has(lower) ? lower : w;
  });
}

/**
 * The words news mostly writes in lower case away from sentence starts: the NER lexicon's casing code
 * (src/nlp/train/ner-lexicon.ts casingCode) 1-4 or 11-14: under half of the sightings capitalised.
 */
export function lowerCaseWords(lexicon: NerLexicon): Set<string> {
  const out = new Set<string>();
  for (const [w, f] of lexicon.words) {
    const share = f.casing % 10; // +10 only says capitals throughout outnumber Title Case
    if (share >= 1 && share <= 4) out.add(w);
  }
  return out;
}
