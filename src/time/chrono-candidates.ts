// chrono-node finds the calendar dates, weekdays, clock times and "yesterday"s; this module turns its
// results into candidates whose values are settled later with news-aware direction (see tense.ts).
import * as chrono from "chrono-node";
import { DATELINE_PLACE } from "./article-date.js";
import { addDays, type Day, daysInMonth, formatDay, pad, toUtc, weekday } from "./calendar.js";
import type { Candidate, ResolveContext } from "./candidate.js";
import { holidayDay } from "./holidays.js";
import { DAY_PARTS, MONTH_RE, TARGET_BEFORE, WEEKDAY_RE, WEEKDAYS } from "./lexicon.js";
import { electionDay, toldYear } from "./rules.js";
import { monthYear, type Resolved, weekdayNear } from "./values.js";

/** chrono's English parser without its relative-period results ("last week" as a day), which rules.ts reads as TIMEX3 does. */
const parser = chrono.en.casual.clone();

/** The longest text chrono sees at once; longer runs are cut at a space so the cost stays linear. */
const CHUNK = 2000;

function chunks(text: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + CHUNK);
    if (end < text.length) {
      // A line break, else the end of a sentence (marked ";" by the caller), else any blank: a cut at
      // a blank may split a date ("March | 10").
      // (looking back only to the chunk's middle: lastIndexOf over the whole text made a long text
      // without breaks quadratic)
      const half = pos + CHUNK / 2;
      const window = text.slice(half, end + 1);
      const at = (ch: string, to: number) => {
        const k = window.lastIndexOf(ch, to - half);
        return k < 0 ? -1 : half + k;
      };
      const nl = at("\n", end);
      const semi = at(";", end - 1) + 1;
      const sp = at(" ", end);
      const cut = nl > half ? nl : semi > half ? semi : sp > half ? sp : end;
      end = cut;
    }
    out.push({ offset: pos, text: text.slice(pos, end) });
    pos = end;
  }
  return out;
}

const REF_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
const HAS_YEAR = /\b\d{4}\b|['\u2019]\d\d\b|\b\d{1,2}\/\d{1,2}\/\d\d\b/;
const CLOCK = /\d:\d\d|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|o'clock/i;
/** Weekday abbreviations chrono accepts but news uses for other things ("Sun Microsystems", "Sat down", the SAT). */
const WEEKDAY_ABBR =
  /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$|^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|^(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)$/;
/**
 * Lower-case month names are words ("may", "march") and bare day parts are not anchored to a day;
 * chrono reads "weekday" ("delivered every weekday") as a day of its own.
 */
const NOT_A_DATE =
  /^(?:may|march|august|morning|afternoon|evening|night|the morning|the evening|the afternoon|the night)$|^[Ww]eekdays?\b/;
const LOWER_MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const OUTSIDE_DIRECTION = /\b(this\s+)?(?:(coming|next|upcoming)|(past|previous))\s+$/i;
const RELATIVE_PREFIX = /^(?:(last|past|previous)|(next|coming|upcoming|this))\s/i;

function dayPart(text: string): string | null {
  // "midnight" names a clock time, not the night.
  const m = /\b(morning|afternoon|evening|night|overnight|tonight|midday)\b/i.exec(text);
  return m ? DAY_PARTS[m[1].toLowerCase()] : null;
}

/** "of that year", "of the same year" after a month and day: the year the story is at. */
const OF_THAT_YEAR = /^,?\s+of\s+(?:that|the\s+same)\s+year\b/i;

/** A lower-case "march" or "may" right after a number: a protest march or the verb, not the month. */
const LOWER_MONTH_AFTER_NUMBER = /(?<=\b\d{1,2}(?:st|nd|rd|th)?[ \t]{1,3})(?:march|may)\b/g;

/** A month and day followed by a comma and a number too short to be a year ("Aug. 17, 10 days"). */
const MONTH_DAY_COUNT =
  /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),(?=\s+\d{1,3}(?![\d,.:/]))/g;
