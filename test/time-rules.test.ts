// Time expressions in sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentSchema } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";
import { settleArticleDate } from "../src/time/article-date.js";
import { dateFor, timexFor } from "../src/time/stage.js";
import { tagTimexes } from "../src/time/tagger.js";

const one = (text: string, dct: string | null, surface: string) => {
  const hit = tagTimexes(text, dct).find((t) => t.text === surface);
  assert.ok(hit, `expected "${surface}" in: ${JSON.stringify(tagTimexes(text, dct).map((t) => t.text))}`);
  return hit;
};

test("a bare weekday is the latest one; a future tense looks ahead", () => {
  // 2022-03-09 is a Wednesday.
  assert.equal(one("The ministers met on Monday in Geneva.", "2022-03-09", "Monday").value, "2022-03-07");
  assert.equal(
    one("The ministers will meet on Monday in Geneva.", "2022-03-09", "Monday").value,
    "2022-03-14",
  );
  assert.equal(
    one("The envoy said Friday that no deal was near.", "2022-03-09", "Friday").value,
    "2022-03-04",
  );
  assert.equal(one("Talks are scheduled to resume Friday.", "2022-03-09", "Friday").value, "2022-03-11");
  assert.equal(one("The vote happened last Wednesday.", "2022-03-09", "last Wednesday").value, "2022-03-02");
  assert.equal(
    one("Voters go to the polls this coming Sunday.", "2022-03-09", "this coming Sunday").value,
    "2022-03-13",
  );
});

test("weeks, months and years relative to the article date", () => {
  const t = one("The council met last week and will meet again next month.", "2022-03-09", "last week");
  assert.equal(t.type, "DATE");
  assert.equal(t.value, "2022-W09");
  assert.equal(t.granularity, "week");
  assert.equal(
    one("The council met last week and will meet again next month.", "2022-03-09", "next month").value,
    "2022-04",
  );
  assert.equal(one("Exports fell this year.", "2022-03-09", "this year").value, "2022");
  assert.equal(one("The treaty was signed in 2019.", "2022-03-09", "2019").value, "2019");
  assert.equal(one("Prices rose in the third quarter.", "2022-11-02", "the third quarter").value, "2022-Q3");
  assert.equal(
    one("The invasion began more than a week ago.", "2022-03-07", "more than a week ago").value,
    "2022-W09",
  );
});

test("'two days later' counts from the last date the text gave", () => {
  const text = "The summit opened on March 1, 2022. Two days later the talks collapsed.";
  assert.equal(one(text, "2022-03-09", "March 1, 2022").value, "2022-03-01");
  assert.equal(one(text, "2022-03-09", "Two days later").value, "2022-03-03");
});

test("durations and sets", () => {
  assert.equal(one("The siege lasted for three years.", "2022-03-09", "three years").value, "P3Y");
  const past = one("Prices doubled over the past six months.", "2022-03-09", "the past six months");
  assert.equal(past.type, "DURATION");
  assert.equal(past.value, "P6M");
  assert.equal(one("He began a four-day visit.", "2022-03-09", "four-day").value, "P4D");
  assert.equal(
    one("The meeting ran more than two hours.", "2022-03-09", "more than two hours").value,
    "PT2H",
  );
  const set = one("Inspectors report every month.", "2022-03-09", "every month");
  assert.equal(set.type, "SET");
  assert.equal(set.value, "P1M");
});

test("vague references and clock times", () => {
  assert.equal(one("Officials are now reviewing the plan.", "2022-03-09", "now").value, "PRESENT_REF");
  assert.equal(one("The town was shelled yesterday.", "2022-03-09", "yesterday").value, "2022-03-08");
  const clock = one("The statement came at 5 p.m. on Tuesday.", "2022-03-09", "5 p.m. on Tuesday");
  assert.equal(clock.type, "TIME");
  assert.equal(clock.value, "2022-03-08T17:00");
});

test("words that look like dates but are not", () => {
  const text =
    "Sun Microsystems may march on; three-quarters of the vote and a score of 1/2 went daily newspaper sales.";
  const found = tagTimexes(text, "2022-03-09").map((t) => t.text);
  assert.deepEqual(found, []);
});

test("without an article date, relative expressions stay underspecified", () => {
  assert.equal(one("The ministers met on Monday.", null, "Monday").value, "XXXX-WXX-1");
  assert.equal(one("The deal was signed on March 3, 2021.", null, "March 3, 2021").value, "2021-03-03");
});

