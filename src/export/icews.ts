// ICEWS-style event CSV (the column set of the ICEWS Coded Event Data releases on Dataverse), with a
// header line. "Intensity" is ICEWS's name for the CAMEO code's Goldstein-like weight.
import type { EventRow } from "../store/store.js";
import { csvLine } from "./csv.js";

export const ICEWS_COLUMNS: { name: string; filled: string }[] = [
  { name: "Event ID", filled: "Dyad's event id" },
  { name: "Event Date", filled: "YYYY-MM-DD" },
  { name: "Source Name", filled: "source actor's words in the article" },
  { name: "Source Sectors", filled: "role codes after the country in the actor code (e.g. GOV)" },
  { name: "Source Country", filled: "ISO 3166 alpha-3 from the actor code" },
  { name: "Event Text", filled: "the verb phrase that was coded" },
  { name: "CAMEO Code", filled: "CAMEO event code" },
  { name: "Intensity", filled: "Goldstein score" },
  { name: "Target Name", filled: "target actor's words" },
  { name: "Target Sectors", filled: "as for the source" },
  { name: "Target Country", filled: "as for the source" },
  { name: "Story ID", filled: "stored article id" },
  { name: "Sentence Number", filled: "sentence index in the article (1-based, as ICEWS counts)" },
  { name: "Publisher", filled: "the article's publisher" },
  { name: "City", filled: "event place name" },
  { name: "District", filled: "empty" },
  { name: "Province", filled: "empty" },
  { name: "Country", filled: "ISO 3166 alpha-3 of the event place" },
  { name: "Latitude", filled: "latitude" },
  { name: "Longitude", filled: "longitude" },
];

function sectors(code: string | undefined): string {
  if (!code || code === "---") return "";
  const rest = /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(3) : code;
  return (rest.match(/.{1,3}/g) ?? []).join(",");
}

function country(code: string | undefined): string {
  return code && /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") && code !== "---" ? code.slice(0, 3) : "";
}

export function icewsHeader(): string {
  return csvLine(ICEWS_COLUMNS.map((c) => c.name));
}

export function icewsLine(r: EventRow): string {
  const e = r.event;
  return csvLine([
    r.id,
    e.date?.slice(0, 10) ?? "",
    e.source?.text ?? "",
    sectors(e.source?.code),
    country(e.source?.code),
    e.verb.text,
    e.cameo,
    e.goldstein,
    e.target?.text ?? "",
    sectors(e.target?.code),
    country(e.target?.code),
    r.articleId,
    e.sentence + 1,
    r.publisher ?? "",
    e.place?.name ?? "",
    "",
    "",
    e.place?.country ?? "",
    e.place?.lat ?? "",
    e.place?.lon ?? "",
  ]);
}
