// Time expressions chrono-node does not cover or that news and TimeML read differently: durations,
// sets, vague references (PRESENT_REF), years, decades, quarters, seasons and relative periods.
import {
  addDays,
  compareDays,
  type Day,
  daysInMonth,
  formatDay,
  formatWeek,
  pad,
  parseDay,
  quarterOf,
  weekday,
} from "./calendar.js";
import type { Candidate, ResolveContext, TimexType } from "./candidate.js";
import { holidayDay, movableHoliday } from "./holidays.js";
import {
  DAY_PARTS,
  durationValue,
  MONTH_RE,
  MONTHS,
  NUMBER_RE,
  ORDINALS,
  parseCount,
  SEASONS,
  THAT_PERIOD_BEFORE,
  UNIT_RE,
  unitName,
  WEEKDAY_RE,
  WEEKDAYS,
} from "./lexicon.js";
import { monthYear, periodValue, type Resolved, shift, weekdayNear, weekendNear } from "./values.js";

interface Built {
  type: TimexType;
  priority: number;
  resolve: (ctx: ResolveContext) => Resolved;
  /** Characters to drop from the match's start (a preposition the pattern needed but TIMEX3 excludes). */
  trimStart?: number;
  /** Characters before the match that belong to the expression (a month before a year said in words). */
  extendStart?: number;
  /** Characters to drop from the match's end (a word the pattern needed but TIMEX3 leaves outside). */
  trimEnd?: number;
  /** See Candidate.toldYearStep. */
  toldYearStep?: number;
  /** See Candidate.partOfMonth. */
  partOfMonth?: boolean;
}

type Builder = (m: RegExpExecArray) => Built | null;

interface Rule {
  name: string;
  re: RegExp;
  build: Builder;
}

const X = (value: string, granularity: Resolved["granularity"] = "none"): Resolved => ({
  value,
  granularity,
});
const fixed = (
  type: TimexType,
  value: string,
  priority = 1,
  granularity: Resolved["granularity"] = "none",
) => ({
  type,
  priority,
  resolve: () => X(value, granularity),
});

const QUANT =
  "(?:(?:about|around|approximately|roughly|nearly|almost|some|more than|less than|fewer than|under|at least|at most|no more than|no less than|up to|just over|just under|well over|the)\\s+)?";

function yearOf(ctx: ResolveContext): Day | null {
  return ctx.dct;
}

/** How far (in characters) after the story's last date "overnight" may still be that date's night. */
const DAY_PART_REACH = 400;

/**
 * "can't be solved overnight", "the world hasn't changed overnight", "almost overnight": "overnight"
 * as "all at once", a manner and no night. A negation a few words before it in its clause, or an
 * adverb of degree right before it, makes it the idiom.
 */
const OVERNIGHT_IDIOM =
  /(?:(?:\b(?:not|never|no|unless|cannot)\b|n['\u2019]t\b)(?:\s+(?![\w'\u2019-]*[.;!?,])[\w'\u2019-]+){0,5}|\b(?:almost|nearly|virtually|practically|literally|seemingly|essentially|basically|suddenly))\s+$/i;

/** A quarter of the financial year in the text, not "a quarter of the vote" or "the French Quarter". */
const QUARTER_CONTEXT =
  /\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|this|the|that|fiscal|current|same|comparable|year-ago|year-earlier)[- ]quarter\b(?!\s+of\s+(?:a|an|all|its|their|his|her|the\s+(?!year))\b|-point)|-to-quarter\b|\bquarterly\b/i;
/** Words that put a "fourth quarter" on a playing field. */
const SPORTS_CONTEXT =
  /\b(?:scored|scoring|touchdowns?|halftime|overtime|rebounds|assists|quarterback|innings?|free throws?|field goals?|baskets?|the game|the match|buzzer)\b/i;
/** How far (in characters) a named quarter sets the granularity of a following "a year earlier". */
const QUARTER_REACH = 400;

/** The sentence around `at` (bounded, so long texts stay linear). */
function sentenceOf(text: string, at: number): string {
  const from = Math.max(0, at - 300);
  const head = text.slice(from, at);
  const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"));
  const tail = text.slice(at, at + 300);
  const stop = tail.search(/\.\s|\n/);
  return head.slice(cut + 1) + (stop < 0 ? tail : tail.slice(0, stop));
}

/** The last completed quarter: what financial news means by "the quarter". */
function lastQuarter(dct: Day): { y: number; q: number } {
  const q = quarterOf(dct) - 1;
  return q === 0 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q };
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonValue(dct: Day, code: string, which: string): string {
  const start = SEASON_START[code];
  let y = dct.y;
  if (which === "last") y = dct.m >= start + 3 ? dct.y : dct.y - 1;
  else if (which === "next") y = dct.m < start ? dct.y : dct.y + 1;
  return `${pad(y, 4)}-${code}`;
}

/**
 * The last year of a range that begins in `first` ("95" in "1992-95", "2001" in "1999-2001"), or null
 * when the two do not make a range of a few decades at most.
 */
function yearRangeEnd(first: number, written: string): number | null {
  let last = Number(written);
  if (written.length === 2) {
    last += Math.floor(first / 100) * 100;
    if (last <= first) last += 100;
  }
  return last > first && last - first <= 30 ? last : null;
}

/** A car make right after a year ("a 1987 Chevrolet Cavalier"); makes that are also places or names are left out. */
const CAR_MAKE_AFTER =
  /^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Buick|Cadillac|Dodge|Chrysler|Pontiac|Oldsmobile|Plymouth|Jeep|Volkswagen|BMW|Mercedes|Mazda|Subaru|Hyundai|Volvo|Saab|Porsche|Audi|Lexus|Acura|Kia|GMC|Mitsubishi|Ferrari)\b/;

