// Targets a sentence leaves unsaid but the coding conventions supply. A protest, strike or rally by a
// country's civilians, workers or opposition that names no target is aimed at that country's
// government (the body whose policy protests oppose, as ICEWS and eval/data/README.md code them);
// the target is the government's nearest mention in the document, so it still points at words of the
// article, and nothing is added when the document never mentions that government.

import type { Document, DyadEvent, Mention } from "../model/index.js";

/** Sectors of people who protest against their own government (not police, troops or officials). */
const PROTESTING_SECTORS = /^(CVL|LAB|OPP|EDU|REL)$/;

/** The government ("XXXGOV") a protest by a country's civilians is aimed at, or null. */
export function protestGovernment(sourceCode: string): string | null {
  if (!/^[A-Z]{3}[A-Z]{3}$/.test(sourceCode)) return null;
  if (!PROTESTING_SECTORS.test(sourceCode.slice(3))) return null;
  if (/^(IGO|NGO|---)/.test(sourceCode)) return null;
  return `${sourceCode.slice(0, 3)}GOV`;
}

/**
 * Gives target-less protests (CAMEO 14) by civilians the government of their country, from the
 * document's mention of it nearest to the event (before it if any, else after). Mutates the events.
 */
export function addProtestTargets(doc: Document, events: DyadEvent[]): void {
  const codeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
  for (const e of events) {
    if (e.root !== "14" || e.target || !e.source) continue;
    const gov = protestGovernment(e.source.code);
    if (!gov) continue;
    let best: Mention | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const m of doc.mentions) {
      if (!m.actorId || codeOf.get(m.actorId) !== gov) continue;
      // a mention before the event reads as what the protest answers; one after only as a fallback
      const distance = m.end <= e.verb.start ? e.verb.start - m.end : 10 * (m.start - e.verb.end) + 1;
      if (distance >= 0 && distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (!best?.actorId) continue;
    e.target = { start: best.start, end: best.end, text: best.text, code: gov, actorId: best.actorId };
    e.rule = `${e.rule}+protest:government`;
  }
}
