// The days holidays fall on: fixed feasts by date, movable ones by rule.
import { addDays, type Day, daysInMonth, weekday } from "./calendar.js";

/** Holidays on a fixed day of the year, by lower-case name. */
const FIXED: Record<string, { m: number; d: number }> = {
  "boxing day": { m: 12, d: 26 },
  "veterans day": { m: 11, d: 11 },
  "veterans' day": { m: 11, d: 11 },
  "armistice day": { m: 11, d: 11 },
  "st. patrick's day": { m: 3, d: 17 },
  "saint patrick's day": { m: 3, d: 17 },
  "may day": { m: 5, d: 1 },
  "bastille day": { m: 7, d: 14 },
};

/** Holidays on the nth weekday of a month (n = -1: the last), by lower-case name (US calendar). */
const NTH_WEEKDAY: Record<string, { m: number; wd: number; n: number }> = {
  "memorial day": { m: 5, wd: 1, n: -1 },
  "labor day": { m: 9, wd: 1, n: 1 },
  "columbus day": { m: 10, wd: 1, n: 2 },
  "presidents day": { m: 2, wd: 1, n: 3 },
  "presidents' day": { m: 2, wd: 1, n: 3 },
  "martin luther king day": { m: 1, wd: 1, n: 3 },
  "martin luther king jr. day": { m: 1, wd: 1, n: 3 },
  "mother's day": { m: 5, wd: 7, n: 2 },
  "father's day": { m: 6, wd: 7, n: 3 },
};

/** Days counted from Easter Sunday. */
const FROM_EASTER: Record<string, number> = {
  "easter monday": 1,
};

/** The nth ISO weekday `wd` of month `m` (n = -1: the last one). */
function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - wd + 7) % 7) };
}

/** Whether a holiday moves from year to year (so without a year its day is unknown). */
export function movableHoliday(name: string): boolean {
  return (
    name.startsWith("easter") ||
    name.startsWith("thanksgiving") ||
    name === "election day" ||
    name in NTH_WEEKDAY ||
    name in FROM_EASTER
  );
}

/** The day a named holiday falls on in year `y` (Western Easter; US Thanksgiving, Election Day and Monday holidays). */
export function holidayDay(name: string, y: number): Day {
  const fixed = FIXED[name];
  if (fixed) return { y, ...fixed };
  const nth = NTH_WEEKDAY[name];
  if (nth) return nthWeekday(y, nth.m, nth.wd, nth.n);
  if (name in FROM_EASTER) return addDays(holidayDay("easter", y), FROM_EASTER[name]);
  if (name.startsWith("christmas")) return { y, m: 12, d: name.endsWith("eve") ? 24 : 25 };
  if (name.startsWith("new year")) return name.endsWith("eve") ? { y, m: 12, d: 31 } : { y, m: 1, d: 1 };
  if (name.startsWith("valentine")) return { y, m: 2, d: 14 };
  if (name === "halloween") return { y, m: 10, d: 31 };
  // US Election Day: the Tuesday after the first Monday of November.
  if (name === "election day") return addDays(nthWeekday(y, 11, 1, 1), 1);
  if (name.startsWith("thanksgiving")) {
    // The fourth Thursday of November.
    const first = weekday({ y, m: 11, d: 1 });
    return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
  }
  // Easter Sunday (anonymous Gregorian computus).
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return { y, m: month, d: day };
}
