// chrono-node finds the calendar dates, weekdays, clock times and "yesterday"s; this module turns its
// results into candidates whose values are settled later with news-aware direction (see tense.ts).
import * as chrono from "chrono-node";
import { DATELINE_PLACE } from "./article-date.js";
import { addDays, type Day, daysInMonth, formatDay, pad, toUtc, weekday } from "./calendar.js";
import type { Candidate, ResolveContext } from "./candidate.js";
import { DAY_PARTS, TARGET_BEFORE, WEEKDAYS } from "./lexicon.js";
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
      const nl = text.lastIndexOf("\n", end);
      const sp = text.lastIndexOf(" ", end);
      const cut = nl > pos + CHUNK / 2 ? nl : sp > pos + CHUNK / 2 ? sp : end;
      end = cut;
    }
    out.push({ offset: pos, text: text.slice(pos, end) });
    pos = end;
  }
  return out;
}

const REF_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
const HAS_YEAR = /\b\d{4}\b|['\u2019]\d\d\b/;
const CLOCK = /\d:\d\d|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|o'clock/i;
/** Weekday abbreviations chrono accepts but news uses for other things ("Sun Microsystems", "Sat down", the SAT). */
const WEEKDAY_ABBR =
  /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$|^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|^(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)$/;
/** Lower-case month names are words ("may", "march") and bare day parts are not anchored to a day. */
const NOT_A_DATE =
  /^(?:may|march|august|morning|afternoon|evening|night|the morning|the evening|the afternoon|the night)$/;
const LOWER_MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const OUTSIDE_DIRECTION = /\b(this\s+)?(?:(coming|next|upcoming)|(past|previous))\s+$/i;
const RELATIVE_PREFIX = /^(?:(last|past|previous)|(next|coming|upcoming|this))\s/i;

function dayPart(text: string): string | null {
  // "midnight" names a clock time, not the night.
  const m = /\b(morning|afternoon|evening|night|overnight|tonight|midday)\b/i.exec(text);
  return m ? DAY_PARTS[m[1].toLowerCase()] : null;
}

/** A month and day followed by a comma and a number too short to be a year ("Aug. 17, 10 days"). */
const MONTH_DAY_COUNT =
  /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),(?=\s+\d{1,3}(?![\d,.:/]))/g;
const PERIOD_ENDED = /\b(?:year|quarter|period|months|weeks|half)\s+(?:that\s+)?ended\s+(?:on\s+)?$/i;
/** A capitalised first name inside a sentence before "May" (not a word that leads a date). */
const MAY_SURNAME_BEFORE =
  /[a-z,;:(\u201c"]\s+(?!(?:In|Since|Until|Till|By|From|Through|Throughout|Early|Late|Mid|Last|Next|This|That|Nearly|Around|Come|Of|On|Before|After|During|Each|Every|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)[A-Z][a-z]+\s+$/;
/** Capitalised words that may follow a month name in a date ("May Day", "March Madness" aside). */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|In|On|At|But|And|A|An|It|He|She|They|We|I|Last|Next|Earlier|Later|After|Before|Since|By|When|While)$/;
const WEEKDAY_AFTER_CLOCK =
  /^\s*(?:local\s+time\s*|[A-Z]{2,4}\s*|\(\d{4}\s+GMT\)\s*|\([^)]{0,16}\)\s*)*,?\s*(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
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
 * again piece by piece; pieces chrono cannot read alone stay joined.
 */
/** The right end of a split range, for its left end ("January-October": January is October's year). */
const RANGE_END = new WeakMap<chrono.ParsedResult, chrono.ParsedResult>();

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
    // "BERGEN, May 4 - March 31 end Shr ...": the dash after a dateline's date ends the dateline;
    // the two dates are read apart, with no range between them (which would put March 17 in the year
    // before January 31).
    const dateline =
      !!sep &&
      /^\s+-\s+$/.test(sep[0]) &&
      DATELINE_BEFORE.test(text.slice(Math.max(0, r.index - 80), r.index));
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
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!dateline && pieces.length > 1 && first.at === r.index && last.at !== r.index)
      RANGE_END.set(first.p, last.p);
  }
  return out;
}