const PERIOD_ENDED = /\b(?:year|quarter|period|months|weeks|half)\s+(?:that\s+)?ended\s+(?:on\s+)?$/i;
/** Things named by the month they came out in: "a January poll", "the April report", "his June call". */
const DOCUMENT_AFTER =
  /^(?:['\u2019]s)?\s+(?:poll|survey|report|study|audit|letter|memo|memorandum|e-?mail|tweet|interview|statement|op-ed|editorial|article|(?:phone\s+)?call|speech|filing|testimony|ruling)s?\b/i;
/** A poll or report named by its month and its maker: "an April NBC/Wall Street Journal poll". */
const MADE_DOCUMENT_AFTER = /^\s+(?:[A-Z][\w./&'\u2019-]*\s+){1,4}(?:poll|survey|report|study)s?\b/;

/**
 * What makes such a document one still to come: a future verb whose object it is ("will publish its
 * December report", "plans to release the April survey"), or a word of plan right before it ("the
 * upcoming March report", "ahead of the January jobs report" has the noun after another word). A "to"
 * needs its verb: "according to a November poll", "compared to the March report" are no plans.
 */
const DOCUMENT_AHEAD_BEFORE =
  /(?:\b(?:will|won['\u2019]t|shall|['\u2019]ll)\s+(?:[a-z]+\s+){0,2}|(?<!\b(?:according|compared|due|up|prior|thanks|similar|relative|next|close|addition|response|contrary|reference|opposed|pointed|pointing|points?|referring|referred|led|leading)\s+)\bto\s+(?!(?:the|a|an|its|their|his|her|our|this)\b)[a-z]+\s+(?:[a-z]+\s+)?|\b(?:awaits?|awaiting|await)\s+(?:[a-z]+\s+){0,2}|\b(?:upcoming|coming|next|expected|due|scheduled|planned|ahead\s+of|before|awaited|forthcoming)\s+)(?:(?:its|the|a|an|their|his|her|our|this)\s+)?$/i;
/** A month and day, then a word that makes it a range of days ("Nov. 12 through 15"). */
const DAY_RANGE_WORD = new RegExp(
  `\\b((?:${MONTH_RE})\\s*\\d{1,2})(\\s+(?:through|thru|to|until|till)\\s+)(?=\\d{1,2}\\b(?![:.]\\d))`,
  "g",
);
/**
 * "since May", "between May and July", "from April to May", "the 12 months to May": a preposition that
 * leads a date, then a bare "May" that ends a clause or is followed by a word that cannot follow a
 * subject ("May said" is left out: there May is a name).
 */
const MAY_AFTER_PREPOSITION = new RegExp(
  `\\b(since|until|till|between|before|after|during|from|throughout|through|by|(?<=\\b(?:${MONTH_RE})\\s+(?:\\d{1,2}\\s+)?)(?:and|to|or)|(?<=\\b(?:months|weeks|year|quarter|period|half)\\s+)(?:to|ended|ending))(\\s+)(?=May\\b(?:\\s*[.,;:!?)'"\\u201d]|\\s*$|\\s+(?:and|or|to|through|until|in|of|this|last|next|when|as|but|for|with|at|on|after|before|while|because|the|(?:19|20)\\d\\d)\\b))`,
  "g",
);
/** A capitalised first name inside a sentence before "May" (not a word that leads a date). */
const MAY_SURNAME_BEFORE =
  /[a-z,;:(\u201c"]\s+(?!(?:In|Since|Until|Till|By|From|Through|Throughout|Early|Late|Mid|Last|Next|This|That|Nearly|Around|Come|Of|On|Before|After|During|Each|Every|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)[A-Z][a-z]+\s+$/;
/**
 * A past verb, perhaps with "office" or "power" or a short object, then "in" ("took office in",
 * "was elected in", "resigned in"): the month after it has come. Not after "be", "to" or "will"
 * ("will be held in"), nor a participle that sets a date ahead ("expected in", "scheduled in").
 */
const PAST_VERB_IN =
  /(?<!\b(?:be|been|being|is|are|am|get|gets|getting|got|[Ii]f|[Uu]nless|[Oo]nce|or|['\u2019]s|to|will|would|['\u2019]ll|must|should|could|may|might)\s+)\b(?:took|began|became|won|lost|left|came|went|died|fell|rose|met|ran|quit|(?!(?:expected|scheduled|planned|slated|proposed|needed|required|delayed|postponed|pushed|moved|extended|rescheduled|set|due|hundred|united|indeed|need)\b)[a-z]{3,}ed)(?:\s+(?:office|power|it|him|her|them|the\s+job|the\s+post))?\s+in\s+$/;
/** A weekday and the blank before a "now" or "today" after it ("victory Tuesday now"). */
const WEEKDAY_THEN_NOW = /\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s(?=(?:now|today|tonight)\b)/gi;
/** Capitalised words that may stand right before a month name in a date ("Since March", "Early May"). */
const DATE_LEAD =
  /^(?:In|Since|Until|Till|By|From|Through|Throughout|Early|Late|Mid|Last|Next|This|That|Nearly|Around|Come|Of|On|Before|After|During|Each|Every|Between|And|Or|But|The|For|To|Than|Into|As|At|Also|Then|Later|Earlier|Again|Only|Even|Not|Yet|About|Starting|Beginning|Ending|Cold|Warm|Cool|Hot|Mild|Chilly|Rainy|Snowy|Sunny|Wet|Balmy|Frigid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)$/;
/** The groups whose possessive names a march rather than dating one ("the Women's March"). */
const EVENT_OWNER =
  /^(?:Women|Woman|People|Peoples|Veterans|Mothers|Children|Workers|Men|Students|Teachers)$/;
/** Capitalised words that may follow a month name in a date ("May Day", "March Madness" aside). */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|In|On|At|But|And|A|An|It|He|She|They|We|I|Last|Next|Earlier|Later|After|Before|Since|By|When|While)$/;
/** Time-zone abbreviations written after a clock time ("3 p.m. EST", "10:00 GMT+1"). */
const ZONE_ABBR =
  "(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|ADT|NST|NDT|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|ET|CT|MT|PT)(?:[+-]\\d{1,2}(?::?\\d\\d)?)?";
/** A time zone after a clock time that chrono leaves out: a zone's name, "local time", a bracketed abbreviation. */
const ZONE_AFTER = new RegExp(
  `^(?:\\s+(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich\\s+Mean|British\\s+Summer|(?:Central|Eastern|Western)\\s+European|Moscow|Japan|Korea|India|China|Israel|Arabia)(?:\\s+(?:Standard|Daylight|Summer))?\\s+[Tt]ime|(?:Eastern|Central|Mountain|Pacific)\\b(?![ \\t]+[A-Z])|local\\s+time|${ZONE_ABBR}\\b)|\\s*\\(\\s*(?:${ZONE_ABBR}|local\\s+time)\\s*\\))`,
);
/**
 * A clock time that ends a sentence, then the next sentence: "ended at noon. On Friday", "at 5 p.m. ET.
 * Yesterday", "at 8 p.m. Tomorrow the". chrono joins the two into one time; after "a.m."/"p.m." a
 * capitalised word other than a weekday, a month or a zone begins a new sentence.
 */
const CLOCK_ENDS_SENTENCE = new RegExp(
  `(?:\\b(?:noon|midnight)|\\d:\\d\\d|\\b\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.m\\.(?:\\s+${ZONE_ABBR})?)\\.\\s(?=[A-Z])|\\b\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.m\\.\\s(?=[A-Z][a-z])(?!(?:${WEEKDAY_RE}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|${MONTH_RE}|Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|British|Western|European|Moscow|Japan|Korea|India|China|Israel|Arabia|Local)(?![a-z]))`,
  "g",
);
/**
 * The break between two paragraphs (a blank line) or two sentences (the blank after a full stop that
 * ends a word or a day's number): "late Saturday.\n\nMorning crews", "into the night. On Tuesday",
 * "on May 19. Last Sunday". chrono reads across both and joins the two into one time. (A lone line
 * break elsewhere may be a hard wrap inside a sentence.) The first blank of the break is matched alone,
 * with bounded look-aheads: a long run of blanks must not be rescanned from each of its positions.
 */
const SENTENCE_BREAK = /\n(?=[^\S\n]{0,16}\n)|(?<=\b(?:[a-z]{3,}|\d{1,2})[.!?])\s(?=\s{0,16}[A-Z])/g;
const WEEKDAY_AFTER_CLOCK =
  /^\s*(?:local\s+time\s*|[A-Z]{2,4}\s*|\(\d{4}\s+GMT\)\s*|\([^)]{0,16}\)\s*)*,?\s*(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/**
 * A name that starts with a weekday: a newspaper ("The Sunday Times", "the Sunday Business Post"), a
 * paper's section ("the Sunday Review"), a caucus ("the moderate Tuesday Group", not "Group of 20").
 */
const NEWSPAPER_AFTER_DAY =
  /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Mail|People|Star|Tribune|Observer|Business\s+Post|Nation|Standard|Sport|Age|Argus|Sun|World|Gleaner|Guardian|Monitor|Leader|Review|Group(?!\s+of\b))\b/;
/** Words that make a weekday the name of a particular day ("Super Tuesday", "Good Friday"). */
const NAMED_DAY_BEFORE = /\b(?:Super|Black|Cyber|Bloody|Ash|Good|Holy|Maundy|Palm|Shrove|Giving|Fat)\s+$/;
/**
 * Nouns after "today's" that make it the present age ("today's youth", "many of today's personal
 * computers"), which TimeML leaves untagged, unlike the day itself ("today's vote", "today's editions").
 */
/** A capitalised word (a name's, not a sentence's first) right before, or one and "of" ("Seeds of"). */
const PROGRAMME_NAME_BEFORE =
  /[a-z0-9,;]\s+(?!(?:The|A|An|And|But|So|Yet|Then|Now|Here|There|Even|Until|By|From|Since|For|As|On|At|In|Of)\s)[A-Z][\w'\u2019&-]*(?:\s+(?:of|for a)|[\w'\u2019&-])\s+$/;
/** Words that introduce the name of a programme or publication: "on", "told", "NBC's", an opening quote. */
const NAME_INTRODUCED =
  /(?:['\u2019]s|\b(?:on|to|told|of|in|at|from|by|with|for|through|via))\s+(?:[A-Z][\w'\u2019&-]*\s+)+$|["\u201c](?:[A-Z][\w'\u2019&-]*\s+)+$/;
const GENERIC_AFTER_TODAY =
  /^['\u2019]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|children|kids|teenagers|young|students|families|parents|culture|technology|economy|politics|standards|computers|era)\b/;
const EDGE_OF = /^\s*(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i;
/** The place of a wire dateline, at the start of the text or of a line: "CINCINNATI, ". */
const DATELINE_BEFORE = new RegExp(`(?:^|\\n)\\s*${DATELINE_PLACE},\\s*$`);
const RANGE_SEPARATOR = /\s+(?:through|thru|to|until|till|and)\s+|\s*[-\u2013\u2014]\s*/i;

/**
 * TIMEX3 tags the two ends of a range apart ("this year through August"): a chrono range is parsed
 * again piece by piece; pieces chrono cannot read alone stay joined. The ends are tied together again
 * as candidates (see linkRanges), so that "January-October" share a year.
 */
function expandRanges(results: chrono.ParsedResult[], text: string): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  for (const r of results) {
    // chrono moves "the end of this week" to odd days; the inner expression is read alone and the
    // tagger adds "the end of" back as a modifier.
    const edge = EDGE_OF.exec(r.text);
    if (edge) {
      for (const p of parser.parse(r.text.slice(edge[0].length), { instant: REF_INSTANT, timezone: 0 })) {
        Object.defineProperty(p, "index", { value: r.index + edge[0].length + p.index });
        if (text.slice(p.index, p.index + p.text.length) === p.text) out.push(p);
      }
      continue;
    }
    const sep = r.end ? RANGE_SEPARATOR.exec(r.text) : null;
    if (!sep) {
      out.push(r);
      continue;
    }
    const left = r.text.slice(0, sep.index);
    const rightStart = sep.index + sep[0].length;
    const pieces = [
      ...parser.parse(left, { instant: REF_INSTANT, timezone: 0 }).map((p) => ({ p, at: r.index })),
      ...parser
        .parse(r.text.slice(rightStart), { instant: REF_INSTANT, timezone: 0 })
        .map((p) => ({ p, at: r.index + rightStart })),
    ];
    if (pieces.length === 0) {
      out.push(r);
      continue;
    }
    for (const { p, at } of pieces) {
      // Re-anchor the piece's index in the chunk (parse() counted from the piece's start).
      Object.defineProperty(p, "index", { value: at + p.index });
      if (text.slice(p.index, p.index + p.text.length) === p.text) out.push(p);
    }
  }
  return out;
}

/** What lies between the two ends of a range of dates: "January-March", "May 4 to June 1". */
const RANGE_GAP = /^\s*(?:[-\u2013\u2014]|to|through|thru|until|till)\s*$/i;
/** "between May and July": with "between" before the first, "and" joins a range too. */
const RANGE_GAP_BETWEEN = /^\s+(?:and)\s+$/i;

/** The two ends of a range of dates whose first end has no year of its own. */
interface RangeLink {
  start: { m: number; d: number | null; y: number | null };
  end: { m: number; d: number | null; y: number | null };
  /** The year the first end settled for the last, once it has been resolved. */
  endYear?: number | null;
  /** A date moved from one end to the other ("postponed from March to May"): the new date lies ahead. */
  moved?: boolean;
}

/** A verb that moves a date, before the "from" of the old one: "was postponed from March to May". */
const MOVED_FROM =
  /\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|put\s+off|deferred|rescheduled|shifted|changed|extended|advanced)\b[^.;!?]{0,40}\bfrom\s+$/i;

/** A chrono candidate's calendar fields, kept for tying the ends of ranges together. */
interface Pending {
  candidate: Candidate;
  fields: Fields;
  link: { range?: RangeLink; role?: "start" | "end" };
  /** Whether the expression names its day (a date, a weekday, "tomorrow"), not only a clock time. */
  dated: boolean;
  /** The half of the day a clock time is written in ("p.m."), if any. */
  meridiem: "am" | "pm" | null;
}

/** A bare day that begins a range written day first: "12-13 November", "on 3 and 4 September". */
const BARE_DAY_BEFORE =
  /(?<![\d$\u20ac\u00a3.,:/-])(\b(?:on|between|from)\s+)?\b(\d{1,2})(?:st|nd|rd|th)?(\s*[-\u2013]\s*|\s+(?:to|until|till|through|and)\s+)$/i;

/**
 * The first day of a range written day first ("12-13 November", "from 12 to 15 March 2032"): a date of
 * its own in the month and year of the last day, which chrono leaves out.
 */
function dayFirstRangeStarts(pending: Pending[], text: string, out: Candidate[]): void {
  for (const b of pending) {
    const { m, d, hour } = b.fields;
    if (m === null || d === null || hour !== null || !/^\d/.test(text.slice(b.candidate.start))) continue;
    const bare = BARE_DAY_BEFORE.exec(text.slice(Math.max(0, b.candidate.start - 24), b.candidate.start));
    if (!bare) continue;
    // "rose 3 and 4 September": "and" joins two days only after "on", "between" or "from".
    if (/^\s+and\s+$/i.test(bare[3]) && !bare[1]) continue;
    const day = Number(bare[2]);
    if (day < 1 || day >= d) continue;
    const start = b.candidate.start - bare[0].length + (bare[1]?.length ?? 0);
    if (out.some((c) => c.start < start + bare[2].length && c.end > start)) continue;
    out.push({
      start,
      end: start + bare[2].length,
      type: "DATE",
      priority: 2,
      rule: "chrono",
      resolve: (ctx) => {
        const { value } = b.candidate.resolve(ctx);
        const ym = /^(\d{4}|XXXX)-(\d\d)-\d\d$/.exec(value);
        return ym ? { value: `${ym[1]}-${ym[2]}-${pad(day)}`, granularity: "day" } : X(value);
      },
    });
  }
}

/** A bare hour that begins a range of clock times: "from 9 to 11 a.m.", "between 2 and 4 p.m.". */
const BARE_HOUR_BEFORE =
  /(?<![\d$\u20ac\u00a3.,:/-])\b(\d{1,2})(?::([0-5]\d))?(\s*[-\u2013]\s*|\s+(?:to|until|till|through|and)\s+)$/i;

/**
 * The ends of ranges of clock times ("from 6 a.m. to 6 p.m. Tuesday", "between 2 and 4 p.m."): the
 * first end is on the day the last names, and a bare hour before the last is a clock time of its own,
 * in the last's half of the day when it comes before it.
 */
function linkClockRanges(pending: Pending[], text: string, out: Candidate[]): void {
  const sorted = [...pending].sort((a, b) => a.candidate.start - b.candidate.start);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i];
    if (b.fields.hour === null) continue;
    const hourB = b.fields.hour;
    const minuteB = b.fields.minute ?? 0;
    const day = (ctx: ResolveContext) => /^[^T]*/.exec(b.candidate.resolve(ctx).value)?.[0] ?? "XXXX-XX-XX";
    const a = i > 0 ? sorted[i - 1] : null;
    const gap = a ? text.slice(a.candidate.end, b.candidate.start) : "";
    const joined =
      !!a &&
      a.candidate.end <= b.candidate.start &&
      (RANGE_GAP.test(gap) ||
        (/\bbetween\s+$/i.test(text.slice(Math.max(0, a.candidate.start - 10), a.candidate.start)) &&
          RANGE_GAP_BETWEEN.test(gap)));
    // "the 6:30-7:30 p.m. slot", "(8:00-11:00 p.m. ET)": a first end written with minutes but no half of
    // the day is in the last end's half when it comes before it, as a bare hour is below.
    if (a && joined && a.fields.hour !== null && a.meridiem === null && b.meridiem && a.fields.hour <= 12) {
      const h12 = a.fields.hour % 12;
      const b12 = hourB % 12;
      const minuteA = a.fields.minute ?? 0;
      const hourA = b.meridiem === "pm" && (h12 < b12 || (h12 === b12 && minuteA < minuteB)) ? h12 + 12 : h12;
      const own = a.candidate.resolve;
      a.candidate.resolve = (ctx) => {
        const r = own(ctx);
        return { ...r, value: r.value.replace(/T\d\d(?=:)/, `T${pad(hourA)}`) };
      };
    }
    if (a && joined && a.fields.hour !== null && !a.dated && b.dated) {
      const own = a.candidate.resolve;
      a.candidate.resolve = (ctx) => {
        const r = own(ctx);
        const time = /T.*$/.exec(r.value)?.[0];
        return time ? { value: `${day(ctx)}${time}`, granularity: r.granularity } : r;
      };
      continue;
    }
    const bare = BARE_HOUR_BEFORE.exec(text.slice(Math.max(0, b.candidate.start - 30), b.candidate.start));
    if (!bare || (a && a.candidate.end > b.candidate.start - bare[0].length)) continue;
    if (
      /^\s+and\s+$/i.test(bare[3]) &&
      !/\bbetween\s+$/i.test(text.slice(0, b.candidate.start - bare[0].length).slice(-10))
    )
      continue;
    let hour = Number(bare[1]);
    const minute = bare[2] ? Number(bare[2]) : 0;
    if (b.meridiem) {
      if (hour < 1 || hour > 12) continue;
      // "2 to 4 p.m." is in the afternoon; "11 to 1 p.m." begins in the morning.
      const h12 = hour % 12;
      const b12 = hourB % 12;
      if (b.meridiem === "pm" && (h12 < b12 || (h12 === b12 && minute < minuteB))) hour = h12 + 12;
      else hour = h12;
    } else if (hour > 23) continue;
    if (hour * 60 + minute >= hourB * 60 + minuteB) continue;
    const start = b.candidate.start - bare[0].length;
    out.push({
      start,
      end: start + bare[1].length + (bare[2] ? bare[2].length + 1 : 0),
      type: "TIME",
      priority: 2,
      rule: "chrono",
      resolve: (ctx) => ({ value: `${day(ctx)}T${pad(hour)}:${pad(minute)}`, granularity: "minute" }),
    });
  }
}

/**
 * A bare clock time after a dated one in the same sentence is on that day: "polls open at 7 a.m. on
 * Nov. 4 and close at 8 p.m.", not at 8 p.m. on the day of the report.
 */
function clocksAfterDatedClock(pending: Pending[], text: string): void {
  const sorted = [...pending].sort((a, b) => a.candidate.start - b.candidate.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.fields.hour === null || b.dated || a.fields.hour === null || !a.dated) continue;
    if (a.candidate.end > b.candidate.start) continue;
    const gap = text.slice(a.candidate.end, b.candidate.start);
    if (gap.length > 60 || /[.!?;]\s|\n/.test(gap)) continue;
    const own = b.candidate.resolve;
    const first = a.candidate.resolve;
    b.candidate.resolve = (ctx) => {
      const r = own(ctx);
      const time = /T.*$/.exec(r.value)?.[0];
      const day = /^[^T]*/.exec(first(ctx).value)?.[0];
      return time && day ? { value: `${day}${time}`, granularity: r.granularity } : r;
    };
  }
}

/**
 * Ties the ends of each range of months or dates ("from January to March", "between May and July",
 * "Aug. 26-Oct. 20"), so that the last end follows the first in the year the range as a whole is placed.
 */
function linkRanges(pending: Pending[], text: string): void {
  const sorted = [...pending].sort((a, b) => a.candidate.start - b.candidate.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (a.fields.m === null || b.fields.m === null || a.fields.wd !== null || b.fields.wd !== null) continue;
    if (a.fields.hour !== null || b.fields.hour !== null || a.link.role || b.link.role) continue;
    if (b.candidate.start <= a.candidate.end) continue;
    const gap = text.slice(a.candidate.end, b.candidate.start);
    const before = text.slice(Math.max(0, a.candidate.start - 80), a.candidate.start);
    const joined = RANGE_GAP.test(gap) || (RANGE_GAP_BETWEEN.test(gap) && /\bbetween\s+$/i.test(before));
    if (!joined) continue;
    // "BERGEN, May 4 - March 31 end Shr ...": the dash after a dateline's date ends the dateline; the
    // two dates are read apart, with no range between them.
    if (/^\s+-\s+$/.test(gap) && DATELINE_BEFORE.test(before)) continue;
    const range: RangeLink = {
      start: { m: a.fields.m, d: a.fields.d, y: a.fields.y },
      end: { m: b.fields.m, d: b.fields.d, y: b.fields.y },
      moved: MOVED_FROM.test(before),
    };
    a.link.range = range;
    a.link.role = "start";
    b.link.range = range;
    b.link.role = "end";
  }
}

/** What marks a yearless "Sept. 11" as the day of the 2001 attacks: "the Sept. 11 attacks", "the September 11th Commission". */
const NINE_ELEVEN_AFTER =
  /^[-\s]+(?:style\b|(?:terror(?:ist)?\s+)?attacks\b|terror(?:ist)?\s+attack\b|hijack|[Cc]ommission\b|mastermind\b|[Vv]ictims?\b|era\b)/;
/** ... or what comes before it: "post-Sept. 11", "in the wake of Sept. 11", "the aftermath of the September 11 attacks". */
const NINE_ELEVEN_BEFORE = /\b(?:post-|wake\s+of\s+|aftermath\s+of\s+)(?:the\s+)?$/i;
const ATTACKS_2001: Day = { y: 2001, m: 9, d: 11 };

/** Candidates for the time expressions chrono recognises in `text`. */
export function chronoCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Whether the text tells of the 2012 attack in Benghazi (read once, when a "Sept. 11" needs it).
  let benghazi: boolean | undefined;
  const tellsOfBenghazi = (): boolean => {
    if (benghazi === undefined) benghazi = /\bBenghazi\b/.test(text);
    return benghazi;
  };
  const pending: Pending[] = [];
  // No date is a 33-character word; blanking such runs (offsets kept) spares chrono's patterns hostile input.
  // "Aug. 17, 10 days after": chrono reads the count as a year, and then drops the date for the longer
  // "10 days after"; a semicolon in place of the comma (same length) keeps the two apart.
  const cleaned = text
    .replace(/\S{33,}/g, (run) => " ".repeat(run.length))
    .replace(MONTH_DAY_COUNT, "$1;")
    // The blank after a clock that ends a sentence becomes a semicolon (same length), which chrono does not cross.
    .replace(CLOCK_ENDS_SENTENCE, (clock) => `${clock.slice(0, -1)};`)
    // ... and so does the blank that ends any sentence or paragraph.
    .replace(SENTENCE_BREAK, ";")
    // "his victory Tuesday now gives him", "Thursday today": chrono reads a weekday and the "now" or
    // "today" after it as one nonsense date (the first of January); a semicolon in place of the blank
    // between them (same length) lets each be read alone.
    .replace(WEEKDAY_THEN_NOW, "$1;")
    // "Nov. 12 through 15": chrono reads "12 through 15" as hours and drops the month; a semicolon in
    // place of the word (same length) leaves it "Nov. 12", and the second day is added after.
    .replace(DAY_RANGE_WORD, (_m, date: string, gap: string) => `${date};${" ".repeat(gap.length - 1)}`)
    // chrono takes a bare "May" only after "in" (else it is the verb); after another preposition that
    // leads a date ("since May,", "between May and July") it is the month, so the preposition is shown
    // to chrono as "in" (padded: offsets are kept, and the tagger reads the real text).
    .replace(
      MAY_AFTER_PREPOSITION,
      (_m, prep: string, gap: string) => `in${" ".repeat(prep.length - 2)}${gap}`,
    )
    // "the first week of May is ...": after "week of" May is the month, whatever follows it.
    .replace(/\b(week(?:end)?\s+)of(?=\s+May\b)/g, "$1in")
    // "the July 21 march", "the 2 may go": after a number a lower-case "march" or "may" is the noun or
    // the verb, which chrono reads as the month ("21 march") and drops the date before it; it is
    // blanked out (same length) so that "July 21" is read alone.
    .replace(LOWER_MONTH_AFTER_NUMBER, (word) => "x".repeat(word.length));
  for (const chunk of chunks(cleaned)) {
    if (!/[A-Za-z]|\d[-/.:]\d/.test(chunk.text)) continue;
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(chunk.text, { instant: REF_INSTANT, timezone: 0 });
    } catch {
      continue;
    }
    for (const r of expandRanges(results, chunk.text)) {
      const tags = r.tags();
      if (tags.has("result/relativeDate")) continue;
      const prep = /^\s*(?:(?:on|in|at|by|since|until|till|from|during|for|of|before|after)\s+)?/i.exec(
        r.text,
      );
      const lead = prep ? prep[0].length : 0;
      let surface = r.text
        .slice(lead)
        .trim()
        // "in May , but": the comma may stand after a space; "since January -- a number": a dash's half.
        .replace(/\s*(?:[,;:]|\s-+)$/, "")
        // "the March of the ...": chrono reads a dangling "of" into the month.
        .replace(/\s+of$/, "");
      // "(4 a.m. EDT Thursday)": the closing bracket of a parenthesis that opened before the match.
      // "(6 a.m. EDT) on Friday": the bracket closes inside the match; the expression ends there (the
      // weekday after it still dates the clock time).
      const close = surface.indexOf(")");
      if (close >= 0 && !surface.slice(0, close).includes("(")) surface = surface.slice(0, close).trimEnd();
      if (/^(?:right\s+)?now$/i.test(surface) || WEEKDAY_ABBR.test(surface) || NOT_A_DATE.test(surface))
        continue;
      // "Good Morning America", "Morning Joe", "Election Night": a capitalised day part standing alone
      // is a title's word (lower case it is untagged already).
      // ... and so is one after a capitalised "This" ("CBS This Morning"), which lower case is the time.
      if (/^(?:This\s+)?(?:Morning|Afternoon|Evening|Night)$/.test(surface)) continue;
      // "MUST WATCH Storm clean-up goes on 01:47 JUST WATCHED ...", "Listen · 3:44 3:44": a video's or
      // a recording's running time in a scraped player, no clock time. A playlist's title runs to the
      // end of its line and may hold a "?" or an abbreviation's full stop ("MUST WATCH Why is the dam
      // failing? 02:14"); other players put the time after "Play Video" or before "autoplay".
      if (/^\d{1,2}:\d{2}$/.test(surface)) {
        const at = chunk.offset + r.index + lead;
        const after = text.slice(at + surface.length, at + surface.length + 20);
        const before = text.slice(Math.max(0, at - 120), at);
        if (
          /^\s*(?:JUST WATCHED|autoplay)\b/.test(after) ||
          /MUST WATCH\b[^\n]*$/.test(before) ||
          /\bPlay Video\s*$/.test(before) ||
          /\bListen\s*\u00b7\s*(?:\d{1,2}:\d{2}\s*)?$/.test(before) ||
          after.startsWith(` ${surface}`) ||
          before.endsWith(`${surface} `)
        )
          continue;
      }
      // "9-11/16 pct": a whole number and a fraction, as bond prices and rates are written.
      if (/^\d{1,3}-\d{1,2}\/\d{1,2}$/.test(surface)) continue;
      // "Saturday Night Live", "Monday Night Football": a programme's title, capitalised throughout.
      if (
        /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:Night|Morning|Afternoon|Evening)$/.test(surface) &&
        /^\s+[A-Z][a-z]/.test(text.slice(chunk.offset + r.index + lead + surface.length).slice(0, 4))
      )
        continue;
      // "The Sunday Times", "the Sunday Telegraph": a newspaper's name, not the latest Sunday; "a Sunday
      // school teacher", NBC's "Sunday Today": a kind of school, a programme.
      if (
        /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(surface) &&
        (NEWSPAPER_AFTER_DAY.test(text.slice(chunk.offset + r.index + lead + surface.length).slice(0, 24)) ||
          /^\s+(?:[Ss]chool|Today)\b/.test(
            text.slice(chunk.offset + r.index + lead + surface.length).slice(0, 8),
          ))
      )
        continue;
      // "Super Tuesday", "Black Friday", "Bloody Sunday": a named day, not the latest such weekday.
      if (
        /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(surface) &&
        NAMED_DAY_BEFORE.test(
          text.slice(Math.max(0, chunk.offset + r.index + lead - 10), chunk.offset + r.index + lead),
        )
      )
        continue;
      // "USA TODAY", "USA Today": the newspaper's name in a byline or credit line, not the day.
      if (
        /^today$/i.test(surface) &&
        /\bUSA\s+$/.test(text.slice(Math.max(0, chunk.offset + r.index - 8), chunk.offset + r.index + lead))
      )
        continue;
      // "Tucker Carlson Tonight", "This is VOA Today", "Seeds of Tomorrow": capitalised after a
      // capitalised word of the same line, the word ends the name of a programme or a firm.
      // "Today," opening a clause after a name with no full stop ("... Ronald Reagan Today, he says") is
      // the day, unless the name follows a word that introduces one ("on Russia Today, ...").
      if (/^(?:Today|Tonight|Tomorrow|TODAY|TONIGHT)$/.test(surface)) {
        const before = text.slice(
          Math.max(0, chunk.offset + r.index + lead - 40),
          chunk.offset + r.index + lead,
        );
        const comma = /^,/.test(text.slice(chunk.offset + r.index + lead + surface.length));
        if (
          PROGRAMME_NAME_BEFORE.test(before) &&
          !(/^Today$/i.test(surface) && comma && !NAME_INTRODUCED.test(before))
        )
          continue;
      }
      const after = text.slice(chunk.offset + r.index + lead + surface.length).slice(0, 40);
      if (/^today$/i.test(surface) && GENERIC_AFTER_TODAY.test(after)) continue;
      // "high noon", the film "High Noon": a showdown, not twelve o'clock.
      if (
        /^noon$/i.test(surface) &&
        /\bhigh\s+$/i.test(
          text.slice(Math.max(0, chunk.offset + r.index + lead - 6), chunk.offset + r.index + lead),
        )
      )
        continue;
      // "this march", "the march": a month is written with a capital; without one and without a
      // number it is a word.
      if (LOWER_MONTH.test(surface) && !/\d/.test(surface)) continue;
      // "ABC's This Week": a capitalised programme title, not a week.
      if (/^This Week$/.test(surface)) continue;
      // chrono reads "weekend" as a Saturday; the weekend rules in rules.ts give TIMEX3's week value.
      if (/\bweekend\b/i.test(surface)) continue;
      // "Mar-a-Lago": a month's name or abbreviation joined by a hyphen to a lower-case word is part of
      // another name ("mid-March" has the hyphen before, "March-April" a capital after), unless the word
      // joins a range or a place to it ("the April-to-June quarter", "August-in-Texas heat").
      if (
        /^[A-Z][a-z]{2,8}\.?$/.test(surface) &&
        /^-(?!(?:to|in|through|thru|until|till|and|or)-)[a-z]/.test(after)
      )
        continue;
      let start = chunk.offset + r.index + lead;
      // "April Glaspie", "May God bless": a bare month name before a name or a verb is not a date.
      if (
        /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
          surface,
        )
      ) {
        const next = /^\s+(\S+)/.exec(text.slice(start + surface.length, start + surface.length + 24));
        if (next && /^[A-Z][a-z]+$/.test(next[1]) && !NOT_A_NAME.test(next[1])) continue;
        // "director April Todd-Malmlov", "the lawyer, August Flentje, argued": a double-barrelled
        // surname, or one set off as an apposition with the month's name after a comma.
        if (
          next &&
          (/^[A-Z][a-z]+-[A-Z][a-z]+[,.]?$/.test(next[1]) ||
            (/^[A-Z][a-z]+[,.]$/.test(next[1]) &&
              /[a-z],\s+$/.test(text.slice(Math.max(0, start - 3), start)))) &&
          !NOT_A_NAME.test(next[1].replace(/[,.]$/, ""))
        )
          continue;
        // "the March for Life", "the March of the Mothers": an event's name; so is "the March on
        // Washington" after an article or a possessive ("in March on Capitol Hill" is the month).
        const rest = text.slice(start + surface.length, start + surface.length + 16);
        if (
          /^\s+(?:for|of\s+the)\s+[A-Z]/.test(rest) ||
          (/^\s+on\s+[A-Z]/.test(rest) &&
            /\b(?:the|a|his|her|their|our|my|its)\s+$/i.test(text.slice(Math.max(0, start - 8), start)))
        )
          continue;
        if (next && surface === "May" && /^(?:be|have|not|God|I|we|you|he|she|they|it)$/.test(next[1]))
          continue;
        // "Mrs. May", "Prime Minister May": a surname after a title.
        const before = text.slice(Math.max(0, start - 24), start);
        if (/\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Minister|Premier|Prime\s+Minister)\.?\s+$/.test(before))
          continue;
        // "leader, Theresa May, is": "May" after a capitalised word inside a sentence is a surname,
        // unless that word is one that leads a date ("Since May", "Friday May 5").
        if (surface === "May" && MAY_SURNAME_BEFORE.test(before)) continue;
        // "the People's Climate March", "the Indigenous Peoples March", "Women's March", "Obama May Visit":
        // a bare "March" or "May" right after a capitalised word that leads no date is an event's name,
        // a surname or the verb; after a person's possessive it is the month ("Ryan's March speech").
        if (/^(?:March|May)$/.test(surface)) {
          const word = /\b([A-Z][a-z]+)(['\u2019]s|s['\u2019])?\s+$/.exec(before);
          if (word && !DATE_LEAD.test(word[1]) && (!word[2] || EVENT_OWNER.test(word[1]))) continue;
        }
      }
      // "May, 59, will become": a month name, a comma and a number set off by another comma is a name
      // and an age; "In March, 15 people were hurt" keeps the month alone, and the number is a count,
      // not the month's day.
      let countAfter = false;
      if (/^[A-Z][a-z]+,\s*\d{1,2}$/.test(surface)) {
        const leadIn = text.slice(Math.max(0, start - 12), start);
        if (
          text[start + surface.length] === "," &&
          !/\b(?:in|since|until|by|from|through|of|during|early|late|mid)\s+$/i.test(leadIn)
        )
          continue;
        surface = surface.replace(/,\s*\d{1,2}$/, "");
        countAfter = true;
      }
      // Slash and bare-number dates without a year are mostly fractions and scores ("1/2", "3-2").
      if (/^\d{1,2}[/-]\d{1,2}$/.test(surface)) continue;
      // "down 1/8, this afternoon", "the 5-3/4 1992 bond": a price's fraction before the date chrono
      // joined to it; the date is what follows the fraction.
      let fractionCut = false;
      const fraction = /^\d{1,2}\/\d{1,2}(?:,\s*|\s+)(?=\S)/.exec(surface);
      if (
        fraction &&
        (fraction[0].includes(",") ||
          /\d-$/.test(text.slice(Math.max(0, start - 2), start)) ||
          /^\d{4}$/.test(surface.slice(fraction[0].length)))
      ) {
        surface = surface.slice(fraction[0].length);
        start += fraction[0].length;
        fractionCut = true;
      }
      // "approved it 19-17 Thursday", "quoted at 3.7500/03 yesterday": the end of a tally or of a
      // quote, not the day of the month.
      const tally =
        /^\d{1,2}\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:yesterday|today|tomorrow)\b)/i.exec(
          surface,
        );
      if (tally && /\d[-\u2013/]$/.test(text.slice(Math.max(0, start - 2), start))) {
        surface = surface.slice(tally[0].length);
        start += tally[0].length;
        fractionCut = true;
      }
      if (/^\d+$/.test(surface) || /^\d+\s+\d+\/\d+$/.test(surface)) continue;
      const c = r.start;
      const monthKnown = c.isCertain("month") && !fractionCut;
      const dayKnown = c.isCertain("day") && !countAfter && !fractionCut;
      const weekdayKnown = c.isCertain("weekday");
      const yearKnown = c.isCertain("year") && HAS_YEAR.test(surface);
      // chrono reads "Jan. 5, 12" as the year 2012; a year is only trusted when it is written out.
      if (c.isCertain("year") && !yearKnown && c.isCertain("month")) {
        const cut = /^(.*?\d{1,2}),\s*\d{1,2}\b/.exec(surface);
        if (cut) surface = cut[1];
      }
      // "May, 20 years" style misreads: a month name followed by a comma and a number.
      // A weekday keeps its place ("Since Friday, 20 people died"): the number is cut below.
      if (/^[A-Z][a-z]+\.?,\s*\d/.test(surface) && !c.isCertain("year") && !c.isCertain("weekday")) continue;
      // "Jan. 1, 1990 at 1": chrono took a bare number for an hour; the clock part is not a time.
      if (c.isCertain("hour") && !CLOCK.test(surface)) {
        // "the week ended February 25 from 4.32 pct": a rate after "from" or "to" is no hour either.
        surface = surface.replace(/,?\s+(?:(?:at|from|to)\s+)?\d{1,2}(?:\.\d\d)?$/, "");
        // "fell 6.43, on Friday": a price before the date is not its hour.
        const price = /^\d{1,2}[.:]\d\d,?\s+(?:(?:on|at)\s+)?(?=[A-Z])/.exec(surface);
        if (price) {
          surface = surface.slice(price[0].length);
          start += price[0].length;
        }
      }
      let end = start + surface.length;
      // A clock time needs a clock on it: "5 p.m.", "10:30", "noon"; chrono also reads "1.25 a" as one.
      const hourKnown = c.isCertain("hour") && CLOCK.test(surface);
      // "3 p.m. Eastern time", "10 a.m. Pacific", "6:40 p.m. local time", "9 a.m. (EST)": the zone a
      // clock time is given in belongs to it (as "5 p.m. EST" does in TimeBank); the value stays the
      // clock's, as TimeBank writes it.
      const zone = hourKnown ? ZONE_AFTER.exec(text.slice(end, end + 40)) : null;
      if (zone) end += zone[0].length;
      // "2:14 a.m. local time Wednesday": the weekday right after the zone is part of the expression, as
      // it is in "4 a.m. EDT Thursday", which chrono reads whole.
      const zoneDay =
        zone && !weekdayKnown && !monthKnown && !dayKnown
          ? new RegExp(`^\\s+(?:${WEEKDAY_RE})\\b`).exec(text.slice(end, end + 12))
          : null;
      if (
        c.isCertain("hour") &&
        !hourKnown &&
        !monthKnown &&
        !dayKnown &&
        !weekdayKnown &&
        !c.isCertain("year")
      )
        continue;
      const part = dayPart(surface);
      const fields = {
        y: yearKnown ? c.get("year") : null,
        m: monthKnown ? c.get("month") : null,
        d: dayKnown ? c.get("day") : null,
        wd: weekdayKnown ? c.get("weekday") : null,
        hour: hourKnown ? c.get("hour") : null,
        minute: hourKnown ? c.get("minute") : null,
      };
      // "10:40 a.m. local time Friday", "5 p.m. (2100 GMT) Thursday": the clock time is on that weekday.
      if (hourKnown && !monthKnown && !dayKnown && !weekdayKnown) {
        const after = WEEKDAY_AFTER_CLOCK.exec(text.slice(end, end + 40));
        if (after) fields.wd = WEEKDAYS[after[1].toLowerCase()] % 7;
      }
      if (zoneDay) end += zoneDay[0].length;
      // "the night of Aug. 2": chrono merges the two and loses the date, so the date is read alone.
      const partOf =
        part && !monthKnown && !dayKnown && !weekdayKnown ? /\b(?:of|on)\s+(.+)$/i.exec(surface) : null;
      if (partOf) {
        const inner = parser.parse(partOf[1], { instant: REF_INSTANT, timezone: 0 })[0]?.start;
        if (inner) {
          if (inner.isCertain("month")) fields.m = inner.get("month");
          if (inner.isCertain("day")) fields.d = inner.get("day");
          if (inner.isCertain("weekday")) fields.wd = inner.get("weekday");
          if (inner.isCertain("year") && HAS_YEAR.test(partOf[1])) fields.y = inner.get("year");
        }
      }
      const casual = [...tags].some(
        (t) => t.startsWith("casualReference/") || t === "parser/ENCasualDateParser",
      );
      const casualOffset = casual ? casualDayOffset(surface) : null;
      let rel = RELATIVE_PREFIX.exec(surface);
      // "this coming Sunday", "this past Thursday": chrono leaves the direction word outside its match.
      let from = start;
      const outside = weekdayKnown
        ? OUTSIDE_DIRECTION.exec(text.slice(Math.max(0, start - 20), start))
        : null;
      if (outside && !rel) {
        rel = RELATIVE_PREFIX.exec(`${outside[2] ?? outside[3]} `);
        from = start - outside[0].length;
      }
      // "last September 11", "next March 3": chrono leaves the word outside a month and day.
      const lastNext =
        monthKnown && dayKnown && !yearKnown && !weekdayKnown && !rel
          ? /\b(last|next)\s+$/i.exec(text.slice(Math.max(0, start - 6), start))
          : null;
      if (lastNext) {
        rel = RELATIVE_PREFIX.exec(`${lastNext[1]} `);
        from = start - lastNext[0].length;
      }
      let forced: "past" | "future" | null = rel ? (rel[1] ? "past" : "future") : null;
      // "the previous Friday", "the following Monday": counted from the date the story is at, not today.
      let anchored = false;
      if (weekdayKnown) {
        const lead = /^(?:previous|preceding|following)\s/i.test(text.slice(from, end))
          ? /\bthe\s+$/i.exec(text.slice(Math.max(0, from - 6), from))
          : /\bthe\s+(?:previous|preceding|following)\s+$/i.exec(text.slice(Math.max(0, from - 24), from));
        if (lead) {
          anchored = true;
          from -= lead[0].length;
          forced = /previous|preceding/i.test(text.slice(from, end)) ? "past" : "future";
        }
      }
      if (partOf && /\bthe\s$/i.test(text.slice(Math.max(0, from - 4), from))) from -= 4;
      const link: Pending["link"] = {};
      // "the year ended March 31": a reporting period that has closed ends on the latest such date.
      // "since Nov. 25" has begun, so it is not ahead either; nor is what happened "back in February".
      const closed =
        monthKnown &&
        !yearKnown &&
        (PERIOD_ENDED.test(text.slice(Math.max(0, from - 40), from)) ||
          /\b(?:since|back\s+in|back\s+on)\s+$/i.test(text.slice(Math.max(0, from - 10), from)) ||
          // "took office in January", "was elected in March": a month alone after a past verb and "in".
          (!dayKnown && !weekdayKnown && PAST_VERB_IN.test(text.slice(Math.max(0, from - 40), from))) ||
          // "up from 54 percent in a January poll", "his June call with the president": a document or
          // a call named by its month alone is one already out, unless a future cue leads to it ("will
          // publish its December report").
          (!dayKnown &&
            !weekdayKnown &&
            (DOCUMENT_AFTER.test(text.slice(end, end + 24)) ||
              MADE_DOCUMENT_AFTER.test(text.slice(end, end + 60))) &&
            !DOCUMENT_AHEAD_BEFORE.test(text.slice(Math.max(0, from - 40), from))));
      // "was extended to Nov. 16", "declared a dividend payable Dec. 15": a past act can set a date ahead.
      // "barred evictions through the end of May": the word counts before the edge the tagger adds too.
      const target = TARGET_BEFORE.test(text.slice(Math.max(0, from - 40), from).replace(EDGE_BEFORE, ""));
      // "waits until November", "before September": a month alone that a clause not in the past looks
      // toward lies ahead, however far off ("by" after a participle names an agent: "led by May").
      const deadline =
        monthKnown &&
        !dayKnown &&
        !yearKnown &&
        DEADLINE_BEFORE.test(text.slice(Math.max(0, from - 40), from).replace(EDGE_BEFORE, ""));
      // "the November election", "November's midterms", "vote for her in November": the US general
      // election the story is near.
      const novemberAlone = fields.m === 11 && !dayKnown && !weekdayKnown && !yearKnown && !forced;
      const election: ElectionCue = !novemberAlone
        ? null
        : ELECTION_AFTER.test(text.slice(end, end + 60))
          ? "named"
          : ELECTION_TALK.test(text.slice(sentenceStartBefore(text, from), sentenceEndAfter(text, end)))
            ? "talk"
            : null;
      // "permits that expired before March 5", "the tax cuts expire, as scheduled, on Dec. 31": a month
      // and day set ahead, which a past verb does not send back.
      const planned =
        monthKnown &&
        dayKnown &&
        !yearKnown &&
        (/\bbefore\s+$/i.test(text.slice(Math.max(0, from - 8), from)) || planWordNear(text, from, end));
      const bareWeekday =
        fields.wd !== null && fields.m === null && fields.d === null && casualOffset === null && !forced;
      const candidate: Candidate = {
        start: from,
        end,
        type: hourKnown || part ? "TIME" : "DATE",
        priority: 2,
        rule: "chrono",
        monthOnly: monthKnown && !dayKnown && !weekdayKnown && !yearKnown,
        weekday: bareWeekday && fields.wd !== null && !/\bweek\b/i.test(surface) ? fields.wd || 7 : undefined,
        resolve: (ctx) =>
          resolveFields(fields, ctx, {
            part,
            casualOffset,
            forced,
            thisWeek: /^this\s/i.test(surface),
            beyondToday: rel?.[2] !== undefined && !/^this$/i.test(rel[2]),
            midnight: /\bmidnight\b/i.test(surface),
            closed,
            target,
            deadline,
            election,
            planned,
            sentenceStart: sentenceStartBefore(text, from),
            headYear: headYearOf(text, sentenceStartBefore(text, from)),
            ofThatYear: monthKnown && dayKnown && !yearKnown && OF_THAT_YEAR.test(text.slice(end, end + 24)),
            link,
            weekShift: /\bnext\s+week\b/i.test(surface) ? 1 : /\blast\s+week\b/i.test(surface) ? -1 : 0,
            anchored,
          }),
      };
      // "the Sept. 11 attacks", "a September 11th-style attack", "post-Sept. 11": the day of the 2001
      // attacks, not the latest September 11 (a story about the 2012 attack in Benghazi keeps its own).
      if (
        fields.m === 9 &&
        fields.d === 11 &&
        !yearKnown &&
        fields.hour === null &&
        (NINE_ELEVEN_AFTER.test(text.slice(end, end + 30)) ||
          NINE_ELEVEN_BEFORE.test(text.slice(Math.max(0, from - 24), from))) &&
        !tellsOfBenghazi()
      ) {
        const own = candidate.resolve;
        candidate.resolve = (ctx) =>
          ctx.dct && toUtc(ctx.dct) > toUtc(ATTACKS_2001)
            ? { value: "2001-09-11", granularity: "day" }
            : own(ctx);
      }
      out.push(candidate);
      pending.push({
        candidate,
        fields,
        link,
        dated: monthKnown || dayKnown || fields.wd !== null || casualOffset !== null,
        meridiem: /p\.?m\b|\bnoon\b/i.test(surface) ? "pm" : /a\.?m\b/i.test(surface) ? "am" : null,
      });
      // "Nov. 12-13", "March 3 to 5, 2031": the second day of a range written with its month once is a
      // date of its own (TIMEX3 tags the two ends of a range apart), in the month and year of the first.
      const second =
        monthKnown && dayKnown && !weekdayKnown && !hourKnown && !part && fields.d !== null
          ? dayRangeEnd(text, end, fields)
          : null;
      if (second) {
        if (second.y !== null && fields.y === null) fields.y = second.y;
        const resolveFirst = candidate.resolve;
        let first: Resolved | null = null;
        candidate.resolve = (ctx) => {
          first = resolveFirst(ctx);
          return first;
        };
        const day = second.d;
        out.push({
          start: second.start,
          end: second.end,
          type: "DATE",
          priority: 2,
          rule: "chrono",
          resolve: (ctx) => {
            const { value } = first ?? resolveFirst(ctx);
            const ym = /^(\d{4}|XXXX)-(\d\d)-\d\d$/.exec(value);
            return ym ? { value: `${ym[1]}-${ym[2]}-${pad(day)}`, granularity: "day" } : X(value);
          },
        });
      }
    }
  }
  linkRanges(pending, text);
  linkClockRanges(pending, text, out);
  clocksAfterDatedClock(pending, text);
  dayFirstRangeStarts(pending, text, out);
  return out;
}

