// Finds the time expressions in a text and resolves them against the document creation time.
import type { Timex } from "../model/index.js";
import { lineStartWithin } from "../util/line-start.js";
import { addDays, compareDays, type Day, formatDay, pad, parseDay, weekday } from "./calendar.js";
import type { Candidate, ResolveContext } from "./candidate.js";
import { chronoCandidates } from "./chrono-candidates.js";
import { UNIT_RE } from "./lexicon.js";
import { storyDay } from "./reference.js";
import { ruleCandidates, weekOfCandidates } from "./rules.js";
import {
  type Direction,
  directionAt,
  ownedEventAhead,
  PAST_VERB_JUST_BEFORE,
  type ParsedSentence,
  type ParsedTense,
  parsedAdjective,
  parsedTense,
  presentBefore,
  presentScheduled,
  SAID_JUST_BEFORE,
  tagAfter,
} from "./tense.js";
import type { Resolved } from "./values.js";

export interface TaggedTimex extends Timex {
  /** The rule or parser that found it. */
  rule: string;
}

/** Words TIMEX3 counts as part of a date or time ("early Tuesday", "the end of 1990", "around Nov. 1"). */
const DATE_MODIFIER =
  /(?:\b(?:early|late|mid|earlier|later|around|the end of|the beginning of|the start of|the middle of|the turn of|the close of|the rest of|the (?:first|second|latter) half of)[- ]|\bmid-)$/i;
/** Approximations TIMEX3 keeps with a clock time ("about 7:15 p.m."). */
const CLOCK_MODIFIER = /\b(?:about|approximately|roughly)\s$/i;

/** Rules whose quarter is read off another one, so it must not become the story's quarter in turn. */
const QUARTER_FOLLOWERS = new Set(["relative-offset", "year-ago", "same-period", "year-period"]);

/** The words that make an expression count from the story's last date rather than from today. */
const ANAPHORIC_LEAD =
  /^the\s+(?:(?:next|following|previous|preceding)\s+(?:day|night|morning|afternoon|evening)|following|previous|preceding)\b/i;

/**
 * A verb that sets a new date, then the word that gives it: "postponed until Friday", "adjourned to
 * Monday"; or the earliest a thing may come, "as soon as Tuesday". The weekday is still ahead of the
 * report whatever the verb's tense.
 */
const RESCHEDULED_TO =
  /\b(?:(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|moved\s+back|rescheduled|recessed|suspended|extended)\s+(?:(?:again|once\s+more|indefinitely)\s+)?(?:until|till|to|for)|as\s+(?:soon|early)\s+as)\s+(?:next\s+)?$/i;

/**
 * "a session scheduled for Monday", "travel planned for Wednesday": a weekday set for a thing is
 * still to come, whatever tense the clause has ("a visit scheduled for Monday was cancelled"). So is
 * one an event is called for ("called a meeting for Friday", "has scheduled a hearing for Thursday"),
 * unless the plan is told from the past perfect ("had planned a vote for Thursday but put it off").
 */
const SCHEDULED_FOR =
  /\b(?:(?:scheduled|slated|planned|set|due)\s+|(?<!\bhad\s+(?:[a-z]+\s+)?)(?:scheduled|slated|planned|set\s+up|called|added)\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,5}?)for\s+(?:next\s+)?$/i;
/** How far back (in characters) SCHEDULED_FOR is looked for. */
const SCHEDULED_REACH = 80;

/**
 * "will reopen on", "we'll be announcing it on", "won't return to work on": a "will" in the clause just
 * before a weekday. So is a "would" reporting a plan ("announced it would hold a hearing Friday"): a
 * news story tells of plans still ahead of it.
 */
const WILL_BEFORE =
  /(?:\b(?:will|won['\u2019]t|['\u2019]ll|would)\b|(?<!\b(?:was|were|had|been)\s+)\b(?:set|scheduled|expected|due|slated|poised|going|plans?|planning)\s+to\b)[^.;!?\u2014]*$/i;
/**
 * "On Saturday, he'll celebrate", "Tuesday, the senator will meet": a weekday set before its clause's
 * subject and "will". The subject is a pronoun, a name or a short noun phrase, so no verb of another
 * clause ("Tuesday, his counsel signaled it will") stands between.
 */