/** Candidates for the time expressions chrono recognises in `text`. */
export function chronoCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // No date is a 33-character word; blanking such runs (offsets kept) spares chrono's patterns hostile input.
  // "Aug. 17, 10 days after": chrono reads the count as a year, and then drops the date for the longer
  // "10 days after"; a semicolon in place of the comma (same length) keeps the two apart.
  const cleaned = text.replace(/\S{33,}/g, (run) => " ".repeat(run.length)).replace(MONTH_DAY_COUNT, "$1;");
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
        .replace(/[,;:]$/, "")
        // "the March of the ...": chrono reads a dangling "of" into the month.
        .replace(/\s+of$/, "");
      // "(4 a.m. EDT Thursday)": the closing bracket of a parenthesis that opened before the match.
      if (surface.endsWith(")") && !surface.includes("(")) surface = surface.slice(0, -1).trimEnd();
      if (/^(?:right\s+)?now$/i.test(surface) || WEEKDAY_ABBR.test(surface) || NOT_A_DATE.test(surface))
        continue;
      // "MUST WATCH Storm clean-up goes on 01:47 JUST WATCHED ...": a video's running time in a
      // scraped playlist, no clock time.
      if (
        /^\d{1,2}:\d{2}$/.test(surface) &&
        (/^\s*JUST WATCHED\b/.test(text.slice(chunk.offset + r.index + lead + surface.length).slice(0, 20)) ||
          /MUST WATCH\b[^.!?]*$/.test(
            text.slice(Math.max(0, chunk.offset + r.index + lead - 120), chunk.offset + r.index + lead),
          ))
      )
        continue;
      // "9-11/16 pct": a whole number and a fraction, as bond prices and rates are written.
      if (/^\d{1,3}-\d{1,2}\/\d{1,2}$/.test(surface)) continue;
      // "Saturday Night Live", "Monday Night Football": a programme's title, capitalised throughout.
      if (
        /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:Night|Morning|Afternoon|Evening)$/.test(surface) &&
        /^\s+[A-Z][a-z]/.test(text.slice(chunk.offset + r.index + lead + surface.length).slice(0, 4))
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
      let start = chunk.offset + r.index + lead;
      // "April Glaspie", "May God bless": a bare month name before a name or a verb is not a date.
      if (
        /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
          surface,
        )
      ) {
        const next = /^\s+(\S+)/.exec(text.slice(start + surface.length, start + surface.length + 24));
        if (next && /^[A-Z][a-z]+$/.test(next[1]) && !NOT_A_NAME.test(next[1])) continue;
        // "the March for Life", "the March of the Mothers": an event's name.
        if (
          /^\s+(?:for|of\s+the)\s+[A-Z]/.test(text.slice(start + surface.length, start + surface.length + 16))
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
      }
      // "May, 59, will become": a month name, a comma and a two-digit number set off by another comma is
      // a name and an age; "In May, 59 people died" keeps the month alone.
      if (/^[A-Z][a-z]+,\s*\d{2}$/.test(surface)) {
        const leadIn = text.slice(Math.max(0, start - 12), start);
        if (
          text[start + surface.length] === "," &&
          !/\b(?:in|since|until|by|from|through|of|during|early|late|mid)\s+$/i.test(leadIn)
        )
          continue;
        surface = surface.replace(/,\s*\d{2}$/, "");
      }
      // Slash and bare-number dates without a year are mostly fractions and scores ("1/2", "3-2").
      if (/^\d{1,2}[/-]\d{1,2}$/.test(surface)) continue;
      if (/^\d+$/.test(surface) || /^\d+\s+\d+\/\d+$/.test(surface)) continue;
      const c = r.start;
      const monthKnown = c.isCertain("month");
      const dayKnown = c.isCertain("day");
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
        surface = surface.replace(/,?\s+(?:at\s+)?\d{1,2}$/, "");
        // "fell 6.43, on Friday": a price before the date is not its hour.
        const price = /^\d{1,2}[.:]\d\d,?\s+(?:(?:on|at)\s+)?(?=[A-Z])/.exec(surface);
        if (price) {
          surface = surface.slice(price[0].length);
          start += price[0].length;
        }
      }
      const end = start + surface.length;
      // A clock time needs a clock on it: "5 p.m.", "10:30", "noon"; chrono also reads "1.25 a" as one.
      const hourKnown = c.isCertain("hour") && CLOCK.test(surface);
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
      const endOfRange = RANGE_END.get(r)?.start;
      const rangeEnd =
        monthKnown && !yearKnown && endOfRange?.isCertain("month")
          ? {
              m: endOfRange.get("month") as number,
              y:
                endOfRange.isCertain("year") && HAS_YEAR.test(text.slice(start, start + 60))
                  ? (endOfRange.get("year") as number)
                  : null,
            }
          : null;
      // "the year ended March 31": a reporting period that has closed ends on the latest such date.
      // "since Nov. 25" has begun, so it is not ahead either; nor is what happened "back in February".
      const closed =
        monthKnown &&
        !yearKnown &&
        (PERIOD_ENDED.test(text.slice(Math.max(0, from - 40), from)) ||
          /\b(?:since|back\s+in|back\s+on)\s+$/i.test(text.slice(Math.max(0, from - 10), from)));
      // "was extended to Nov. 16", "declared a dividend payable Dec. 15": a past act can set a date ahead.
      const target = TARGET_BEFORE.test(text.slice(Math.max(0, from - 16), from));
      const bareWeekday =
        fields.wd !== null && fields.m === null && fields.d === null && casualOffset === null && !forced;
      out.push({
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
            rangeEnd,
            weekShift: /\bnext\s+week\b/i.test(surface) ? 1 : /\blast\s+week\b/i.test(surface) ? -1 : 0,
            anchored,
          }),
      });
    }
  }
  return out;
}

