// Headlines and headings in Title Case ("Riot Police Use Water Cannon on Marchers") read to a tagger trained on
// running text as a row of proper nouns. Before tagging, parsing and NER, the capitalised words of such a
// sentence that news text mostly writes in lower case are lower-cased; the tokens keep their own text.
import type { Gazetteer, NerLexicon } from "./ner.js";

/** Four or more words, seven in ten of them capitalised: a headline or heading, not a sentence. */
export function isTitleCase(words: readonly string[]): boolean {
  let n = 0;
  let caps = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    // ASCII first, as nearly every word is; the rest by Unicode class
    const upper = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
    if (upper) {
      caps++;
      n++;
    } else if (c < 128 ? c >= 97 && c <= 122 : /^\p{L}/u.test(w)) n++;
    // a lower-case word early on settles it: more than three in ten cannot be
    if (n - caps > 0.3 * words.length) return false;
  }
  return n >= 4 && caps / n >= 0.7;
}

/** What truecasing needs: the words news writes in lower case, and names of several words to keep. */
export interface CaseLists {
  lowerCase: ReadonlySet<string>;
  /** Lower-cased names of two to four words ("new york", "associated press") whose words stay as given. */
  names: ReadonlySet<string>;
}

/**
 * The words to analyse a sentence with: for a Title Case sentence, each capitalised word (not one in
 * capitals throughout, "NATO", "U.S.", nor one inside a listed name, "New York") whose lower-case form
 * news mostly writes is lower-cased; other sentences are returned as they are.
 */
export function truecase(words: string[], lists: CaseLists): string[] {
  if (!isTitleCase(words)) return words;
  const keep = new Uint8Array(words.length);
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++)
    for (let len = Math.min(4, words.length - i); len >= 2; len--)
      if (lists.names.has(lower.slice(i, i + len).join(" "))) {
        keep.fill(1, i, i + len);
        break;
      }
  return words.map((w, i) =>
    !keep[i] && /^\p{Lu}\p{Ll}/u.test(w) && lists.lowerCase.has(lower[i]) ? lower[i] : w,
  );
}

/**
 * The case lists from the NER lexicon and gazetteer: the lower-case words are those the lexicon's casing
 * code (src/nlp/train/ner-lexicon.ts casingCode) puts at 1-4 or 11-14, under half of the sightings
 * capitalised; the names are the several-word entries of either.
 */
export function caseLists(lexicon: NerLexicon, gazetteer: Gazetteer | null): CaseLists {
  const lowerCase = new Set<string>();
  for (const [w, f] of lexicon.words) {
    const share = f.casing % 10; // +10 only says capitals throughout outnumber Title Case
    if (share >= 1 && share <= 4) lowerCase.add(w);
  }
  const names = new Set<string>();
  for (const source of [lexicon.spans, gazetteer ?? new Map<string, string>()])
    for (const k of source.keys()) if (k.includes(" ") && k.split(" ").length <= 4) names.add(k);
  return { lowerCase, names };
}
