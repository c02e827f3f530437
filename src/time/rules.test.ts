// Rule-level readings of relative expressions. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "./tagger.js";
import { parsedSentence, type Row, valueAt } from "./test-helpers.js";

test("'a decade later' after a year counts from that year, not from an earlier day", () => {
  const text = "The dam opened on May 5, 1961. A levy was set in 1994, and it was lifted a decade later.";
  assert.equal(valueAt(text, "2031-11-19", "a decade later"), "200");
});

test("a capitalised 'Daily' inside a name or title is not a SET", () => {
  const out = tagTimexes("She wrote for the Daily Ledger before joining a daily show.", "2031-05-01");
  assert.deepEqual(out, []);
  assert.equal(valueAt("The rallies now happen daily.", "2031-05-01", "daily"), "P1D");
});

test("a holiday a few weeks off is that one, whatever the tense of a nearby word", () => {
  // 2031-04-13 is Easter Sunday.
  assert.equal(
    valueAt("The mayor had said he wanted shops open by Easter.", "2031-03-29", "Easter"),
    "2031-04-13",
  );
  assert.equal(valueAt("Families planned Thanksgiving dinners.", "2031-11-20", "Thanksgiving"), "2031-11-27");
  // Further off, the tense still decides.
  assert.equal(valueAt("The family gathered at Christmas.", "2031-06-20", "Christmas"), "2030-12-25");
});

test("'the last day of' is the final day, not a day-long stretch", () => {
  const out = tagTimexes("Talks ran to the last day of the summit.", "2031-05-09");
  assert.deepEqual(out, []);
  assert.equal(valueAt("Prices fell over the last day.", "2031-05-09", "the last day"), "P1D");
});

test("'most recently' before a date leaves the date to say when", () => {
  const out = tagTimexes(
    "The dam has flooded twice, most recently in 2029, and once before that.",
    "2031-05-09",
  );
  assert.deepEqual(
    out.map((t) => t.text),
    ["2029"],
  );
  assert.equal(valueAt("The dam flooded recently.", "2031-05-09", "recently"), "PAST_REF");
});

test("the unit of a rate is not a time expression; nor is 'around the clock' said in hours", () => {
  assert.deepEqual(
    tagTimexes("The ferry carries 900 cars a day and earns $2 million a year.", "2031-05-09"),
    [],
  );
  assert.deepEqual(tagTimexes("The clinic stays open 24 hours a day, seven days a week.", "2031-05-09"), []);
  // A stretch of hours per day is still a stretch of hours.
  assert.equal(valueAt("The crews worked ten hours a day.", "2031-05-09", "ten hours"), "PT10H");
  assert.equal(valueAt("The ferry ran for a day.", "2031-05-09", "a day"), "P1D");
});

test("a model year before a car make is part of the car's name; after 'in' it is the year", () => {
  assert.deepEqual(tagTimexes("Police found her 2024 Subaru Outback near the pier.", "2031-05-09"), []);
  assert.equal(valueAt("In 2024 Subaru opened a plant.", "2031-05-09", "2024"), "2024");
});

test("a GMT time in brackets after the local time restates it and is not tagged again", () => {
  const out = tagTimexes("The quake struck at 4:10 a.m. (2210 GMT) Sunday.", "2031-05-12");
  assert.deepEqual(
    out.map((t) => t.text),
    ["4:10 a.m.", "Sunday"],
  );
  assert.equal(
    valueAt("The polls closed at 1800 GMT Sunday.", "2031-05-12", "1800 GMT Sunday"),
    "2031-05-11T18:00",
  );
});

test("'a month earlier' after a month counts back from that month", () => {
  const text = "Orders for ploughs rose in October from a month earlier.";
  assert.equal(valueAt(text, "2031-11-20", "a month earlier"), "2031-09");
  // A week named in between is finer than that month: the count goes back to the article's day.
  const later = "Exports fell in June. Last week the port reopened, after a strike a month earlier.";
  assert.equal(valueAt(later, "2031-08-20", "a month earlier"), "2031-07");
});

test("a year right after a quarter belongs to it", () => {
  assert.equal(
    valueAt("Steel output rose in fourth quarter 2029.", "2031-02-01", "fourth quarter 2029"),
    "2029-Q4",
  );
  assert.equal(
    valueAt("The third-quarter 2030 loss widened.", "2031-02-01", "third-quarter 2030"),
    "2030-Q3",
  );
  // A count of something after the quarter is not its year.
  assert.equal(
    valueAt("In the third quarter 2030 households moved.", "2031-02-01", "the third quarter"),
    "2030-Q3",
  );
});

test("a count in hundreds or thousands multiplies ('two thousand years' is not 'thousand years')", () => {
  assert.equal(
    valueAt("The walls stood for two thousand years.", "2031-05-09", "two thousand years"),
    "P2000Y",
  );
  assert.equal(
    valueAt("The oaks grew for three hundred years.", "2031-05-09", "three hundred years"),
    "P300Y",
  );
  assert.equal(
    valueAt("The abbey was built nine hundred years ago.", "2031-05-09", "nine hundred years ago"),
    "1131",
  );
});

