import type { Doc, RawAttribution } from "./doc.js";
import { rightNP } from "./phrases.js";

/**
 * "In an interview with CNN, the minister said ...", "Speaking to the BBC, Ruiz said ...", "...,
 * she told reporters in an interview with Le Monde": the outlet or person the words were given to
 * is the hearer of every report in the sentence that names none. The quotes stage turns a hearer
 * that is an outlet into the "to" link of the source chain.
 */

/** Words before "with"/"to" that say the words were given in an interview. */
const INTERVIEW_LEADS = new Set(["interview", "interviews", "speaking", "talking", "spoke"]);

/** The hearer named by an interview phrase in sentence s, as a token range, or null. */
function interviewHearer(doc: Doc, s: number): { start: number; end: number } | null {
  for (let k = doc.sentFirst[s]; k + 2 < doc.sentEnd[s]; k++) {
    const t = doc.toks[k];
    if (t.quote >= 0 || !INTERVIEW_LEADS.has(t.lower)) continue;
    const prep = doc.toks[k + 1].lower;
    if (prep !== "with" && !(prep === "to" && t.lower !== "interview" && t.lower !== "interviews")) continue;
    const np = rightNP(doc, k + 2, s);
    if (!np) continue;
    // "an interview with ABC's morning show": the outlet is the owner.
    for (let j = np.start + 1; j < np.end; j++)
      if (/^['\u2019]s?$/.test(doc.toks[j].lower)) return { start: np.start, end: j };
    return np;
  }
  return null;
}

/** Gives the sentence's interview hearer to its reports with a cue and no hearer of their own. */
export function addInterviewHearer(doc: Doc, found: RawAttribution[], s: number): void {
  if (!found.some((f) => f.cue && !f.hearer)) return;
  const h = interviewHearer(doc, s);
  if (!h) return;
  const hearer = doc.range(h.start, h.end);
  for (const f of found) {
    // The hearer is not one of the report's own parts ("the minister, speaking to aides, said").
    if (!f.cue || f.hearer || (f.source && f.source.start <= hearer.start && hearer.end <= f.source.end))
      continue;
    if (f.content.start <= hearer.start && hearer.end <= f.content.end) continue;
    f.hearer = hearer;
  }
}