const X = (value: string): Resolved => ({ value, granularity: "none" });

/**
 * The day after a dash, "to", "through" or "and" that ends a range begun by a month and day ("Nov.
 * 12-13", "March 3 through 5, 2031"): its offsets, its day, and the year written after it.
 */
function dayRangeEnd(
  text: string,
  end: number,
  fields: Fields,
): { start: number; end: number; d: number; y: number | null } | null {
  const tail = DAY_RANGE_TAIL.exec(text.slice(end, end + 40));
  if (!tail || fields.m === null || fields.d === null) return null;
  const d = Number(tail[2]);
  const y = tail[4] ? Number(tail[4]) : null;
  // A leap year when none is written: Feb. 28-29 may be a range.
  if (d <= fields.d || d > daysInMonth(y ?? fields.y ?? 2000, fields.m)) return null;
  const after = text.slice(end + tail[0].length, end + tail[0].length + 24);
  // "on March 3 and 4 others", "rose from Nov. 12 to 15 percent": a count after the date, not a day.
  if (/^(?:and|to)$/i.test(tail[1].trim()) && /^\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|percent|of)\b/.test(after))
    return null;
  return { start: end + tail[1].length, end: end + tail[0].length, d, y };
}

/** What may follow a month and day to end a range of days, and the day (and year) that ends it. */
const DAY_RANGE_TAIL =
  /^(\s*[-\u2013\u2014]\s*|\s+(?:to|through|thru|until|till|and)\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?![-\u2013:/.,]\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b|o'clock|GMT|UTC))(,?\s+((?:1[5-9]|20)\d\d)\b(?![.,]\d))?/i;

/** The order of a month and day within a year, for comparing the two ends of a range. */
const within = (m: number, d: number | null, last: boolean) => m * 100 + (d ?? (last ? 99 : 0));

/**
 * The year of an end of a range, placed as a whole: the last end follows the first ("January-October"
 * share a year, "December-March" do not). Asked by the first end (resolved first, with the clause's
 * direction, which belongs to the range as a whole), which leaves the last end's year for it; the last
 * end takes that year. Null when there is no range or nothing to place it by.
 */
function rangeYear(
  link: { range?: RangeLink; role?: "start" | "end" } | undefined,
  firstYear: number | null,
  ctx: ResolveContext,
  direction: "past" | "future" | "none",
): number | null {
  let dir = direction;
  const range = link?.range;
  if (!range) return null;
  if (link.role === "end") return range.endYear ?? null;
  const { start, end } = range;
  const wraps = within(start.m, start.d, false) > within(end.m, end.d, true);
  let endYear: number | null;
  if (end.y !== null) endYear = end.y;
  else if (firstYear !== null) endYear = wraps ? firstYear + 1 : firstYear;
  else if (!ctx.dct) endYear = null;
  else {
    const dct = ctx.dct;
    const today = within(dct.m, dct.d, false);
    // A date moved to the last end is a new date ahead, whatever the tense of the moving.
    if (range.moved) dir = "future";
    // Ahead: the range that has not ended yet; past: the latest that had begun by the article's date
    // ("was shut from December to February", said in January, is the closure under way); with no cue,
    // the last end is placed as a month alone would be.
    if (dir === "past") {
      const startYear = within(start.m, start.d, false) <= today ? dct.y : dct.y - 1;
      endYear = wraps ? startYear + 1 : startYear;
    } else
      endYear =
        dir === "future"
          ? within(end.m, end.d, true) >= today
            ? dct.y
            : dct.y + 1
          : monthYear(dct, end.m, "none", ctx.direction === "past");
  }
  range.endYear = endYear;
  if (firstYear !== null) return firstYear;
  return endYear === null ? null : wraps ? endYear - 1 : endYear;
}

/** How far back (in days) a month-and-day date stays in the current year whatever the clause's tense. */
const RECENT_DAYS = 60;

function casualDayOffset(surface: string): number | null {
  const s = surface.toLowerCase();
  if (/\byesterday\b|\blast night\b/.test(s)) return -1;
  if (/\btomorrow\b/.test(s)) return 1;
  if (/\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/.test(s)) return 0;
  return null;
}

interface Fields {
  y: number | null;
  m: number | null;
  d: number | null;
  wd: number | null;
  hour: number | null;
  minute: number | null;
}

/** The year of month m, day d strictly before the article ("last") or strictly after it ("next"). */
function forcedYear(dct: Day, m: number, d: number, forced: "past" | "future"): number {
  const md = m * 100 + d;
  const today = dct.m * 100 + dct.d;
  if (forced === "past") return md < today ? dct.y : dct.y - 1;
  return md > today ? dct.y : dct.y + 1;
}

/**
 * How few days ahead a month and day may lie and still be the one meant under a past verb: "had been
 * set to expire Nov. 6", said on Nov. 2, is a plan made in the past, not last year's date.
 */
const PLANNED_DAYS = 30;

/** Days from the article's day to the next month m, day d after it (0 on that day itself). */
function daysAhead(dct: Day, m: number, d: number): number {
  const on = (y: number) => toUtc({ y, m, d: Math.min(d, daysInMonth(y, m)) });
  const gap = on(dct.y) - toUtc(dct);
  return (gap >= 0 ? gap : on(dct.y + 1) - toUtc(dct)) / 86_400_000;
}

/**
 * The year in which month m, day d is weekday wd (chrono's, 0 = Sunday), when that day lies within half a
 * year of the article's; null when none does (a weekday that does not match the article's year is
 * more often a slip than a date a year away).
 */
function yearOfWeekday(dct: Day, m: number, d: number, wd: number): number | null {
  for (const y of [dct.y, dct.y - 1, dct.y + 1]) {
    if (d > daysInMonth(y, m) || weekday({ y, m, d }) % 7 !== wd) continue;
    if (Math.abs(toUtc({ y, m, d }) - toUtc(dct)) <= HALF_YEAR_DAYS * 86_400_000) return y;
  }
  return null;
}
const HALF_YEAR_DAYS = 183;

/** Words of a plan or a schedule in the sentence around [start, end): "would", "was to", "as scheduled". */
const PLAN_WORD =
  /\b(?:will|would|shall|scheduled|slated|planned|plans?\s+to|expected\s+to|set\s+to|due\s+to|(?:is|are|was|were)\s+to(?=\s+[a-z]+\b)|deadline|expires?|expiring)\b|['\u2019]ll\b/i;

function planWordNear(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 150 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 100 && !/[.!?\n]/.test(text[to])) to++;
  return PLAN_WORD.test(text.slice(from, start)) || PLAN_WORD.test(text.slice(end, to));
}

/**
 * How few days ahead a date is the news's own coming one whatever year the sentence wrote before it
 * ("the same margins as in the 2010 midterms, likely to vote on Nov. 4", said in late October).
 */
const COMING_DAYS = 14;

/** Words whose full stop ends no sentence ("Jan. 5", "U.S. troops", "Sen. Smith"). */
const NO_SENTENCE_END =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|No|vs|Jr|Sr|Inc|Co|Corp|Ltd)|\b[A-Z]|\.[A-Za-z])$/;