test("a holiday due within days stays ahead unless the parse puts its clause in the past", () => {
  // 2031-11-27 is Thanksgiving; the story is dated the day before. A past word nearby that governs
  // nothing here ("JUST WATCHED") does not send the holiday back a year.
  assert.equal(
    valueAt("JUST WATCHED: Volunteers carrying Thanksgiving to flood victims.", "2031-11-26", "Thanksgiving"),
    "2031-11-27",
  );
  // Further off, a past word still sends it back.
  assert.equal(valueAt("The family gathered at Christmas.", "2031-12-10", "Christmas"), "2030-12-25");
});

test("'next' or 'last' inside another expression gives no direction to a weekday beside it", () => {
  // 2031-05-21 is a Wednesday; "Tuesday" is yesterday, whatever "next month's" says of the summit.
  assert.equal(
    valueAt(
      "The mayor pledged the aid of the city Tuesday as worries grew over next month's summit.",
      "2031-05-21",
      "Tuesday",
    ),
    "2031-05-20",
  );
});

test("'the past decade' is the ten years up to now; 'the last decade' the decade before this one", () => {
  assert.equal(valueAt("Fares rose over the past decade.", "2031-05-09", "the past decade"), "P10Y");
  assert.equal(valueAt("Seas rose over the past century.", "2031-05-09", "the past century"), "P100Y");
  assert.equal(valueAt("It was the worst storm of the last decade.", "2031-05-09", "the last decade"), "202");
});

test("'at the last minute' is an idiom, not a minute-long stretch", () => {
  assert.deepEqual(tagTimexes("The deal was saved at the last minute.", "2031-05-09"), []);
  assert.deepEqual(tagTimexes("Talks went on until the last second.", "2031-05-09"), []);
  assert.equal(valueAt("Shares fell sharply in the last minute.", "2031-05-09", "the last minute"), "PT1M");
});

test("awards and hyperbole ('Person of the Year', 'the deal of the century') are no dates", () => {
  const dct = "2031-12-11";
  assert.deepEqual(tagTimexes("The magazine named her Person of the Year.", dct), []);
  assert.deepEqual(tagTimexes("Rivals called the merger the heist of the century.", dct), []);
  assert.deepEqual(tagTimexes("The mayor is the flavor of the month.", dct), []);
  assert.equal(valueAt("Sales slowed for much of the year.", dct, "the year"), "2031");
  assert.equal(valueAt("It may flood by the end of the century.", dct, "the end of the century"), "20");
});

test("a newsletter titled 'Overnight ...' and 'overnight' before a service or rate are no night", () => {
  const dct = "2031-05-09";
  assert.deepEqual(tagTimexes("Read more in Overnight Energy: dams and the drought.", dct), []);
  assert.deepEqual(tagTimexes("The courier opened an overnight shipping hub.", dct), []);
  assert.equal(valueAt("Rebels shelled the town overnight.", dct, "overnight"), "2031-05-08TNI");
});

test("'overnight' as 'all at once' (after a negation or 'almost') is no night", () => {
  const dct = "2031-05-09";
  assert.deepEqual(tagTimexes("The shortage will not be solved overnight.", dct), [], "negated");
  assert.deepEqual(tagTimexes("Reform doesn't happen overnight, she said.", dct), [], "negated with n't");
  assert.deepEqual(tagTimexes("The lead vanished almost overnight.", dct), [], "after 'almost'");
  assert.equal(
    valueAt("Officials did not say why rebels shelled the town. Rain fell overnight.", dct, "overnight"),
    "2031-05-08TNI",
    "a negation in another sentence does not count",
  );
});

test("'overnight' is the report's night unless the story's last date was named close by", () => {
  const dct = "2031-05-09";
  const filler =
    "The council has argued over the dam for years, and the engineers say the gates are old. ".repeat(6);
  assert.equal(
    valueAt(`The dam opened on May 5, 1961. ${filler}Crews repaired the gates overnight.`, dct, "overnight"),
    "2031-05-08TNI",
    "a date paragraphs back is not the night's",
  );
  assert.equal(
    valueAt("The marchers reached the border on May 2 and slept overnight on a bridge.", dct, "overnight"),
    "2031-05-01TNI",
    "a date in the same sentence is",
  );
});

test("the unit of a rate a few words after a count is untagged ('4,000 people a day', '8% a year')", () => {
  const dct = "2031-05-09";
  assert.deepEqual(tagTimexes("The clinic sees 4,000 people a day.", dct), []);
  assert.deepEqual(tagTimexes("Fares rose 8% a year.", dct), []);
  assert.deepEqual(tagTimexes("He smoked three packs of cigarettes a day.", dct), []);
  // A stretch of a day after a subject and verb is still one.
  assert.equal(valueAt("Two men spent a day there.", dct, "a day"), "P1D");
});

