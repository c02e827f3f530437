// Calendar arithmetic on plain {y, m, d} triples: timex values are calendar dates, not instants, so
// time zones must never shift them.

export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

export function fromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function weekday(day: Day): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const w = Math.floor((toUtc(thursday) - jan1) / DAY_MS / 7) + 1;
  return { y: thursday.y, w };
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + s.padStart(width, "0");
}

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}`;
}

export function formatWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function quarterOf(day: Day): number {
  return Math.floor((day.m - 1) / 3) + 1;
}

/**
 * Parses the date part of an ISO 8601 string, extended or basic (2022-03-07, 2022-03-07T10:00:00Z,
 * 20220307T1000); null when it is not one.
 */
export function parseDay(iso: string | null | undefined): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysInMonth(day.y, day.m)) return null;
  return day;
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}
