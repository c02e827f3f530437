// Cross-article merging for exports and the API: stored events go through mergeEvents
// (src/events/merge.ts: same dyad, same root, dates within a day; wire copies count once), and each
// merged event keeps its first report as the representative row.
import { type MergedEvent, mergeEvents } from "../events/merge.js";
import type { EventRow } from "../store/store.js";

export interface MergedRow {
  /** The first report (lowest id) of the merged event: its coding, evidence and source. */
  row: EventRow;
  merged: MergedEvent;
  /** Distinct articles that reported it. */
  articles: number;
}

/** Merges rows; the result is ordered by the representative report's id. */
export function mergeRows(rows: readonly EventRow[]): MergedRow[] {
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  const merged = mergeEvents(
    rows.map((r) => ({
      id: String(r.id),
      articleId: r.articleId,
      storyKey: r.storyKey,
      date: r.event.date,
      source: r.event.source?.code ?? null,
      target: r.event.target?.code ?? null,
      sourceText: r.event.source?.text ?? null,
      targetText: r.event.target?.text ?? null,
      root: r.event.root,
      cameo: r.event.cameo,
    })),
  );
  return merged
    .map((m) => {
      const reports = m.events.map((id) => byId.get(id)!).sort((a, b) => a.id - b.id);
      return { row: reports[0], merged: m, articles: new Set(reports.map((r) => r.articleId)).size };
    })
    .sort((a, b) => a.row.id - b.row.id);
}
