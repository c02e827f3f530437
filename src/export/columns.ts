// Dyad's own flat event record (the csv, jsonl-flat and parquet exports, and the API's CSV): one row per
// coded event, with the evidence offsets that point back into the stored article.
import type { EventRow } from "../store/store.js";

export interface Column {
  name: string;
  type: "string" | "int" | "double" | "bool";
  description: string;
}

export const EVENT_COLUMNS: Column[] = [
  { name: "id", type: "int", description: "event id in this database (the cursor for paging)" },
  { name: "article_id", type: "int", description: "stored article the event came from (`dyad show <id>`)" },
  { name: "event_key", type: "string", description: "the event's id inside its article" },
  {
    name: "date",
    type: "string",
    description: "event date (YYYY-MM-DD), from the clause or the article date",
  },
  { name: "date_source", type: "string", description: "clause, article or none" },
  { name: "source_code", type: "string", description: "CAMEO actor code of the source (who did it)" },
  { name: "source_text", type: "string", description: "the source's words in the article" },
  { name: "source_actor", type: "string", description: "resolved actor id of the source" },
  { name: "target_code", type: "string", description: "CAMEO actor code of the target (to whom)" },
  { name: "target_text", type: "string", description: "the target's words in the article" },
  { name: "target_actor", type: "string", description: "resolved actor id of the target" },
  { name: "verb", type: "string", description: "the verb phrase that was coded" },
  { name: "cameo", type: "string", description: "CAMEO event code (2-4 digits)" },
  { name: "root", type: "string", description: "CAMEO root (2 digits)" },
  { name: "plover_type", type: "string", description: "PLOVER event type (empty for CAMEO roots 01 and 02)" },
  { name: "plover_mode", type: "string", description: "PLOVER mode" },
  { name: "plover_context", type: "string", description: "PLOVER context" },
  {
    name: "quad_class",
    type: "int",
    description: "QuadClass: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict",
  },
  { name: "goldstein", type: "double", description: "Goldstein scale (-10 to +10) of the CAMEO code" },
  { name: "modality", type: "string", description: "asserted, intended, requested, hypothetical or future" },
  { name: "negated", type: "bool", description: "the clause was negated" },
  { name: "status", type: "string", description: "claim status: asserted, reported, alleged or denied" },
  { name: "place", type: "string", description: "where it happened (gazetteer name)" },
  { name: "place_country", type: "string", description: "ISO 3166 alpha-3 of that place" },
  { name: "lat", type: "double", description: "latitude of the place" },
  { name: "lon", type: "double", description: "longitude of the place" },
  { name: "sentence", type: "int", description: "sentence index in the article" },
  {
    name: "evidence_start",
    type: "int",
    description: "character offset where the evidence sentence starts in the body",
  },
  { name: "evidence_end", type: "int", description: "character offset where it ends" },
  { name: "rule", type: "string", description: "the lexicon entry or rule that produced the event" },
  { name: "publisher", type: "string", description: "the outlet that published the article" },
  { name: "article_source", type: "string", description: "where the article was read from (path or URL)" },
  {
    name: "story_key",
    type: "string",
    description: "near-duplicate group: the same wire story on several sites",
  },
];

export type FlatEvent = Record<string, string | number | boolean | null>;

export function flatEvent(r: EventRow): FlatEvent {
  const e = r.event;
  return {
    id: r.id,
    article_id: r.articleId,
    event_key: e.id,
    date: e.date,
    date_source: e.dateSource,
    source_code: e.source?.code ?? null,
    source_text: e.source?.text ?? null,
    source_actor: e.source?.actorId ?? null,
    target_code: e.target?.code ?? null,
    target_text: e.target?.text ?? null,
    target_actor: e.target?.actorId ?? null,
    verb: e.verb.text,
    cameo: e.cameo,
    root: e.root,
    plover_type: e.plover?.type ?? null,
    plover_mode: e.plover?.mode ?? null,
    plover_context: e.plover?.context ?? null,
    quad_class: e.quad,
    goldstein: e.goldstein,
    modality: e.modality,
    negated: e.negated,
    status: e.status,
    place: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    sentence: e.sentence,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    rule: e.rule,
    publisher: r.publisher,
    article_source: r.articleSource,
    story_key: r.storyKey,
  };
}