test("hostile input: 100 KB of digits and month names finishes and finds nothing absurd", () => {
  const digits = "1234567890".repeat(10_000);
  assert.deepEqual(tagTimexes(digits, "2022-03-09"), []);
  const months = "March May June 2019 ".repeat(5_000);
  const tags = tagTimexes(months, "2022-03-09");
  assert.ok(tags.length > 0);
  for (const t of tags) assert.ok(t.end - t.start <= 40, `span too long: ${t.text}`);
  assert.deepEqual(tagTimexes("", "2022-03-09"), []);
});

test("article date: metadata kept, else dateline, else the latest full date in the text", () => {
  const base = { body: "", captions: [], published: null, publishedSource: "none" as const };
  assert.deepEqual(settleArticleDate({ ...base, published: "2021-05-04", publishedSource: "metadata" }), {
    published: "2021-05-04",
    source: "metadata",
    confidence: 0.95,
  });
  const dateline = settleArticleDate({
    ...base,
    body: "GENEVA, April 2, 2021 (Wire) - Envoys met on Thursday.",
  });
  assert.equal(dateline.published, "2021-04-02");
  assert.equal(dateline.source, "dateline");
  const text = settleArticleDate({
    ...base,
    body: "The pact of June 1, 2019 was replaced.\n\nOn July 9, 2020 the new one began, two years after talks.",
  });
  assert.equal(text.published, "2020-07-09");
  assert.equal(text.source, "text");
  assert.deepEqual(settleArticleDate({ ...base, body: "No dates here." }), {
    published: null,
    source: "none",
    confidence: 0,
  });
});

test("timexFor picks the clause's calendar date, not durations", () => {
  const body = "Envoys talked for two hours on March 3, 2022. They left.";
  const doc = DocumentSchema.parse({
    ...textDocument("t", body, "2022-03-09"),
    timexes: tagTimexes(body, "2022-03-09").map(({ rule: _r, ...t }) => t),
  });
  assert.equal(timexFor(doc, 0, 45)?.value, "2022-03-03");
  assert.equal(timexFor(doc, 46, body.length), null);
  assert.deepEqual(dateFor(doc, 0, 45), { date: "2022-03-03", dateSource: "clause" });
  assert.deepEqual(dateFor(doc, 46, body.length), { date: "2022-03-09", dateSource: "article" });
  assert.deepEqual(dateFor({ ...doc, published: null }, 46, body.length), { date: null, dateSource: "none" });
});

test("'the next day', 'the previous night' count from the last date the story gave", () => {
  const text = "The embassy was bombed on Aug. 7, 1998. The next day, investigators arrived.";
  const next = one(text, "1998-08-20", "The next day");
  assert.equal(next.type, "DATE");
  assert.equal(next.value, "1998-08-08");
  assert.equal(
    one("Stocks closed at 900 on Tuesday, down from 950 the previous day.", "1998-08-07", "the previous day")
      .value,
    "1998-08-03",
  );
  const night = one(
    "He was arrested on March 3. The night before, he had fled.",
    "1998-08-07",
    "The night before",
  );
  assert.equal(night.type, "TIME");
  assert.equal(night.value, "1998-03-02TNI");
  assert.equal(one("He left later in the day.", "1998-08-07", "the day").value, "1998-08-07");
});

test("clock times: parts of the day, midnight, universal time", () => {
  assert.equal(
    one("The blast came at 10:30 in the morning.", "1998-08-07", "10:30 in the morning").value,
    "1998-08-07T10:30",
  );
  assert.equal(
    one("The deadline will expire at midnight Friday.", "1998-08-05", "midnight Friday").value,
    "1998-08-07T24:00",
  );
  assert.equal(
    one("Crowds gathered by mid afternoon.", "1998-08-07", "mid afternoon").value,
    "1998-08-07TAF",
  );
  const gmt = one("The rebels struck at 2:30 a.m. (1930 GMT Tuesday).", "1998-08-07", "1930 GMT Tuesday");
  assert.equal(gmt.type, "TIME");
  assert.equal(gmt.value, "1998-08-04T19:30");
  assert.equal(one("Since Friday, 20 people have died.", "1998-08-09", "Friday").value, "1998-08-07");
});

