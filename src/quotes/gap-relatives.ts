import { BE_FORMS, CUE_PARTICLES, cueLemma, cueStrength, VERB_GROUP } from "./cues.js";
import { type Doc, isWordy, type Range, type RawAttribution } from "./doc.js";
import { leftNP } from "./phrases.js";
import { LY_NOUNS } from "./words.js";

/**
 * A cue verb whose object stands before its subject: "the plan she once backed", "a tax that he
 * opposes", "what they believe", "more votes than the aides expected". The verb takes no object or
 * clause after it; the object is the word or noun phrase that opens the relative (or comparative)
 * clause, and the subject right before the verb is the source. Needs the parse.
 */

/** Words that open a clause whose object is missing after its verb. */
const GAP_WORDS = new Set(["that", "which", "what", "whom", "than"]);
/** Complements that give the verb an object or clause of its own after it. */
const OBJECTS = new Set(["obj", "ccomp", "xcomp", "iobj"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ", "SCONJ"]);

/** The leftmost token, from `floor` on, of the run of tokens right before k that the parse hangs inside k's phrase. */
function subtreeStart(doc: Doc, k: number, floor: number): number {
  let a = k;
  while (a - 1 >= floor) {
    const h = doc.toks[a - 1].head;
    if (h < a - 1 || h > k) break;
    a--;
  }
  return a;
}

export function gapRelative(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  if (t.upos !== "VERB" || !cueStrength(t.lower) || t.text !== t.lower) return null;
  const first = doc.sentFirst[s];
  const end = doc.sentEnd[s];
  // The verb group before the cue: auxiliaries, negation, adverbs in -ly.
  let vg = i;
  while (
    vg - 1 > first &&
    (VERB_GROUP.has(doc.toks[vg - 1].lower) ||
      BE_FORMS.has(doc.toks[vg - 1].lower) ||
      (/^\p{Ll}+ly$/u.test(doc.toks[vg - 1].text) && !LY_NOUNS.has(doc.toks[vg - 1].lower)))
  )
    vg--;
  // Its subject ends right before the verb group and is the verb's own nsubj.
  let subj = -1;
  let gapWord = -1;
  for (let k = first; k < end; k++) {
    const u = doc.toks[k];
    if (u.head !== i) continue;
    if (OBJECTS.has(u.deprel ?? "") && k > i) return null;
    if (u.deprel === "nsubj" && k < vg) subj = k;
    if (u.deprel === "nsubj:pass" || u.deprel === "aux:pass") return null;
    if (k < vg && GAP_WORDS.has(u.lower)) gapWord = k;
  }
  if (t.head >= 0 && GAP_WORDS.has(doc.toks[t.head].lower) && t.head < vg) gapWord = t.head;
  if (subj < 0 || subj !== vg - 1) return null;
  const np = leftNP(doc, vg, s);
  if (!np || np.start > subj || np.end !== vg) return null;
  // "a deal she once backed": the phrase finder may run the antecedent into the subject; the
  // subject is only the subject's own words (the tokens before it that the parse hangs on it).
  const src = { start: Math.max(np.start, subtreeStart(doc, subj, np.start)), end: vg };
  const before = src.start - 1;
  if (before < first) return null;
  let content: Range | null = null;
  const lead = doc.toks[before];
  if (gapWord === before) {
    // "a tax that he opposes": the antecedent with its relative word.
    const ante = lead.lower === "that" || lead.lower === "which" ? leftNP(doc, before, s) : null;
    content =
      ante && ante.end === before
        ? { start: ante.start, end: before + 1 }
        : { start: before, end: before + 1 };
  } else if (
    t.deprel?.startsWith("acl") &&
    t.head >= 0 &&
    t.head <= before &&
    isWordy(lead) &&
    (lead.upos === "NOUN" || lead.upos === "PROPN" || lead.upos === "PRON")
  ) {
    // "the plan she once backed": the noun phrase the clause modifies.
    const ante = leftNP(doc, before + 1, s);
    if (!ante) return null;
    content = ante;
  } else return null;
  let cueEnd = i + 1;
  const lemma = cueLemma(t.lower) ?? t.lower;
  if (lemma === "seem" || lemma === "appear") return null;
  if (CUE_PARTICLES.get(lemma)?.has(doc.toks[cueEnd]?.lower ?? "") && doc.toks[cueEnd].sent === s) cueEnd++;
  // Nothing the verb could take as its object follows: a stop, a preposition, an adverb, a verb.
  const next = doc.toks[cueEnd];
  if (next && next.sent === s && NOMINAL.has(next.upos ?? "")) return null;
  return doc.make(
    doc.range(content.start, content.end),
    null,
    src,
    doc.range(vg, cueEnd),
    s,
    "gap-relative",
    cueEnd,
  );
}