/** Where the sentence holding offset `at` begins (looking back a few hundred characters at most). */
function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - 300);
  for (let i = at - 1; i > floor; i--) {
    const c = text[i];
    if (c === "\n") return i + 1;
    if (!/\s/.test(c) || !/[.!?]["'\u201d\u2019)]?$/.test(text.slice(Math.max(0, i - 2), i))) continue;
    const mark = /["'\u201d\u2019)]$/.test(text.slice(0, i)) ? i - 2 : i - 1;
    if (text[mark] === "." && NO_SENTENCE_END.test(text.slice(Math.max(0, mark - 5), mark))) continue;
    return i + 1;
  }
  return floor;
}

/** "In 1999, when ..." at the head of a sentence: the year the sentence tells of. */
const HEAD_YEAR = /^\s*In\s+((?:1[89]|20)\d\d)\s*,/;

/** The year written at the head of the sentence starting at `start` ("In 1999, ..."), or null. */
function headYearOf(text: string, start: number): number | null {
  const m = HEAD_YEAR.exec(text.slice(start, start + 14));
  return m ? Number(m[1]) : null;
}

/** The year of month m, day d on or before the article's day. */
function pastDayYear(dct: Day, m: number, d: number): number {
  return m * 100 + d <= dct.m * 100 + dct.d ? dct.y : dct.y - 1;
}

/** The edge of a period the tagger adds to a date ("through the end of May"), left out when reading the word before. */
const EDGE_BEFORE = /\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+$/i;
/** Words that make a month alone a time still to come when their clause is not past. */
const DEADLINE_BEFORE =
  /(?:\b(?:until|till|before|ahead\s+of)|(?<!\b[a-z]+(?:ed|en)\s+)\bby)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]\s*)?$/i;

