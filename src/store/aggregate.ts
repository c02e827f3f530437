// Timelines and actor networks: the SQL both stores run (portable between SQLite and PostgreSQL) and
// the roll-up done here, so the two stores cannot drift apart in what a week or an edge means.
import type { ActorNetwork, NetworkQuery, TimelineBucket, TimelineQuery } from "./store.js";
import { EVENT_FROM, likePrefix, Where } from "./where.js";

/** Codes that say "unknown actor": they would make one giant hub in a network. */
const UNKNOWN_CODES = ["", "---"];

/** Daily counts per QuadClass with the Goldstein sum, for one dyad (one direction unless symmetric). */
export function timelineSql(q: TimelineQuery): { sql: string; params: unknown[] } {
  const a = likePrefix(q.source);
  const b = likePrefix(q.target);
  const where = new Where().add("e.date IS NOT NULL");
  if (q.symmetric)
    where.add(
      "((e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\') OR (e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\'))",
      a,
      b,
      b,
      a,
    );
  else where.add("e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\'", a, b);
  where.maybe(q.from, EVENT_FROM, q.from, q.from).maybe(q.to, "substr(e.date, 1, 10) <= ?");
  return {
    sql: `SELECT substr(e.date, 1, 10) AS day, e.quad AS quad, count(*) AS n, sum(e.goldstein) AS g
      FROM events e ${where} GROUP BY substr(e.date, 1, 10), e.quad ORDER BY 1`,
    params: where.params,
  };
}

export interface DayRow {
  day: string;
  quad: number;
  n: number;
  g: number;
}

/**
 * The start of the period a YYYY-MM-DD day falls in (weeks start on Monday, as ISO 8601 has it). An
 * event dated only to the month (YYYY-MM) counts in monthly timelines; it has no day or week.
 */
export function periodStart(day: string, interval: TimelineQuery["interval"]): string | null {
  if (interval === "month" && /^\d{4}-(0[1-9]|1[0-2])$/.test(day)) return `${day}-01`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  if (interval === "day") return day;
  if (interval === "month") return `${day.slice(0, 7)}-01`;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

export function rollTimeline(rows: DayRow[], interval: TimelineQuery["interval"]): TimelineBucket[] {
  const buckets = new Map<string, { quads: [number, number, number, number]; n: number; g: number }>();
  for (const r of rows) {
    const start = periodStart(String(r.day), interval);
    if (!start) continue;
    const quad = Number(r.quad);
    if (quad < 1 || quad > 4) continue;
    let b = buckets.get(start);
    if (!b) {
      b = { quads: [0, 0, 0, 0], n: 0, g: 0 };
      buckets.set(start, b);
    }
    b.quads[quad - 1] += Number(r.n);
    b.n += Number(r.n);
    b.g += Number(r.g);
  }
  return [...buckets.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([period, b]) => ({
      period,
      events: b.n,
      verbalCooperation: b.quads[0],
      materialCooperation: b.quads[1],
      verbalConflict: b.quads[2],
      materialConflict: b.quads[3],
      meanGoldstein: b.n ? Math.round((b.g / b.n) * 1000) / 1000 : null,
    }));
}

/** CAMEO prefixes of actors above or outside states (IGOUNO the UN, NGOAMN Amnesty, MNC...). */
const INTERNATIONAL = ["IGO", "NGO", "NGM", "IMG", "MNC"];

/**
 * An actor code cut to its country ("CHNGOV" -> "CHN"); an international actor keeps its own
 * organisation code ("IGOUNO"), or every IGO and NGO would be one node.
 */
function countryOf(column: string): string {
  const prefixes = INTERNATIONAL.map((p) => `'${p}'`).join(", ");
  return `(CASE WHEN substr(${column}, 1, 3) IN (${prefixes}) THEN substr(${column}, 1, 6) ELSE substr(${column}, 1, 3) END)`;
}

/** Directed edges between actor codes (cut to the country when asked), heaviest first. */
export function networkSql(q: NetworkQuery): { sql: string; params: unknown[] } {
  const src = q.country ? countryOf("e.source_code") : "e.source_code";
  const tgt = q.country ? countryOf("e.target_code") : "e.target_code";
  const where = new Where()
    .add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
    .add(`e.source_code NOT IN (${UNKNOWN_CODES.map(() => "?").join(", ")})`, ...UNKNOWN_CODES)
    .add(`e.target_code NOT IN (${UNKNOWN_CODES.map(() => "?").join(", ")})`, ...UNKNOWN_CODES)
    .add(`${src} <> ${tgt}`)
    .maybe(q.from, EVENT_FROM, q.from, q.from)
    .maybe(q.to, "substr(e.date, 1, 10) <= ?")
    .maybe(
      q.actor,
      "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')",
      ...(q.actor ? [likePrefix(q.actor), likePrefix(q.actor)] : []),
    );
  return {
    sql: `SELECT ${src} AS source, ${tgt} AS target, count(*) AS n, sum(e.goldstein) AS g
      FROM events e ${where} GROUP BY ${src}, ${tgt}
      HAVING count(*) >= ? ORDER BY count(*) DESC, ${src}, ${tgt} LIMIT ?`,
    params: [...where.params, Math.max(1, q.minWeight ?? 1), Math.max(1, Math.min(q.limit ?? 500, 10_000))],
  };
}

export function buildNetwork(rows: { source: string; target: string; n: number; g: number }[]): ActorNetwork {
  const nodes = new Map<string, { id: string; events: number; outgoing: number; incoming: number }>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, events: 0, outgoing: 0, incoming: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  const edges = rows.map((r) => {
    const weight = Number(r.n);
    node(r.source).outgoing += weight;
    node(r.target).incoming += weight;
    return {
      source: String(r.source),
      target: String(r.target),
      weight,
      meanGoldstein: Math.round((Number(r.g) / weight) * 1000) / 1000,
    };
  });
  for (const n of nodes.values()) n.events = n.outgoing + n.incoming;
  return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)), edges };
}