test("'the first week of June' is one week: the ISO week holding most of those seven days", () => {
  // 2033-06-01 is a Wednesday: June 4 falls in W22 (May 30 - June 5).
  const pairs = (text: string, dct: string) => tagTimexes(text, dct).map((t) => [t.text, t.value]);
  assert.deepEqual(pairs("The fair opens in the first week of June.", "2033-03-10"), [
    ["the first week of June", "2033-W22"],
  ]);
  assert.deepEqual(pairs("Sales peaked in the last week of March.", "2033-04-20"), [
    ["the last week of March", "2033-W13"],
  ]);
  assert.deepEqual(pairs("Work resumes in the second week of next month.", "2033-03-10"), [
    ["the second week of next month", "2033-W15"],
  ]);
  assert.deepEqual(pairs("Hearings are set for the week of April 18.", "2033-03-10"), [
    ["the week of April 18", "2033-W16"],
  ]);
  // What comes after counts from the month inside, not from the article's date.
  assert.equal(
    valueAt(
      "Few shops opened in the first week of March; a month later most had.",
      "2033-06-10",
      "a month later",
    ),
    "2033-04",
  );
});

test("'the first quarter of next year' is next year's quarter", () => {
  assert.equal(
    valueAt(
      "Deliveries begin in the first quarter of next year.",
      "2033-05-10",
      "the first quarter of next year",
    ),
    "2034-Q1",
  );
  assert.equal(
    valueAt(
      "Output fell in the fourth quarter of last year.",
      "2033-05-10",
      "the fourth quarter of last year",
    ),
    "2032-Q4",
  );
});

test("'the year-ago quarter' follows the quarter just named, unless that one is still ahead", () => {
  const text = "The firm said first-quarter profit rose, after a loss in the year-ago quarter.";
  assert.equal(valueAt(text, "2033-03-28", "the year-ago quarter"), "2032-Q1");
  const ahead = "Analysts expect a loss in the third quarter of 2034. The year-ago quarter was weak.";
  assert.equal(valueAt(ahead, "2033-10-20", "The year-ago quarter"), "2032-Q3");
});

test("'the week ended Jan. 2' is the seven days before that date, as 'the year ended June 30' is", () => {
  const out = tagTimexes("Claims fell in the week ended Jan. 2, the department said.", "2033-01-08");
  assert.deepEqual(
    out.map((t) => [t.text, t.type, t.value]),
    [
      ["the week", "DURATION", "P1W"],
      ["Jan. 2", "DATE", "2033-01-02"],
    ],
  );
  // "ended" as the week's own verb leaves the week a date.
  assert.equal(valueAt("The week ended with a vote.", "2033-01-08", "The week"), "2033-W01");
});

test("'the first weekend of May' is that weekend; 'the second half of March' keeps the month's value", () => {
  // 2033-05-07 is the first Saturday of May 2033 (W18); 2033-05-28 the last (W21).
  const pairs = (text: string, dct: string) => tagTimexes(text, dct).map((t) => [t.text, t.value]);
  assert.deepEqual(
    pairs("The first weekend of May is busy; the last weekend of May is busier.", "2033-04-10"),
    [
      ["The first weekend of May", "2033-W18-WE"],
      ["the last weekend of May", "2033-W21-WE"],
    ],
  );
  assert.deepEqual(pairs("Deliveries slowed in the second half of March.", "2033-04-10"), [
    ["the second half of March", "2033-03"],
  ]);
});

test("'daily', 'weekly' in a title or before a name are no SET, as before a lower-case noun", () => {
  const text =
    "Trade Weekly reported it first. Daily Courier, which broke the story, said the weekly Senate lunch and our daily \u201cBriefing\u201d newsletter would go, as would monthly $40 payments and the People's Daily column.";
  assert.deepEqual(
    tagTimexes(text, "2031-05-01").filter((t) => t.type === "SET"),
    [],
  );
  // As an adverb it still is one, capitalised at a sentence's start as well.
  assert.equal(
    valueAt("Daily, the queues grew. Staff met weekly with Ms. Ortiz.", "2031-05-01", "Daily"),
    "P1D",
  );
  assert.equal(valueAt("Staff met weekly with Ms. Ortiz.", "2031-05-01", "weekly"), "P1W");
  assert.equal(valueAt("They meet on a weekly basis.", "2031-05-01", "weekly"), "P1W");
});

test("'each other' before a weekday is the pronoun, not 'every other' week's day", () => {
  const text = "The two leaders blamed each other Thursday, and they meet every other Monday.";
  assert.deepEqual(
    tagTimexes(text, "2031-05-09").map((t) => [t.text, t.type, t.value]),
    [
      ["Thursday", "DATE", "2031-05-08"],
      ["every other Monday", "SET", "XXXX-WXX-1"],
    ],
  );
});

test("'the past couple weeks' without 'of' is two weeks, as 'the past couple of weeks' is", () => {
  const text = "Talks have stalled over the past couple weeks, and a deal may come in the next couple days.";
  assert.deepEqual(
    tagTimexes(text, "2031-05-09").map((t) => [t.text, t.type, t.value]),
    [
      ["the past couple weeks", "DURATION", "P2W"],
      ["the next couple days", "DURATION", "P2D"],
    ],
  );
});

