import { createRequire } from "node:module";
// Lemmatizer: a table of (form, XPOS) -> lemma learned from the treebank for words it has seen, and
// suffix rules learned from the same data ("XPOS + last letters -> cut n letters, add s") for the rest.

export interface LemmaData {
  /** "form\txpos" -> lemma, only where the suffix rules get it wrong. */
  exceptions: Record<string, string>;
  /** "xpos\tsuffix" -> [cut, add]. */
  rules: Record<string, [number, string]>;
}

const MAX_SUFFIX = 5;
const KEEP_CASE = new Set(["NNP", "NNPS"]);

/** Proper nouns this long in capitals are mostly names written loud ("WARWICK"), not acronyms ("NATO"). */
const MIN_SHOUTED_NAME = 5;

/** The form the suffix rules work on: lower case, but proper nouns keep theirs (title case when shouted). */
function casedBase(form: string, xpos: string): string {
  if (!KEEP_CASE.has(xpos)) return form.toLowerCase();
  if (form.length >= MIN_SHOUTED_NAME && form === form.toUpperCase() && form !== form.toLowerCase())
    return form[0] + form.slice(1).toLowerCase();
  return form;
}

function ruleFor(form: string, lemma: string): [number, string] {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return [form.length - p, lemma.slice(p)];
}

export function applyLemma(data: LemmaData, form: string, xpos: string): string {
  const exact = data.exceptions[`${form}\t${xpos}`];
  if (exact !== undefined) return exact;
  const base = casedBase(form, xpos);
  // a capitalised or shouted common word ("BROUGHT", "Went") has its lower-case form's exception
  if (base !== form && !KEEP_CASE.has(xpos)) {
    const lower = data.exceptions[`${base}\t${xpos}`];
    if (lower !== undefined) return lower;
  }
  const lower = base.toLowerCase();
  // Verb forms the treebank has not seen are often irregular news verbs ("fled", "shot", "struck") or
  // ones the suffix rules learned from a few words get wrong ("fl", "shet", "denie", "provok"): a
  // lexicon of English verbs knows them.
  if (PAST_TAGS.has(xpos)) return verbLexicon().verb(lower);
  const ruled = bySuffix(data, base, lower, xpos);
  // Present forms: the rules learned from a few words make non-words ("denie", "provok", "not" from
  // "noting"), the lexicon picks the shorter of two stems ("wag" from "waging"): a rule's verb that the
  // lexicon knows stands, else the lexicon's answer, else the rule's.
  if (!PRESENT_TAGS.has(xpos) || isKnownVerb(ruled.toLowerCase())) return ruled;
  const known = verbLexicon().verb(lower);
  return known !== lower ? known : ruled;
}

function bySuffix(data: LemmaData, base: string, lower: string, xpos: string): string {
  for (let k = Math.min(MAX_SUFFIX, lower.length - 1); k >= 1; k--) {
    const r = data.rules[`${xpos}\t${lower.slice(lower.length - k)}`];
    if (r) return r[0] <= base.length ? base.slice(0, base.length - r[0]) + r[1] : base;
  }
  return base;
}

/** Tags whose unseen forms the verb lexicon lemmatises (wink-lemmatizer, WordNet's exceptions and rules). */
const PAST_TAGS = new Set(["VBD", "VBN"]);
/** Tags whose unseen forms the verb lexicon lemmatises where the suffix rules make no verb. */
const PRESENT_TAGS = new Set(["VBZ", "VBG"]);

/** Whether WordNet has this base form as a verb: the lexicon strips the -s of a verb it knows. */
function isKnownVerb(base: string): boolean {
  return verbLexicon().verb(`${base}s`) === base;
}

type WinkLemmatizer = typeof import("wink-lemmatizer").default;
let wink: WinkLemmatizer | null = null;

/** The lexicon loads its word lists (~0.2 s) on first use, not whenever this module is imported. */
function verbLexicon(): WinkLemmatizer {
  wink ??= createRequire(import.meta.url)("wink-lemmatizer") as WinkLemmatizer;
  return wink;
}

/** Learns rules and exceptions from (form, xpos, lemma) triples. */
export function learnLemmas(items: { form: string; xpos: string; lemma: string }[]): LemmaData {
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const { form, xpos, lemma } of items) {
    const base = casedBase(form, xpos);
    const lower = base.toLowerCase();
    if (lemma.toLowerCase() !== lemma && !KEEP_CASE.has(xpos)) continue;
    const [cut, add] = ruleFor(base, lemma);
    for (let k = 1; k <= Math.min(MAX_SUFFIX, lower.length - 1); k++) {
      const key = `${xpos}\t${lower.slice(lower.length - k)}`;
      let m = ruleCounts.get(key);
      if (!m) {
        m = new Map();
        ruleCounts.set(key, m);
      }
      const r = `${cut}\t${add}`;
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const rules: LemmaData["rules"] = {};
  for (const [key, m] of [...ruleCounts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let best = "";
    let bestN = 0;
    let total = 0;
    for (const [r, c] of m) {
      total += c;
      if (c > bestN || (c === bestN && r < best)) {
        best = r;
        bestN = c;
      }
    }
    // identity is the fallback anyway; keep only rules that change the word and are reliable
    if (best !== "0\t" && bestN >= 2 && bestN / total >= 0.6) {
      const [cut, add] = best.split("\t");
      rules[key] = [Number(cut), add];
    }
  }
  const data: LemmaData = { exceptions: {}, rules };
  const seen = new Map<string, Map<string, number>>();
  for (const { form, xpos, lemma } of items) {
    const key = `${form}\t${xpos}`;
    let m = seen.get(key);
    if (!m) {
      m = new Map();
      seen.set(key, m);
    }
    m.set(lemma, (m.get(lemma) ?? 0) + 1);
  }
  for (const [key, m] of [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const [form, xpos] = key.split("\t");
    if (applyLemma({ exceptions: {}, rules }, form, xpos) !== best) data.exceptions[key] = best;
  }
  return data;
}