/** A local clock time and an opening bracket, before a GMT time that restates it. */
const LOCAL_CLOCK_BEFORE =
  /(?:\d:\d\d|\d\s*[ap]\.m\.|\bnoon|\bmidnight)(?:\s+[A-Z]{2,4})?(?:\s+local\s+time)?\s*\(\s*$/i;

/** Counts of a unit that fill the period after them ("24 hours a day"): "always", not a duration. */
const WHOLE_CYCLE = new Set(["24 hour day", "7 day week", "365 day year", "52 week year"]);

/** The start of a date right after a word ("last October", "in 1996", "on Monday"). */
const DATE_AFTER = new RegExp(
  `^,?\\s+(?:(?:in|on|during)\\s+)?(?:(?:last|this|early|late)\\s+)?(?:${MONTH_RE}|${WEEKDAY_RE}|yesterday\\b|(?:1[5-9]|20)\\d\\d\\b|(?:week|month|year)\\b)`,
);

/** An award or a quip before "of the year/month/week" ("Person of the Year", "flavor of the month"). */
const AWARD_OF_THE =
  /\b(?:Person|Man|Woman|Player|Coach|Rookie|Statesman|Athlete|Teacher|Lie|Word|Album|Song|Record|Entertainer|Executive|Manager|Company|Newsmaker|Employee|person|man|woman|player|lie|word|flavou?r|employee|drug|rookie)\s+of\s+$/;
/** Hyperbole before "of the century" ("the deal of the century", "the crime of the century"). */
const CENTURY_HYPERBOLE =
  /\b(?!(?:half|part|turn|end|beginning|start|middle|course|rest|much|most|quarter|decades?|years|dawn|close|remainder|history)\s)[a-z]+\s+of\s+$/i;
/** How near (in days) a holiday is taken whatever the clause's tense says. */
const HOLIDAY_NEAR = 45;
/** How near (in days) a holiday ahead stays ahead unless the parse says the clause is past. */
const HOLIDAY_SOON = 7;
/** Words that make a holiday a deadline ("by Easter", "ahead of Christmas"). */
const HOLIDAY_TARGET = /\b(?:by|until|till|before|ahead\s+of)\s+$/i;
/** "since Easter": a holiday that has already come. */
const HOLIDAY_SINCE = /\bsince\s+$/i;
/** A year written after a holiday with "in" or "of" ("Election Day in 2016"), which it falls in. */
const HOLIDAY_YEAR_AFTER = /^\s+(?:in|of)\s+((?:1[89]|20)\d\d)\b(?![-\u2013/]\d|s\b)/;
/** A lower-case noun after a holiday makes it an attribute ("Thanksgiving dinner"), not a verb or a clause. */
const HOLIDAY_ATTRIBUTE =
  /^[-\s]+(?!(?:was|were|had|has|have|is|are|will|would|and|or|when|as|in|on|at|to|of|for|with|the|a|an)\b)[a-z]/;

/** Words that may follow an adverbial "daily" / "annually" ("paid quarterly to shareholders"). */
const ADVERB_FOLLOWERS = new Set([
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "since",
  "from",
  "until",
  "through",
  "but",
  "as",
  "with",
  "over",
  "the",
  "a",
  "an",
  "this",
  "that",
  "last",
  "next",
  "basis",
]);

/** A determiner or a possessive, and perhaps one word, before an adjective ("the weekly", "Smith's new monthly"). */
const ADJECTIVE_AFTER =
  /(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)|['\u2019]s)\s+(?:[a-z-]+\s+)?$/i;

/** "Now, 17 years later", "here we are almost five years later": a count that reaches the present. */
const NOW_BEFORE =
  /\b(?:now|today|tonight|here\s+we\s+are)\b,?\s+(?:(?:over|some|just|all|a\s+little)\s+)*$/i;

/** What makes "the last week" the final one of a named stretch: "of the campaign", "before Election Day". */
const FINAL_OF = /^\s+(?:of|before)\s+(?:[Tt]he|[Aa]n?|his|her|their|its|our|this|that|[A-Z])\b/;

/**
 * A time noun capitalised after a lower-case word, in running text: a name's or a title's word
 * ("Fight for the Future", "the Winter War", "the Century cinema", "the next Year of the Woman").
 */
const NAME_WORD =
  /^(?:the|this|that|next|last|past|coming)\s+(?:(?:next|last|past|coming|early|late|mid|near|distant)[- ])?(?:Future|Past|Present|Century|Decade|Year|Month|Week|Weekend|Spring|Summer|Fall|Autumn|Winter)$/;

/** "ended Feb. 26", "ending Wednesday": the date closing a reporting period. */
const PERIOD_ENDED_ON = new RegExp(
  `^\\s+end(?:ed|ing)\\s+(?:on\\s+)?(?:${MONTH_RE}|${WEEKDAY_RE}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b|yesterday|today|\\d)`,
  "i",
);

/**
 * The earlier year a story is telling of, for "the year" in a clause the parse puts in the past: "The
 * war began in 1939. By the end of the year, Poland had fallen." Null when the story is at the
 * article's own year, or the clause is not known to be past ("by the end of the year" ahead).
 */
function storyYearBefore(ctx: ResolveContext, m: RegExpExecArray): number | null {
  // "have fallen since the start of the year" reaches the present, whatever year was named last.
  if (SINCE_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return null;
  const index = m.index;
  const y = ctx.anchorYear;
  const written = ctx.anchorYearWrittenEnd;
  // A year written out, and not long before: one counted back ("higher than a year ago") is mostly a
  // comparison in passing, and one named paragraphs before may no longer be the story's.
  if (!ctx.dct || !ctx.parsedPast || y === null || y >= ctx.dct.y) return null;
  if (written === null || written === undefined || index - written > STORY_YEAR_REACH) return null;
  // ... and it must be the year of the date the story last gave, not of a quarter or week since.
  const at =
    ctx.latest === "year" ||
    (ctx.latest === "month" && ctx.anchorMonth?.y === y) ||
    (ctx.latest === "day" && ctx.anchor?.y === y);
  return at ? y : null;
}

/** What names a year just written as "the year" of a clause: "in 2010, the year", "that was the year" ("this is the year we turn it around" is the present one). */
const YEAR_NAMED_BEFORE = /(?:\b\d{4},|\b(?:was|were))\s+$/i;
/** A relative clause with no "that" or "when" opening with its subject: "the year we met", "the year Ann won". */
const CONTACT_CLAUSE_AFTER =
  /^\s+(?!(?:The|A|An|It|This|That|In|On|At|But|And)\b)(?:[A-Z][\w'\u2019-]*|we|they|he|she|I|you|it|the|a|an|his|her|their|our|my|its)\s/;

/**
 * "2006 was a turning point ... That was the year we all went online", "in 2010, the year the party
 * won": "the year" that a relative clause defines and a copula or apposition equates with the year the
 * story has just written out is that year, whatever tense the parse finds (the copula gives none).
 */
function namedYear(ctx: ResolveContext, m: RegExpExecArray): number | null {
  const y = ctx.anchorYear;
  const written = ctx.anchorYearWrittenEnd;
  if (y === null || y === undefined || written === null || written === undefined) return null;
  if (m.index - written > STORY_YEAR_REACH) return null;
  const before = m.input.slice(Math.max(0, m.index - 12), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
  return YEAR_NAMED_BEFORE.test(before) && CONTACT_CLAUSE_AFTER.test(after) ? y : null;
}

/**
 * The year "that year" points back to: the one the story is at, unless that is only the article's own,
 * reached by a weekday or "today" since a year was written out ("in July 2007 ... confirmed Wednesday
 * that he pleaded guilty in September of that year"): the article's year would be "this year".
 */
export function toldYear(ctx: ResolveContext): number | null {
  const w = ctx.writtenYear;
  if (
    ctx.dct &&
    ctx.anchorYear === ctx.dct.y &&
    !ctx.anchorYearWrittenEnd &&
    w !== null &&
    w !== undefined &&
    w !== ctx.dct.y
  )
    return w;
  return ctx.anchorYear ?? ctx.dct?.y ?? null;
}

/**
 * How many days before a general election a story's "Election Day" is that one, whatever the tense:
 * a presidential campaign is talked of from the summer before.
 */
const ELECTION_SEASON_DAYS = 300;
const PRESIDENTIAL_SEASON_DAYS = 480;
/** How close to an odd year's Election Day (state and local races) a story means that one. */
const OFF_YEAR_DAYS = 10;

/**
 * The US general election a story means by "Election Day" (federal ones fall in even years): the
 * coming one during its campaign ("ahead of Election Day", "as Election Day nears", "entered Election
 * Day behind"), else the last one.
 */
export function electionDay(dct: Day, day: (y: number) => Day): Day {
  // "It's Election Day in Virginia", said in an odd year's first week of November.
  if (Math.abs(compareDays(day(dct.y), dct)) <= OFF_YEAR_DAYS * 86_400_000) return day(dct.y);
  const even = dct.y % 2 === 0 ? dct.y : dct.y - 1;
  let before = day(even);
  if (compareDays(before, dct) > 0) before = day(even - 2);
  const after = compareDays(day(even), dct) >= 0 ? day(even) : day(even + 2);
  const season = after.y % 4 === 0 ? PRESIDENTIAL_SEASON_DAYS : ELECTION_SEASON_DAYS;
  return compareDays(after, dct) <= season * 86_400_000 ? after : before;
}

/** A count of days, weeks, months or years just before a holiday ("17 months before", "two days until"). */
const COUNT_BEFORE_HOLIDAY = new RegExp(
  `\\b(${NUMBER_RE})\\s+(days?|weeks?|months?|years?)\\s+(?:before|until|till|ahead\\s+of|away\\s+from|out\\s+from)\\s+$`,
  "i",
);
/** How far (in days) from the article's date a counted holiday may fall off the count, by unit. */
const COUNT_SLACK: Record<string, number> = { day: 1, week: 4, month: 16, year: 183 };
/** ... or this share of the count, a long one being round ("17 months before" said 18 months before). */
const COUNT_SLACK_SHARE = 0.1;
/** Days in a unit, for a count before a holiday. */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/**
 * The holiday a count before it measures from the article's date: "17 months before Election Day" in
 * June 2015 is the 2016 one, "two days before Christmas" on December 23 this year's. Null when no
 * count is written or no holiday near the article fits it (the count then tells of another time,
 * "two days before Election Day, the polls had shifted").
 */
function countedTo(dct: Day, day: (y: number) => Day, before: string, election: boolean): Day | null {
  const m = COUNT_BEFORE_HOLIDAY.exec(before);
  if (!m) return null;
  const n = parseCount(m[1]);
  const unit = unitName(m[2]);
  if (n === null || !(unit in UNIT_DAYS)) return null;
  // An odd year's Election Day (state and local races) only in its own weeks, as electionDay has it.
  const near = (d: Day) => Math.abs(compareDays(d, dct)) <= OFF_YEAR_DAYS * 86_400_000;
  const fits = [day(dct.y - 1), day(dct.y), day(dct.y + 1), day(dct.y + 2)].filter(
    (d) =>
      (!election || d.y % 2 === 0 || near(d)) &&
      Math.abs(compareDays(d, dct) / 86_400_000 - n * UNIT_DAYS[unit]) <=
        Math.max(COUNT_SLACK[unit], n * UNIT_DAYS[unit] * COUNT_SLACK_SHARE),
  );
  return fits.length === 1 ? fits[0] : null;
}

/** "since the year", "since the start of the year". */
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?$/i;

/** Units whose "later" in a past clause without a written date reaches the report's own period. */
const LONG_UNITS = new Set(["year", "decade", "century"]);
/** A period of each granularity whose place on the calendar is unknown. */
const UNKNOWN_PERIOD: Partial<Record<Resolved["granularity"], string>> = {
  day: "XXXX-XX-XX",
  week: "XXXX-WXX",
  month: "XXXX-XX",
  quarter: "XXXX-QX",
  year: "XXXX",
};

/** Words that put a fiscal year in the US federal government's, which begins on October 1. */
const FEDERAL_CONTEXT =
  /\b(?:Congress|congressional|federal|Pentagon|White House|appropriations?|Border Patrol|shutdown|discretionary|lawmakers|House and Senate)\b/i;

/**
 * The US federal government's fiscal year that holds `dct` for "this fiscal year" read in October to
 * December (fiscal 2014 began on Oct. 1, 2013), when the words around the expression at `at` are of
 * Washington; 0 otherwise (a state's, a company's or another country's year begins when it will).
 */
function federalFiscalStep(dct: Day, text: string, at: number): number {
  if (dct.m < 10) return 0;
  return FEDERAL_CONTEXT.test(text.slice(Math.max(0, at - 300), at + 100)) ? 1 : 0;
}

/** How far (in characters) a year written out dates a following "the year" in a past clause. */
const STORY_YEAR_REACH = 200;

const RULES: Rule[] = [
  {
    // "two days ago", "a year earlier", "three weeks later", "about two years ago"
    name: "relative-offset",
    re: new RegExp(
      `\\b${QUANT}(half\\s+)?(${NUMBER_RE})[- ](${UNIT_RE})\\s+(?:or so\\s+)?(?:(ago|from now|hence)\\b|(earlier|later|previously|back)(?!\\s+than\\b)|(before|after)(?=\\s*[.,;:!?)"'\\u201d]|\\s*$))`,
      "gi",
    ),
    build: (m) => {
      const whole = parseCount(m[2]);
      const named = unitName(m[3]);
      // "half a century ago" is fifty years back, so a year, not a century.
      const inYears =
        m[1] && (named === "century" || named === "decade") ? (named === "century" ? 50 : 5) : 0;
      const count = whole === null ? null : inYears ? whole * inYears : m[1] ? whole / 2 : whole;
      const unit = inYears ? "year" : named;
      const word = (m[4] ?? m[5] ?? m[6]).toLowerCase();
      const back = ["ago", "earlier", "before", "previously", "back"].includes(word);
      const fromDct = word === "ago" || word === "from now" || word === "hence" || word === "back";
      // "Three-quarters back the plan": a share of people and the verb, no quarter of the year.
      if (
        word === "back" &&
        named === "quarter" &&
        /^(?:a|one|three)$/i.test(m[2]) &&
        /^\s+(?:the|a|an|his|her|their|its|this|that|these|those)\b/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 8),
        )
      )
        return null;
      // "a few days later", "several weeks earlier": with no count there is no date to reach, only a
      // stretch of unstated length (TimeBank: "A few days" PXD, the "later" left out, as for "days later").
      if (count === null && !fromDct) {
        const tail = /\s+(?:or so\s+)?\S+$/.exec(m[0]);
        return {
          type: "DURATION",
          priority: 3,
          resolve: () => X(durationValue(null, unit)),
          trimEnd: tail ? tail[0].length : 0,
        };
      }
      // "Three decades later, the town is quieter": a present tense there speaks of the report's today,
      // which the tense's reading as ahead would push decades on. Days on, a present is as often a
      // schedule or a rule ("elections can start 25 days later").
      const ahead = (ctx: ResolveContext) =>
        ctx.direction === "future" && !(ctx.parsedPresent && LONG_UNITS.has(unit));
      const counted = (ctx: ResolveContext): Resolved => {
        const base = fromDct ? ctx.dct : (ctx.anchor ?? ctx.dct);
        if (!base) return X(back ? "PAST_REF" : "FUTURE_REF");
        if (count === null) return X(back ? "PAST_REF" : "FUTURE_REF");
        // "Now, 17 years later, the town ...": the story has come to the present, whatever it counts from.
        if (
          !back &&
          !fromDct &&
          ctx.dct &&
          NOW_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))
        )
          return periodValue(ctx.dct, unit);
        const aq = ctx.anchorQuarter;
        if (unit === "year" && count === 1 && back && aq && m.index - aq.end < QUARTER_REACH)
          return { value: `${pad(aq.y - 1, 4)}-Q${aq.q}`, granularity: "quarter" };
        // Earnings reports compare quarters: "a year earlier" in a sentence about a quarter is that quarter a year back.
        if (
          unit === "year" &&
          count === 1 &&
          back &&
          ctx.dct &&
          (QUARTER_CONTEXT.test(sentenceOf(m.input, m.index)) ||
            QUARTER_CONTEXT.test(m.input.slice(Math.max(0, m.index - 250), m.index)))
        ) {
          const { y, q } = lastQuarter(ctx.dct);
          return { value: `${pad(y - 1, 4)}-Q${q}`, granularity: "quarter" };
        }
        const signed = back ? -count : count;
        // "In 1995 ... two years later", "In 2008 ... a year earlier": counted from the year the story
        // was last at, not its last day. (After a day, "a year earlier" stays with the day: in reports
        // it compares with the period just given.) Counting back needs a year written out: one read off
        // "a year ago" would only shift again.
        const fromYear =
          !fromDct &&
          ctx.latest === "year" &&
          ctx.anchorYear !== null &&
          (!back || !!ctx.anchorYearWrittenEnd);
        if (fromYear && unit === "year" && ctx.anchorYear !== null)
          return { value: pad(ctx.anchorYear + signed, 4), granularity: "year" };
        // "In the middle of August 2011 ... A year later": so are they from the month it is at.
        if (!fromDct && unit === "year" && ctx.latest === "month" && ctx.anchorMonth)
          return periodValue(shift({ ...ctx.anchorMonth, d: 1 }, signed, unit), unit);
        // "In 1994 ... a decade later": the decade ten years on from that year, not from the last day given.
        if (fromYear && (unit === "decade" || unit === "century") && ctx.anchorYear !== null)
          return periodValue(shift({ y: ctx.anchorYear, m: 7, d: 1 }, signed, unit), unit);
        // "In March ... a month later" (or "earlier"): months counted from the month the story is at.
        if (!fromDct && unit === "month" && ctx.latest === "month" && ctx.anchorMonth)
          return periodValue(shift({ ...ctx.anchorMonth, d: 1 }, signed, unit), unit);
        // "Fifty years later, the march has taken on ...": years on from a past the story names but does
        // not date, reaching today; counted from today they would lie decades ahead in a clause that
        // does not look ahead.
        if (
          !back &&
          !fromDct &&
          ctx.dct &&
          !ahead(ctx) &&
          (unit === "year" || unit === "decade" || unit === "century") &&
          compareDays(base, ctx.dct) >= 0
        )
          return periodValue(ctx.dct, unit);
        return periodValue(shift(base, back ? -count : count, unit), unit);
      };
      return {
        type: "DATE",
        priority: 3,
        resolve: (ctx) => {
          const r = counted(ctx);
          if (back || fromDct || !ctx.dct || ahead(ctx)) return r;
          const today = periodValue(ctx.dct, unit);
          if (r.granularity !== today.granularity || r.value <= today.value) return r;
          // Counted on from the story's last date, a "later" that a clause not looking ahead tells of
          // cannot lie after the report: the date it counts from is one the story never wrote out.
          // Years on, the story has come to the present ("Two years later, their efforts are paying
          // off"); weeks or months on, a past event stays undated ("a delegation came to Washington two
          // weeks later"), and a present one is the report's own ("19 months later, Washington remains").
          if (ctx.direction === "past" && !LONG_UNITS.has(unit))
            return X(UNKNOWN_PERIOD[r.granularity] ?? "XXXX");
          return today;
        },
      };
    },
  },
  {
    // "the past two months", "the next 10 days", "more than four hours", "a week", "four-day"
    name: "duration",
    re: new RegExp(
      `\\b${QUANT}(?:(?:past|last|next|previous|coming|first|final|latest|following|preceding|remaining|ensuing|initial)\\s+)?(?:(?:${NUMBER_RE})\\s+(?:to|or)\\s+)?(${NUMBER_RE})(?:\\s+(?:more|additional|full|straight|consecutive|long))?[- ](${UNIT_RE})\\b(?:\\s+(?:and|or)\\s+(?:a\\s+half|so|two|three)\\b)?`,
      "gi",
    ),
    build: (m) => {
      let count = parseCount(m[1]);
      const unit = unitName(m[2]);
      // "three-quarters of the vote", "a quarter of the seats" are fractions, not times; "several quarters
      // of losses" counts quarters, though.
      if (
        unit === "quarter" &&
        (/quarter$/i.test(m[2]) || /-quarters$/i.test(m[0])) &&
        /^\s+of\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        return null;
      // "cut rates by a quarter point", "a quarter-point rise", "a quarter century": a fraction of a
      // point or of a century (the "quarter-century" rule reads the latter), not three months.
      if (
        unit === "quarter" &&
        /^[- ](?:(?:of\s+a\s+)?(?:percentage[- ])?points?|percent|century|mile|inch|pound|ounce|cent|million|billion|trillion)\b/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 24),
        )
      )
        return null;
      // "a quarter or more Hispanic", "about one-quarter (27%) said", "Three-quarters support it": a
      // bare "a", "one" or "three" quarter(s) is a share of something unless a word of time goes with it
      // ("a quarter earlier", "for a quarter").
      if (
        unit === "quarter" &&
        /^(?:(?:about|around|approximately|roughly|nearly|almost|some|more than|less than|under|at least|up to|just over|just under|well over)\s+)?(?:a|one|three)[- ]quarters?$/i.test(
          m[0].trim(),
        ) &&
        !/^\s*(?:-?long|earlier|later|ago|before|after|in\s+a\s+row)\b/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 14),
        ) &&
        !/\b(?:in|for|within|per|each|every|during|last(?:ed|s)?|took|takes?|spent|spend)\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 12), m.index),
        )
      )
        return null;
      // "the 12-1/2 year schedule": the unit belongs to a mixed fraction, whose whole part is not read.
      if (/\d[-\s]\d+\/$/.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "a second term", "a second time", "a second-year student": an ordinal, not a second of time.
      if (
        unit === "second" &&
        /^(?:an?|the)\s+second$/i.test(m[0].trim()) &&
        /^(?:\s+(?!(?:or|and|later|earlier|ago|before|after|of|longer|more|to|in)\b)[a-z]|-[a-z])/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 12),
        )
      )
        return null;
      // "60 Minutes": the CBS programme (the stretch of time is written lower case).
      if (/^60 Minutes$/.test(m[0])) return null;
      // Ages ("52 years old", "a 37-year-old") are not time expressions in TimeML.
      if (/^[- ](?:old|olds)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        return null;
      // Without a determiner "last" is the verb ("would last two days"): keep only the duration.
      // An adjectival "the two-year" keeps only "two-year": the article belongs to the noun after it.
      const bare =
        /^(?:last|next|past|first|final|following|remaining)\s+/i.exec(m[0]) ??
        (/^the\s+[^\s]+-[a-z]+$/i.test(m[0]) ? /^the\s+/i.exec(m[0]) : null);
      if (count !== null && /and a half$/i.test(m[0])) count += 0.5;
      // "$2 million a year", "900 cars a day", "24 hours a day": the unit of a rate, which TimeBank
      // leaves untagged (7 of 8 times), and so does AQUAINT.
      const before = m.input.slice(Math.max(0, m.index - 24), m.index);
      if (
        /^a\s/i.test(m[0]) &&
        count === 1 &&
        /(?:\d|\d\s+[a-z]+s|\b(?:million|billion|thousand|hundred|percent|times|flights|seats|shares|barrels|tons|cents|hours|days))\s+$/i.test(
          before,
        )
      )
        return null;
      // ... and so is one a few words after a count: "8% a year", "500,000 people a day", "four packs of
      // cigarettes a day", "a homicide a day" (not "5 cars in a year", "in 2009 a year after").
      if (
        /^a\s/i.test(m[0]) &&
        count === 1 &&
        /(?:(?<![\d,.])(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*%?(?:\s+(?:[a-z-]+\s+){0,2}(?:[a-z-]+s|people))?|\b(?:million|billion|thousand|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)\s+(?:[a-z-]+\s+){0,2}(?:[a-z-]+s|people)|\b(?:an?|one)\s+[a-z-]+)\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 40), m.index),
        ) &&
        !/\b(?:in|within|for|over|during|after|per|by|than|about|of|to|at|on|from)\s+$/i.test(before) &&
        !/^[\s,]*(?:after|before|earlier|later|ago|of|when|in|that|since|or|and|to|from|into|until|ahead|off|long|old|late)\b/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 10),
        )
      )
        return null;
      // "$80 billion-a-year", "a $15-an-hour wage": the same rate written as one hyphenated adjective.
      if (/^an?-/i.test(m[0]) && /-$/.test(before)) return null;
      // "on a day-to-day basis", "a year-over-year drop", "month-to-month": a manner or comparison, no stretch.
      if (/^-(?:to|over|on|by)-/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        return null;
      // "24 hours a day", "seven days a week": all the time, an idiom rather than a stretch of hours.
      const per = /^\s+a\s+(day|week|year)\b/i.exec(
        m.input.slice(m.index + m[0].length, m.index + m[0].length + 8),
      );
      if (per && WHOLE_CYCLE.has(`${count} ${unit} ${per[1].toLowerCase()}`)) return null;
      // "Wait a minute", "hang on a second": a plea for patience, not a stretch of time.
      if (
        /^(?:a|one)\s+(?:minute|second)$/i.test(m[0]) &&
        /\b(?:wait|hold\s+on|hang\s+on|just)\s+$/i.test(before)
      )
        return null;
      // "will one day be", "he one day follows": some day ahead, not a day long.
      if (
        /^one day$/i.test(m[0]) &&
        /\b(?:will|would|could|might|may|can|shall|hopes? to|he|she|they|we|i)\s+$/i.test(before)
      )
        return { type: "DATE", priority: 2, resolve: () => X("FUTURE_REF") };
      // "half an hour", "half a day": the count is a half.
      const half = /\bhalf\s+$/i.exec(before);
      if (half && count === 1 && /^an?\s/i.test(m[0]))
        return {
          type: "DURATION",
          priority: 2,
          resolve: () => X(durationValue(0.5, unit)),
          extendStart: half[0].length,
        };
      // "a week" and "one day" read as durations, but "one day" alone is often "some day"; keep both.
      return {
        type: "DURATION",
        priority: 2,
        resolve: () => X(durationValue(count, unit)),
        trimStart: bare ? bare[0].length : undefined,
      };
    },
  },
  {
    // "a quarter century", "nearly a quarter-century ago", "the past quarter century", "the last quarter
    // of a century": 25 years
    name: "quarter-century",
    re: /\b(?:(?:(?:about|nearly|almost|more than|over|some|roughly|at least)\s+)?(a|one)|the\s+(?:past|last))\s+quarter(?:[- ]|\s+of\s+a\s+)century\b(?![- ](?:old|long)\b)(?:\s+(ago|earlier|later)\b)?/gi,
    build: (m) => {
      if (!m[2]) return fixed("DURATION", "P25Y", 3);
      const word = m[2].toLowerCase();
      return {
        type: "DATE",
        priority: 3,
        resolve: (ctx) => {
          // "ago" counts from the article; "earlier" and "later" from the year the story is at.
          const from = word === "ago" ? ctx.dct?.y : (ctx.anchorYear ?? ctx.dct?.y);
          if (from === undefined) return X(word === "later" ? "FUTURE_REF" : "PAST_REF");
          return { value: pad(from + (word === "later" ? 25 : -25), 4), granularity: "year" };
        },
      };
    },
  },
  {
    // "week-long", "a decades-long conflict", "three-month-long": a duration used as an adjective
    name: "unit-long",
    re: /\b(?:((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)[- ]))?(hour|day|week|month|year|decade|century)(s?)[- ]long\b/gi,
    build: (m) => {
      const count = m[3] ? null : m[1] ? parseCount(m[1].slice(0, -1)) : 1;
      return fixed("DURATION", durationValue(count, unitName(m[2])), 2);
    },
  },
  {
    // "the past hour", "the last day": a short stretch counted back or forward from now. Longer units
    // ("the past year", "the next year or so") name the calendar period: TimeBank tags them as dates.
    name: "duration-the-unit",
    re: /\bthe\s+(?:past|last|next|previous|coming|following)\s+(second|minute|hour|day|fortnight)\b/gi,
    build: (m) => {
      // "the last day of the session": the final one, not a stretch of a day.
      if (
        /^the\s+last\b/i.test(m[0]) &&
        /^\s+of\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        return null;
      // "at the last minute", "until the last second": the latest possible moment, an idiom, no stretch.
      if (
        /^the\s+last\s+(?:minute|second)$/i.test(m[0]) &&
        !/\b(?:in|over|during|within|for|past)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index))
      )
        return null;
      return {
        type: "DURATION",
        priority: 2,
        resolve: () => X(durationValue(1, unitName(m[1]))),
      };
    },
  },
  {
    // "for years", "in months", "weeks or months": periods of unstated length
    name: "duration-vague",
    re: /\b(?:for|in|over|within)\s+(years|months|weeks|days|decades|hours|minutes|centuries)\b/gi,
    build: (m) => {
      const unit = unitName(m[1]);
      return {
        type: "DURATION",
        priority: 1,
        resolve: () => X(durationValue(null, unit)),
        trimStart: m[0].indexOf(m[1]),
      };
    },
  },
  {
    // "this week", "last month", "next year", "this quarter", "the current year"
    name: "this-last-next",
    re: /\b(this past|this coming|this|last|next|past|coming|current|previous|the same|the current|the previous|the coming|the past|the last|the next|the following)\s+(week|weekend|month|quarter|year|decade|century|fiscal\s+year|fiscal\s+quarter)\b/gi,
    build: (m) => {
      const which = m[1].toLowerCase().replace(/^(?:the|this)\s+/, "");
      const unit = unitName(m[2].replace(/^fiscal\s+/i, ""));
      // "ABC's This Week": a capitalised title, not a time.
      if (/^This\s+Week$/.test(m[0])) return null;
      // "the last year of the Obama administration", "the last week before the vote": the final one of a
      // stretch the text names, not the one before the article's ("the last year of talks" still is).
      if (
        /^the\s+last$/i.test(m[1]) &&
        FINAL_OF.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30))
      )
        return null;
      // "over the past decade" is the ten years up to now (AQUAINT: P10Y), not the decade before this
      // one, which "the last decade" can name.
      // So is "over the next decade" the ten years from now (the calendar's next decade is "next decade").
      if (
        /^(?:the\s+)?past$|^the\s+(?:next|coming)$/i.test(m[1]) &&
        (unit === "decade" || unit === "century")
      )
        return fixed("DURATION", unit === "decade" ? "P10Y" : "P100Y", 3);
      const step =
        which === "last" || which === "previous" || which === "past"
          ? -1
          : which === "next" || which === "coming" || which === "following"
            ? 1
            : 0;
      return {
        type: "DATE",
        priority: 3,
        resolve: (ctx) => {
          const dct = yearOf(ctx);
          if (!dct) return X("XXXX");
          if (unit === "weekend") {
            const w = step < 0 ? "last" : step > 0 ? "next" : "this";
            return periodValue(weekendNear(dct, ctx.direction, w), unit);
          }
          // "the following year", "the previous month" count from the period the story was just talking about;
          // so does "the next month" in a clause the parse puts in the past ("The next month, police charged
          // two men"), where it cannot be the month after the article's.
          if (
            /^the\s+(?:following|previous|same)$/i.test(m[1]) ||
            (/^the\s+next$/i.test(m[1]) &&
              ctx.parsedPast &&
              // "over the next month or two" is a stretch from now, whatever the verb.
              !/\b(?:over|within|during|in|for|throughout)\s+$/i.test(
                m.input.slice(Math.max(0, m.index - 12), m.index),
              ))
          ) {
            if (unit === "year" && ctx.anchorYear !== null)
              return { value: pad(ctx.anchorYear + step, 4), granularity: "year" };
            // "since the 1960s ... repealed the following decade": the decade after the one the story is at.
            if (unit === "decade" && ctx.anchorDecade != null)
              return { value: pad(ctx.anchorDecade + step, 3), granularity: "decade" };
            // "In 1988 ... In the following decade": the decade after that year's.
            if ((unit === "decade" || unit === "century") && ctx.anchorYear !== null)
              return periodValue(shift({ y: ctx.anchorYear, m: 7, d: 1 }, step, unit), unit);
            if (unit === "month" && ctx.anchorMonth)
              return periodValue(shift({ ...ctx.anchorMonth, d: 1 }, step, unit), unit);
            if (unit === "week" && ctx.anchor) return periodValue(shift(ctx.anchor, step, unit), unit);
          }
          if (/^fiscal/i.test(m[2]) && unit === "year")
            return {
              value: pad(dct.y + step + federalFiscalStep(dct, m.input, m.index), 4),
              granularity: "year",
            };
          return periodValue(shift(dct, step, unit), unit);
        },
      };
    },
  },
  {
    // "hours later", "days after the attack", "months ago": a stretch of unstated length; TimeBank keeps
    // "ago" inside the expression and leaves "later"/"after" out.
    name: "duration-bare",
    re: /(?<!\b(?:first|last|early|final|the|those|these)\s)\b(minutes|hours|days|weeks|months|years|decades)(?:\s+ago\b|(?=\s+(?:later|after|earlier|before)\b))/gi,
    build: (m) => fixed("DURATION", durationValue(null, unitName(m[1])), 1),
  },
  {
    // "the day before yesterday", "the day after tomorrow"
    name: "day-before-yesterday",
    re: /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi,
    build: (m) => {
      const step = /^before/i.test(m[1]) ? -2 : 2;
      return {
        type: "DATE",
        priority: 3,
        resolve: (ctx) =>
          ctx.dct ? { value: formatDay(addDays(ctx.dct, step)), granularity: "day" } : X("XXXX-XX-XX"),
      };
    },
  },
  {
    // "the next day", "the previous night", "the same morning", "the day before": a day counted from the
    // last date the story gave (the article's date when it gave none). "That day" is left out: TimeBank
    // leaves it untagged.
    name: "day-anaphora",
    re: /\b(?:(that|that same|the same|the next|the following|the previous|the preceding)\s+(day|night|morning|afternoon|evening)|the\s+(day|night)\s+(before|after)(?=\s*[.,;:!?)"'\u201d]|\s*$))\b/gi,
    build: (m) => {
      const which = (m[1] ?? m[4]).toLowerCase();
      const unit = (m[2] ?? m[3]).toLowerCase();
      // "Earlier that day" places an event in the story's day; "trades made that day" only points.
      if (
        which === "that" &&
        unit === "day" &&
        !/\b(?:earlier|later)\s+$/i.test(m.input.slice(Math.max(0, m.index - 10), m.index))
      )
        return null;
      const step = /next|following|after/.test(which) ? 1 : /previous|preceding|before/.test(which) ? -1 : 0;
      const part = unit === "day" ? null : DAY_PARTS[unit];
      return {
        type: part ? "TIME" : "DATE",
        priority: 3,
        resolve: (ctx) => {
          const base = ctx.anchor ?? ctx.dct;
          // After "last October" the story's day is some day of that month.
          const inMonth = ctx.latest === "month" && ctx.anchorMonth ? ctx.anchorMonth : null;
          const day = inMonth
            ? `${pad(inMonth.y, 4)}-${pad(inMonth.m)}-XX`
            : base
              ? formatDay(addDays(base, step))
              : "XXXX-XX-XX";
          return part ? { value: `${day}T${part}`, granularity: "hour" } : { value: day, granularity: "day" };
        },
      };
    },
  },
  {
    // "The year before, workers had lost ...", "fell in 2016 from the year before": the year (month)
    // next to the one the story is at. Only where the phrase ends: "the year before the war" is
    // counted from the war. (Weeks are left alone: the story's week is seldom the last day it gave.)
    name: "period-anaphora",
    re: /\bthe\s+(year|month)\s+(before|after|prior)(?=\s*[.,;:!?)"'\u201d]|\s*$)/gi,
    build: (m) => {
      const step = /after/i.test(m[2]) ? 1 : -1;
      const year = /year/i.test(m[1]);
      return {
        type: "DATE",
        priority: 3,
        resolve: (ctx) => {
          if (year) {
            const y = toldYear(ctx);
            return y === null ? X("XXXX") : { value: pad(y + step, 4), granularity: "year" };
          }
          const base = ctx.anchorMonth ? { ...ctx.anchorMonth, d: 1 } : ctx.dct;
          return base ? periodValue(shift(base, step, "month"), "month") : X("XXXX-XX");
        },
      };
    },
  },
  {
    // "later in the day", "on the day": the day the story is at; only "the day" is the expression.
    name: "the-day",
    re: /(?<=\b(?:(?:earlier|later)\s+in|on)\s+)the\s+day\b(?=\s*[.,;:!?)]|\s+(?:and|but|as|after|before|when|to)\b)/gi,
    build: () => ({
      type: "DATE",
      priority: 2,
      resolve: (ctx) => {
        const base = ctx.anchor ?? ctx.dct;
        return base ? { value: formatDay(base), granularity: "day" } : X("XXXX-XX-XX");
      },
    }),
  },
  {
    // "4 in the morning", "10 at night": an hour named by its part of the day, on the story's day.
    name: "clock-in-part",
    re: /\b(1[0-2]|[1-9])(?::([0-5]\d))?\s+(?:o'clock\s+)?(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/gi,
    build: (m) => {
      const part = (m[3] ?? m[4]).toLowerCase();
      const h = (Number(m[1]) % 12) + (part === "morning" ? 0 : 12);
      return {
        type: "TIME",
        priority: 3,
        resolve: (ctx) => {
          const base = ctx.anchor ?? ctx.dct;
          const day = base ? formatDay(base) : "XXXX-XX-XX";
          return { value: `${day}T${pad(h)}:${m[2] ?? "00"}`, granularity: "minute" };
        },
      };
    },
  },
  {
    // "overnight", "in the morning": a part of the day the story is at
    name: "day-part",
    re: /(?<=\b(?:at|by|around|until|before|after)\s+)midday\b|\bovernight\b(?![- ](?:rate|loan|lending|interest|deposit|repo|market|stay|train|flight|bag|shift|bus|package|shipping|delivery|courier|carrier|messenger|service|fund|money|interbank|call|repurchase|assistance|solution|success|sensation|accommodation|hospitalization|camp|part(?:y|ie)|trip|guest|sleepover)s?\b)|(?<=\b(?:in|during|by|until|early in|late in)\s+)the\s+(morning|afternoon|evening)\b(?!\s+(?:of|news|paper|edition|session|prayers?|show|shift)\b)|\b(?:early|late|mid)[- ]?(morning|afternoon|evening)\b(?!\s+(?:of|news|paper|edition|session|prayers?|show|shift|trading|deals?)\b)/gi,
    build: (m) => {
      if (/^overnight$/i.test(m[0])) {
        const next = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
        // "Overnight Defense: ...", "Overnight Health Care —": a newsletter's title.
        if (/^O/.test(m[0]) && /^\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?\s*(?::|\u2014|--)/.test(next)) return null;
        if (OVERNIGHT_IDIOM.test(m.input.slice(Math.max(0, m.index - 60), m.index))) return null;
      }
      // "at midday" is a clock time: noon.
      const part = /^midday$/i.test(m[0]) ? "12:00" : DAY_PARTS[(m[1] ?? m[2] ?? "overnight").toLowerCase()];
      // "overnight" is the night that ended on the story's day, dated like "last night" by its evening.
      const back = /^overnight$/i.test(m[0]) ? -1 : 0;
      return {
        type: "TIME",
        priority: 1,
        resolve: (ctx) => {
          // "overnight" and "midday" are the story's last date when it was named close by ("On Oct. 19
          // the marchers slept overnight on a bridge"); one named paragraphs back is no longer the
          // day being told, and the report's own night is meant. ("in the evening" goes on telling
          // the story's day wherever it was named.)
          const near =
            !!m[1] ||
            !!m[2] ||
            ctx.anchorEnd === undefined ||
            ctx.anchorEnd === null ||
            m.index - ctx.anchorEnd <= DAY_PART_REACH;
          const base = (near ? ctx.anchor : null) ?? ctx.dct ?? ctx.anchor;
          const day = base ? formatDay(addDays(base, back)) : "XXXX-XX-XX";
          return { value: `${day}T${part}`, granularity: "hour" };
        },
      };
    },
  },
  {
    // "Christmas", "New Year's Eve", "Thanksgiving", "Labor Day", "Easter Monday": fixed and movable
    // feasts, in the year they fall nearest the article in the clause's direction. ("Independence Day"
    // and "Election Day" are left out: each country has its own. Named weekdays such as "Good Friday"
    // stay untagged, as test/time-rules.test.ts has them. Another calendar's or cause's day of the same
    // name is not the US or Western one: "Holocaust Memorial Day", "Confederate Memorial Day", "Orthodox
    // Easter".)
    name: "holiday",
    re: /\b(?<!\b(?:Holocaust|Confederate|Armenian|Genocide|Orthodox|Coptic|Julian)\s+)(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['\u2019]s(?:\s+(?:Day|Eve))?|Valentine['\u2019]s\s+Day|Halloween|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Boxing\s+Day|Veterans['\u2019]?\s+Day|Armistice\s+Day|(?:St\.|Saint)\s+Patrick['\u2019]s\s+Day|May\s+Day|Bastille\s+Day|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|Presidents['\u2019]?\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|Mother['\u2019]s\s+Day|Father['\u2019]s\s+Day|Election\s+Day)(?:,?\s+(\d{4})\b)?\b(?!\s+(?:Island|tree|card|shopping|season|sales|holidays?|break|party|message|present|gift|bonus|offensive|truce|ceasefire|cease-fire)s?\b)/g,
    build: (m) => {
      const which = m[1]?.toLowerCase();
      // Web news writes "Mother’s Day" with a typographic apostrophe; the holiday table has straight ones.
      const name = m[2]
        .toLowerCase()
        .replace(/\s+/g, " ")
        .replace(/\u2019/g, "'");
      // "New Year's" alone is usually the holiday season or an adjective; only the day and eve are dates.
      if (name === "new year's") return null;
      return {
        type: "DATE",
        priority: 2,
        resolve: (ctx) => {
          const day = (y: number): Day => holidayDay(name, y);
          // "Election Day in 2016", "Christmas of 1990": the year written right after is the holiday's.
          const end = m.index + m[0].length;
          const year = m[3] ?? HOLIDAY_YEAR_AFTER.exec(m.input.slice(end, end + 16))?.[1];
          if (year) return { value: formatDay(day(Number(year))), granularity: "day" };
          if (!ctx.dct) {
            const d = day(2000);
            return movableHoliday(name) ? X("XXXX-XX-XX") : X(`XXXX-${pad(d.m)}-${pad(d.d)}`);
          }
          const dct = ctx.dct;
          const gap = (d: Day) => compareDays(d, dct);
          // "17 months before Election Day", "three days until Christmas": the one the count reaches from today.
          const counted = countedTo(
            dct,
            day,
            m.input.slice(Math.max(0, m.index - 40), m.index),
            name === "election day",
          );
          if (counted) return { value: formatDay(counted), granularity: "day" };
          if (name === "election day") return { value: formatDay(electionDay(dct, day)), granularity: "day" };
          const around = [day(dct.y - 1), day(dct.y), day(dct.y + 1)];
          const before = around.filter((d) => gap(d) <= 0).pop() as Day;
          const after = around.find((d) => gap(d) >= 0) as Day;
          // "last Thanksgiving" is the latest one before today, "next Christmas" the first after.
          const step = (d: Day) => (gap(d) === 0 ? (which === "last" ? day(dct.y - 1) : day(dct.y + 1)) : d);
          const nearest = -gap(before) <= gap(after) ? before : after;
          // A holiday a few weeks off, as a deadline ("wanted shops open by Easter") or before a noun
          // ("Thanksgiving dinner"), is that one whatever a nearby word's tense says; as the time of an
          // event ("Celebrations on New Year's Eve were muted") the tense still decides.
          const close =
            Math.abs(gap(nearest)) <= HOLIDAY_NEAR * 86_400_000 &&
            (HOLIDAY_TARGET.test(m.input.slice(Math.max(0, m.index - 12), m.index)) ||
              HOLIDAY_ATTRIBUTE.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 16)));
          // One due within days is the one meant unless the parse puts its own verb in the past: a past
          // word nearby ("JUST WATCHED Bringing Thanksgiving to ...") does not send it back a year.
          const soon = gap(after) > 0 && gap(after) <= HOLIDAY_SOON * 86_400_000;
          // "since Thanksgiving" has begun: the latest one, however near the next one is.
          const since = HOLIDAY_SINCE.test(m.input.slice(Math.max(0, m.index - 8), m.index));
          const pick =
            which === "last"
              ? step(before)
              : since && !which
                ? before
                : which === "next"
                  ? step(after)
                  : close
                    ? nearest
                    : ctx.direction === "future"
                      ? after
                      : ctx.direction === "past" && !(soon && !ctx.parsedPast)
                        ? before
                        : nearest;
          return { value: formatDay(pick), granularity: "day" };
        },
      };
    },
  },
  {
    // "the weeks ahead", "in the days ahead": a stretch of unstated length from now on
    name: "duration-ahead",
    re: /\bthe\s+(days|weeks|months|years|decades)\s+ahead\b/gi,
    build: (m) => fixed("DURATION", durationValue(null, unitName(m[1])), 2),
  },
  {
    // "over the years", "in the early years": a stretch of unstated length
    name: "the-years",
    re: /(?<=\b(?:over|in|through|during|throughout)\s+)the\s+(?:early\s+|first\s+)?(years|decades)\b(?!\s+(?:of|since|after|before|when|that|ahead|to come)\b)/gi,
    build: (m) => fixed("DURATION", durationValue(null, unitName(m[1])), 1),
  },
  {
    // "the full year": the article's year, in a forecast or a result
    name: "full-year",
    re: /\bthe\s+full(?:\s+fiscal)?\s+year\b(?!-)/gi,
    build: () => ({
      type: "DATE",
      priority: 2,
      resolve: (ctx) => (ctx.dct ? { value: pad(ctx.dct.y, 4), granularity: "year" } : X("XXXX")),
    }),
  },
  {
    // "the second day of an offensive", "its eighth day": the day the story is told, counted into an event
    name: "ordinal-day",
    re: /\b(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day\b(?=\s+(?:of|in|since)\b)/gi,
    build: () => ({
      type: "DATE",
      priority: 2,
      resolve: (ctx) => (ctx.dct ? { value: formatDay(ctx.dct), granularity: "day" } : X("XXXX-XX-XX")),
    }),
  },
  {
    // "for a while", "for some time": a stretch of unstated length
    name: "a-while",
    re: /(?<=\b(?:for|in|after|within)\s+)(?:a\s+(?:little\s+|long\s+|short\s+)?while|some\s+time)\b(?!\s+(?:ago|later|before|after|now|to come))/gi,
    build: () => fixed("DURATION", "PXX", 1),
  },
  {
    // "the week", "the month", "the year", "the quarter": the current (or, for quarters, last reported) one
    name: "the-unit",
    // A weekend has no "in which" or "to date" sense: "spent the weekend in Ohio", "gathered over the
    // weekend to protest" name the weekend itself.
    re: /\bthe\s+(?:(week|month|quarter|year|fiscal\s+year)(?!\s*-|\s+(?:before|after|earlier|ago|of|in|to|when|that|since)\b|\s+\d)|(weekend)(?!\s*-|\s+(?:before|after|earlier|ago|of|since)\b|\s+\d))\b/gi,
    build: (m) => {
      const unit = unitName((m[1] ?? m[2]).replace(/^fiscal\s+/i, ""));
      // "the Year" in an award's name; "The Week", "the Week's editors": the magazine.
      if (
        AWARD_OF_THE.test(m.input.slice(Math.max(0, m.index - 24), m.index)) ||
        /^the\s+Year$/.test(m[0]) ||
        /^[Tt]he\s+Week$/.test(m[0])
      )
        return null;
      // "the year ended June 30" is the twelve months before that date, not the calendar year; so is
      // "the week ended Jan. 2" the seven days before it, not the article's week.
      // ("The week ended with a vote": there "ended" is the week's own verb.)
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (
        (unit === "year" && /^\s+end(?:ed|ing)\b/i.test(after)) ||
        (/^(?:week|month)$/.test(unit) && PERIOD_ENDED_ON.test(after))
      )
        return { type: "DURATION", priority: 1, resolve: () => X(durationValue(1, unit)) };
      return {
        type: "DATE",
        priority: 1,
        resolve: (ctx) => {
          if (!ctx.dct) return X("XXXX");
          if (unit === "quarter") {
            // "the quarter" is the one the story has named, else the latest one finished.
            if (ctx.anchorQuarter) {
              const { y, q } = ctx.anchorQuarter;
              return { value: `${pad(y, 4)}-Q${q}`, granularity: "quarter" };
            }
            const { y, q } = lastQuarter(ctx.dct);
            return { value: `${pad(y, 4)}-Q${q}`, granularity: "quarter" };
          }
          if (unit === "weekend") return periodValue(weekendNear(ctx.dct, ctx.direction, "the"), unit);
          const earlier = storyYearBefore(ctx, m) ?? (unit === "year" ? namedYear(ctx, m) : null);
          if (unit === "year" && earlier !== null) return { value: pad(earlier, 4), granularity: "year" };
          if (/^the\s+fiscal/i.test(m[0]))
            return {
              value: pad(ctx.dct.y + federalFiscalStep(ctx.dct, m.input, m.index), 4),
              granularity: "year",
            };
          return periodValue(ctx.dct, unit);
        },
      };
    },
  },
  {
    // "year-earlier", "the year-ago quarter", "the year-earlier period"
    name: "year-ago",
    re: /\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(quarter|period|level|month))?\b/gi,
    build: (m) => ({
      type: "DATE",
      priority: 3,
      // "the year-ago results": adjectival, so the article goes with the noun after it.
      trimStart:
        !m[1] && /^the\s/i.test(m[0]) ? (/^the\s+/i.exec(m[0]) as RegExpExecArray)[0].length : undefined,
      resolve: (ctx) => {
        if (!ctx.dct) return X("XXXX");
        // The quarter the story just named, else the last one reported; a quarter still ahead is a
        // forecast, not what results are compared with.
        const aq = ctx.anchorQuarter;
        if (aq && m.index - aq.end < QUARTER_REACH && aq.y * 4 + aq.q <= ctx.dct.y * 4 + quarterOf(ctx.dct))
          return { value: `${pad(aq.y - 1, 4)}-Q${aq.q}`, granularity: "quarter" };
        if (m[1] && /quarter|period/i.test(m[1])) {
          const { y, q } = lastQuarter(ctx.dct);
          return { value: `${pad(y - 1, 4)}-Q${q}`, granularity: "quarter" };
        }
        return { value: pad(ctx.dct.y - 1, 4), granularity: "year" };
      },
    }),
  },
  {
    // "the same period last year", "the corresponding period of 1997": the earlier span a figure is
    // compared with, which is a quarter in an earnings story and a year otherwise.
    name: "same-period",
    re: /\b(?:the\s+)?(?:same|corresponding|comparable)\s+period(?:\s+(?:of|in))?\s+(?:(last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier))|(\d{4}))\b/gi,
    build: (m) => ({
      type: "DATE",
      priority: 3,
      resolve: (ctx) => {
        if (m[2]) return { value: m[2], granularity: "year" };
        if (!ctx.dct) return X("XXXX");
        const aq = ctx.anchorQuarter;
        if (aq && m.index - aq.end < QUARTER_REACH)
          return { value: `${pad(aq.y - 1, 4)}-Q${aq.q}`, granularity: "quarter" };
        if (QUARTER_CONTEXT.test(sentenceOf(m.input, m.index))) {
          const { y, q } = lastQuarter(ctx.dct);
          return { value: `${pad(y - 1, 4)}-Q${q}`, granularity: "quarter" };
        }
        const y = /previous/i.test(m[1]) && ctx.anchorYear !== null ? ctx.anchorYear - 1 : ctx.dct.y - 1;
        return { value: pad(y, 4), granularity: "year" };
      },
    }),
  },
  {
    // "the 1988 period", "the 1989 quarter": in an earnings story, that year's counterpart of the
    // quarter being reported
    name: "year-period",
    re: /\bthe\s+(\d{4})\s+(?:period|quarter)\b/gi,
    build: (m) => ({
      type: "DATE",
      priority: 3,
      resolve: (ctx) => {
        // Only a quarter named close by, as for "the year-earlier period": one mentioned in passing
        // paragraphs before ("after a flat second quarter") is not the one the story reports.
        const aq =
          ctx.anchorQuarter && m.index - ctx.anchorQuarter.end < QUARTER_REACH ? ctx.anchorQuarter : null;
        const q = aq?.q ?? (ctx.dct ? lastQuarter(ctx.dct).q : null);
        return q ? { value: `${m[1]}-Q${q}`, granularity: "quarter" } : { value: m[1], granularity: "year" };
      },
    }),
  },
  {
    // "the third quarter", "fourth-quarter", "the fiscal first quarter", "the first quarter of 1990",
    // "the last quarter of next year", "fourth quarter 1998" (the year after it belongs to the expression)
    name: "quarter",
    re: /\b(?:the\s+)?(?:(?:comparable|same)\s+)?(?:(\d{4})\s+|(year-ago|year-earlier|last year['\u2019]s|next year['\u2019]s|this year['\u2019]s)\s+)?(?:fiscal[- ]?)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal[- ])?quarter(?:\s+of\s+(\d{4})|\s+of\s+(this|the|last|next)\s+year|\s+((?:19|20)\d\d)(?![\d,.]\d|\s*(?:%|percent)|\s+[a-z]*[^\Ws]s\b))?\b/gi,
    build: (m) => {
      const q = ORDINALS[m[3].toLowerCase()];
      const explicit = m[1] ?? m[4] ?? m[6];
      // "the first quarter of next year": the year named after it counts like one named before it.
      const rel = (m[2] ?? (/^(?:last|next)$/i.test(m[5] ?? "") ? m[5] : "")).toLowerCase();
      const step = /ago|earlier|last/.test(rel) ? -1 : rel.startsWith("next") ? 1 : 0;
      // "scored 12 points in the fourth quarter": a quarter of a game, not of the year.
      if (SPORTS_CONTEXT.test(sentenceOf(m.input, m.index))) return null;
      // "the third-quarter loss": adjectival, so the article goes with the noun after it.
      const article = /^the\s+/i.exec(m[0]);
      const adjectival = article && !m[4] && !/\bof\b/i.test(m[0]) && /\w-quarter\b/i.test(m[0]);
      return {
        type: "DATE",
        priority: 3,
        trimStart: adjectival ? article[0].length : undefined,
        resolve: (ctx) => {
          let y = explicit ? Number(explicit) : ctx.dct ? ctx.dct.y + step : undefined;
          if (y === undefined) return X(`XXXX-Q${q}`);
          // A quarter that has not begun yet, named without a year in a report, is last year's.
          if (!explicit && !rel && ctx.dct && (q - 1) * 3 + 1 > ctx.dct.m && ctx.direction !== "future")
            y -= 1;
          // One over for more than a quarter that a clause looks ahead to is next year's ("will get in
          // during the second quarter", said in December); the quarter just over is still being
          // reported on ("will estimate third-quarter growth", said in December). A fiscal quarter keeps
          // to the company's own calendar, which the report's month does not tell.
          if (
            !explicit &&
            !rel &&
            !/fiscal/i.test(m[0]) &&
            ctx.dct &&
            q * 3 + 3 < ctx.dct.m &&
            ctx.direction === "future"
          )
            y += 1;
          return { value: `${pad(y, 4)}-Q${q}`, granularity: "quarter" };
        },
      };
    },
  },
  {
    // "the first half", "the second half of 1990"; "the first two quarters of 1990" is that half too
    name: "half",
    re: /\b(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters(?=\s+of\s))(?:\s+of\s+(?:(\d{4})|(this|the|last|next)\s+year))?\b/gi,
    build: (m) => {
      const h = m[1].toLowerCase() === "first" ? 1 : 2;
      // "the first half" alone is as often a game's or a film's (TimeBank tags none); only "the first
      // half of 1989" or "of this year" is a half-year.
      if (!m[2] && !m[3]) return null;
      const step = m[3] ? (({ last: -1, next: 1 } as Record<string, number>)[m[3].toLowerCase()] ?? 0) : 0;
      return {
        type: "DATE",
        priority: 2,
        resolve: (ctx) => {
          const y = m[2] ? Number(m[2]) : ctx.dct ? ctx.dct.y + step : undefined;
          if (y === undefined) return X(`XXXX-H${h}`);
          return { value: `${pad(y, 4)}-H${h}`, granularity: "quarter" };
        },
      };
    },
  },
  {
    // "this summer", "last spring", "the summer of 1996", "winter 2021"
    name: "season",
    re: /\b(?:(this past|this|last|next|the coming|the past|that)\s+)?(?:(?:early|late|mid)[- ])?(spring|summer|fall|autumn|winter)(?:\s+of\s+(\d{4})|\s+(\d{4})|\s+of\s+(this|last|next)\s+year)?\b/gi,
    build: (m) => {
      const code = SEASONS[m[2].toLowerCase()];
      const year = m[3] ?? m[4];
      const which = (m[1] ?? "").toLowerCase().replace(/^the\s+/, "");
      // "the spring of next year": the season in the year named relative to the article's.
      const ofYear = m[5]
        ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[5].toLowerCase()]
        : undefined;
      // A bare season word is too often not a time ("the fall of the regime").
      if (!year && !which && ofYear === undefined) return null;
      // "That spring," points back; "nations that fall behind" does not. One that closes its clause
      // ("killed in Charleston that summer.") is the season too: a verb "fall" would go on.
      if (
        which === "that" &&
        !THAT_PERIOD_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)) &&
        !/^\s*(?:[.,;:!?)]|$)/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
      )
        return null;
      return {
        type: "DATE",
        priority: 2,
        // "the summer of 1996", "the spring of next year" take their article along, as TimeBank marks them.
        extendStart:
          !m[1] &&
          (m[3] || ofYear !== undefined) &&
          /\bthe\s$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))
            ? 4
            : 0,
        resolve: (ctx) => {
          if (year) return { value: `${year}-${code}`, granularity: "quarter" };
          if (!ctx.dct) return X(`XXXX-${code}`);
          if (ofYear !== undefined)
            return { value: `${pad(ctx.dct.y + ofYear, 4)}-${code}`, granularity: "quarter" };
          // "That spring": the season of the year the story was just talking about.
          if (which === "that")
            return { value: `${pad(ctx.anchorYear ?? ctx.dct.y, 4)}-${code}`, granularity: "quarter" };
          const w = which === "past" || which === "this past" ? "last" : which === "coming" ? "next" : which;
          return { value: seasonValue(ctx.dct, code, w), granularity: "quarter" };
        },
      };
    },
  },
  {
    // "in the summer", "during the early winter", "by spring": a bare season after a time preposition
    // ("fall" only after "in", "during", "by" or "until" and before the clause goes on: "in the fall of
    // the regime", "after the fall in prices" are drops).
    name: "season-bare",
    re: /(?<=\b(?:in|into|during|by|until|through|over|since|before|after|until)\s+)(?:the\s+)?(?:(?:early|late|mid)[- ])?(spring|summer|winter|autumn)\b(?!\s+of\b|[- ](?:time|season|break|session|collection|camp|school|olympics|games|wheat|crop|storm)s?\b)|(?<=\b(?:in|during|by|until|till)\s+)(?:the\s+)?(?:(?:early|late|mid)[- ])?(fall)\b(?=\s*[.,;:!?)]|\s*$|\s+(?:and|or|but|when|as|if|because|at|this|next|the)\b)/gi,
    build: (m) => {
      const code = SEASONS[(m[1] ?? m[2]).toLowerCase()];
      return {
        type: "DATE",
        priority: 1,
        resolve: (ctx) => {
          if (!ctx.dct) return X(`XXXX-${code}`);
          // The article's year's season, unless the clause puts it on the other side of today: one that
          // has not begun is last year's in a clause the parse puts in the past ("the party split in the
          // fall", said in February), one that has ended is next year's in a clause that looks ahead.
          // Winter straddles the new year and stays as it is.
          const start = SEASON_START[code];
          let y = ctx.dct.y;
          if (code !== "WI" && ctx.parsedPast && start > ctx.dct.m) y -= 1;
          else if (code !== "WI" && ctx.direction === "future" && start + 2 < ctx.dct.m) y += 1;
          return { value: `${pad(y, 4)}-${code}`, granularity: "quarter" };
        },
      };
    },
  },
  {
    // "the 1990s", "the early 1980s", "the '90s"; "the 1960s and '70s" lists a second one without "the".
    name: "decade",
    re: /\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(1[0-9]\d0|20\d0)'?s\b|(?:\bthe\s+|(?<=\d0['\u2019]?s,?\s+(?:and|or|to|through)\s+))(?:(?:early|late|mid)[- ])?(?:['\u2019](\d)0s|(\d)0['\u2019]s)\b/gi,
    build: (m) => ({
      type: "DATE",
      priority: 3,
      resolve: (ctx) => {
        // "the 1800s" is a century; "the 2000s" stays a decade, as news uses it.
        if (m[1] && /^1\d00$/.test(m[1])) return { value: m[1].slice(0, 2), granularity: "decade" };
        if (m[1]) return { value: m[1].slice(0, 3), granularity: "decade" };
        // "the '60s" is the latest such decade that has begun: in 2000 it is the 1960s.
        const digit = Number(m[2] ?? m[3]);
        // "the 1830s and '40s": a decade listed after one written in full is of that one's century.
        const listedAfter = /\b(1[0-9]|20)\d0s,?\s+(?:and|or|to|through)\s+$/i.exec(
          m.input.slice(Math.max(0, m.index - 30), m.index),
        );
        if (listedAfter) return { value: `${listedAfter[1]}${digit}`, granularity: "decade" };
        const base = ctx.dct?.y ?? 1999;
        let start = Math.floor(base / 100) * 100 + digit * 10;
        if (start > base) start -= 100;
        return { value: pad(start, 4).slice(0, 3), granularity: "decade" };
      },
    }),
  },
  {
    // "the end of the century", "this century": the article's century
    name: "this-century",
    re: /\b(?:the\s+(?:end|beginning|start|turn|middle|rest)\s+of\s+)?(?:the|this)\s+century\b(?!\s+(?:ago|before|earlier))/gi,
    build: (m) =>
      /^the\s+century$/i.test(m[0]) &&
      CENTURY_HYPERBOLE.test(m.input.slice(Math.max(0, m.index - 24), m.index))
        ? null
        : {
            type: "DATE",
            priority: 2,
            resolve: (ctx) =>
              ctx.dct ? { value: pad(Math.floor(ctx.dct.y / 100), 2), granularity: "decade" } : X("XX"),
          },
  },
  {
    // "the 20th century", "the 11th century"
    name: "century",
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    build: (m) => fixed("DATE", pad(Number(m[1]) - 1, 2), 3, "decade"),
  },
  {
    // "0620 GMT", "1845 GMT Friday": wire copy gives the universal time as four digits
    name: "clock-gmt",
    re: new RegExp(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)(?:\\s+(?:on\\s+)?(${WEEKDAY_RE}))?\\b`, "g"),
    build: (m) =>
      // "9:20 a.m. (0620 GMT)": the same instant restated in another zone; the local time is the expression.
      // With a weekday of its own ("2:45 a.m. (1845 GMT Thursday)") it names the day too, so it stays.
      !m[3] && LOCAL_CLOCK_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))
        ? null
        : {
            type: "TIME",
            priority: 3,
            resolve: (ctx) => {
              let day = ctx.anchor ?? ctx.dct;
              if (m[3] && ctx.dct)
                day = weekdayNear(
                  ctx.dct,
                  WEEKDAYS[m[3].toLowerCase()],
                  ctx.direction === "future" ? "future" : "past",
                );
              return {
                value: `${day ? formatDay(day) : "XXXX-XX-XX"}T${m[1]}:${m[2]}`,
                granularity: "minute",
              };
            },
          },
  },
  {
    // "1998", "fiscal 1989", "FY2019", "mid-1996", "early 1990": a year on its own
    // A hyphen before the year is a range or a code, except in "mid-1996".
    name: "year",
    re: /(?<![$€£\d.,/]|(?<!\bmid)-|\d\s)\b(?:fiscal\s+(?:year\s+)?|FY\s?|the\s+year\s+)?(1[5-9]\d\d|20\d\d)\b(?:\s+fiscal\s+year\b)?(?![.,]\d|\s*(?:%|percent|per cent|[a-z]*\s*(?:shares|people|troops|votes|pounds|tons|tonnes|barrels|dollars|euros|yuan|feet|metres|meters|miles|km|kilometers|kilometres|cars|units|jobs|deaths|cases|patients|points|members|workers|employees|acres|students|homes|years?\s+old|gmt|utc|hours|hrs))\b|-\d|\s*\/\s*\d)/gi,
    build: (m) => {
      // "Resolution 1559", "Flight 1730", "1600 Pennsylvania Avenue": numbers, not years.
      const before = m.input.slice(Math.max(0, m.index - 14), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "2019-nCoV": a code's number, joined to a mixed-case name ("a 2010-style backlash" is the year).
      if (/^-[a-z]+[A-Z]/.test(after)) return null;
      if (
        /\b(?:Resolution|No\.|Nos\.|Number|Flight|Route|Highway|Interstate|Room|Suite|Apt\.|Box|Channel|Article|Rule|Boeing|Airbus|model)\s+$/i.test(
          before,
        )
      )
        return null;
      if (
        /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place)/.test(
          after,
        )
      )
        return null;
      // "a 1987 Chevrolet": the model year is part of the car's name.
      // ("In 1987 Ford cut jobs" is the year, though.)
      if (
        CAR_MAKE_AFTER.test(after) &&
        !/\b(?:in|since|by|until|till|from|during|after|before|through|to|of|and|or)\s+$/i.test(before)
      )
        return null;
      return fixed("DATE", m[1], 1, "year");
    },
  },
  {
    // "the 1992-95 war", "in 1998-2000": the two ends of a range of years, tagged apart as TIMEX3 tags
    // the ends of a range
    name: "year-range",
    re: /(?<![\d$€£.,/-])\b((?:19|20)\d\d)([-\u2013])((?:19|20)?\d\d)\b(?![-\u2013/]|[.,]\d|\s*(?:%|percent))/g,
    build: (m) => {
      const first = Number(m[1]);
      const last = yearRangeEnd(first, m[3]);
      if (last === null) return null;
      return { ...fixed("DATE", pad(first, 4), 2, "year"), trimEnd: m[2].length + m[3].length };
    },
  },
  {
    // ... and the range's last year, written in full or with two digits
    name: "year-range-end",
    re: /(?<=(?<![\d$€£.,/-])\b((?:19|20)\d\d)[-\u2013])((?:19|20)?\d\d)\b(?![-\u2013/]|[.,]\d|\s*(?:%|percent))/g,
    build: (m) => {
      const last = yearRangeEnd(Number(m[1]), m[2]);
      return last === null ? null : fixed("DATE", pad(last, 4), 2, "year");
    },
  },
  {
    // "'98": a two-digit year after an apostrophe
    name: "year-short",
    // ("'60 Minutes' interview": a quoted programme's count, no year.)
    re: /(?<=\s|^)['\u2019](\d\d)\b(?!s|\s+(?:Minutes|Hours|Days)\b)/g,
    build: (m) => ({
      type: "DATE",
      priority: 1,
      resolve: (ctx) => {
        const yy = Number(m[1]);
        const base = ctx.dct?.y ?? 2000;
        const century = Math.floor(base / 100) * 100;
        const y = century + yy > base + 10 ? century - 100 + yy : century + yy;
        return { value: pad(y, 4), granularity: "year" };
      },
    }),
  },
  {
    // "last May", "next January", "this March", "That January,"
    name: "month-relative",
    re: new RegExp(`\\b(this|last|next|early|late|mid|that)[- ](${MONTH_RE})(?![\\w-])(?!\\s+\\d)`, "gi"),
    build: (m) => {
      // "this march": without its capital a month name is a word.
      if (!/^[A-Z]/.test(m[2])) return null;
      const which = m[1].toLowerCase();
      // "That January," points back; "he said that May would resign" does not.
      if (which === "that" && !THAT_PERIOD_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)))
        return null;
      const month = MONTHS[m[2].toLowerCase().replace(/\.$/, "")];
      return {
        type: "DATE",
        // Over chrono's month alone, which has the same extent once "that" is trimmed.
        priority: which === "that" ? 3 : 2,
        resolve: (ctx) => {
          if (!ctx.dct) return X(`XXXX-${pad(month)}`);
          // "mid-January" and friends take the nearest January, as a bare month does. The clause's past
          // tense is left out: on unannotated news it misled more than it helped ("a default that had
          // loomed as early as mid-February", "postponed from mid-July").
          let y = monthYear(ctx.dct, month, ctx.direction === "future" ? "future" : "none");
          if (which === "this") y = ctx.dct.y;
          // "By 2018 one loan remained; that January he paid it off": the month of the year the story is at.
          else if (which === "that") y = toldYear(ctx) ?? y;
          else if (which === "last") y = month < ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
          else if (which === "next") y = month > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
          return { value: `${pad(y, 4)}-${pad(month)}`, granularity: "month" };
        },
        // "That May, the board resigned": the month alone is the expression, as the tests have it.
        trimStart: ["early", "late", "mid"].includes(which) ? 0 : which === "that" ? 5 : undefined,
        partOfMonth: ["early", "late", "mid"].includes(which),
      };
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand": years said in words (broadcast transcripts)
    name: "year-words",
    re: /\b(?:(?:the\s+year\s+)?(nineteen|twenty)(?:\s+hundred)?(?:\s+(?:and\s+)?(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|oh[- ](one|two|three|four|five|six|seven|eight|nine)))|(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    build: (m) => {
      const n = (w: string | undefined) => (w ? (parseCount(w) ?? 0) : 0);
      let y: number;
      if (m[1]) {
        if (!m[2] && !m[3] && !m[5]) return null;
        y = (m[1].toLowerCase() === "nineteen" ? 1900 : 2000) + n(m[2]) + n(m[3]) + n(m[4]) + n(m[5]);
      } else y = 2000 + n(m[6]);
      // "January nineteen ninety-seven", "the winter of nineteen ninety-four": the month or season joins.
      const before = m.input.slice(Math.max(0, m.index - 24), m.index);
      const month = new RegExp(`\\b(${MONTH_RE})\\s+(?:of\\s+)?$`, "i").exec(before);
      if (month) {
        const mm = MONTHS[month[1].toLowerCase().replace(/\.$/, "")];
        return { ...fixed("DATE", `${pad(y, 4)}-${pad(mm)}`, 2, "month"), extendStart: month[0].length };
      }
      const season = /\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?$/i.exec(before);
      if (season) {
        const code = SEASONS[season[1].toLowerCase()];
        return { ...fixed("DATE", `${pad(y, 4)}-${code}`, 2, "quarter"), extendStart: season[0].length };
      }
      return fixed("DATE", pad(y, 4), 2, "year");
    },
  },
  {
    // "January this year", "June last year", "late March of last year"; "June of that year", "March of
    // the following year" (of the year the story is at, which the month must not become first)
    name: "month-of-year",
    re: new RegExp(
      `\\b(${MONTH_RE})\\s+(?:of\\s+)?(?:(this|last|next)|of\\s+(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding))\\s+year\\b`,
      "gi",
    ),
    build: (m) => {
      const month = MONTHS[m[1].toLowerCase().replace(/\.$/, "")];
      const which = (m[2] ?? m[3]).toLowerCase().replace(/\s+/g, " ");
      const step = /last|previous|preceding/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
      const told = !m[2];
      return {
        type: "DATE",
        priority: 3,
        toldYearStep: told ? step : undefined,
        resolve: (ctx) => {
          if (!ctx.dct) return X(`XXXX-${pad(month)}`);
          let y = ctx.dct.y + step;
          const story = toldYear(ctx);
          if (told)
            y =
              ctx.anchorYear !== null && story !== null
                ? story + step
                : // No year given before: "that year" is the month's own, placed as the month alone would be.
                  monthYear(
                    ctx.dct,
                    month,
                    ctx.direction === "future" ? "future" : ctx.parsedPast ? "past" : "none",
                  );
          return { value: `${pad(y, 4)}-${pad(month)}`, granularity: "month" };
        },
      };
    },
  },
  {
    // "the latest quarter", "the most recent period": the last reported quarter
    name: "latest-quarter",
    re: /\b(?:the|its)\s+(?:latest|most recent|just-ended|recent|just-completed)\s+(?:fiscal\s+)?(quarter|period|three months)\b/gi,
    build: (m) => ({
      type: "DATE",
      priority: 3,
      resolve: (ctx) => {
        if (!ctx.dct) return X("XXXX-QX");
        // A fiscal quarter the story has just named is the one it reports ("its fiscal second quarter
        // ... The latest period"); the article's own quarter has not ended, so is a forecast's.
        const aq = ctx.anchorQuarter;
        if (aq && m.index - aq.end < QUARTER_REACH && aq.y * 4 + aq.q < ctx.dct.y * 4 + quarterOf(ctx.dct))
          return { value: `${pad(aq.y, 4)}-Q${aq.q}`, granularity: "quarter" };
        const { y, q } = lastQuarter(ctx.dct);
        return { value: `${pad(y, 4)}-Q${q}`, granularity: "quarter" };
      },
    }),
  },
  {
    // "year-end", "the year's end"; "year-end 1985", whose year is written after it
    name: "year-end",
    re: /\b(?:the\s+)?(?:year-end|year['\u2019]s end|year end|end of the year)(?:\s+((?:19|20)\d\d)(?![\d,.]\d))?\b/gi,
    build: (m) => ({
      type: "DATE",
      priority: 2,
      resolve: (ctx) => {
        if (m[1]) return { value: m[1], granularity: "year" };
        return ctx.dct
          ? { value: pad(storyYearBefore(ctx, m) ?? ctx.dct.y, 4), granularity: "year" }
          : X("XXXX");
      },
    }),
  },
  {
    // "that year", "the same year": the year the story was just talking about
    name: "anaphoric-year",
    re: /\b(?:that|the same)\s+year\b/gi,
    build: () => ({
      type: "DATE",
      priority: 2,
      resolve: (ctx) => {
        const y = toldYear(ctx);
        return y !== null ? { value: pad(y, 4), granularity: "year" } : X("XXXX");
      },
    }),
  },
  {
    // "that month", "that week", "that quarter": the period of the date the story gave last. Only after
    // such a date: without one "that week" points at nothing the text names.
    name: "anaphoric-period",
    re: /\bthat\s+(month|week|quarter)\b/gi,
    build: (m) => {
      const unit = m[1].toLowerCase();
      return {
        type: "DATE",
        priority: 2,
        resolve: (ctx) => {
          if (unit === "quarter" && ctx.anchorQuarter)
            return {
              value: `${pad(ctx.anchorQuarter.y, 4)}-Q${ctx.anchorQuarter.q}`,
              granularity: "quarter",
            };
          if (unit === "month" && ctx.anchorMonth) return periodValue({ ...ctx.anchorMonth, d: 1 }, unit);
          if (unit === "week" && ctx.anchor) return periodValue(ctx.anchor, unit);
          return X(unit === "week" ? "XXXX-WXX" : unit === "month" ? "XXXX-XX" : "XXXX-QX");
        },
      };
    },
  },
  {
    // "the nineties", "the eighties"
    name: "decade-words",
    re: /\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    build: (m) => {
      const digit = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
      ].indexOf(m[1].toLowerCase());
      // "in his forties" is an age, not a decade.
      if (/\b(?:his|her|their|its|my|your|our)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
        return null;
      if (!/^the\b/i.test(m[0]) && !/nineteen/i.test(m[0])) return null;
      return fixed("DATE", `19${digit + 2}`, 2, "decade");
    },
  },
  {
    name: "present-ref",
    re: /\b(?:right now|just now|now|currently|at present|presently|nowadays|these days|the present|today['\u2019]s|so far)\b/gi,
    build: (m) =>
      /^(?:today['\u2019]s|so far)$/i.test(m[0]) ||
      // "the now-defunct mill", "the now-famous meeting": an adverb inside an adjective, no time of its own.
      /^-[a-z]/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2))
        ? null
        : fixed("DATE", "PRESENT_REF", 1),
  },
  {
    name: "past-ref",
    re: /\b(?:(?:more\s+|most\s+)?recently|lately|in the past|the past|recent\s+(?:years|months|weeks|days|decades|times)|(?:several|a few|many|some)\s+(?:years|months|weeks|days|decades)\s+ago|years\s+ago|long ago)\b/gi,
    build: (m) => {
      const t = m[0].toLowerCase();
      // "in recent years" is a stretch of unstated length up to now (TimeBank's news copy: PXY).
      const recent = /^recent\s+(years|months|weeks|decades)$/.exec(t);
      if (recent) return fixed("DURATION", durationValue(null, unitName(recent[1])), 1);
      // "most recently last October", "recently, on Monday": the date that follows says when; the adverb
      // only ranks it.
      if (
        /recently$/.test(t) &&
        DATE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))
      )
        return null;
      return { ...fixed("DATE", "PAST_REF", 1), trimStart: t.startsWith("in the past") ? 3 : undefined };
    },
  },
  {
    name: "future-ref",
    re: /\b(?:(?<!as\s)soon(?!\s+as\b|\s+after\b)|the (?:near |distant )?future|in the (?:near |distant )?future|the (?:short|long|near|medium)[- ]term|(?:the\s+)?(?:coming|upcoming)\s+(years|months|weeks|days|decades)|future)\b/gi,
    build: (m) => {
      const t = m[0].toLowerCase();
      if (t === "future") return null;
      // "the soon-to-be president": part of an adjective, not the time to come.
      if (t === "soon" && /^-to-/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4)))
        return null;
      // "the coming weeks" is a stretch of unstated length from now, like "the next few weeks" and
      // "recent weeks" (TimeBank and AQUAINT: PXW, PXY).
      if (m[1]) return fixed("DURATION", durationValue(null, unitName(m[1])), 1);
      // "the long-term outlook": before a noun the hyphenated term is an adjective, not a time.
      const next = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (/-term$/.test(t) && /^\s[a-z]/.test(next)) return null;
      // "the future of the party" is its fate, not the time to come.
      if (
        /future$/.test(t) &&
        /^\s+of\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        return null;
      return { ...fixed("DATE", "FUTURE_REF", 1), trimStart: t.startsWith("in the") ? 3 : undefined };
    },
  },
  {
    // "every day", "each year", "daily", "each Thursday", "every July", "twice a week"
    name: "set",
    re: new RegExp(
      `\\b(?:(?:every|each|per)\\s+(?:(other|second)\\s+)?((?:${NUMBER_RE})\\s+)?(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|morning|evening|afternoon|spring|summer|autumn|fall|winter|${WEEKDAY_RE}|${MONTH_RE})|(?:once|twice|(?:${NUMBER_RE})\\s+times)\\s+(?:a|per|every)\\s+(day|week|month|year|quarter)|(daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|biweekly|fortnightly))\\b`,
      "gi",
    ),
    build: (m) => {
      // "blamed each other Thursday": the reciprocal pronoun, then a date ("every other" is the SET).
      if (/^each\s/i.test(m[0]) && /^other$/i.test(m[1] ?? "")) return null;
      const unitRaw = (m[3] ?? m[4] ?? "").toLowerCase().replace(/\.$/, "");
      const adverb = (m[5] ?? "").toLowerCase();
      // "quarterly dividend", "daily newspaper": before a noun the adverb is an adjective, not a SET.
      if (adverb && /^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
        const next = /^\s+([a-z]+)/.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30));
        if (next && !ADVERB_FOLLOWERS.has(next[1])) return null;
      }
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // "the Daily Caller", "Entertainment Weekly", "the People's Daily": capitalised inside a sentence it
      // is a word of a name or a title; so it is at a sentence's start before another capitalised word
      // ("Daily Wire, which ...", "Sign up for Daily Newsletters").
      if (
        /^[A-Z]/.test(m[0]) &&
        adverb &&
        (/^\s+[A-Z]/.test(after) ||
          !/(?:^|[.!?:"\u201c]\s*|\n\s*)$/.test(m.input.slice(Math.max(0, m.index - 3), m.index)))
      )
        return null;
      // "the weekly Senate lunch", "our daily “Briefing” newsletter", "monthly $40 payments": an adjective
      // before a name, a quoted title or a sum, as before a lower-case noun.
      if (
        adverb &&
        (/^\s+\$/.test(after) ||
          (/^\s+[A-Z"\u201c]/.test(after) &&
            ADJECTIVE_AFTER.test(m.input.slice(Math.max(0, m.index - 30), m.index))))
      )
        return null;
      // "20% annually", "10,000 units annually": a rate on an amount, which TimeBank leaves untagged.
      if (
        adverb === "annually" &&
        /(?:\d%?|\b(?:million|billion|percent|units|tons|barrels))\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 24), m.index),
        )
      )
        return null;
      // "every few years": a period of unstated length (PXY).
      const every = m[1] ? 2 : m[2] ? parseCount(m[2].trim()) : 1;
      let value: string;
      if (adverb) {
        // The period, as for "every day" / "each month" (TimeML; AQUAINT writes "daily" as P1D).
        value =
          {
            daily: "P1D",
            nightly: "XXXX-XX-XXTNI",
            weekly: "P1W",
            biweekly: "P2W",
            fortnightly: "P2W",
            monthly: "P1M",
            quarterly: "P1Q",
            yearly: "P1Y",
            annually: "XXXX",
            hourly: "PT1H",
          }[adverb] ?? "P1D";
      } else if (unitRaw in WEEKDAYS) value = `XXXX-WXX-${WEEKDAYS[unitRaw]}`;
      else if (unitRaw in MONTHS) value = `XXXX-${pad(MONTHS[unitRaw])}`;
      else if (unitRaw in SEASONS) value = `XXXX-${SEASONS[unitRaw]}`;
      else if (["morning", "evening", "afternoon"].includes(unitRaw) || (unitRaw === "night" && every === 1))
        value = `XXXX-XX-XXT${DAY_PARTS[unitRaw]}`;
      else if (unitRaw === "weekend" && every === 1) value = "XXXX-WXX-WE";
      else value = durationValue(every, unitName(unitRaw));
      return { type: "SET", priority: 3, resolve: () => X(value) };
    },
  },
  {
    // "Tuesday nights", "Mondays": recurring weekdays
    name: "set-weekday",
    re: new RegExp(
      `\\b(?:on\\s+)?(${WEEKDAY_RE})(?:s\\b(?:\\s+(nights|mornings|evenings|afternoons))?|\\s+(nights|mornings|evenings|afternoons)\\b)`,
      "g",
    ),
    build: (m) => {
      const wd = WEEKDAYS[m[1].toLowerCase()];
      const partWord = m[2] ?? m[3];
      const part = partWord
        ? { nights: "TNI", mornings: "TMO", evenings: "TEV", afternoons: "TAF" }[partWord]
        : "";
      return {
        ...fixed("SET", `XXXX-WXX-${wd}${part ?? ""}`, 2),
        trimStart: m[0].startsWith("on") ? 3 : undefined,
      };
    },
  },
];

/** "the first week of", "the last full week of", "the week of", "the last week in": a week read off the date after it. */
const WEEK_OF_BEFORE =
  /\b(?:the\s+)?(?:(?:(first|second|third|fourth|last|final)\s+(?:full\s+)?)?week(end)?\s+of|(first|second|third|fourth|last|final)\s+(?:full\s+)?week(end)?\s+in)\s+$/i;

/**
 * The week of a month an ordinal names: the ISO week holding most of that run of seven days (the
 * first week of June is the week of June 4), as ISO counts a year's first week from Jan. 4.
 */
export function weekOfMonth(y: number, m: number, ordinal: string): string {
  const last = /^(?:last|final)$/i.test(ordinal);
  const d = last ? daysInMonth(y, m) - 3 : 7 * ((ORDINALS[ordinal.toLowerCase()] ?? 1) - 1) + 4;
  return formatWeek({ y, m, d });
}

/** The weekend of a month an ordinal names, counted by its Saturdays ("the first weekend of May"). */
export function weekendOfMonth(y: number, m: number, ordinal: string): string {
  const firstSaturday = 1 + ((6 - weekday({ y, m, d: 1 }) + 7) % 7);
  const lastSaturday = firstSaturday + 7 * Math.floor((daysInMonth(y, m) - firstSaturday) / 7);
  const n = ORDINALS[ordinal.toLowerCase()] ?? 1;
  const d = /^(?:last|final)$/i.test(ordinal) ? lastSaturday : firstSaturday + 7 * (n - 1);
  return `${formatWeek({ y, m, d: Math.min(d, lastSaturday) })}-WE`;
}

/**
 * "the first week of June", "the last week of next month", "the week of March 24": one DATE with
 * the week's value (TIMEX3 tags the whole phrase), built on the candidate of the date after "of",
 * which keeps its own reading of the year.
 */
export function weekOfCandidates(text: string, dates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of dates) {
    if (c.type !== "DATE" || c.weekday !== undefined) continue;
    const lead = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 32), c.start));
    if (!lead) continue;
    const ordinal = lead[1] ?? lead[3];
    // "the last week in June" takes "in" only after an ordinal ("the week in review" is no date).
    const weekend = lead[2] ?? lead[4];
    out.push({
      ...c,
      start: c.start - lead[0].length,
      rule: "week-of",
      resolve: (ctx) => {
        const inner = c.resolve(ctx);
        const month = /^(\d{4})-(\d\d)$/.exec(inner.value);
        const anchorAs = inner.value;
        if (ordinal && month) {
          const weekOf = weekend ? weekendOfMonth : weekOfMonth;
          const value = weekOf(Number(month[1]), Number(month[2]), ordinal);
          return { value, granularity: "week", anchorAs };
        }
        const day = !ordinal ? parseDay(inner.value) : null;
        return day && /^\d{4}-\d\d-\d\d$/.test(inner.value)
          ? { value: `${formatWeek(day)}${weekend ? "-WE" : ""}`, granularity: "week", anchorAs }
          : inner;
      },
    });
  }
  return out;
}

/** Every rule match in `text`; overlapping candidates are left for the tagger to arbitrate. */
export function ruleCandidates(raw: string, offset = 0): Candidate[] {
  const out: Candidate[] = [];
  // No expression spans a long run of blanks, but a lookbehind such as "(?<=\bat\s+)" rescans the whole
  // run from each of its positions: filling the inside of long runs (offsets kept) keeps that linear.
  const text = raw.replace(
    /\s{33,}/g,
    (run) => `${run[0]}${"\u00b7".repeat(run.length - 2)}${run[run.length - 1]}`,
  );
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const built = rule.build(m);
      if (!built) continue;
      const trim = (built.trimStart ?? 0) - (built.extendStart ?? 0);
      if (NAME_WORD.test(text.slice(m.index + trim, m.index + m[0].length - (built.trimEnd ?? 0)))) continue;
      out.push({
        start: offset + m.index + trim,
        end: offset + m.index + m[0].length - (built.trimEnd ?? 0),
        type: built.type,
        priority: built.priority,
        rule: rule.name,
        resolve: built.resolve,
        toldYearStep: built.toldYearStep,
        partOfMonth: built.partOfMonth,
      });
    }
  }
  return out;
}
