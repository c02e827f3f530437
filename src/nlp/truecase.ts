// Headlines and headings in Title Case ("Riot Police Use Water Cannon on Marchers") read to a tagger trained on
// running text as a row of proper nouns. Before tagging, parsing and NER, the capitalised words of such a
// sentence that news text mostly writes in lower case are lower-cased; the tokens keep their own text.
import type { Gazetteer, NerLexicon } from "./ner.js";
import { isHeadline } from "./tagger.js";

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
  /**
   * For sentences in capitals throughout: words news itself often writes so ("us" as "US", "nato"),
   * which stay as they are, and words it mostly capitalises ("reagan"), which take Title Case. Without
   * them such sentences are left alone.
   */
  shouted?: ReadonlySet<string>;
  titled?: ReadonlySet<string>;
}

/** Four or more words, nine in ten of those with letters in capitals throughout: a shouted headline. */
export function isAllCaps(words: readonly string[]): boolean {
  let n = 0;
  let lower = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    n++;
    if (/\p{Ll}/u.test(w) && ++lower > 0.1 * words.length) return false;
  }
  return n >= 4 && lower <= 0.1 * n;
}

/** "REAGAN" -> "Reagan". */
function titleOf(lower: string): string {
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * A sentence in capitals throughout, with each word cased as news mostly writes it: lower case
 * ("TROOPS KILL" -> "troops kill"), Title Case for names ("Reagan", the words of a listed name),
 * capitals where news writes the word so too ("US", "NATO"); words the lists do not know stay as given.
 */
function unshout(words: string[], lists: CaseLists): string[] {
  const lower = words.map((w) => w.toLowerCase());
  const name = namesIn(lower, lists.names);
  return words.map((w, i) => {
    const l = lower[i];
    if (l === w || /\p{Ll}/u.test(w) || lists.shouted?.has(l)) return w;
    if (name[i]) return titleOf(l);
    if (lists.lowerCase.has(l)) return l;
    return lists.titled?.has(l) ? titleOf(l) : w;
  });
}

/** Per word, 1 inside a listed name of two to four words (the longest at each start). */
function namesIn(lower: readonly string[], names: ReadonlySet<string>): Uint8Array {
  const keep = new Uint8Array(lower.length);
  for (let i = 0; i < lower.length; i++)
    for (let len = Math.min(4, lower.length - i); len >= 2; len--)
      if (names.has(lower.slice(i, i + len).join(" "))) {
        keep.fill(1, i, i + len);
        break;
      }
  return keep;
}

/**
 * The words to analyse a sentence with: for a Title Case sentence, each capitalised word (not one in
 * capitals throughout, "NATO", "U.S.", nor one inside a listed name, "New York") whose lower-case form
 * news mostly writes is lower-cased; other sentences are returned as they are.
 */
export function truecase(words: string[], lists: CaseLists): string[] {
  if (!isTitleCase(words)) return words;
  // capitals throughout pass for Title Case too; only a headline's are recased, since web text shouts
  // whole sentences ("WE WILL BE BACK !") the tagger has learned as they are
  if (lists.shouted && isAllCaps(words)) return isHeadline(words) ? unshout(words, lists) : words;
  const lower = words.map((w) => w.toLowerCase());
  const keep = namesIn(lower, lists.names);
  return words.map((w, i) =>
    !keep[i] && /^\p{Lu}\p{Ll}/u.test(w) && lists.lowerCase.has(lower[i]) ? lower[i] : w,
  );
}

/**
 * Casing code share (1-8: under 2 %, 10 %, 30 %, 50 % ... capitalised) from which a word news writes in
 * capitals throughout more often than in Title Case keeps its capitals in a shouted sentence: "raid"
 * (capitalised under 10 % of the time, mostly in shouted lines) is lowered, "us" (30-50 %) is not.
 */
const SHOUTED_MIN_SHARE = 3;

/**
 * The case lists from the NER lexicon and gazetteer: the lower-case words are those the lexicon's casing
 * code (src/nlp/train/ner-lexicon.ts casingCode) puts at 1-4 or 11-14, under half of the sightings
 * capitalised; the names are the several-word entries of either.
 */
export function caseLists(lexicon: NerLexicon, gazetteer: Gazetteer | null): CaseLists {
  const lowerCase = new Set<string>();
  const shouted = new Set<string>();
  const titled = new Set<string>();
  for (const [w, f] of lexicon.words) {
    const share = f.casing % 10; // +10 only says capitals throughout outnumber Title Case
    if (share >= 1 && share <= 4) lowerCase.add(w);
    // "us": capitalised a third of the time, nearly always as "US"
    if (f.casing >= 10 && share >= SHOUTED_MIN_SHARE) shouted.add(w);
    else if (share > 4) titled.add(w);
  }
  const names = new Set<string>();
  for (const source of [lexicon.spans, gazetteer ?? new Map<string, string>()])
    for (const k of source.keys()) if (k.includes(" ") && k.split(" ").length <= 4) names.add(k);
  return { lowerCase, names, shouted, titled };
}
