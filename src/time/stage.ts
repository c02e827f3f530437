// The time stage: settles the article's date, then tags and resolves the time expressions in the body.
import type { Document, Timex } from "../model/index.js";
import type { PipelineConfig, Stage } from "../pipeline/stage.js";
import { settleArticleDate } from "./article-date.js";
import { tagTimexes } from "./tagger.js";

export async function createTimeStage(_config: PipelineConfig): Promise<Stage> {
  return {
    name: "time",
    run(doc: Document): Document {
      const date = settleArticleDate(doc);
      const timexes: Timex[] = tagTimexes(doc.body, date.published, doc.sentences).map(
        ({ rule: _rule, ...t }) => t,
      );
      return {
        ...doc,
        published: date.published,
        publishedSource: date.source,
        publishedConfidence: date.confidence,
        timexes,
      };
    },
  };
}

/** A value that names a point or period on the calendar (not a duration, a set or "PAST_REF"). */
function isCalendarValue(value: string): boolean {
  return /^\d{2,4}(?:$|-)/.test(value);
}

/**
 * The time expression governing the clause at [start, end): the most precise calendar date inside the
 * span (the first on a tie), or null so the caller falls back to the article's date.
 */
export function timexFor(doc: Pick<Document, "timexes">, start: number, end: number): Timex | null {
  let best: Timex | null = null;
  let bestRank = -1;
  for (const t of doc.timexes) {
    if (t.start < start || t.end > end) continue;
    if ((t.type !== "DATE" && t.type !== "TIME") || !isCalendarValue(t.value)) continue;
    const rank = t.value.length;
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * An event's date and where it came from, as DyadEvent records them: the clause's own time expression,
 * else the article's date, else none.
 */
export function dateFor(
  doc: Pick<Document, "timexes" | "published">,
  start: number,
  end: number,
): { date: string | null; dateSource: "clause" | "article" | "none" } {
  const t = timexFor(doc, start, end);
  if (t) return { date: t.value, dateSource: "clause" };
  const article = doc.published ? doc.published.slice(0, 10) : null;
  return article ? { date: article, dateSource: "article" } : { date: null, dateSource: "none" };
}