test("'the last year of' a term and 'the last week before' an event are its final ones, not the year or week before this one", () => {
  const text =
    "It was the last year of the Ortiz administration, and polls moved in the last week before the vote and in the last week in June.";
  assert.deepEqual(
    tagTimexes(text, "2031-09-10").map((t) => [t.text, t.value]),
    [["the last week in June", "2031-W26"]],
  );
  // "The last quarter of a century" is twenty-five years, not the last quarter of this year.
  assert.deepEqual(
    tagTimexes("Wages have stalled for the last quarter of a century.", "2031-09-10").map((t) => [
      t.text,
      t.value,
    ]),
    [["the last quarter of a century", "P25Y"]],
  );
  // Without such a stretch after it, "the last year" is still the one before the article's.
  assert.equal(valueAt("Prices rose over the last year.", "2031-09-10", "the last year"), "2030");
});

test("'The Week' with a capital is the magazine, not the article's week", () => {
  const text = "Ana Ruiz told The Week that the week had gone well, as the Week's editors wrote.";
  assert.deepEqual(
    tagTimexes(text, "2031-09-10").map((t) => t.text),
    ["the week"],
  );
});

test("'60 Minutes' and 'This Morning' with capitals are the television programmes, not times", () => {
  const text =
    "She told CBS This Morning and 60 Minutes she would run, 60 minutes after the polls closed this morning.";
  assert.deepEqual(
    tagTimexes(text, "2031-09-10").map((t) => [t.text, t.value]),
    [
      ["60 minutes", "PT60M"],
      ["this morning", "2031-09-10TMO"],
    ],
  );
  // In single quotes the count is no short year either.
  assert.deepEqual(tagTimexes("She gave a '60 Minutes' interview.", "2031-09-10"), []);
});

test("a time noun capitalised after a lower-case 'the' or 'next' is a name's word ('Fight for the Future', 'the Winter War')", () => {
  const text =
    "Fight for the Future held a rally before the Winter War film at the Century cinema; the next Year of the Woman came in the summer.";
  assert.deepEqual(
    tagTimexes(text, "2031-09-10").map((t) => t.text),
    ["the summer"],
  );
  assert.equal(valueAt("The plan will pay off in the future.", "2031-09-10", "the future"), "FUTURE_REF");
});

test("'three years later' after a month counts from that month's year, not from the article's date", () => {
  const text =
    "On May 2, 2031, the yard opened. In July 2032 the navy signed a contract. Three years later, the ship sailed.";
  assert.equal(valueAt(text, "2040-05-01", "Three years later"), "2035");
});

test("'N years earlier' after a year written out counts back from that year, not from the article", () => {
  const text = "The mill was sold in 2027; two years earlier, its owner had fled.";
  assert.equal(valueAt(text, "2040-03-04", "two years earlier"), "2025", "counted back from 2027");
  const month = "The port reopened in May 2029. Three years earlier, a storm had closed it.";
  assert.equal(valueAt(month, "2040-03-04", "Three years earlier"), "2026", "counted back from May 2029");
  const decade = "The canal was dug in 1992, and the first plans date from a decade earlier.";
  assert.equal(valueAt(decade, "2040-03-04", "a decade earlier"), "198", "the decade before 1992");
});

test("'a year earlier' after a year read off 'a year ago' does not shift a second time", () => {
  const text = "Sales rose from a year ago. Profits fell from a year earlier.";
  assert.equal(valueAt(text, "2031-06-10", "a year earlier"), "2030", "one year back, not two");
});

test("'now, N years later' is the present the story has reached, not N years after the article", () => {
  const text = "The plant closed in 2014. Now, over 17 years later, the town is rebuilding.";
  assert.equal(valueAt(text, "2031-09-10", "17 years later"), "2031");
  assert.equal(
    valueAt(
      "Here we are almost five years later, and the law stands.",
      "2031-09-10",
      "almost five years later",
    ),
    "2031",
  );
});

test("'fifty years later' with no date of the story to count from reaches today, not fifty years ahead", () => {
  const text = "The dam was built by hand. Fifty years later, the town still depends on it.";
  assert.equal(valueAt(text, "2031-09-10", "Fifty years later"), "2031");
  // A clause that looks ahead keeps the count from today.
  assert.equal(valueAt("The debt will be repaid ten years later.", "2031-09-10", "ten years later"), "2041");
});

test("'the latest period' after a finished quarter the story named is that quarter", () => {
  // A fiscal quarter named outright: the company's, which the calendar would not give.
  const text =
    "The grower earned $4 million in its fiscal second quarter. The latest period included a land sale.";
  assert.equal(valueAt(text, "2031-10-20", "The latest period"), "2031-Q2");
  // The article's own quarter has not ended: named ahead ("a fourth-quarter charge"), it is a forecast's.
  const ahead = "The flood will mean a fourth-quarter charge. Profit fell in the latest quarter.";
  assert.equal(valueAt(ahead, "2031-10-20", "the latest quarter"), "2031-Q3");
});

test("'the 2031 period' is the counterpart of a quarter named close by, not of one named in passing far back", () => {
  const passing =
    "The brewer posted a 9% gain in third-quarter profit. After a flat second quarter, it raised prices on its lagers " +
    "and ales across the region, cut the cost of its bottles and cans, closed two small plants in the north, and " +
    "moved its bottling lines to the coast. Sales also rose in its taprooms, helped by a warm autumn and a new seasonal " +
    "beer. Its chief executive, speaking to brokers on a call, said the brewer would keep its dividend, hire more " +
    "drivers and open a visitor centre beside the old malt house. Freight costs were lower in the 2031 period as well.";
  assert.equal(valueAt(passing, "2031-11-02", "the 2031 period"), "2031-Q3");
  const close = "After a flat second quarter, costs were lower in the 2031 period.";
  assert.equal(valueAt(close, "2031-11-02", "the 2031 period"), "2031-Q2");
});

