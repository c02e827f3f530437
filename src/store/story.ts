import { isNearDuplicate } from "../ingest/dedup.js";

/** Stories sharing a band key that are checked against a new document (band keys rarely collide). */
export const MAX_STORY_CANDIDATES = 8;

/**
 * The story a new document joins: the first candidate (found through shared MinHash band keys) whose
 * first article really is a near copy. Band keys alone would join unrelated stories now and then.
 */
export function pickStory(
  body: string,
  candidates: { story_key: string; body: string | null }[],
): string | null {
  for (const c of candidates) if (c.body !== null && isNearDuplicate(body, c.body)) return c.story_key;
  return null;
}