test("holidays, 'the year 2000', recurring sets and periods named by 'the past year'", () => {
  assert.equal(
    one("Celebrations on New Year's Eve were muted.", "1998-12-10", "New Year's Eve").value,
    "1997-12-31",
  );
  assert.equal(one("He will return for Easter.", "1998-12-10", "Easter").value, "1999-04-04");
  assert.equal(one("He was arrested at Easter 1996.", "1998-12-10", "Easter 1996").value, "1996-04-07");
  assert.equal(one("Banks must be ready by the year 2000.", "1998-12-10", "the year 2000").value, "2000");
  assert.equal(one("The committee meets every two weeks.", "1998-12-10", "every two weeks").value, "P2W");
  assert.equal(one("Tourists come every summer.", "1998-12-10", "every summer").value, "XXXX-SU");
  const decade = one("Crime fell over the last decade.", "1998-02-06", "the last decade");
  assert.equal(decade.type, "DATE");
  assert.equal(decade.value, "198");
  const recent = one("Trade has grown in recent years.", "1998-02-06", "recent years");
  assert.equal(recent.type, "DURATION");
  assert.equal(recent.value, "PXY");
});

test("'the night of Aug. 2' keeps its date; 'Wednesday of next week' is in that week", () => {
  // 1998-08-07 is a Friday.
  const night = one("The attack happened on the night of Aug. 2.", "1998-08-07", "the night of Aug. 2");
  assert.equal(night.type, "TIME");
  assert.equal(night.value, "1998-08-02TNI");
  assert.equal(
    one("The vote is on Wednesday of next week.", "1998-08-07", "Wednesday of next week").value,
    "1998-08-12",
  );
  assert.equal(one("The week-long strike ended.", "1998-08-07", "week-long").value, "P1W");
  assert.equal(tagTimexes("The club won the first half.", "1998-08-07").length, 0);
});

test("a month range shares the year of its end", () => {
  const text = "In January-November, exports rose 5 percent.";
  assert.equal(one(text, "1998-12-03", "January").value, "1998-01");
  assert.equal(one(text, "1998-12-03", "November").value, "1998-11");
  assert.equal(one("The season runs from December to March.", "1998-12-03", "December").value, "1998-12");
});

test("'two years later' after a year counts from that year", () => {
  const text = "He left on Friday. In 1995 he joined the party. Two years later, he was elected.";
  assert.equal(one(text, "1998-08-07", "Two years later").value, "1997");
});

test("comparison periods, ordinal days, and numbers or names that are not dates", () => {
  assert.equal(
    one("Exports rose 5 percent over the same period last year.", "1998-12-03", "the same period last year")
      .value,
    "1997",
  );
  assert.equal(
    one("It's the second day of an offensive by the army.", "1998-03-06", "the second day").value,
    "1998-03-06",
  );
  const texts = (text: string) => tagTimexes(text, "1990-08-15").map((t) => t.text);
  assert.deepEqual(texts("The council adopted Resolution 1559 after a debate."), []);
  assert.deepEqual(texts("Ambassador April Glaspie met Saddam in July."), ["July"]);
  assert.deepEqual(texts("He lives at 1600 Pennsylvania Avenue."), []);
});

test("a story's weekday is one day: its mentions follow the majority, and a tie looks ahead", () => {
  // 2022-03-11 is a Friday.
  const text =
    "The court ruled Wednesday. The ruling was published Wednesday. Lawyers said they would appeal Wednesday's ruling.";
  assert.deepEqual(
    tagTimexes(text, "2022-03-11").map((t) => t.value),
    ["2022-03-09", "2022-03-09", "2022-03-09"],
  );
  // 2022-03-07 is a Monday: the trip is planned, so "headed Tuesday" is tomorrow too.
  const trip = "The envoy headed Tuesday to Nairobi. She is scheduled to land Tuesday morning.";
  assert.deepEqual(
    tagTimexes(trip, "2022-03-07").map((t) => t.value),
    ["2022-03-08", "2022-03-08TMO"],
  );
  // "last Tuesday" keeps its own direction and does not vote.
  assert.equal(
    one("He left last Tuesday and will return Tuesday.", "2022-03-09", "last Tuesday").value,
    "2022-03-08",
  );
});

