// The days holidays fall on: fixed feasts by date, movable ones by rule.
import { type Day, weekday } from "./calendar.js";

/** The day a named holiday falls on in year `y` (Western Easter; US Thanksgiving). */
export function holidayDay(name: string, y: number): Day {
  if (name.startsWith("christmas")) return { y, m: 12, d: name.endsWith("eve") ? 24 : 25 };
  if (name.startsWith("new year")) return name.endsWith("eve") ? { y, m: 12, d: 31 } : { y, m: 1, d: 1 };
  if (name.startsWith("valentine")) return { y, m: 2, d: 14 };
  if (name === "halloween") return { y, m: 10, d: 31 };
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