const WILL_AFTER_FRONTED =
  /^(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:he|she|it|they|we|I|you|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*|(?:the|a|an|his|her|their|its|our)\s+(?![a-z]+ed\b)[a-z-]+(?:\s+(?![a-z]+ed\b)[a-z-]+)?)\s*(?:will|won['\u2019]t|shall|['\u2019]ll|(?:is|are)\s+(?:set|scheduled|expected|due|slated|poised|going)\s+to)\b/;
/** A sentence's opening, or an "On" ("But on") opening it, before a fronted weekday. */
const SENTENCE_OPENING = /(?:^|[.!?"\u201d]\s+|\n\s*)(?:(?:And|But|Then|So)\s+)?(?:[Oo]n\s+)?$/;

/**
 * "ahead of Tuesday's primary", "in the run-up to Monday's vote": news written before a day's event,
 * which lies ahead whatever tense the rest of the sentence has. ("before Friday's purchases" can look
 * back as well, so "before" is not one of them.)
 */
const BEFORE_THE_EVENT = /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+$/i;

/**
 * "Sunday's terrorist attack", "Friday's deadly crash": a weekday that owns an event no one announces
 * before it happens has already seen it, whatever the clause around it says ("motivated by Sunday's
 * attack", "will investigate Tuesday's shooting").
 */
const UNPLANNED_EVENT =
  "(?:attacks?|shootings?|bombings?|blasts?|explosions?|crash(?:es)?|massacres?|killings?|stabbings?|slayings?|murders?|deaths?|earthquakes?|quakes?|shootouts?|ambush(?:es)?|derailments?|collapse|riots?|rampage|assault|raids?|clashes|violence|tragedy|carnage|deluge|tornado(?:es)?|outage|accident|disaster)";
const UNPLANNED_EVENT_AFTER = new RegExp(`^['\u2019]s\\s+(?:[\\w-]+\\s+){0,3}?${UNPLANNED_EVENT}\\b`, "i");
/**
 * "the Sept. 11 attack", "the Dec. 14 school shooting", "the Monday bombing": a day named before such
 * an event, as its modifier, has seen it too.
 */
const UNPLANNED_EVENT_NEXT = new RegExp(
  `^\\s+(?:(?!(?:to|and|or|but|with|for|in|on|at|by|of|from|the|a|an|that|which|who|when|after|before|since|until|will|would|is|was|were|are|be|study|studies|investigate|discuss|review|prevent|stop)\\b)[\\w-]+\\s+){0,2}?${UNPLANNED_EVENT}\\b`,
  "i",
);
/** A day of a month written without its year ("Dec. 14", "September 11th"). */
const MONTH_DAY_ALONE =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$/;

/** Words after which "soon" looks ahead whatever its clause's tense ("any time soon", "expected soon"). */
const SOON_AHEAD = /\b(?:any\s*time|not|very|expected|due|scheduled|slated|coming)\s+$/i;

/**
 * Where a headline that opens the text ends: its first line, when that line is short and has no
 * full stop at its end ("Obama Spends Christmas In Hawaii"); 0 when the text opens with no headline.
 * Headlines speak of what happened in the present tense, so a present there points nowhere.
 */
export function headlineEnd(text: string): number {
  const m = /^[^\S\n]*\n?[^\S\n]*([^\n]{1,200})\n/.exec(text.slice(0, 240));
  if (!m) return 0;
  const line = m[1].trimEnd();
  if (/[.!?;:,]["'\u201d\u2019)]*$/.test(line) || line.split(/\s+/).length > HEADLINE_WORDS) return 0;
  return m[0].length - 1;
}
/** The most words a headline has. */
const HEADLINE_WORDS = 20;

/**
 * The credit that closes a photo caption ("(AP Photo/...)", "Photograph: .../Reuters", "REUTERS/Name",
 * "(Photo: ..., Getty Images)"). Case matters: "Reuters/Ipsos" is a poll, not a photographer.
 */
const PHOTO_CREDIT =
  /\((?:AP |AFP |Reuters )?Photos?\b|\bAP Photo\b|\bPhotograph: |\bREUTERS\/[A-Z]|\bGetty Images\b|\bPhoto (?:by|credit)\b/g;
/** How far before its credit a caption may begin. */
const CAPTION_CHARS = 400;

/**
 * The photo captions of a text, as [start, end) ranges: from the start of a credit's line (at most
 * CAPTION_CHARS before it) to the credit. A caption describes its picture in the present tense
 * ("Protesters march on Saturday in ..."), but the picture was taken before the story ran.
 */
export function captionRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(PHOTO_CREDIT)) {
    const lineStart = lineStartWithin(text, m.index, CAPTION_CHARS + 1);
    // A credit deep in a long line ends a caption run into the story's text: where it begins is unknown.
    if (m.index - lineStart <= CAPTION_CHARS) out.push([lineStart, m.index]);
  }
  for (const m of text.matchAll(GALLERY_CAPTION_END)) {
    const from = galleryCaptionStart(text, m.index);
    if (from !== null) out.push([from, m.index]);
  }
  return out;
}

/** Where a scraped photo gallery's caption ends: "... Hide Caption 3 of 18 Photos: ..." */
const GALLERY_CAPTION_END = /\bHide Caption\b/g;
/** How far before its "Hide Caption" a gallery's caption may begin. */
const GALLERY_CAPTION_CHARS = 800;

/**
 * Where the gallery caption ending at `end` begins: after the "Photos:" heading that opens each of a
 * gallery's slides, or null when there is none near enough to tell.
 */
function galleryCaptionStart(text: string, end: number): number | null {
  const from = Math.max(0, end - GALLERY_CAPTION_CHARS);
  const heading = text.lastIndexOf("Photos:", end);
  return heading >= from ? heading : null;
}

/**
 * A day that has been by the time of writing, whatever the clause around it says: the day of a
 * saying or of an act done ("said Tuesday she plans to", "unveiled Monday"; but "said Tuesday's vote"
 * is what was said), or a day named with an attack or a shooting ("Sunday's attack", "the Monday
 * bombing", "the Dec. 14 shooting").
 */
function dayAlreadySeen(text: string, c: Candidate): boolean {
  const eventNext = UNPLANNED_EVENT_NEXT.test(text.slice(c.end, c.end + 40));
  if (c.weekday === undefined) return eventNext && MONTH_DAY_ALONE.test(text.slice(c.start, c.end));
  if (eventNext || UNPLANNED_EVENT_AFTER.test(text.slice(c.end, c.end + 60))) return true;
  // "on a recent Thursday", "one recent Sunday morning": a day gone by, not the one ahead.
  if (/\brecent\s+$/i.test(text.slice(Math.max(0, c.start - 10), c.start))) return true;
  const doneBefore =
    SAID_JUST_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) ||
    PAST_VERB_JUST_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
  return doneBefore && !/^['\u2019]s\b/.test(text.slice(c.end, c.end + 3));
}

/** "On Tuesday, he will meet ...": a weekday opening a sentence whose subject then takes "will". */
function frontedBeforeWill(text: string, c: Candidate): boolean {
  return (
    SENTENCE_OPENING.test(text.slice(Math.max(0, c.start - 14), c.start)) &&
    WILL_AFTER_FRONTED.test(text.slice(c.end, c.end + 60))
  );
}

/** How many expressions on each side can share a clause with one (the clause window is bounded). */
const NEIGHBOURS = 4;

/** Picks the longest candidates that do not overlap; on equal length the higher priority wins. */
function choose(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Characters already taken: checking a candidate costs its own length, so the whole pass stays linear.
  const taken = new Uint8Array(length + 1);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * One direction per weekday name for the whole story: a story's "Tuesday" is one day, so a clause
 * with no tense cue, or a misleading one ("would fight Wednesday's ruling"), follows the majority of
 * the other mentions. Ties go ahead: a weekday named with a future cue is rarely also past.
 */
function weekdayVotes(
  chosen: readonly Candidate[],
  directions: ReadonlyArray<{ direction: Direction }>,
): Map<number, Direction> {
  const votes = new Map<number, { past: number; future: number }>();
  chosen.forEach((c, i) => {
    if (c.weekday === undefined) return;
    const d = directions[i].direction;
    const v = votes.get(c.weekday) ?? { past: 0, future: 0 };
    if (d === "future") v.future++;
    if (d === "past") v.past++;
    votes.set(c.weekday, v);
  });
  const out = new Map<number, Direction>();
  for (const [wd, v] of votes)
    out.set(wd, v.future > 0 && v.future >= v.past ? "future" : v.past > 0 ? "past" : "none");
  return out;
}

/**
 * A caption's present shows what the camera saw, so its weekday is the latest such day ("Workers
 * clear debris Tuesday"); only a future tense ("will lie in state Friday") still points ahead.
 */
function captionTense(inCaption: boolean, c: Candidate, tense: ParsedTense | null): ParsedTense | null {
  return inCaption && c.weekday !== undefined && tense !== "future" ? "past" : tense;
}

/**
 * "the future president", "the future relationship": "future" is an adjective of the noun after it
 * (the parse says so), not the time to come that "in the future" names.
 */
function adjectivalFuture(text: string, c: Candidate, sentences: readonly ParsedSentence[]): boolean {
  if (c.rule !== "future-ref") return false;
  const at = text.slice(c.start, c.end).search(/future$/i);
  return at >= 0 && parsedAdjective(sentences, c.start + at, c.end);
}

/**
 * "the past accusations", "over the past four elections": "past" is an adjective of a noun that is no
 * time. Before a word of time ("the past half-decade", "the past generation") it still names a stretch.
 */
function adjectivalPast(text: string, c: Candidate, sentences: readonly ParsedSentence[]): boolean {
  if (c.rule !== "past-ref" || !/^the past$/i.test(text.slice(c.start, c.end))) return false;
  const next = /^\s+(?:(?:few|several|many|\w+)\s+)?([\w-]+)/.exec(text.slice(c.end, c.end + 40));
  if (next && new RegExp(`^(?:half-\\w+|generation|${UNIT_RE})$`, "i").test(next[1])) return false;
  // "In the past administration threats were ...": opening a sentence it is the adverb, comma or not.
  if (/(?:^|[.!?"\u201d]\s+|\n\s*)In\s+$/.test(text.slice(Math.max(0, c.start - 6), c.start))) return false;
  // The parse may hang "past" on a verb after it ("the busing of the past ought to"): only a noun,
  // an adjective or a number after it makes it an adjective.
  return (
    parsedAdjective(sentences, c.end - 4, c.end) && /^(?:NN|JJ|CD)/.test(tagAfter(sentences, c.end) ?? "")
  );
}

/**
 * Where `c` starts once the modifier TIMEX3 counts in is added ("early Tuesday", "the end of
 * November", "about 7:15 p.m."); never into the expression before it, which ends at `previousEnd`.
 */
function modifiedStart(text: string, c: Candidate, previousEnd: number): number {
  if (c.type !== "DATE" && c.type !== "TIME") return c.start;
  let start = c.start;
  const before = text.slice(Math.max(0, start - 20), start);
  // "reports about Saturday night's blast": "about" approximates a clock reading only.
  const clock = c.type === "TIME" && /^(?:\d|noon|midnight)/i.test(text.slice(c.start, c.end));
  let mod = DATE_MODIFIER.exec(before) ?? (clock ? CLOCK_MODIFIER.exec(before) : null);
  // "get around Wednesday's ruling": before a possessive, "around" goes with the noun it owns.
  if (mod && /^around/i.test(mod[0]) && /^['\u2019]s\b/.test(text.slice(c.end, c.end + 3))) mod = null;
  if (mod && !(previousEnd > start - mod[0].length)) start -= mod[0].length;
  // "end of November" from chrono: the article belongs to the expression too.
  if (
    /^(?:end|beginning|start|middle) of\b/i.test(text.slice(start, c.end)) &&
    /\bthe $/i.test(text.slice(start - 4, start))
  )
    start -= 4;
  return start;
}

/** What joins two dates of one list: "March and April", "May, June or July", "Tuesday through Thursday". */
const LIST_JOIN = /^(?:\s*,)?\s*(?:(?:and|or|to|through|until)\s+(?:on\s+)?)?$/i;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
/** How far on a listed weekday or month may lie from the one before it ("Monday through Friday"). */
const LIST_REACH_DAYS = 4;
const LIST_REACH_MONTHS = 6;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** Which expressions of a list share a year or a week: a month named alone, a weekday named alone. */
type Listed = "month" | "weekday" | null;

/**
 * Dates listed together belong together: "in March and April" is one spring and "rain Sunday and
 * Monday" two days running, whatever tense each one's neighbour words have. So a month named alone
 * after another is the first such month from the one before ("December or January" runs into the next
 * year), a weekday after another the first such day after it; and a year written after the last month
 * ("in May and June 2004", "October, November or December 1996") dates the months named alone before
 * it, which are rewritten in `out`. Returns the value `c` takes instead of `resolved`, or null.
 */
function listedDates(
  text: string,
  out: TaggedTimex[],
  kinds: readonly Listed[],
  yearsBefore: ReadonlyArray<number | null>,
  start: number,
  c: Candidate,
  resolved: Resolved,
  pastBy: Day | null,
): Resolved | null {
  const last = out.length - 1;
  const joined = (k: number, at: number, kind: Listed) =>
    k >= 0 && kinds[k] === kind && LIST_JOIN.test(text.slice(out[k].end, at));
  if (listedKind(c, resolved) === "weekday") {
    if (!joined(last, start, "weekday") || c.weekday === undefined) return null;
    const before = parseDay(out[last].value) as Day;
    // "made Friday and Thursday" lists two days back in reverse: only a few days running are one list.
    const ahead = (c.weekday - weekday(before) + 7) % 7;
    const day = addDays(before, ahead);
    // "had reserves on Thursday, Monday and Tuesday", read on a Thursday: a list in a past clause
    // may run backwards from the story's day, never past it.
    if (pastBy && compareDays(before, pastBy) <= 0 && compareDays(day, pastBy) > 0) return null;
    return ahead === 0 || ahead > LIST_REACH_DAYS ? null : { ...resolved, value: formatDay(day) };
  }
  const own = MONTH_VALUE.exec(resolved.value);
  if (!own || c.type !== "DATE") return null;
  // "late November of 2016 or early December": a part of a month follows the month before it as a
  // month named alone does.
  if (c.monthOnly || c.partOfMonth) {
    // After any month, named alone or with its year ("in May 2004 and June").
    if (!(last >= 0 && MONTH_VALUE.test(out[last].value) && LIST_JOIN.test(text.slice(out[last].end, start))))
      return null;
    const before = MONTH_VALUE.exec(out[last].value) as RegExpExecArray;
    const ahead = (Number(own[2]) - Number(before[2]) + 12) % 12;
    if (ahead > LIST_REACH_MONTHS) return null;
    const y = Number(before[1]) + (Number(own[2]) < Number(before[2]) ? 1 : 0);
    return { ...resolved, value: `${pad(y, 4)}-${own[2]}` };
  }
  let y = Number(own[1]);
  let m = Number(own[2]);
  let instead: Resolved | null = null;
  if (c.toldYearStep !== undefined) {
    // "in March and August of that year": the year the story was at before the list began, which
    // the months named alone had each moved to their own guess.
    let first = -1;
    for (let k = last, at = start; joined(k, at, "month"); k--) {
      first = k;
      at = out[k].start;
    }
    const before = first >= 0 ? yearsBefore[first] : null;
    if (before === null) return null;
    y = before + c.toldYearStep;
    instead = { ...resolved, value: `${pad(y, 4)}-${own[2]}` };
  }
  // A year of its own, written out ("June 2004"): the months alone before it are of that list.
  else if (!/\b\d{4}\b/.test(text.slice(start, c.end))) return null;
  let at = start;
  for (let k = last; joined(k, at, "month"); k--) {
    const mk = Number((MONTH_VALUE.exec(out[k].value) as RegExpExecArray)[2]);
    if (mk > m) y -= 1;
    m = mk;
    out[k].value = `${pad(y, 4)}-${pad(mk)}`;
    at = out[k].start;
  }
  return instead;
}

function listedKind(c: Candidate, resolved: Resolved): Listed {
  if (c.type !== "DATE") return null;
  if ((c.monthOnly || c.partOfMonth) && MONTH_VALUE.test(resolved.value)) return "month";
  return c.weekday !== undefined && DAY_VALUE.test(resolved.value) ? "weekday" : null;
}

/**
 * The TIMEX3 expressions in `text`, resolved against `dct` (ISO date or date-time; null when unknown,
 * which leaves relative expressions underspecified, e.g. XXXX-WXX-1). `sentences` (the analyse stage's
 * parse, when there is one) lets the governing verb's tense decide which way "Monday" or "May" points.
 */
export function tagTimexes(
  text: string,
  dct: string | null,
  sentences: readonly ParsedSentence[] = [],
): TaggedTimex[] {
  const dctDay: Day | null = storyDay(text, parseDay(dct));
  const found = [
    ...chronoCandidates(text),
    ...ruleCandidates(text).filter(
      (c) => !adjectivalFuture(text, c, sentences) && !adjectivalPast(text, c, sentences),
    ),
  ];
  const chosen = choose([...found, ...weekOfCandidates(text, found)], text.length);
  const starts = chosen.map((c, i) => modifiedStart(text, c, i > 0 ? chosen[i - 1].end : 0));
  const headline = headlineEnd(text);
  const captions = captionRanges(text);
  const directions = chosen.map((c, i) => {
    const said = dayAlreadySeen(text, c);
    // "as early as January, he warned": only a weekday is sure to lie ahead after "as early as".
    const moved = RESCHEDULED_TO.exec(text.slice(Math.max(0, starts[i] - 50), starts[i]));
    const rescheduled =
      (!!moved && (c.weekday !== undefined || !/^as\s/i.test(moved[0]))) ||
      (c.weekday !== undefined &&
        SCHEDULED_FOR.test(text.slice(Math.max(0, starts[i] - SCHEDULED_REACH), starts[i]))) ||
      (c.weekday !== undefined &&
        BEFORE_THE_EVENT.test(text.slice(Math.max(0, c.start - 30), c.start)) &&
        /^['\u2019]s\b/.test(text.slice(c.end, c.end + 3)));
    // With its modifier the expression is "the end of September", which the parse hangs on the verb
    // ("expires at the end of September"), where "September" alone hangs on "end".
    const inCaption = captions.some(([from, to]) => c.start >= from && c.end <= to);
    const tense = rescheduled
      ? "future"
      : said
        ? "past"
        : captionTense(
            inCaption,
            c,
            parsedTense(sentences, starts[i], c.end) ??
              (c.weekday !== undefined && ownedEventAhead(sentences, c.start, c.end) ? "future" : null),
          );
    // "meets Monday" is ahead; "are worth less than in October" is not: a month needs a future to move ahead.
    // ... unless its verb is one of schedule ("the pact, which expires in October").
    // A headline's present reports what happened ("Pope Celebrates Easter Mass"): it does not send a
    // holiday or a date a year ahead. (A weekday keeps it: "Greeks Vote Sunday" announces the vote.)
    const inHeadline = (c.end <= headline || inCaption) && c.weekday === undefined;
    const parsed: Direction | null =
      tense === "present"
        ? inHeadline || (c.monthOnly && !presentScheduled(sentences, starts[i], c.end))
          ? null
          : "future"
        : tense;
    // The expressions next to this one that count from the story's last date ("The next day, May 30"),
    // or that carry their own "next" or "last" ("at next month's summit"): that word dates them, not
    // the clause of this one.
    const neighbours = chosen
      .slice(Math.max(0, i - NEIGHBOURS), i + NEIGHBOURS + 1)
      .filter(
        (o) =>
          o !== c &&
          (ANAPHORIC_LEAD.test(text.slice(o.start, o.end)) ||
            /^(?:next|last)\b/i.test(text.slice(o.start, o.end))),
      );
    const lexical = parsed ?? directionAt(text, c.start, c.end, neighbours);
    const present =
      lexical === "none" && c.weekday !== undefined && presentBefore(sentences, text, c.start, c.end);
    return {
      parsed,
      direction: present ? "future" : lexical,
      set: rescheduled,
      presentTense: tense === "present",
    };
  });
  const weekdayDirection = weekdayVotes(chosen, directions);
  const out: TaggedTimex[] = [];
  // Whether each expression in `out` is a month or a weekday named alone, which a list may join.
  const kinds: Listed[] = [];
  // The year the story was at before each expression in `out` was read.
  const yearsBefore: Array<number | null> = [];
  let anchor: Day | null = null;
  let anchorEnd: number | null = null;
  let anchorMonth: { y: number; m: number } | null = null;
  let anchorYear: number | null = null;
  let anchorDecade: number | null = null;
  let anchorYearWrittenEnd: number | null = null;
  let writtenYear: number | null = null;
  let latest: ResolveContext["latest"] = null;
  let anchorQuarter: { y: number; q: number; end: number } | null = null;
  for (const [i, c] of chosen.entries()) {
    const start = starts[i];
    const { parsed, direction, set, presentTense } = directions[i];
    // "he soon found himself a witness": in a past clause "soon" is shortly after the story's event,
    // no time still to come ("was unlikely to leave any time soon", "a report expected soon" still are).
    if (
      c.rule === "future-ref" &&
      parsed === "past" &&
      /^soon$/i.test(text.slice(c.start, c.end)) &&
      !SOON_AHEAD.test(text.slice(Math.max(0, c.start - 20), c.start))
    )
      continue;
    let resolved = c.resolve({
      dct: dctDay,
      anchor,
      anchorEnd,
      anchorMonth,
      anchorYear,
      anchorDecade,
      anchorYearWrittenEnd,
      writtenYear,
      anchorQuarter,
      latest,
      // The story's majority settles a weekday whose own clause is unclear, not one the parse puts in
      // the past: "died Thursday" is last Thursday even when another mention of Thursday looks ahead;
      // nor one a schedule sets ahead ("a session scheduled for Monday").
      direction:
        c.weekday !== undefined &&
        parsed !== "past" &&
        !set &&
        !(
          parsed === "future" &&
          WILL_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) &&
          !/^['\u2019]s\b/.test(text.slice(c.end, c.end + 3))
        ) &&
        !frontedBeforeWill(text, c) &&
        !(parsed === null && direction === "future" && !/^['\u2019]s\b/.test(text.slice(c.end, c.end + 3)))
          ? (weekdayDirection.get(c.weekday) ?? direction)
          : direction,
      parsedPast: parsed === "past",
      parsedPresent: presentTense,
    });
    resolved =
      listedDates(text, out, kinds, yearsBefore, start, c, resolved, direction === "past" ? dctDay : null) ??
      resolved;
    kinds.push(listedKind(c, resolved));
    yearsBefore.push(anchorYear);
    const anchorValue = resolved.anchorAs ?? resolved.value;
    const dayValue = /^(\d{4})-(\d{2})-(\d{2})/.exec(anchorValue);
    if (dayValue && c.type !== "DURATION" && c.type !== "SET") {
      anchor = parseDay(anchorValue);
      anchorEnd = c.end;
    }
    const monthValue = /^(\d{4})-(\d{2})(?:$|-)/.exec(anchorValue);
    if (monthValue && c.type !== "DURATION" && c.type !== "SET")
      anchorMonth = { y: Number(monthValue[1]), m: Number(monthValue[2]) };
    const yearValue = /^(\d{4})(?:$|-)/.exec(anchorValue);
    if (c.type !== "DURATION" && c.type !== "SET") {
      const decadeValue = /^(\d{3})$/.exec(anchorValue);
      if (decadeValue) anchorDecade = Number(decadeValue[1]);
      else if (yearValue) anchorDecade = null;
    }
    if (yearValue && c.type !== "DURATION" && c.type !== "SET") {
      // A year the story stays in ("in 2018 ... in June of that year") keeps having been written out.
      const y = Number(yearValue[1]);
      const written = /\b\d{4}\b/.test(text.slice(start, c.end));
      if (written) writtenYear = y;
      if (written || (anchorYearWrittenEnd !== null && y === anchorYear)) anchorYearWrittenEnd = c.end;
      else anchorYearWrittenEnd = null;
      anchorYear = y;
      // A week ("last week") is finer than a month given before it: "a month earlier" no longer counts from that.
      if (/^\d{4}-W/.test(anchorValue)) latest = null;
      else latest = dayValue ? "day" : monthValue ? "month" : /^\d{4}$/.test(anchorValue) ? "year" : latest;
    }
    // Only a quarter named outright anchors: one read off "a year earlier" would shift again.
    const quarterValue = /^(\d{4})-Q([1-4])$/.exec(resolved.value);
    if (quarterValue && !QUARTER_FOLLOWERS.has(c.rule))
      anchorQuarter = { y: Number(quarterValue[1]), q: Number(quarterValue[2]), end: c.end };
    out.push({
      start,
      end: c.end,
      text: text.slice(start, c.end),
      type: c.type,
      value: resolved.value,
      granularity: resolved.granularity,
      rule: c.rule,
    });
  }
  return out;
}