test("'the first two quarters of 2032' is that year's first half", () => {
  const text = "Brokers expect weak demand through the first two quarters of 2032.";
  assert.equal(valueAt(text, "2031-10-20", "the first two quarters of 2032"), "2032-H1");
  assert.equal(
    valueAt("Sales lagged in the last two quarters of 2030.", "2031-10-20", "the last two quarters of 2030"),
    "2030-H2",
  );
});

test("a month 'of that year' is of the year the story is at; months listed before it are too", () => {
  assert.equal(
    valueAt("The mill shut in 2019. It reopened in June of that year.", "2031-05-01", "June of that year"),
    "2019-06",
  );
  assert.equal(
    valueAt(
      "She won the seat in 2024 and took it up in January of the following year.",
      "2031-05-01",
      "January of the following year",
    ),
    "2025-01",
  );
  // "March" alone would lie in the article's year; in the list it is 2026's.
  const listed = "The mayor won in 2026 despite trailing in March and August of that year.";
  assert.equal(valueAt(listed, "2031-06-08", "March"), "2026-03");
  assert.equal(valueAt(listed, "2031-06-08", "August of that year"), "2026-08");
});

test("'year-end 2029' is the end of the year written after it", () => {
  assert.equal(
    valueAt("Stocks fell to 80 tons from 95 tons at year-end 2029.", "2031-03-11", "year-end 2029"),
    "2029",
  );
});

test("'the year' in a past clause after a year just written out is that year; ahead or in the present it is today's", () => {
  // The canal opened in 2009. By the end of the year the barges had gone.
  const first = "The canal opened in 2009. ";
  const rows: Row[] = [
    ["By", "IN", 3, "case"],
    ["the", "DT", 3, "det"],
    ["end", "NN", 10, "obl"],
    ["of", "IN", 6, "case"],
    ["the", "DT", 6, "det"],
    ["year", "NN", 3, "nmod"],
    ["the", "DT", 8, "det"],
    ["barges", "NNS", 10, "nsubj"],
    ["had", "VBD", 10, "aux"],
    ["gone", "VBN", 0, "root", "go"],
  ];
  const past = parsedSentence(rows, first.length);
  const text = first + rows.map((r) => r[0]).join(" ");
  assert.equal(valueAt(text, "2031-05-01", "the end of the year", [past]), "2009");
  // "... the barges will go": ahead, so the article's year.
  const aheadRows: Row[] = [...rows.slice(0, 8), ["will", "MD", 10, "aux"], ["go", "VB", 0, "root"]];
  const ahead = first + aheadRows.map((r) => r[0]).join(" ");
  assert.equal(
    valueAt(ahead, "2031-05-01", "the end of the year", [parsedSentence(aheadRows, first.length)]),
    "2031",
  );
  // Unparsed, the clause says nothing sure: the article's year.
  assert.equal(valueAt(text, "2031-05-01", "the end of the year"), "2031");
  // A year only counted back ("higher than a year ago") is a comparison, not the story's year.
  const counted = "Rents were higher than two years ago. ";
  const countedText = counted + rows.map((r) => r[0]).join(" ");
  assert.equal(
    valueAt(countedText, "2031-05-01", "the end of the year", [parsedSentence(rows, counted.length)]),
    "2031",
  );
});

test("'that year' after a weekday of the article's week is the year written out before, not the article's", () => {
  const text =
    "The singer was fined in July 2009. A clerk confirmed Friday that he paid in October of that year.";
  assert.equal(valueAt(text, "2031-02-18", "October of that year"), "2009-10");
  const bare = "The singer was fined in July 2009. A clerk said Friday that the fine was paid that year.";
  assert.equal(valueAt(bare, "2031-02-18", "that year"), "2009");
  // With no other year written out, the article's year is all there is.
  assert.equal(
    valueAt("Sales rose on Monday. Profits that year were high.", "2031-02-18", "that year"),
    "2031",
  );
});

test("'the year before' / 'the month after' ending a phrase is the one next to the story's", () => {
  assert.equal(
    valueAt(
      "The mill closed in 2021. The year before, it had lost its biggest buyer.",
      "2031-05-01",
      "The year before",
    ),
    "2020",
  );
  assert.equal(valueAt("Exports rose in 2027 from the year prior.", "2031-05-01", "the year prior"), "2026");
  assert.equal(
    valueAt("Rents rose in June 2029 after falling the month before.", "2031-05-01", "the month before"),
    "2029-05",
  );
  // "the year before the flood" counts from the flood, which is not dated.
  assert.deepEqual(tagTimexes("She moved in the year before the flood.", "2031-05-01"), []);
});

