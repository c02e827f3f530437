// PLOVER records (https://github.com/openeventdata/PLOVER, the field names POLECAT uses): one JSON object
// per event, written as one JSON array. Events of CAMEO roots 01 and 02, which PLOVER does not type,
// are left out.
import type { EventRow } from "../store/store.js";

export const PLOVER_FIELDS: { name: string; filled: string }[] = [
  { name: "event_id", filled: "Dyad's event id (string)" },
  { name: "event_date", filled: "YYYY-MM-DD" },
  { name: "event_type", filled: "PLOVER type (e.g. COOPERATE, ACCUSE)" },
  { name: "event_mode", filled: "PLOVER mode or null" },
  { name: "event_context", filled: "PLOVER context or null" },
  { name: "event_text", filled: "the evidence sentence's offsets: {article_id, start, end, verb}" },
  { name: "actor / actor_code / actor_country", filled: "source words, CAMEO actor code, its country" },
  { name: "recipient / recipient_code / recipient_country", filled: "the same for the target" },
  { name: "location", filled: "{name, country, lat, lon} or null" },
  { name: "cameo / quad_class / goldstein", filled: "the CAMEO coding kept beside PLOVER" },
  { name: "claim_status / modality / negated", filled: "asserted, reported, alleged or denied; modality" },
  { name: "source", filled: "{publisher, url, story}" },
];

function country(code: string | undefined): string | null {
  return code && /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") && code !== "---"
    ? code.slice(0, 3)
    : null;
}

export function ploverRecord(r: EventRow): Record<string, unknown> | null {
  const e = r.event;
  if (!e.plover) return null;
  return {
    event_id: String(r.id),
    event_date: e.date?.slice(0, 10) ?? null,
    event_type: e.plover.type,
    event_mode: e.plover.mode,
    event_context: e.plover.context,
    event_text: { article_id: r.articleId, start: e.evidence.start, end: e.evidence.end, verb: e.verb.text },
    actor: e.source?.text ?? null,
    actor_code: e.source?.code ?? null,
    actor_country: country(e.source?.code),
    recipient: e.target?.text ?? null,
    recipient_code: e.target?.code ?? null,
    recipient_country: country(e.target?.code),
    location: e.place,
    cameo: e.cameo,
    quad_class: e.quad,
    goldstein: e.goldstein,
    claim_status: e.status,
    modality: e.modality,
    negated: e.negated,
    source: { publisher: r.publisher, url: r.articleSource, story: r.storyKey },
  };
}