/**
 * The year of a range's first month, from its last: "January-October" share a year, "December-March" do
 * not. The end is placed without the clause's tense, which belongs to the range as a whole.
 */
function rangeStartYear(
  m: number,
  end: { m: number; y: number | null } | null | undefined,
  ctx: ResolveContext,
): number | null {
  if (!end) return null;
  const endYear = end.y ?? (ctx.dct ? monthYear(ctx.dct, end.m, "none") : null);
  if (endYear === null) return null;
  return m <= end.m ? endYear : endYear - 1;
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
    /** The month (and year, when written) that ends the range this date begins. */
    rangeEnd?: { m: number; y: number | null } | null;
    /** "Wednesday of next week": the weekday in the week after (1) or before (-1) the article's. */
    weekShift?: number;
    /** The date closes a reporting period that has ended, so it is not ahead of the article. */
    closed?: boolean;
    /** The date follows a word that sets a date ahead ("extended to", "effective"), whatever the tense. */
    target?: boolean;
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
    // A past tense does not move a month and day back: checked on unannotated news, "was arrested on
    // Sept. 3" (back) was as common as "advanced to a runoff on July 24" (ahead) under a misread parse.
    let dir: "past" | "future" | "none" = opts.closed
      ? "past"
      : ctx.direction === "future"
        ? "future"
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
    const y =
      f.y ??
      relYear ??
      rangeStartYear(f.m, opts.rangeEnd, ctx) ??
      (dct ? monthYear(dct, f.m, dir, ctx.direction === "past" && !opts.target) : null);
    if (y === null) value = `XXXX-${pad(f.m)}-${pad(f.d)}`;
    else day = { y, m: f.m, d: f.d };
  } else if (f.m !== null) {
    // A month alone: the nearest one unless the clause points ahead; a past tense counts only when the
    // parse says so (nearby past words mislead more than they help).
    const y =
      f.y ??
      rangeStartYear(f.m, opts.rangeEnd, ctx) ??
      (dct
        ? monthYear(
            dct,
            f.m,
            opts.closed
              ? "past"
              : ctx.direction === "future"
                ? "future"
                : ctx.parsedPast && !opts.target
                  ? "past"
                  : "none",
            // A nearby past word alone is too weak to move a month back, but enough to keep one
            // that is only just within reach ahead behind: on unannotated news it moved 21 months,
            // 15 rightly ("its last attempt in April" said in December).
            ctx.direction === "past" && !opts.target,
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