test("'Election Day' is the US general election the story is near: the coming one in its campaign, else the last", () => {
  // 2030-11-05 and 2032-11-02 are the Tuesdays after the first Mondays of November.
  assert.equal(
    valueAt("Volunteers knocked on doors before Election Day.", "2030-09-12", "Election Day"),
    "2030-11-05",
  );
  assert.equal(
    valueAt("Turnout on Election Day was the highest in decades.", "2030-12-01", "Election Day"),
    "2030-11-05",
  );
  assert.equal(
    valueAt("Since Election Day, the party has been split.", "2031-04-20", "Election Day"),
    "2030-11-05",
  );
  // A presidential campaign is talked of from the summer before.
  assert.equal(valueAt("Donors worried about Election Day.", "2031-09-01", "Election Day"), "2032-11-02");
  // Close to an odd year's Election Day, state races are that one.
  assert.equal(valueAt("It is Election Day in two states.", "2031-11-04", "Election Day"), "2031-11-04");
});

test("'FY2031' and 'FY 2030' are fiscal years, as 'fiscal 2030' is", () => {
  const text = "The agency spent less in FY2031 than in FY 2030.";
  assert.equal(valueAt(text, "2031-05-01", "FY2031"), "2031");
  assert.equal(valueAt(text, "2031-05-01", "FY 2030"), "2030");
});

test("a holiday after 'since' has come already: the latest one, however near the next", () => {
  // Thanksgiving falls on 2031-11-27 and fell on 2030-11-28.
  assert.equal(
    valueAt("Turnout has climbed since Thanksgiving.", "2031-11-24", "Thanksgiving"),
    "2030-11-28",
    "'since Thanksgiving' three days before the next one is last year's",
  );
  assert.equal(
    valueAt("The depot has been shut since Christmas.", "2031-12-22", "Christmas"),
    "2030-12-25",
    "'since Christmas' is the one past",
  );
});

test("a year written after a holiday with 'in' or 'of' is the holiday's year", () => {
  // 2028-11-07 is the Tuesday after the first Monday of November 2028.
  assert.equal(
    valueAt("The state certified the count on Election Day in 2028.", "2031-04-20", "Election Day"),
    "2028-11-07",
    "'Election Day in 2028' is that year's election",
  );
  assert.equal(
    valueAt("The raid came two days after Christmas of 1993.", "2031-04-20", "Christmas"),
    "1993-12-25",
    "'Christmas of 1993' is that year's",
  );
  assert.equal(
    valueAt("The state certified the count on Election Day in 2028.", null, "Election Day"),
    "2028-11-07",
    "the year dates the holiday without an article date too",
  );
});

test("a day named for another cause or calendar is not the US or Western holiday of that name", () => {
  const found = (text: string) => tagTimexes(text, "2031-04-20").map((t) => t.text);
  assert.deepEqual(
    found("Wreaths were laid on Holocaust Memorial Day."),
    [],
    "Holocaust Memorial Day is not US Memorial Day",
  );
  assert.deepEqual(
    found("The flag flew only on Confederate Memorial Day."),
    [],
    "Confederate Memorial Day is not US Memorial Day",
  );
  assert.deepEqual(
    found("The patriarch marked Orthodox Easter quietly."),
    [],
    "Orthodox Easter is not the Western Easter",
  );
  assert.equal(
    valueAt("Parades will be held on Memorial Day.", "2031-04-20", "Memorial Day"),
    "2031-05-26",
    "plain Memorial Day is still the US holiday",
  );
});

test("a count before a holiday reaches the one it measures from the article's date", () => {
  assert.equal(
    valueAt(
      "Seventeen months before Election Day, the fund has raised $90 million.",
      "2031-06-10",
      "Election Day",
    ),
    "2032-11-02",
    "17 months before the 2032 election is June 2031",
  );
  assert.equal(
    valueAt("But ten days out from Christmas, the town was quiet.", "2031-12-15", "Christmas"),
    "2031-12-25",
    "ten days out from Christmas on December 15 is this Christmas",
  );
  assert.equal(
    valueAt("Two days before Christmas, the plant had closed.", "2031-06-20", "Christmas"),
    "2030-12-25",
    "a count that fits no near Christmas leaves the tense to decide",
  );
});

test("'that January' after a year is the month of the year the story is at", () => {
  assert.equal(
    valueAt(
      "By 2027, only one of the loans was left; that January, she paid it off.",
      "2031-05-09",
      "January",
    ),
    "2027-01",
    "the January of 2027, not the article's latest",
  );
  assert.equal(
    valueAt("In 2027 the mill shut. That March, the town voted to buy it.", "2031-05-09", "March"),
    "2027-03",
    "'That March' opening a sentence",
  );
  assert.equal(
    valueAt("In 2027 the mill shut. She said that March was the worst month.", "2031-05-09", "March"),
    "2031-03",
    "a 'that' clause's month is read as any month alone",
  );
});

test("'mid-July to mid-November 2029' dates both ends with the year written after the last", () => {
  assert.equal(
    valueAt("Her numbers never rose from mid-July to mid-November 2029.", "2031-05-09", "mid-July"),
    "2029-07",
    "the list's year, not the article's latest July",
  );
  assert.equal(
    valueAt("Her numbers never rose after mid-July, officials said.", "2031-11-09", "mid-July"),
    "2031-07",
    "alone it is still the latest July",
  );
});