test("'daily', 'weekly', 'monthly' are SETs of one period", () => {
  const t = one("The ferry runs daily.", "2022-03-09", "daily");
  assert.equal(t.type, "SET");
  assert.equal(t.value, "P1D");
  assert.equal(one("The magazine appears monthly.", "2022-03-09", "monthly").value, "P1M");
});

test("words that only look like dates: 'this march', 'the March for Life', 'sat down'", () => {
  const text = "Thousands joined the March for Life; at this march he sat down with the marchers.";
  assert.deepEqual(
    tagTimexes(text, "1999-01-22").map((t) => t.text),
    [],
  );
});

test("names that hold a month or a weekday: 'the March on Harbor Street', 'Mar-a-Lago', 'Sunday school'", () => {
  const text =
    "Veterans of the March on Harbor Street met at Mar-a-Lago, where a Sunday school teacher spoke; " +
    "NBC's Sunday Today aired it. In March on Capitol Hill the bill stalled, and on Sunday it died.";
  assert.deepEqual(
    tagTimexes(text, "2031-05-14").map((t) => [t.text, t.value]),
    [
      ["March", "2031-03"],
      ["Sunday", "2031-05-11"],
    ],
    "an event, a resort, a kind of school and a programme are no dates; the month and the day in the last sentence are",
  );
});

test("'4 in the morning', 'at midday', 'earlier that day', 'last Thanksgiving'", () => {
  assert.equal(
    one("He will leave at 4 in the morning.", "2000-04-05", "4 in the morning").value,
    "2000-04-05T04:00",
  );
  assert.equal(one("The court sits at midday.", "1999-10-08", "midday").value, "1999-10-08T12:00");
  const day = one(
    "He was shot on Oct. 23, 1998. Earlier that day, a fax was sent.",
    "1999-01-10",
    "Earlier that day",
  );
  assert.equal(day.value, "1998-10-23");
  // Only a month was given: "that same day" is some day of it.
  assert.equal(
    one("He was shot last October. His name was crossed out that same day.", "1999-02-06", "that same day")
      .value,
    "1998-10-XX",
  );
  assert.equal(one("They met last Thanksgiving.", "2000-02-10", "last Thanksgiving").value, "1999-11-25");
  // A bracket opened before the time is not part of it.
  assert.equal(one("He leaves at dawn (4 a.m. EDT Thursday).", "2000-04-05", "4 a.m. EDT Thursday").end, 38);
});

test("a month and day a few weeks back is this year's, whatever the clause's verb", () => {
  // 1998-09-07: "Aug. 13" is three weeks back, not eleven months ahead.
  assert.equal(
    one("Notices put out on Aug. 13 suggest that visitors will be safe.", "1998-09-07", "Aug. 13").value,
    "1998-08-13",
  );
});

test("'around' before a possessive weekday belongs to the verb ('get around Wednesday's ruling')", () => {
  assert.equal(
    one("They will look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday").text,
    "Wednesday",
  );
  assert.equal(one("The deal closes around Nov. 1.", "2000-10-07", "around Nov. 1").value, "2000-11-01");
});

test("a price before a weekday is not its clock time ('fell 6.43, on Friday')", () => {
  // 1989-10-30 is a Monday.
  assert.equal(one("The index fell 6.43, on Friday, to 437.68.", "1989-10-30", "Friday").value, "1989-10-27");
  assert.equal(one("Shares closed at 12.50 on Monday.", "1989-10-30", "Monday").value, "1989-10-30");
});

test("'a few days later' is a stretch of unstated length, 'later' left out; 'two days later' is a date", () => {
  const text =
    "The ferry sank on Monday. A few days later the divers gave up. Two days later they came back.";
  const few = one(text, "2022-03-09", "A few days");
  assert.deepEqual([few.type, few.value], ["DURATION", "PXD"]);
  assert.equal(one(text, "2022-03-09", "Two days later").value, "2022-03-09");
  assert.equal(
    one("Several hours earlier the pier had closed.", "2022-03-09", "Several hours").value,
    "PTXH",
  );
  // "ago" counts from the article's date: the expression keeps it.
  assert.equal(
    one("The pier closed several years ago.", "2022-03-09", "several years ago").value,
    "PAST_REF",
  );
});

test("'late March of last year' is one month of the year named", () => {
  assert.equal(
    one("By late March of last year the pier was shut.", "2015-06-23", "late March of last year").value,
    "2014-03",
  );
  assert.equal(
    one("In June of this year the pier reopened.", "2015-06-23", "June of this year").value,
    "2015-06",
  );
});

