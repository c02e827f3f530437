// Repairs of parser errors that cost the stages after it a whole argument, made on the finished tree.
// Each is a shape the greedy parser gets wrong often in news and the tree alone can say when.

/** A parse: 1-based heads (0 = root) and relations, one per word. */
export interface Tree {
  head: number[];
  deprel: string[];
}

/** Tags of the words the tree is over. */
export interface TreeTags {
  words: string[];
  upos: string[];
  xpos: string[];
}

const SPEECH_FORMS =
  /^(said|says|say|told|tells|tell|added|adds|reported|reports|announced|announces|wrote|writes|noted|notes|stated|states|explained|explains|claimed|claims|alleged|alleges|insisted|insists|confirmed|confirms|argued|argues|acknowledged|acknowledges|tweeted|tweets|warned|warns)$/i;
const FINITE = /^(VBD|VBZ|VBP)$/;
const SUBJECT = /^(nsubj|csubj|expl)/;
// what may stand inside a speaker's noun phrase: "Deputy Foreign Minister Sergey Ryabkov", "the
// Bureau of Safety and Environmental Enforcement", "residents and officials", "Mr. Trump"
const NOMINAL = /^(NOUN|PROPN|DET|ADJ|NUM|PRON|CCONJ|PART)$/;
const MAX_SPEAKER_WORDS = 12;

/**
 * "Gunmen abducted 280 pupils and teachers, residents and officials said": a closing speech verb with
 * no subject, after a noun phrase the parser hung on the clause before it (as conjuncts of its object,
 * an apposition or an object). The noun phrase that ends right before the verb, back to a comma, quote
 * mark or a conjunction joining clauses, becomes the verb's subject: its first head the subject, the
 * later ones that subject's conjuncts. Left alone when the phrase holds a verb or a preposition other
 * than "of" ("Republicans running the probes say"), or when the verb is not finite ("a statement
 * saying", "heard him say"). Returns whether the tree changed.
 */
export function repairSubjectlessSpeech(tree: Tree, tags: TreeTags): boolean {
  const { head, deprel } = tree;
  const { words, upos, xpos } = tags;
  const n = words.length;
  let changed = false;
  for (let v = 1; v < n; v++) {
    if (upos[v] !== "VERB" || !FINITE.test(xpos[v]) || !SPEECH_FORMS.test(words[v])) continue;
    if (/^(acl|amod|xcomp|csubj)/.test(deprel[v])) continue;
    let hasSubject = false;
    for (let k = 0; k < n; k++) if (head[k] === v + 1 && SUBJECT.test(deprel[k])) hasSubject = true;
    if (hasSubject) continue;
    // the phrase: back from the verb to its left edge
    let start = v;
    while (start > 0 && v - start < MAX_SPEAKER_WORDS) {
      const k = start - 1;
      if (upos[k] === "PUNCT" && words[k] !== "." && words[k] !== "-") break;
      if (upos[k] === "CCONJ" && head[k] > 0 && upos[head[k] - 1] === "VERB") break;
      if (upos[k] === "ADP" && words[k].toLowerCase() !== "of") {
        start = -1;
        break;
      }
      if (!(NOMINAL.test(upos[k]) || upos[k] === "ADP" || words[k] === "." || words[k] === "-")) {
        start = -1;
        break;
      }
      start = k;
    }
    if (start < 0 || start === v || start === 0 || v - start >= MAX_SPEAKER_WORDS) continue;
    // the phrase's heads: its words whose head lies outside it
    const inside = (h: number) => h - 1 >= start && h - 1 < v;
    // (a verb hung on the phrase itself would become its own subject's head)
    if (inside(head[v])) continue;
    const roots: number[] = [];
    for (let k = start; k < v; k++) if (!inside(head[k])) roots.push(k);
    const nouns = roots.filter((k) => upos[k] === "NOUN" || upos[k] === "PROPN");
    // (a lone pronoun is left to the parser: "..., it said" is seldom misread)
    if (
      nouns.length === 0 ||
      roots.some((k) => !nouns.includes(k) && upos[k] !== "CCONJ" && upos[k] !== "PUNCT")
    )
      continue;
    // nothing outside the phrase but punctuation may hang on it (its words would be left in someone
    // else's clause)
    let holds = false;
    for (let k = 0; k < n; k++)
      if ((k < start || k >= v) && inside(head[k]) && upos[k] !== "PUNCT") holds = true;
    if (holds) continue;
    const [first, ...rest] = nouns;
    head[first] = v + 1;
    deprel[first] = "nsubj";
    // a later head after "and" or a comma is a conjunct ("residents and officials"); one right after
    // the last is the rest of a name the parser split ("Ms. Blasey | Ford")
    let prev = first;
    for (const k of rest) {
      let joined = false;
      for (let j = prev + 1; j < k; j++) if (upos[j] === "CCONJ" || words[j] === ",") joined = true;
      head[k] = first + 1;
      deprel[k] = joined ? "conj" : "flat";
      prev = k;
    }
    for (const k of roots) {
      if (nouns.includes(k)) continue;
      // a conjunction or comma goes with the conjunct after it
      const next = rest.find((r) => r > k);
      head[k] = (next ?? first) + 1;
      deprel[k] = upos[k] === "CCONJ" ? "cc" : "punct";
    }
    changed = true;
  }
  return changed;
}
