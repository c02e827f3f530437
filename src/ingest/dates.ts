// Publication dates from the strings pages carry them in: ISO stamps, "March 7, 2022",
// "7 March 2022", RFC 822 feed dates, and dates inside URLs. All patterns are linear.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\b/;
const MDY = new RegExp(`\\b${MONTH_RE}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})\\b`, "i");
const DMY = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s{1,3}(?:of\\s)?${MONTH_RE}\\.?,?\\s{1,3}(\\d{4})\\b`,
  "i",
);
const SLASH_YMD = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;

/**
 * Normalises a date string to ISO: a date-time (kept with its offset) when the string has a time in
 * ISO form, else YYYY-MM-DD. Null when it is not a date.
 */
export function normalizeDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.slice(0, 200);
  let m = ISO.exec(s);
  if (m) {
    const day = ymd(+m[1], +m[2], +m[3]);
    if (!day) return null;
    if (m[4] === undefined) return day;
    const tz = m[7]
      ? m[7] === "Z"
        ? "Z"
        : m[7].length === 5
          ? `${m[7].slice(0, 3)}:${m[7].slice(3)}`
          : m[7]
      : "";
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? "00"}${tz}`;
  }
  m = COMPACT.exec(s);
  if (m && /^\s*\d{8}(?:\D|$)/.test(s)) return ymd(+m[1], +m[2], +m[3]);
  return findDateInText(s) ?? rfcDate(s);
}

// Month abbreviations of localised feed dates ("Seg, 24 Set 2018"): pt, es, fr, de, it, nl.
const LOCAL_MONTHS: Record<string, number> = {
  jan: 1,
  janv: 1,
  ene: 1,
  gen: 1,
  fev: 2,
  fév: 2,
  févr: 2,
  feb: 2,
  mar: 3,
  mär: 3,
  mrz: 3,
  mars: 3,
  maa: 3,
  abr: 4,
  apr: 4,
  avr: 4,
  mai: 5,
  may: 5,
  mag: 5,
  mei: 5,
  jun: 6,
  juin: 6,
  giu: 6,
  jul: 7,
  juil: 7,
  lug: 7,
  ago: 8,
  aug: 8,
  août: 8,
  set: 9,
  sep: 9,
  sept: 9,
  out: 10,
  oct: 10,
  okt: 10,
  ott: 10,
  nov: 11,
  dez: 12,
  dic: 12,
  déc: 12,
  dec: 12,
};
const LOCAL_DMY = /\b(\d{1,2})\.?\s{1,3}([a-zà-ÿ]{3,5})\.?\s{1,3}(\d{4})\b/i;

function rfcDate(s: string): string | null {
  const local = LOCAL_DMY.exec(s);
  if (local) {
    const m = LOCAL_MONTHS[local[2].toLowerCase()];
    if (m) return ymd(+local[3], m, +local[1]);
  }
  // RFC 822/1123 as feeds write it: "Mon, 07 Mar 2022 10:00:00 GMT".
  if (!/\d{4}/.test(s) || !/[a-z]{3}/i.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The first written-out date with a year in a stretch of text ("March 7, 2022", "7 March 2022"). */
export function findDateInText(text: string): string | null {
  const a = MDY.exec(text);
  const b = DMY.exec(text);
  const pick = a && b ? (a.index <= b.index ? a : b) : (a ?? b);
  if (pick === a && a) return ymd(+a[3], MONTHS[a[1].toLowerCase()], +a[2]);
  if (pick === b && b) return ymd(+b[3], MONTHS[b[2].toLowerCase()], +b[1]);
  const c = SLASH_YMD.exec(text);
  return c ? ymd(+c[1], +c[2], +c[3]) : null;
}

/** A date in a URL path: /2022/03/07/, /2022-03-07/, /20220307/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").slice(0, 500);
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|$)/.exec(path);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  return m ? ymd(+m[1], +m[2], +m[3]) : null;
}