test("'late November of 2027 or early December': a part of a month listed after a month takes its year", () => {
  assert.equal(
    valueAt(
      "The mayor met him once, around late November of 2027 or early December.",
      "2031-11-08",
      "early December",
    ),
    "2027-12",
    "the December after the listed November of 2027, not the one a month after the article",
  );
  assert.equal(
    valueAt("The mayor expects the vote in early December.", "2031-11-08", "early December"),
    "2031-12",
    "alone it is still the nearest December",
  );
});

test("'That was the year we ...', 'in 2010, the year the party won': the year just written out", () => {
  const dct = "2031-06-03";
  assert.equal(
    valueAt(
      "1998 is a turning point. Back then, we trusted the mail. That was the year the council closed the depot.",
      dct,
      "the year",
    ),
    "1998",
    "a copula in the past equates the year a clause defines with the one the story wrote",
  );
  assert.equal(
    valueAt("The mayor won in 2010, the year the party took the council.", dct, "the year"),
    "2010",
    "an apposition to a written year is that year",
  );
  assert.equal(
    valueAt("Sales in 2024 were weak. This is the year we turn it around.", dct, "the year"),
    "2031",
    "'this is the year' is the article's own",
  );
  assert.equal(
    valueAt("In 2024 prices fell. It was the best month of the year.", dct, "the year"),
    "2031",
    "no clause defines this one: left as before",
  );
});

test("holidays, 'year’s end' and 'next year’s quarter' written with a typographic apostrophe are read as with a straight one", () => {
  const text = "The bakery sold out of cakes before Mother’s Day and expects to restock by year’s end.";
  assert.equal(valueAt(text, "2031-05-20", "Mother’s Day"), "2031-05-11", "the second Sunday of May 2031");
  assert.equal(valueAt(text, "2031-05-20", "year’s end"), "2031", "the end of the article's year");
  assert.equal(
    valueAt(
      "Sales should recover in next year’s second quarter.",
      "2031-05-20",
      "next year’s second quarter",
    ),
    "2032-Q2",
    "'next year’s second quarter' is one expression with next year's value",
  );
});

test("a decade written '’70s' after another one and 'and' is tagged without its own 'the'", () => {
  const text = "Bus fares rose sharply in the 1960s and ’70s, and again in the ’80s and ’90s.";
  assert.equal(valueAt(text, "2031-05-20", "’70s"), "197", "'’70s' listed after 'the 1960s' is the 1970s");
  assert.equal(valueAt(text, "2031-05-20", "’90s"), "199", "'’90s' listed after 'the ’80s' is the 1990s");
  assert.equal(
    valueAt("Mills spread in the 1830s and ’40s.", "2031-05-20", "’40s"),
    "184",
    "a decade listed after 'the 1830s' is of the nineteenth century, not the latest '40s",
  );
  assert.equal(
    tagTimexes("She scored 70s and 80s all term.", "2031-05-20", []).length,
    0,
    "test scores with no apostrophe are no decades",
  );
});

test("time words inside hyphenated adjectives ('a second-year student', '$15-an-hour', 'now-closed', 'soon-to-be') are no times", () => {
  const text =
    "A second-year student at the now-closed bakery, paid $15-an-hour on a day-to-day basis, met the soon-to-be mayor.";
  assert.deepEqual(
    tagTimexes(text, "2031-05-20", []).map((t) => t.text),
    [],
    "ordinals, rates, comparisons and adverbs inside hyphenated adjectives name no time",
  );
  assert.equal(
    valueAt("The repair took a second.", "2031-05-20", "a second"),
    "PT1S",
    "a second on its own is still one",
  );
  assert.equal(
    valueAt("The bakery is closed now.", "2031-05-20", "now"),
    "PRESENT_REF",
    "'now' on its own is still the present",
  );
});

test("'years ago' is not read inside 'years agonizing'", () => {
  assert.deepEqual(
    tagTimexes("The town spent years and years agonizing over the bridge.", "2031-05-20", []).map(
      (t) => t.text,
    ),
    [],
    "'agonizing' is no 'ago': nothing here is a time expression",
  );
});

test("a bare 'a quarter' or 'three-quarters' is a share of something, not three months", () => {
  for (const text of [
    "Nearly a quarter of voters, a quarter or more in some towns, stayed home.",
    "Three-quarters back the plan, against about one-quarter (24%) last spring.",
    "The group spent a quarter-billion dollars on the drive.",
  ])
    assert.ok(
      !tagTimexes(text, "2032-03-01", []).some((t) => /quarter/i.test(t.text)),
      `no quarter of the year in: ${text}`,
    );
  assert.deepEqual(
    tagTimexes("Output grew for a quarter, then shrank for three quarters in a row.", "2032-03-01", []).map(
      (t) => t.value,
    ),
    ["P1Q", "P3Q"],
    "a quarter counted as time stays a duration",
  );
});

test("a year joined to a mixed-case code is no year; 'or so' is a whole word", () => {
  assert.deepEqual(
    tagTimexes("Labs sequenced the 2031-xVar strain, a 1990s-style outbreak.", "2032-03-01", []).map(
      (t) => t.text,
    ),
    ["1990s"],
    "'2031-xVar' names a strain",
  );
  assert.ok(
    tagTimexes("The ruling may come within 36 hours or sooner.", "2032-03-01", []).some(
      (t) => t.text === "36 hours",
    ),
    "'or so' does not match the start of 'sooner'",
  );
});

