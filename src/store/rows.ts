// How a Document maps onto storage rows; shared by the SQLite and PostgreSQL stores so both keep
// exactly the same shape.
import type { Actor, Document, DyadEvent, Quote } from "../model/index.js";

/** The layers kept with the article (tokens are recomputed on demand; events and quotes get tables). */
export function articleLayers(doc: Document): Record<string, unknown> {
  return {
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    mentions: doc.mentions,
    actors: doc.actors,
    timexes: doc.timexes,
    places: doc.places,
    notes: doc.notes,
    publishedConfidence: doc.publishedConfidence,
  };
}

export function mentionCounts(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (m.actorId) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  return counts;
}

export function eventColumns(e: DyadEvent) {
  return {
    event_key: e.id,
    sentence: e.sentence,
    source_code: e.source?.code ?? null,
    source_actor: e.source?.actorId ?? null,
    target_code: e.target?.code ?? null,
    target_actor: e.target?.actorId ?? null,
    cameo: e.cameo,
    root: e.root,
    plover: e.plover?.type ?? null,
    quad: e.quad,
    goldstein: e.goldstein,
    date: e.date,
    place: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    status: e.status,
    negated: e.negated ? 1 : 0,
    data: JSON.stringify(e),
  };
}

/** The name a quote is filed under: the resolved actor's name, else the source words. */
export function quoteSpeaker(q: Quote, actors: Actor[]): string | null {
  const id = q.source?.actorId ?? q.chain[0]?.speakerActorId ?? null;
  const actor = id ? actors.find((a) => a.id === id) : undefined;
  return actor?.name ?? q.source?.text ?? q.chain[0]?.speaker ?? null;
}

export function quoteColumns(q: Quote, actors: Actor[]) {
  return {
    quote_key: q.id,
    kind: q.kind,
    content: q.content.text,
    speaker: quoteSpeaker(q, actors),
    speaker_actor: q.source?.actorId ?? null,
    data: JSON.stringify(q),
  };
}

/** Turns free text into a safe full-text query: every word quoted, all required. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 32) ?? [];
  return words.length ? words.map((w) => `"${w}"`).join(" ") : null;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
}
