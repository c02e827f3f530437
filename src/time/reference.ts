// The day a story is told from. A wire dateline ("BEIJING, March 12 (Xinhua) --") dates the story
// itself, while the document's timestamp may be the next day (filed after midnight, or stamped in
// another time zone); "today" and "Friday" count from the dateline, as TimeML annotators read them.
import { DATELINE_PLACE } from "./article-date.js";
import { compareDays, type Day, daysInMonth } from "./calendar.js";
import { MONTH_RE, MONTHS } from "./lexicon.js";

/** "WASHINGTON, March 12 (Xinhua) --", "NAIROBI, Kenya, Aug. 8, 1998 (AP) _": a place in capitals, then the date. */
const DATELINE = new RegExp(
  `^\\s*${DATELINE_PLACE},\\s*(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\(|--|_|-|\\u2014|\\u2013)`,
);
/** How far (in days) a dateline may sit from the timestamp and still be the same story's day. */
const DATELINE_REACH = 2;

/** The dateline's day when it is within a couple of days of `dct`, else `dct`. */
export function storyDay(text: string, dct: Day | null): Day | null {
  if (!dct) return dct;
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return dct;
  const month = MONTHS[m[1].toLowerCase().replace(/\.$/, "")];
  const d = Number(m[2]);
  // Without a year the dateline is the one nearest the timestamp (December datelines in January).
  const years = m[3] ? [Number(m[3])] : [dct.y - 1, dct.y, dct.y + 1];
  for (const y of years) {
    if (d < 1 || d > daysInMonth(y, month)) continue;
    const day = { y, m: month, d };
    const gap = compareDays(day, dct) / 86_400_000;
    if (Math.abs(gap) <= DATELINE_REACH) return day;
  }
  return dct;
}