/** What makes a November the election's: "the November election", "November's general election", "the November ballot". */
const ELECTION_AFTER =
  /^(?:['\u2019]s)?\s+(?:(?:general|presidential|midterm|mid-term|congressional|legislative|gubernatorial|federal|national|state)\s+)*(?:elections?|ballots?|midterms?|vote)\b/i;

/**
 * Whether month m is the one before the article's: a future cue near it ("economists expected the rate
 * would climb in May" in June, "released with the January employment report Friday" in February) is
 * about what was looked for then, not a month eleven months off.
 */
function justPast(dct: Day, m: number): boolean {
  return (m - dct.m + 12) % 12 === 11;
}

/** How a November is tied to an election: named with it ("the November election") or in a sentence about one. */
type ElectionCue = "named" | "talk" | null;
/** Words of a sentence about an election, which makes a November in it the election's month. */
const ELECTION_TALK =
  /\b(?:vot(?:e|es|ed|ing|ers?)|elect(?:ion|ions|orate|oral)|ballots?|midterms?|defeat|beat|win|swing states?|down[- ]ballot|down ticket|competitive)\b/i;

/**
 * The year of a November tied to an election: the US general election's the story is near when the
 * clause's own reading is a November already past; one still to come stays (an odd year's local races,
 * "the November election" said in September 2019, are that year's, not the next federal one).
 */
function nearElection(dct: Day, tied: boolean, year: number): number {
  if (!tied || year > dct.y || (year === dct.y && dct.m <= 11)) return year;
  return Math.max(year, electionDay(dct, (y) => holidayDay("election day", y)).y);
}

/** Where the sentence with `end` in it stops (a bounded look ahead). */
function sentenceEndAfter(text: string, end: number): number {
  const m = /[.!?](?:\s|$)/.exec(text.slice(end, end + 200));
  return m ? end + m.index : Math.min(text.length, end + 200);
}

/** Which way a range points, from its first end's clause: a past tense needs the parse, as for a month. */
function rangeDirection(
  ctx: ResolveContext,
  opts: { closed?: boolean; target?: boolean },
): "past" | "future" | "none" {
  if (opts.closed) return "past";
  if (ctx.direction === "future" || opts.target) return "future";
  return ctx.parsedPast ? "past" : "none";
}

function resolveFields(
  f: Fields,
  ctx: ResolveContext,
  opts: {
    part: string | null;
    casualOffset: number | null;
    forced: "past" | "future" | null;
    thisWeek: boolean;
    /** "next Thursday" said on a Thursday is a week ahead, not today. */
    beyondToday?: boolean;
    anchored?: boolean;
    /** The range this date begins or ends ("from January to March"), if any. */
    link?: { range?: RangeLink; role?: "start" | "end" };
    /** "Wednesday of next week": the weekday in the week after (1) or before (-1) the article's. */
    weekShift?: number;
    /** The date closes a reporting period that has ended, so it is not ahead of the article. */
    closed?: boolean;
    /** The date follows a word that sets a date ahead ("extended to", "effective"), whatever the tense. */
    target?: boolean;
    /** A month alone after "until", "before", "by": ahead unless the parse puts its clause in the past. */
    deadline?: boolean;
    /** November before "election", "ballot", "midterms", or in a sentence about voting. */
    election?: ElectionCue;
    /** "June 30 of that year": the date is in the year the story is at. */
    ofThatYear?: boolean;
    /** Where the date's sentence begins: a year written out earlier in it dates the story the sentence tells. */
    sentenceStart?: number;
    /** The year that opens the date's sentence ("In 1999, ..."), or null. */
    headYear?: number | null;
    /** A plan or a deadline is near the date ("would rise on Jan. 1"): a past verb does not send it back. */
    planned?: boolean;
    /** TIMEX3 writes midnight as the end of its day (T24:00), chrono as the start. */
    midnight?: boolean;
  },
): Resolved {
  const dct = ctx.dct;
  let day: Day | null = null;
  let granularity: Resolved["granularity"] = "day";
  let value: string | null = null;
  if (opts.casualOffset !== null) {
    if (dct) {
      day = addDays(dct, opts.casualOffset);
    }
  } else if (f.m !== null && f.d !== null) {
    // The governing verb's tense sets the direction, as for a weekday: "was arrested on July 4" is the
    // latest July 4, "will meet on July 4" the next one. Only a parsed past counts (a past word nearby
    // misleads), and not before a date a past act sets ahead ("was extended to Nov. 16").
    const parsedBack =
      !!ctx.parsedPast &&
      !opts.target &&
      !opts.planned &&
      ctx.direction !== "future" &&
      !(dct && daysAhead(dct, f.m, f.d) <= PLANNED_DAYS);
    let dir: "past" | "future" | "none" = opts.closed
      ? "past"
      : ctx.direction === "future"
        ? "future"
        : parsedBack
          ? "past"
          : "none";
    // A date a few weeks back is not next year's: the cue belongs to another verb ("announcements put
    // out on Aug. 13 suggest..." in September).
    // The latest such date may lie in last year: "Dec. 20" said in early January.
    if (dir === "future" && dct && f.y === null) {
      const { m, d } = f;
      const latest = (y: number) => toUtc(dct) - toUtc({ y, m, d: Math.min(d, daysInMonth(y, m)) });
      const back = latest(dct.y) >= 0 ? latest(dct.y) : latest(dct.y - 1);
      if (back > 0 && back <= RECENT_DAYS * 86_400_000) dir = "past";
    }
    // A story told in a past year ("On May 28 ... The next day, May 30") stays there: with no cue, a
    // date that would lie ahead of the article goes back when the last date the story gave is behind it.
    if (dir === "none" && !opts.target && dct && ctx.anchor && ctx.anchor.y < dct.y) dir = "past";
    // "last September 11" is the latest one before the article, "next March 3" the first after it.
    const relYear = dct && opts.forced ? forcedYear(dct, f.m, f.d, opts.forced) : null;
    // A past date is the latest on or before the article's day ("met on June 20" said on June 25).
    const pastYear = dct && parsedBack && dir === "past" ? pastDayYear(dct, f.m, f.d) : null;
    // "Saturday, April 25": the year in which the day falls on the weekday named with it.
    const weekdayYear = dct && f.y === null && f.wd !== null ? yearOfWeekday(dct, f.m, f.d, f.wd) : null;
    // "the war, which began in 2001 after the Sept. 11 attacks": a year written out earlier in the
    // sentence, before the article's, keeps a date with no cue of its own from going ahead of the article
    // (unless it is due within days).
    const storyYear =
      dct &&
      dir === "none" &&
      !opts.target &&
      !opts.planned &&
      ctx.anchorYear != null &&
      ctx.anchorYear < dct.y &&
      ctx.anchorYearWrittenEnd != null &&
      opts.sentenceStart !== undefined &&
      ctx.anchorYearWrittenEnd > opts.sentenceStart &&
      monthYear(dct, f.m, dir, ctx.direction === "past") * 10_000 + f.m * 100 + f.d >
        dct.y * 10_000 + dct.m * 100 + dct.d &&
      daysAhead(dct, f.m, f.d) > COMING_DAYS
        ? ctx.anchorYear
        : null;
    // "began on June 30 of that year": the year the story is at, whatever the clause's tense.
    const storyAt = opts.ofThatYear && ctx.anchorYear !== null ? toldYear(ctx) : null;
    const y =
      rangeYear(
        opts.link,
        f.y ?? storyAt ?? weekdayYear ?? relYear ?? storyYear,
        ctx,
        rangeDirection(ctx, opts),
      ) ??
      f.y ??
      storyAt ??
      weekdayYear ??
      relYear ??
      pastYear ??
      storyYear ??
      (dct ? monthYear(dct, f.m, dir, ctx.direction === "past" && !opts.target) : null);
    if (y === null) value = `XXXX-${pad(f.m)}-${pad(f.d)}`;
    else day = { y, m: f.m, d: f.d };
  } else if (f.m !== null) {
    // A month alone: the nearest one unless the clause points ahead; a past tense counts only when the
    // parse says so (nearby past words mislead more than they help).
    // "In 1999, when he ran, Trump gave him $1,000 in January": the months the sentence names alone
    // are of the year it opens with, while no other year has come between and the parse puts their
    // clause in the past ("a prize his son is set to be awarded in August" is not that year's).
    const headYear =
      dct &&
      opts.headYear != null &&
      opts.headYear < dct.y &&
      ctx.anchorYear === opts.headYear &&
      ctx.parsedPast
        ? opts.headYear
        : null;
    const y =
      rangeYear(opts.link, f.y, ctx, rangeDirection(ctx, opts)) ??
      f.y ??
      headYear ??
      (dct
        ? nearElection(
            dct,
            // "won the November election" is the one just held; "before November's midterms" the coming one.
            !!opts.election && !opts.closed && (!ctx.parsedPast || !!opts.deadline),
            monthYear(
              dct,
              f.m,
              opts.closed
                ? "past"
                : (ctx.direction === "future" && !justPast(dct, f.m)) ||
                    (opts.deadline && !ctx.parsedPast && ctx.direction !== "past")
                  ? "future"
                  : ctx.parsedPast && !opts.target
                    ? "past"
                    : "none",
              // A nearby past word alone is too weak to move a month back, but enough to keep one
              // that is only just within reach ahead behind: on unannotated news it moved 21 months,
              // 15 rightly ("its last attempt in April" said in December).
              ctx.direction === "past" && !opts.target,
            ),
          )
        : null);
    value = `${y === null ? "XXXX" : pad(y, 4)}-${pad(f.m)}`;
    granularity = "month";
  } else if (f.wd !== null) {
    const wd = f.wd === 0 ? 7 : f.wd;
    if (dct) {
      let dir: "past" | "future" = opts.forced ?? (ctx.direction === "future" ? "future" : "past");
      if (opts.thisWeek) dir = wd >= weekday(dct) ? "future" : "past";
      const base = opts.anchored && ctx.anchor ? ctx.anchor : dct;
      // "last Monday" said on a Monday is a week back, not today; likewise "the following Monday".
      const step =
        opts.forced === "past" ? -1 : (opts.anchored || opts.beyondToday) && opts.forced === "future" ? 1 : 0;
      day = opts.weekShift
        ? addDays(dct, 7 * opts.weekShift - weekday(dct) + wd)
        : weekdayNear(addDays(base, step), wd, dir);
    } else value = `XXXX-WXX-${wd}`;
  } else if (f.y !== null) {
    value = pad(f.y, 4);
    granularity = "year";
  } else if (dct) {
    day = dct;
  }
  if (value === null) value = day ? formatDay(day) : "XXXX-XX-XX";
  // A clock time is finer than the part of the day it falls in ("10:30 in the morning").
  if (opts.part && (f.hour === null || granularity !== "day"))
    return { value: `${value}T${opts.part}`, granularity: "hour" };
  if (f.hour !== null && granularity === "day") {
    const minute = f.minute ?? 0;
    if (opts.midnight && f.hour === 0 && minute === 0)
      return { value: `${value}T24:00`, granularity: "minute" };
    return { value: `${value}T${pad(f.hour)}:${pad(minute)}`, granularity: "minute" };
  }
  return { value, granularity };
}
