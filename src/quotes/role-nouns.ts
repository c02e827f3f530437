import { BE_FORMS, SUBJECT_PRONOUNS } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { leftNP } from "./phrases.js";

/**
 * "Ruiz is a fierce critic of the plan", "Ruiz, a longtime supporter of the mayor, ...": a noun for
 * someone's stance toward something, predicated of a subject or set beside a name. The subject (or the
 * name) is the source, the words from the verb (or the article) to "of" the cue, the phrase after
 * "of" the content, as PolNeAR annotates them.
 */

const ROLE_NOUNS = new Set([
  "supporter",
  "supporters",
  "critic",
  "critics",
  "opponent",
  "opponents",
  "proponent",
  "proponents",
  "advocate",
  "advocates",
  "backer",
  "backers",
  "fan",
  "fans",
  "champion",
  "champions",
  "defender",
  "defenders",
  "foe",
  "foes",
  "detractor",
  "detractors",
]);
/** Verbs that predicate a role of their subject ("is", "remains", "became"). */
const LINKS = new Set([...BE_FORMS, "remains", "remained", "became", "becomes", "become"]);
const ARTICLES = new Set(["a", "an", "the", "no"]);

export function roleNoun(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  const of = doc.toks[i + 1];
  if (!ROLE_NOUNS.has(t.lower) || t.quote >= 0 || !of || of.sent !== s) return null;
  if (of.lower !== "of" && !(of.lower === "for" && t.lower.startsWith("advocate"))) return null;
  // Back over up to three modifiers ("longtime", "most outspoken") to the article.
  const first = doc.sentFirst[s];
  let k = i - 1;
  while (k >= first && k > i - 5 && !ARTICLES.has(doc.toks[k].lower) && isModifier(doc, k)) k--;
  let src: Range | null = null;
  let cueStart = -1;
  const article = k >= first && ARTICLES.has(doc.toks[k].lower) ? k : -1;
  const link = article >= 0 ? article - 1 : k;
  if (link >= first && LINKS.has(doc.toks[link].lower)) {
    // "Ruiz is a critic of": the subject before the verb group.
    let vg = link;
    while (
      vg - 1 >= first &&
      ["has", "have", "had", "also", "long", "always", "now"].includes(doc.toks[vg - 1].lower)
    )
      vg--;
    const before = doc.toks[vg - 1];
    if (!before || before.sent !== s) return null;
    src = SUBJECT_PRONOUNS.has(before.lower) ? { start: vg - 1, end: vg } : leftNP(doc, vg, s);
    cueStart = vg;
  } else if (article >= 0 && doc.toks[article - 1]?.text === "," && doc.toks[article - 1].sent === s) {
    // "Ruiz, a critic of": an appositive after a name.
    const np = leftNP(doc, article - 1, s);
    if (np && (/^\p{Lu}/u.test(doc.toks[np.end - 1].text) || doc.toks[np.end - 1].text === ")")) src = np;
    else if (np && ["the", "a", "an"].includes(doc.toks[np.start].lower)) src = np;
    cueStart = article;
  }
  if (!src || cueStart < 0 || src.end > cueStart) return null;
  // The content: from after "of" to a comma, stop or clause word.
  const from = i + 2;
  let e = from;
  while (e < doc.sentEnd[s] && e - from < 20) {
    const u = doc.toks[e];
    if (
      u.quote < 0 &&
      (u.text === "," || u.text === ";" || u.text === "." || u.text === "(" || u.text === "\u2014")
    )
      break;
    if (["who", "which", "and", "but", "because", "while"].includes(u.lower) && e > from) break;
    e++;
  }
  if (e <= from) return null;
  return doc.make(doc.range(from, e), null, src, doc.range(cueStart, i + 2), s, "stance-role", i + 2);
}

/** Adjectives and adverbs between the article and the role noun ("a longtime", "most outspoken"). */
function isModifier(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (!isWordy(t) || t.quote >= 0) return false;
  if (t.upos) return t.upos === "ADJ" || t.upos === "ADV" || (t.upos === "NOUN" && k > 0);
  return /^\p{Ll}/u.test(t.text);
}
