// Settles an article's own date: metadata first, then the dateline, then dated captions, then the
// latest full date the text mentions. Each source carries a confidence a user can filter on.
import * as chrono from "chrono-node";
import type { Document } from "../model/index.js";
import { compareDays, type Day, formatDay, parseDay } from "./calendar.js";

export type PublishedSource = Document["publishedSource"];

export interface ArticleDate {
  published: string | null;
  source: PublishedSource;
  confidence: number;
}

/** How far each kind of evidence can be trusted as the publication date. */
export const CONFIDENCE: Record<PublishedSource, number> = {
  metadata: 0.95,
  container: 0.9,
  dateline: 0.85,
  url: 0.8,
  caption: 0.7,
  text: 0.4,
  none: 0,
};

const REF = new Date(Date.UTC(2000, 0, 1, 12));
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

/** Full dates (day, month and a written year) in `text`, in order. */
export function fullDates(text: string): Day[] {
  const out: Day[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.strict.parse(text.slice(0, 20_000), { instant: REF, timezone: 0 });
  } catch {
    return out;
  }
  for (const r of results) {
    const c = r.start;
    if (!(c.isCertain("year") && c.isCertain("month") && c.isCertain("day") && YEAR.test(r.text))) continue;
    const day = parseDay(
      `${c.get("year")}-${String(c.get("month")).padStart(2, "0")}-${String(c.get("day")).padStart(2, "0")}`,
    );
    if (day) out.push(day);
  }
  return out;
}

/** A dateline's place: a name in capitals, maybe with its country ("NAIROBI, Kenya"). */
export const DATELINE_PLACE = "[A-Z][A-Z .'-]{1,40}(?:,\\s*[A-Z][A-Za-z .'-]{1,30})?";
const PLACE_FIRST = new RegExp(`^${DATELINE_PLACE}\\s*(?:\\(|,|\\u2014|-|\\u2013)`);

/**
 * A dateline at the head of the body: "WASHINGTON, March 7, 2022 (Reuters) -", "LONDON (AP) Mar 7 2022 --",
 * or a date on the first short line.
 */
export function datelineDate(body: string): Day | null {
  const head = body.slice(0, 300);
  const firstLine = head.split("\n").find((l) => l.trim() !== "") ?? "";
  // "GENEVA, April 2, 2021 (Wire) -": a place in capitals, then the date; or a short line that is mostly a date.
  if (PLACE_FIRST.test(firstLine)) return fullDates(firstLine.slice(0, 120))[0] ?? null;
  if (firstLine.length > 60) return null;
  const found = fullDates(firstLine)[0];
  if (!found) return null;
  // "Published March 7, 2022 10:04": once the date's own words are gone, at most a few words remain.
  const rest = firstLine
    .replace(
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d+/gi,
      "",
    )
    .split(/[\s,:|/-]+/)
    .filter((w) => /[A-Za-z]{2,}/.test(w));
  return rest.length <= 3 ? found : null;
}

/** The article's date and where it came from, per the precedence above. */
export function settleArticleDate(
  doc: Pick<Document, "published" | "publishedSource" | "body" | "captions">,
): ArticleDate {
  const kept = parseDay(doc.published);
  if (kept && doc.publishedSource !== "none" && doc.publishedSource !== "text") {
    return {
      published: doc.published,
      source: doc.publishedSource,
      confidence: CONFIDENCE[doc.publishedSource],
    };
  }
  if (kept && doc.publishedSource === "none") {
    // A date with no recorded source came from whoever built the document: trust it as metadata.
    return { published: doc.published, source: "metadata", confidence: CONFIDENCE.metadata };
  }
  const dateline = datelineDate(doc.body);
  if (dateline)
    return { published: formatDay(dateline), source: "dateline", confidence: CONFIDENCE.dateline };
  const captionDates = doc.captions.flatMap((c) => fullDates(c.text));
  if (captionDates.length > 0) {
    const latest = captionDates.reduce((a, b) => (compareDays(a, b) >= 0 ? a : b));
    return { published: formatDay(latest), source: "caption", confidence: CONFIDENCE.caption };
  }
  const textDates = fullDates(doc.body);
  if (textDates.length > 0) {
    // An article is written on or after every date it reports, so the latest is the best guess.
    const latest = textDates.reduce((a, b) => (compareDays(a, b) >= 0 ? a : b));
    return { published: formatDay(latest), source: "text", confidence: CONFIDENCE.text };
  }
  return { published: null, source: "none", confidence: 0 };
}