test("a unit after a mixed fraction ('an 8-1/2 year loan') is not a duration of the fraction's last digit", () => {
  assert.ok(
    !tagTimexes("The bank stretched the 8-1/2 year loan.", "1990-04-11", []).some((t) => t.value === "P2Y"),
    "'1/2 year' is half of the loan's 8-1/2 years, not two years",
  );
});

test("a 'later' that would land after the report in a clause not looking ahead stays this side of it", () => {
  // No date of the story to count from: a past event weeks or months on is left undated ...
  const past = "Talks opened early in the month. A delegation arrived in the capital two weeks later.";
  assert.equal(valueAt(past, "2031-05-29", "two weeks later"), "XXXX-WXX", "a past event is not dated ahead");
  const months = "The party lost the vote four months later.";
  assert.equal(valueAt(months, "2031-05-29", "four months later"), "XXXX-XX", "nor months on");
  // ... a present one is the report's own period ...
  const present = "Nineteen months later, the city is still split over the strike.";
  assert.equal(valueAt(present, "2031-05-29", "Nineteen months later"), "2031-05", "the present is now");
  // ... and a year counted from a 'later' counted from today does not run on again.
  const twice = "Ten Years Later, Miners Will Return\nTen years later, the miners are going back.";
  assert.equal(valueAt(twice, "2031-05-29", "Ten years later"), "2031", "not 2051");
  // A future clause, or a date the story gave, still counts on.
  assert.equal(
    valueAt("The loan will be repaid two weeks later.", "2031-05-29", "two weeks later"),
    "2031-W24",
    "ahead from today",
  );
  const dated = "The plant opened on March 3, 2031. Two weeks later it shut.";
  assert.equal(valueAt(dated, "2031-05-29", "Two weeks later"), "2031-W12", "counted from March 3");
});

test("'over the next decade' is the ten years from now, as 'over the past decade' is the ten years to now", () => {
  const text = "The plan would cut spending by $2 trillion over the next decade.";
  assert.equal(valueAt(text, "2031-05-29", "the next decade"), "P10Y", "a stretch of ten years");
  const coming = "Exports could double in the coming decade.";
  assert.equal(valueAt(coming, "2031-05-29", "the coming decade"), "P10Y", "'coming' alike");
  // Without 'the' the calendar's next decade is named.
  assert.equal(valueAt("Next decade the port will close.", "2031-05-29", "Next decade"), "204", "the 2040s");
});

test("'the following decade' and 'the previous decade' count from the decade or year the story is at", () => {
  const decade = "Strikes spread in the 1920s, and a law banning them passed the following decade.";
  assert.equal(valueAt(decade, "2031-05-29", "the following decade"), "193", "after the 1920s");
  const year = "The mill closed in 1974. In the previous decade it had employed thousands.";
  assert.equal(valueAt(year, "2031-05-29", "the previous decade"), "196", "before 1974's decade");
  // With no period of the story to count from, it is the decade before the report's.
  assert.equal(
    valueAt("The previous decade was a hard one.", "2031-05-29", "The previous decade"),
    "202",
    "the 2020s",
  );
});

test("a quarter over for more than a quarter that a clause looks ahead to is next year's", () => {
  const ahead = "Most firms will hire during the second quarter.";
  assert.equal(valueAt(ahead, "2031-12-02", "the second quarter"), "2032-Q2", "said in December");
  // The quarter just over is still being reported on.
  const report = "The agency will publish third-quarter growth figures on Dec. 22.";
  assert.equal(valueAt(report, "2031-12-02", "third-quarter"), "2031-Q3", "the quarter just ended");
  // A past clause keeps this year's.
  const past = "Most firms hired during the second quarter.";
  assert.equal(valueAt(past, "2031-12-02", "the second quarter"), "2031-Q2", "a quarter gone");
  // A fiscal quarter follows the company's calendar, which the report's month does not tell.
  const fiscal = "The firm will hire more in the fiscal second quarter.";
  assert.equal(valueAt(fiscal, "2031-12-02", "the fiscal second quarter"), "2031-Q2", "not moved");
});

test("in October to December Washington's 'this fiscal year' is the one that began on Oct. 1", () => {
  const federal = "Congress set federal spending for the current fiscal year at $1 trillion.";
  assert.equal(valueAt(federal, "2031-11-04", "the current fiscal year"), "2032", "fiscal 2032");
  const last = "Federal workers lost pay during the last fiscal year.";
  assert.equal(valueAt(last, "2031-12-04", "the last fiscal year"), "2031", "the one ended Sept. 30");
  // Earlier in the year, or with no word of Washington, the calendar's year stands.
  assert.equal(valueAt(federal, "2031-05-04", "the current fiscal year"), "2031", "fiscal 2031");
  const firm = "The retailer expects sales to grow this fiscal year.";
  assert.equal(valueAt(firm, "2031-11-04", "this fiscal year"), "2031", "a company's year");
});
