import { clauseToEnd } from "./clauses.js";
import { relativeSubject } from "./cue-token.js";
import { BE_FORMS, cueStrength, SUBJECT_PRONOUNS } from "./cues.js";
import { type Doc, isWordy, type RawAttribution } from "./doc.js";
import { leftNP } from "./phrases.js";

/**
 * "Trump is expected to deliver a speech tonight": an expectation held by no one named. PolNeAR
 * annotates it with no source, "is expected" as the cue and the clause, subject included, as the
 * content. (When the verb after "to" is itself a cue, "expected to endorse", the verb rules read it.)
 */

const ADVERBS = new Set(["widely", "not", "still", "also", "now", "generally", "largely", "long"]);

export function expectedImpression(doc: Doc, i: number, s: number): RawAttribution | null {
  const t = doc.toks[i];
  const to = doc.toks[i + 1];
  const verb = doc.toks[i + 2];
  if (t.lower !== "expected" || to?.lower !== "to" || !verb || verb.sent !== s) return null;
  if (cueStrength(verb.lower)) return null;
  let b = i - 1;
  while (b > doc.sentFirst[s] && ADVERBS.has(doc.toks[b].lower)) b--;
  if (b <= doc.sentFirst[s] || !BE_FORMS.has(doc.toks[b].lower)) return null;
  const before = doc.toks[b - 1];
  if (!before || before.sent !== s) return null;
  const subj =
    SUBJECT_PRONOUNS.has(before.lower) || relativeSubject(doc, b - 1, s)
      ? { start: b - 1, end: b }
      : leftNP(doc, b, s);
  if (!subj) return null;
  const content = clauseToEnd(doc, subj.start, s);
  if (!content) return null;
  return doc.make(content, null, null, doc.range(b, i + 1), s, "stance-impression", i + 1);
}

/**
 * "The group is reportedly spending $1 million on ads": a report with no one named. With no comma
 * between the sentence start and "reportedly", the sentence's clause is the content. ("reportedly
 * said" is a cue of its own: the verb rules read it.)
 */
export function reportedlyImpression(doc: Doc, i: number, s: number): RawAttribution | null {
  if (doc.toks[i].lower !== "reportedly" || doc.toks[i].quote >= 0) return null;
  const next = doc.toks[i + 1];
  if (!next || next.sent !== s || cueStrength(next.lower) === "speech") return null;
  let from = doc.sentFirst[s];
  while (from < i && !isWordy(doc.toks[from])) from++;
  if (from >= i) return null;
  for (let k = from; k < i; k++) if (doc.toks[k].text === "," || doc.toks[k].quote >= 0) return null;
  const content = clauseToEnd(doc, from, s);
  if (!content) return null;
  return doc.make(content, null, null, doc.range(i, i + 1), s, "stance-impression", i + 1);
}

/**
 * "a resort now known as the Palm Club", "known online as 'Guccifer'": a name given by no one named.
 * The name after "as" (to the next comma or stop) is the content.
 */
export function knownAs(doc: Doc, i: number, s: number): RawAttribution | null {
  if (doc.toks[i].lower !== "known" || doc.toks[i].quote >= 0) return null;
  let as = i + 1;
  if (doc.toks[as]?.lower !== "as") as++;
  if (doc.toks[as]?.lower !== "as" || doc.toks[as].sent !== s) return null;
  const from = as + 1;
  let e = from;
  while (e < doc.sentEnd[s] && e - from < 12) {
    const u = doc.toks[e];
    if (
      u.quote < 0 &&
      (u.text === "," || u.text === "." || u.text === ";" || u.text === "(" || u.text === "\u2014")
    )
      break;
    if (u.quote < 0 && e > from && ["and", "but", "who", "which", "that", "because"].includes(u.lower)) break;
    e++;
  }
  if (e <= from) return null;
  return doc.make(doc.range(from, e), null, null, doc.range(i, as + 1), s, "stance-impression", as + 1);
}
