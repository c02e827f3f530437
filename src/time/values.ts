// Turning a calendar shift into a TIMEX3 value at the granularity the expression speaks in.
import type { Timex } from "../model/index.js";
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  pad,
  quarterOf,
  weekday,
} from "./calendar.js";

export type Granularity = NonNullable<Timex["granularity"]>;
export interface Resolved {
  value: string;
  granularity: Granularity;
  /**
   * The value later expressions count from, when not `value` itself: "a month later" after "the first
   * week of March" is a month after March.
   */
  anchorAs?: string;
}

/** `day` moved by n units (negative: back). Sub-day units move by whole days only when they add up to one. */
export function shift(day: Day, n: number, unit: string): Day {
  switch (unit) {
    case "second":
    case "minute":
      return day;
    case "hour":
      return addDays(day, Math.trunc(n / 24));
    case "day":
    case "night":
      return addDays(day, Math.round(n));
    case "week":
    case "weekend":
      return addDays(day, Math.round(n * 7));
    case "fortnight":
      return addDays(day, Math.round(n * 14));
    case "month":
      return addMonths(day, Math.round(n));
    case "quarter":
      return addMonths(day, Math.round(n * 3));
    case "year":
      return addMonths(day, Math.round(n * 12));
    case "decade":
      return addMonths(day, Math.round(n * 120));
    case "century":
      return addMonths(day, Math.round(n * 1200));
    default:
      return day;
  }
}

/** The value naming the `unit`-sized period that contains `day`. */
export function periodValue(day: Day, unit: string): Resolved {
  switch (unit) {
    case "second":
    case "minute":
    case "hour":
    case "day":
    case "night":
      return { value: formatDay(day), granularity: "day" };
    case "week":
    case "fortnight":
      return { value: formatWeek(day), granularity: "week" };
    case "weekend":
      return { value: `${formatWeek(day)}-WE`, granularity: "week" };
    case "month":
      return { value: formatMonth(day), granularity: "month" };
    case "quarter":
      return { value: `${pad(day.y, 4)}-Q${quarterOf(day)}`, granularity: "quarter" };
    case "decade":
      return { value: pad(day.y, 4).slice(0, 3), granularity: "decade" };
    case "century":
      return { value: pad(day.y, 4).slice(0, 2), granularity: "decade" };
    default:
      return { value: pad(day.y, 4), granularity: "year" };
  }
}

/**
 * The date of the given ISO weekday nearest `dct` in `direction`: the latest one on or before it for the
 * past (news default), the first one after it for the future.
 */
export function weekdayNear(dct: Day, wd: number, direction: "past" | "future"): Day {
  const diff = wd - weekday(dct);
  // A weekday named as ahead on that same weekday is today: wire copy is written the morning of.
  if (direction === "future") return addDays(dct, diff >= 0 ? diff : diff + 7);
  return addDays(dct, diff <= 0 ? diff : diff - 7);
}

/**
 * The weekend meant by "the weekend" / "this weekend": early in the week it is the one just past, on a
 * weekend it is the current one, late in the week it depends on the clause's direction.
 */
export function weekendNear(
  dct: Day,
  direction: "past" | "future" | "none",
  which: "this" | "last" | "next" | "the",
): Day {
  const wd = weekday(dct);
  const previous = addDays(dct, -wd);
  const current = addDays(dct, 6 - wd);
  if (which === "last") return wd >= 6 ? addDays(previous, -1) : previous;
  if (which === "next") return addDays(current, wd >= 6 ? 7 : 0);
  if (wd >= 6) return dct;
  if (wd <= 3) return which === "this" && direction === "future" ? current : previous;
  return direction === "past" ? previous : current;
}

/** How many months ahead of the article a month with no tense cue may lie (tuned on TimeBank). */
const MONTHS_AHEAD = 4;

/**
 * The month `m` nearest `dct` in `direction` ("none": the latest one unless it is due within MONTHS_AHEAD,
 * or within one month less when a weak cue `leansPast`).
 */
export function monthYear(
  dct: Day,
  m: number,
  direction: "past" | "future" | "none",
  leansPast = false,
): number {
  if (direction === "past") return m <= dct.m ? dct.y : dct.y - 1;
  if (direction === "future") return m >= dct.m ? dct.y : dct.y + 1;
  // News reports more than it announces: a month with no cue is ahead only when it is due soon.
  const ahead = (m - dct.m + 12) % 12;
  if (ahead === 0 || ahead > MONTHS_AHEAD - (leansPast ? 1 : 0)) return m <= dct.m ? dct.y : dct.y - 1;
  return m >= dct.m ? dct.y : dct.y + 1;
}
