// The place stage: names of countries, regions and cities in the body, with coordinates.
import type { Document, Place } from "../model/index.js";
import type { PipelineConfig, Stage } from "../pipeline/stage.js";
import { defaultGazetteer } from "./gazetteer.js";
import { resolvePlaces } from "./resolve.js";

export async function createPlaceStage(_config: PipelineConfig): Promise<Stage> {
  const gazetteer = defaultGazetteer();
  return {
    name: "places",
    run(doc: Document): Document {
      return { ...doc, places: resolvePlaces(doc, gazetteer) };
    },
  };
}

const LOCATIVE = /\b(?:in|at|near|outside|inside|from|across|throughout|around|to|into|on)\s+(?:the\s+)?$/i;
const SPECIFICITY: Record<Place["kind"], number> = { city: 3, region: 2, other: 1, country: 1 };

/**
 * The place where the clause at [start, end) happens: a place after a locative preposition ("in Beijing")
 * first, the most specific one next, else null so the caller can fall back to the dateline or nothing.
 */
export function placeFor(doc: Pick<Document, "places" | "body">, start: number, end: number): Place | null {
  let best: Place | null = null;
  let bestScore = -1;
  for (const p of doc.places) {
    if (p.start < start || p.end > end) continue;
    const before = doc.body.slice(Math.max(start, p.start - 16), p.start);
    const score = (LOCATIVE.test(before) ? 10 : 0) + SPECIFICITY[p.kind];
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
