// English words that time expressions are built from, with the numbers and TIMEX3 units they stand for.

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  "a hundred": 100,
  "one hundred": 100,
  thousand: 1000,
  "a thousand": 1000,
  "a dozen": 12,
  dozen: 12,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
  couple: 2,
  "a half": 0.5,
  half: 0.5,
};

/** Words that count but do not say how many: "several years" is PXY. */
export const VAGUE_NUMBERS = new Set([
  "a few",
  "few",
  "several",
  "some",
  "many",
  "dozens of",
  "hundreds of",
  "thousands of",
  "numerous",
  "recent",
  "coming",
]);

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine";

/** Regex source for a count: digits, number words (twenty-four, twenty four), or a vague quantity. */
const WHOLE_NUMBER_RE = [
  "\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: 1/2)?",
  // "two thousand years", "three hundred years": a multiple of a hundred or a thousand.
  `(?:${UNITS_1_9}|ten)[- ](?:hundred|thousand)`,
  `(?:${TENS})(?:[- ](?:${UNITS_1_9}))?`,
  // "the past couple weeks": news drops the "of" as often as not.
  "a couple of|a couple|couple of|couple|a dozen|a few|a half|a hundred|a thousand|dozens of|hundreds of|thousands of",
  "one hundred|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen",
  `${UNITS_1_9}|ten|hundred|thousand|several|few|many|an|a`,
].join("|");
/** A count, with "and a half" kept on it ("two and a half years"). */
export const NUMBER_RE = `(?:${WHOLE_NUMBER_RE})(?:[- ]and[- ]a[- ]half)?`;

/** The number a count stands for; null for vague counts ("several"). */
export function parseCount(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim();
  const half = /[- ]and[- ]a[- ]half$/.exec(s);
  if (half) {
    const whole = parseCount(s.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  if (VAGUE_NUMBERS.has(s)) return null;
  if (/^\d/.test(s)) {
    // "2 1/2": a whole number and a half.
    const half = s.endsWith(" 1/2") ? 0.5 : 0;
    const n = Number(s.replace(/ 1\/2$/, "").replace(/,/g, "")) + half;
    return Number.isFinite(n) ? n : null;
  }
  if (s in SMALL) return SMALL[s];
  const parts = s.split(/[- ]/);
  if (parts.length === 2 && parts[0] in SMALL && parts[1] in SMALL)
    return /^(?:hundred|thousand)$/.test(parts[1])
      ? SMALL[parts[0]] * SMALL[parts[1]]
      : SMALL[parts[0]] + SMALL[parts[1]];
  return null;
}

/** Calendar units and their TIMEX3 duration letters; time units go after the T. */
export const UNIT_CODE: Record<string, { code: string; time: boolean }> = {
  second: { code: "S", time: true },
  minute: { code: "M", time: true },
  hour: { code: "H", time: true },
  day: { code: "D", time: false },
  night: { code: "D", time: false },
  week: { code: "W", time: false },
  weekend: { code: "WE", time: false },
  fortnight: { code: "W", time: false },
  month: { code: "M", time: false },
  quarter: { code: "Q", time: false },
  year: { code: "Y", time: false },
  decade: { code: "DE", time: false },
  century: { code: "CE", time: false },
};

export const UNIT_RE =
  "(?:(?:trading|business|working|calendar)\\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)";

/** Normalises "centuries", "trading days" to the base unit name. */
export function unitName(raw: string): string {
  const last = raw.toLowerCase().trim().split(/\s+/).pop() ?? "";
  if (last === "centuries") return "century";
  return last.endsWith("s") ? last.slice(0, -1) : last;
}

/** A duration value: P3D, PT4H, P2W, P20Y (decades expand to years), PXY when the count is vague. */
export function durationValue(count: number | null, unit: string): string {
  const u = UNIT_CODE[unit] ?? UNIT_CODE.day;
  if (count === null) {
    // Counted decades and centuries are written in years (P20Y), so uncounted ones are too ("decades": PXY).
    const code = unit === "decade" || unit === "century" ? "Y" : u.code === "WE" ? "W" : u.code;
    return u.time ? `PTX${code}` : `PX${code}`;
  }
  let n = count;
  let code = u.code;
  if (unit === "fortnight") n *= 2;
  if (unit === "decade") {
    n *= 10;
    code = "Y";
  } else if (unit === "century") {
    n *= 100;
    code = "Y";
  } else if (unit === "weekend") code = "WE";
  if (!Number.isInteger(n)) {
    // The fraction goes to the next smaller unit, as TIMEX3 writes it: "2 1/2 years" is P2Y6M,
    // "a minute and a half" PT1M30S, "half an hour" PT30M.
    const whole = Math.floor(n);
    const w = whole > 0 ? `${whole}${code}` : "";
    const rest = n - whole;
    if (code === "Y") return `P${w}${Math.round(rest * 12)}M`;
    if (code === "D") return `P${w}T${Math.round(rest * 24)}H`;
    if (code === "H") return `PT${w}${Math.round(rest * 60)}M`;
    if (code === "M" && u.time) return `PT${w}${Math.round(rest * 60)}S`;
    if (code === "W") return `P${w}${Math.round(rest * 7)}D`;
    if (code === "M") return `P${w}${Math.round(rest * 30)}D`;
  }
  return u.time ? `PT${n}${code}` : `P${n}${code}`;
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const MONTH_RE =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

export const SEASONS: Record<string, string> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
};

/** Parts of the day as TIMEX3 writes them (1998-02-12TEV). */
export const DAY_PARTS: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
  tonight: "NI",
  midday: "MI",
};

/** Words before a date that make it a deadline or a term set ahead ("extended to Nov. 16", "payable Dec. 15"). */
export const TARGET_BEFORE =
  /\b(?:to|until|till|through|thru|by|for|effective|payable|record|starting|beginning|due|set|scheduled)\s+$/i;

/** What may stand before "that summer" when "that" points back ("Later that summer", "in that spring",
 * "That spring,"), not when it is a pronoun or conjunction ("nations that fall behind"). */
export const THAT_PERIOD_BEFORE =
  /(?:^|[.!?;:"\u201c]\s*|\n\s*|\b(?:later|earlier|in|during|by|over|through|until|since|for|of|on|from)\s+)$/i;
