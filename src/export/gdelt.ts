// The GDELT 2.0 event table (http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf):
// all 61 columns in GDELT's order, tab-separated, no header line (as GDELT ships it). Dyad fills the
// columns it knows and leaves the others empty; GDELT_COLUMNS says which is which.
import type { EventRow } from "../store/store.js";
import { tsvLine } from "./csv.js";

export interface GdeltColumn {
  name: string;
  /** What Dyad puts there, or why it stays empty. */
  filled: string;
}

const actorColumns = (n: 1 | 2): GdeltColumn[] => [
  { name: `Actor${n}Code`, filled: "the full CAMEO actor code (e.g. CHNGOV)" },
  { name: `Actor${n}Name`, filled: "the actor's words in the article" },
  {
    name: `Actor${n}CountryCode`,
    filled: "first three letters of the code when they are a country (ISO 3166 alpha-3)",
  },
  { name: `Actor${n}KnownGroupCode`, filled: "empty (Dyad has no known-group table)" },
  { name: `Actor${n}EthnicCode`, filled: "empty" },
  { name: `Actor${n}Religion1Code`, filled: "empty" },
  { name: `Actor${n}Religion2Code`, filled: "empty" },
  { name: `Actor${n}Type1Code`, filled: "first role code after the country (e.g. GOV)" },
  { name: `Actor${n}Type2Code`, filled: "second role code" },
  { name: `Actor${n}Type3Code`, filled: "third role code" },
];

const geoColumns = (prefix: string, filled: boolean): GdeltColumn[] => [
  { name: `${prefix}_Type`, filled: "empty (the gazetteer kind is not kept with the event)" },
  {
    name: `${prefix}_FullName`,
    filled: filled ? "place name from the gazetteer" : "empty (actors are not geolocated)",
  },
  {
    name: `${prefix}_CountryCode`,
    filled: filled ? "ISO 3166 alpha-3 (GDELT uses FIPS 10-4 here)" : "empty",
  },
  { name: `${prefix}_ADM1Code`, filled: "empty" },
  { name: `${prefix}_ADM2Code`, filled: "empty" },
  { name: `${prefix}_Lat`, filled: filled ? "latitude" : "empty" },
  { name: `${prefix}_Long`, filled: filled ? "longitude" : "empty" },
  { name: `${prefix}_FeatureID`, filled: "empty" },
];

export const GDELT_COLUMNS: GdeltColumn[] = [
  { name: "GlobalEventID", filled: "Dyad's event id" },
  { name: "Day", filled: "event date as YYYYMMDD (empty when the date is known only to the month or year)" },
  { name: "MonthYear", filled: "YYYYMM (empty when only the year is known)" },
  { name: "Year", filled: "YYYY" },
  { name: "FractionDate", filled: "year + (day of year / 365), 4 decimals" },
  ...actorColumns(1),
  ...actorColumns(2),
  {
    name: "IsRootEvent",
    filled:
      "1 when the event is in the article's lead: the first sentence after any dateline, headline or byline line, and the rest of its paragraph; else 0 (with --merge, 1 when any report is)",
  },
  { name: "EventCode", filled: "CAMEO event code" },
  { name: "EventBaseCode", filled: "first three digits of the CAMEO code" },
  { name: "EventRootCode", filled: "CAMEO root" },
  { name: "QuadClass", filled: "QuadClass 1-4" },
  { name: "GoldsteinScale", filled: "Goldstein score of the CAMEO code" },
  {
    name: "NumMentions",
    filled: "reports of the event: 1 per article, or the merged reports with --merge",
  },
  { name: "NumSources", filled: "distinct stories reporting it (wire copies count once); 1 without --merge" },
  { name: "NumArticles", filled: "distinct articles reporting it; 1 without --merge" },
  { name: "AvgTone", filled: "empty (Dyad does not score tone)" },
  ...geoColumns("Actor1Geo", false),
  ...geoColumns("Actor2Geo", false),
  ...geoColumns("ActionGeo", true),
  { name: "DATEADDED", filled: "empty (GDELT's 15-minute batch time has no Dyad equivalent)" },
  { name: "SOURCEURL", filled: "where the article was read from (URL or path)" },
];

function splitCode(code: string | null | undefined): { country: string; types: string[] } {
  if (!code || code === "---") return { country: "", types: [] };
  const country = /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : "";
  const rest = country ? code.slice(3) : code;
  return { country, types: rest.match(/.{1,3}/g)?.slice(0, 3) ?? [] };
}

/** Day, MonthYear, Year, FractionDate; a date known only to the month or year fills what it can. */
export function dateParts(date: string | null): string[] {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(date) : null;
  if (!m) return ["", "", "", ""];
  const [, y, mo, d] = m;
  if (mo === undefined) return ["", "", y, ""];
  if (d === undefined) return ["", `${y}${mo}`, y, ""];
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const dayOfYear = Math.floor((t - Date.UTC(Number(y), 0, 1)) / 86_400_000) + 1;
  return [`${y}${mo}${d}`, `${y}${mo}`, y, (Number(y) + dayOfYear / 365).toFixed(4)];
}

function actor(a: EventRow["event"]["source"]): string[] {
  const { country, types } = splitCode(a?.code);
  const code = a?.code && a.code !== "---" ? a.code : "";
  return [code, a?.text ?? "", country, "", "", "", "", types[0] ?? "", types[1] ?? "", types[2] ?? ""];
}

/** Counts for a merged event (mentions, sources, articles); per-article rows are 1, 1, 1. */
export interface GdeltCounts {
  mentions: number;
  sources: number;
  articles: number;
}

/**
 * One GDELT row. `root` says whether the event is in its article's lead (see `LeadIndex`); without
 * it, an event in sentence 0 counts as root.
 */
export function gdeltRow(
  r: EventRow,
  counts: GdeltCounts = { mentions: 1, sources: 1, articles: 1 },
  root?: boolean,
): (string | number)[] {
  const e = r.event;
  const noGeo = ["", "", "", "", "", "", "", ""];
  const place = e.place;
  const row: (string | number)[] = [
    r.id,
    ...dateParts(e.date),
    ...actor(e.source),
    ...actor(e.target),
    (root ?? e.sentence === 0) ? 1 : 0,
    e.cameo,
    e.cameo.slice(0, 3),
    e.root,
    e.quad,
    e.goldstein,
    counts.mentions,
    counts.sources,
    counts.articles,
    "",
    ...noGeo,
    ...noGeo,
    "",
    place?.name ?? "",
    place?.country ?? "",
    "",
    "",
    place?.lat ?? "",
    place?.lon ?? "",
    "",
    "",
    r.articleSource,
  ];
  return row;
}

export function gdeltLine(r: EventRow, counts?: GdeltCounts, root?: boolean): string {
  return tsvLine(gdeltRow(r, counts, root));
}
