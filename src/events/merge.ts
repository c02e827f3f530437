// Merging across articles: the same event (same dyad, same CAMEO root, dates within a day) reported
// by several articles becomes one event with its list of sources and a source count, where copies of
// one wire story (same storyKey) count once. Pure: the store and API call it on stored events.

export interface StoredEvent {
  /** The event's own id (unique across the store). */
  id: string;
  articleId: string | number;
  /** Near-duplicate group of the article (copies of one wire story share it); null = its own story. */
  storyKey: string | null;
  /** YYYY-MM-DD (longer ISO strings are cut to the day); null when unknown. */
  date: string | null;
  /** Actor codes; "---" or null when unknown (then the text, when given, keys the actor). */
  source: string | null;
  target: string | null;
  sourceText?: string | null;
  targetText?: string | null;
  root: string;
  cameo?: string;
}

export interface MergedEvent {
  /** Stable key: dyad, root and the first date. */
  key: string;
  source: string | null;
  target: string | null;
  root: string;
  /** The most frequent full code among the merged reports (ties: the more specific, then the smaller). */
  cameo: string | null;
  /** Earliest and latest reported dates. */
  date: string | null;
  lastDate: string | null;
  /** The reports, in input order. */
  events: string[];
  sources: { articleId: string | number; storyKey: string | null; eventId: string }[];
  /** Distinct stories: copies of one wire story count once. */
  sourceCount: number;
}

const DAY = 86_400_000;

function actorKey(code: string | null, text: string | null | undefined): string {
  if (code && code !== "---") return code;
  return text ? `~${text.toLowerCase().replace(/\s+/g, " ").trim()}` : "---";
}

function dayOf(d: string | null): number | null {
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

function mostFrequent(codes: string[]): string | null {
  if (codes.length === 0) return null;
  const n = new Map<string, number>();
  for (const c of codes) n.set(c, (n.get(c) ?? 0) + 1);
  return [...n.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  )[0][0];
}

/**
 * Groups reports of the same event. Within a dyad and root, reports are sorted by date and a new
 * group starts when a report is more than `windowDays` after the group's first date; undated
 * reports form one group per dyad and root.
 */
export function mergeEvents(events: readonly StoredEvent[], windowDays = 1): MergedEvent[] {
  const byDyad = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const k = `${actorKey(e.source, e.sourceText)}|${actorKey(e.target, e.targetText)}|${e.root}`;
    const list = byDyad.get(k) ?? [];
    list.push(e);
    byDyad.set(k, list);
  }
  const out: MergedEvent[] = [];
  for (const [k, list] of byDyad) {
    const dated = list.filter((e) => dayOf(e.date) !== null).sort((a, b) => dayOf(a.date)! - dayOf(b.date)!);
    const undated = list.filter((e) => dayOf(e.date) === null);
    const groups: StoredEvent[][] = [];
    let cur: StoredEvent[] = [];
    for (const e of dated) {
      if (cur.length && dayOf(e.date)! - dayOf(cur[0].date)! > windowDays * DAY) {
        groups.push(cur);
        cur = [];
      }
      cur.push(e);
    }
    if (cur.length) groups.push(cur);
    if (undated.length) groups.push(undated);
    for (const g of groups) {
      const order = new Map(list.map((e, i) => [e, i]));
      g.sort((a, b) => order.get(a)! - order.get(b)!);
      const stories = new Set(g.map((e) => e.storyKey ?? `article:${e.articleId}`));
      const days = g
        .map((e) => e.date?.slice(0, 10) ?? null)
        .filter((d): d is string => d !== null)
        .sort();
      out.push({
        key: `${k}|${days[0] ?? "undated"}`,
        source: g[0].source,
        target: g[0].target,
        root: g[0].root,
        cameo: mostFrequent(g.map((e) => e.cameo).filter((c): c is string => !!c)),
        date: days[0] ?? null,
        lastDate: days[days.length - 1] ?? null,
        events: g.map((e) => e.id),
        sources: g.map((e) => ({ articleId: e.articleId, storyKey: e.storyKey, eventId: e.id })),
        sourceCount: stories.size,
      });
    }
  }
  return out;
}