test("the newspaper USA Today is not the day", () => {
  const text =
    "Jane Roe, USA TODAY\n\nThe council voted today to close the pier. USA Today reported it first.";
  assert.deepEqual(
    tagTimexes(text, "2022-03-09").map((t) => [t.text, t.value]),
    [["today", "2022-03-09"]],
  );
});

test("a programme's title is not a time ('Saturday Night Live'); 'Saturday night' still is", () => {
  const text = "The sketch aired on Saturday Night Live. The pier closed Saturday night.";
  assert.deepEqual(
    tagTimexes(text, "2022-03-09").map((t) => [t.text, t.value]),
    [["Saturday night", "2022-03-05TNI"]],
  );
});

test("'that spring', 'that month', 'that week', 'that quarter' are periods of the date the story gave last", () => {
  const text = "The ferry sank on Aug. 7, 1998. That month the port closed; that week no ship sailed.";
  assert.equal(one(text, "2000-04-23", "That month").value, "1998-08");
  assert.equal(one(text, "2000-04-23", "that week").value, "1998-W32");
  assert.equal(
    one("The pier opened in 1996. That spring it flooded.", "2000-04-23", "That spring").value,
    "1996-SP",
  );
  const q = "Profit rose in the third quarter. Sales that quarter were flat.";
  assert.equal(one(q, "1989-11-02", "that quarter").value, "1989-Q3");
});

test("a named day ('Super Tuesday', 'Good Friday') is not the latest such weekday", () => {
  const text = "Ten states vote on Super Tuesday. The shops opened on Good Friday. The council met Tuesday.";
  assert.deepEqual(
    tagTimexes(text, "2022-03-09").map((t) => [t.text, t.value]),
    [["Tuesday", "2022-03-08"]],
  );
});

test("'that' before a season points back only at a sentence's start or after a preposition", () => {
  assert.deepEqual(
    tagTimexes("Nations that fall behind lose out. Firms that spring up fail.", "2022-03-09").map(
      (t) => t.text,
    ),
    [],
  );
  assert.equal(
    one("The pier opened in 1996. Later that summer it flooded.", "2022-03-09", "Later that summer").value,
    "1996-SU",
  );
});

test("'the Sept. 11 attacks', 'a September 11th-style attack', 'post-Sept. 11': the day of the 2001 attacks", () => {
  const dct = "2031-06-03";
  const pairs = (text: string, date: string) => tagTimexes(text, date).map((t) => [t.text, t.value]);
  assert.deepEqual(
    pairs(
      "Airport checks tightened after the Sept. 11 attacks and again in the post-September 11th era.",
      dct,
    ),
    [
      ["Sept. 11", "2001-09-11"],
      ["September 11th", "2001-09-11"],
    ],
    "the attacks name their day, not the latest September 11",
  );
  assert.deepEqual(
    pairs("The council meets on Sept. 11 to vote.", dct),
    [["Sept. 11", "2031-09-11"]],
    "a Sept. 11 with no cue is any other date",
  );
  assert.deepEqual(
    pairs("Banks feared a September 11-style attack.", "1999-06-03"),
    [["September 11", "1999-09-11"]],
    "before 2001 there were no such attacks to point to",
  );
  assert.notEqual(
    pairs("Guards fled the consulate in Benghazi during the Sept. 11 terror attack.", "2013-06-03")[0]?.[1],
    "2001-09-11",
    "a story about the 2012 Benghazi attack keeps its own September 11",
  );
});

test("'a January poll', 'his June call': a document or call named by its month alone is one already out", () => {
  assert.equal(
    one("Support rose to 60 percent, up from 54 percent in a January poll.", "2031-10-26", "January").value,
    "2031-01",
    "a poll named by its month is the latest such month's, not the coming January's",
  );
  assert.equal(
    one("The mayor will release a transcript of his June call with the governor.", "2031-09-24", "June")
      .value,
    "2031-06",
    "the future belongs to the release, not to the call",
  );
  assert.equal(
    one("The agency will publish its December report on jobs.", "2031-11-10", "December").value,
    "2031-12",
    "a report that a future verb takes as its object is still to come",
  );
  assert.equal(
    one("The board votes at the December meeting.", "2031-11-10", "December").value,
    "2031-12",
    "a meeting is no document: left as before",
  );
});
