// Month-and-day dates without a year: which year a clause's cue sends them to. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "./tagger.js";
import { parsedText, valueAt } from "./test-helpers.js";

test("a date a few weeks back stays behind the article across the new year, whatever the clause's cue", () => {
  assert.equal(
    valueAt("The council will review the Dec. 20 decision.", "2031-01-09", "Dec. 20"),
    "2030-12-20",
  );
  // Within the year the same rule already held.
  assert.equal(
    valueAt("The council will review the Aug. 20 decision.", "2031-09-09", "Aug. 20"),
    "2031-08-20",
  );
});

test("a date further back than a couple of months still follows a future cue", () => {
  assert.equal(valueAt("The council will meet on Oct. 20.", "2031-01-09", "Oct. 20"), "2031-10-20");
});

test("'last' and 'next' before a month and day belong to the date and set its year", () => {
  const text = "The inquiry looked at the raid last September 11 and will report next March 3.";
  const out = tagTimexes(text, "2033-05-09");
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [
      ["last September 11", "2032-09-11"],
      ["next March 3", "2034-03-03"],
    ],
  );
  // Earlier in the article's own month, "last" is this year's.
  assert.equal(valueAt("The firm closed last May 2.", "2033-05-09", "last May 2"), "2033-05-02");
});

test("'due to' before a noun is a cause, not a plan that sends a month ahead", () => {
  const text = "The board lacks a quorum due to the resignation in February of two members.";
  assert.equal(valueAt(text, "2034-04-18", "February"), "2034-02");
  assert.equal(valueAt("The envoy is due to arrive in May.", "2034-04-18", "May"), "2034-05");
});

test("a month 'back in' the story is the latest one, whatever the clause's cue", () => {
  const text = "Critics say the tape, made back in February, will hurt her.";
  assert.equal(valueAt(text, "2036-10-02", "February"), "2036-02");
});

test("a month just within reach ahead stays behind when a past word is near", () => {
  assert.equal(
    valueAt("The agency was less cautious with its previous launch in April.", "2032-12-12", "April"),
    "2032-04",
  );
  assert.equal(valueAt("The agency plans another launch in April.", "2032-12-12", "April"), "2033-04");
  // Nearer months keep the default: "in February" said in December with a past word is still ahead.
  assert.equal(valueAt("Officials said the vote is in February.", "2032-12-12", "February"), "2033-02");
});

test("a month name after a title is a surname", () => {
  const out = tagTimexes("The clerk phoned Mrs. May before lunch and wrote to Dr. August.", "2034-06-09");
  assert.deepEqual(out, []);
});

test("a month and day four months ahead stays behind when a past word is near", () => {
  assert.equal(
    valueAt("The auditor noted in a Sept. 15 report that the plan had stalled.", "2033-05-16", "Sept. 15"),
    "2032-09-15",
  );
  assert.equal(valueAt("The auditor plans a Sept. 15 report.", "2033-05-16", "Sept. 15"), "2033-09-15");
});

test("'today's' before a noun of the present age is not the day; before an event it is", () => {
  const out = tagTimexes(
    "The show speaks to today's youth and runs on many of today's home computers.",
    "2034-06-09",
  );
  assert.deepEqual(out, []);
  assert.equal(valueAt("Today's vote on the levy was close.", "2034-06-09", "Today"), "2034-06-09");
});

test("'high noon' and the film 'High Noon' are not twelve o'clock", () => {
  const out = tagTimexes("It is high noon for the levy, the mayor said, quoting High Noon.", "2034-06-09");
  assert.deepEqual(out, []);
  assert.equal(valueAt("The levy vote opens at noon.", "2034-06-09", "noon"), "2034-06-09T12:00");
});

test("values do not depend on the machine's time zone", () => {
  const text =
    "The ferry sank at 11:50 p.m. Sunday, and divers went down at 1 a.m. Monday. The inquiry opens " +
    "tomorrow; a report is due Jan. 2 and the hearing ends at midnight Friday. Last night the mayor spoke.";
  const saved = process.env.TZ;
  try {
    const runs = ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"].map((tz) => {
      process.env.TZ = tz;
      return tagTimexes(text, "2031-12-31T23:30:00").map((t) => `${t.text}=${t.value}`);
    });
    for (const run of runs.slice(1)) assert.deepEqual(run, runs[0]);
    assert.ok(runs[0].includes("tomorrow=2032-01-01"), runs[0].join(", "));
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test("a weekday abbreviation in capitals is a name, not a day", () => {
  assert.deepEqual(tagTimexes("Pupils sat the SAT twice.", "2031-05-01"), []);
});

test("a capitalised 'Tonight', 'Today' or 'Tomorrow' ending a name is no date", () => {
  const dct = "2031-05-09";
  assert.deepEqual(tagTimexes("She was a guest on Harbour Report Tonight with her aide.", dct), []);
  assert.deepEqual(tagTimexes("The firm formed a venture with Fields of Tomorrow to grow rice.", dct), []);
  assert.deepEqual(tagTimexes("He told Fennland Today, the state channel, that he would stay.", dct), []);
  // A clause opened by "Today," after a name whose full stop was lost is still the day.
  assert.equal(
    tagTimexes("The fire nearly killed Anna Berg Today, she says, the mill is a museum.", dct)[0]?.value,
    "2031-05-09",
  );
});

test("a dateline's dash opens no range, and a mixed fraction ('8-5/16 pct') is no date", () => {
  const dct = "2031-05-04";
  const out = tagTimexes("BERGEN, May 4 - Results for the quarter to March 31 beat forecasts.", dct);
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [
      ["May 4", "2031-05-04"],
      ["March 31", "2031-03-31"],
    ],
  );
  assert.deepEqual(tagTimexes("The yield slipped to 8-5/16 pct from 8-7/16 pct.", dct), []);
});

test("'May' after a first name inside a sentence, or with an age, is a surname", () => {
  const dct = "2031-07-11";
  assert.deepEqual(tagTimexes("The new leader, Harriet May, spoke first.", dct), []);
  assert.deepEqual(tagTimexes("May, 61, will chair the board.", dct), []);
  assert.equal(valueAt("Prices have risen since May, officials said.", dct, "May"), "2031-05");
  assert.equal(valueAt("In May, 59 people were hurt.", dct, "May"), "2031-05");
  assert.equal(
    valueAt("The audit began in the spring. That May, the board resigned.", dct, "May"),
    "2031-05",
  );
});

test("a number after a month and a comma is a count, not the month's day", () => {
  const dct = "2031-07-11";
  assert.equal(
    valueAt("In March, 15 volunteers were injured at the depot.", dct, "March"),
    "2031-03",
    "'In March, 15 volunteers' names March, not March 15",
  );
  assert.equal(
    valueAt("By February, 8 clinics had closed their doors.", dct, "February"),
    "2031-02",
    "a one-digit count after the comma leaves the month tagged alone",
  );
  assert.equal(
    valueAt("The depot reopened on March 15, 2030, after repairs.", dct, "March 15, 2030"),
    "2030-03-15",
    "a month, day and year stay one date",
  );
});

test("a video's running time in a scraped playlist is no clock time", () => {
  const dct = "2031-05-09";
  assert.deepEqual(
    tagTimexes(
      "Replay More Videos ... MUST WATCH Mayor on the flood plan 02:24 JUST WATCHED Rain returns",
      dct,
    ),
    [],
  );
  assert.equal(valueAt("The council met at 10:30 and voted.", dct, "10:30"), "2031-05-09T10:30");
});

test("a clock time that ends a sentence is not joined to the date that opens the next", () => {
  const pairs = (text: string) => tagTimexes(text, "2032-06-16").map((t) => [t.text, t.value]);
  assert.deepEqual(pairs("The polls closed at 9 p.m. ET. Yesterday the count began."), [
    ["9 p.m. ET", "2032-06-16T21:00"],
    ["Yesterday", "2032-06-15"],
  ]);
  assert.deepEqual(pairs("The vote ended at noon. Last week it ran late."), [
    ["noon", "2032-06-16T12:00"],
    ["Last week", "2032-W24"],
  ]);
  // A weekday or a month after "p.m." still dates the clock time.
  assert.deepEqual(pairs("The polls closed at 9 p.m. Monday."), [["9 p.m. Monday", "2032-06-14T21:00"]]);
  assert.deepEqual(pairs("The polls closed at 9 p.m. Sept. 5, 2031."), [
    ["9 p.m. Sept. 5, 2031", "2031-09-05T21:00"],
  ]);
});

test("'about' belongs to a clock reading it approximates, not to a day part it is the preposition of", () => {
  assert.equal(
    tagTimexes("Voters were asked about Tuesday night's debate.", "2032-06-16")[0]?.text,
    "Tuesday night",
  );
  assert.equal(tagTimexes("The quake struck about 7:15 p.m.", "2032-06-16")[0]?.text, "about 7:15 p.m.");
});

test("a capitalised day part standing alone is a title's word, not a time", () => {
  assert.deepEqual(
    tagTimexes("She told the Morning Herald and the Evening Star about it.", "2032-06-16"),
    [],
  );
  assert.equal(
    valueAt("Flights resumed on Friday morning.", "2032-06-16", "Friday morning"),
    "2032-06-11TMO",
  );
});

test("a bare clock time after a dated one in the same sentence is on that day", () => {
  const text = "Polls open at 7 a.m. on Nov. 4 and close at 8 p.m. Results follow on Friday at 9 a.m.";
  assert.equal(valueAt(text, "2032-10-20", "8 p.m."), "2032-11-04T20:00");
  // A new sentence starts from the report's day again.
  assert.equal(
    valueAt("Polls opened at 7 a.m. on Monday. Counting ends at 8 p.m.", "2032-10-20", "8 p.m."),
    "2032-10-20T20:00",
  );
});

test("a weekday right after a clock time's zone is part of the expression", () => {
  const out = tagTimexes("The plane left at 11:09 p.m. local time Wednesday.", "2032-06-17");
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [["11:09 p.m. local time Wednesday", "2032-06-16T23:09"]],
  );
});

test("a date never runs on past the end of its sentence or paragraph into the next one", () => {
  const text =
    "The ferry sailed late Saturday.\n\nMorning crews found the hull intact. Repairs ran into the night. On Tuesday the port reopened, and the yard closed on May 19. Last Sunday it had been busy.";
  const out = tagTimexes(text, "2031-05-21");
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [
      ["late Saturday", "2031-05-17"],
      ["Tuesday", "2031-05-20"],
      ["May 19", "2031-05-19"],
      ["Last Sunday", "2031-05-18"],
    ],
  );
});

test("a long text is cut for chrono between sentences, not inside a date", () => {
  const filler = "The panel met again. ".repeat(94);
  // "March" ends just before character 2,000, where chrono's window closes, and "10" starts after it.
  const text = `${filler}Talks${"o".repeat(1994 - filler.length - 11)} on a March 10 visit ended.`;
  assert.equal(text.indexOf("March") + "March".length, 1999);
  assert.equal(valueAt(text, "2031-05-21", "March 10"), "2031-03-10");
});

test("months joined by 'and' or 'or' share a year, and a year after the last one is theirs too", () => {
  const text =
    "Officials hoped the cuts made in March and April would be enough. Polls in May and June 2004 gave him a lead, as they did in October, November or December 1996.";
  assert.deepEqual(
    tagTimexes(text, "2031-06-30").map((t) => [t.text, t.value]),
    [
      ["March", "2031-03"],
      ["April", "2031-04"],
      ["May", "2004-05"],
      ["June 2004", "2004-06"],
      ["October", "1996-10"],
      ["November", "1996-11"],
      ["December 1996", "1996-12"],
    ],
  );
  // The next month after the first in the list, across the new year.
  assert.deepEqual(
    tagTimexes("Talks will resume in December or January.", "2031-06-30").map((t) => t.value),
    ["2031-12", "2032-01"],
  );
});

test("weekdays joined by 'and' or 'or' are the days running from the first", () => {
  // 2031-05-11 is a Sunday.
  assert.deepEqual(
    tagTimexes("The islands could see rain Sunday and Monday.", "2031-05-11").map((t) => t.value),
    ["2031-05-11", "2031-05-12"],
  );
  // Two days back, listed in reverse, stay where each one's clause puts it.
  assert.deepEqual(
    tagTimexes("The statements were made Saturday and Friday.", "2031-05-11").map((t) => t.value),
    ["2031-05-10", "2031-05-09"],
  );
});

test("a weekday that starts a name ('the Tuesday Group', 'the Sunday Review') is no date", () => {
  const text =
    "Members of the moderate Tuesday Group met Tuesday, and the Sunday Review ran the story. On Friday Group of 20 envoys met.";
  assert.deepEqual(
    tagTimexes(text, "2031-09-10").map((t) => t.text),
    ["Tuesday", "Friday"],
  );
});

test("a playlist title with a question mark or an abbreviation, 'Play Video 4:12', '3:05 autoplay': running times", () => {
  const text = [
    "JUST WATCHED Can the new bridge open? Replay More Videos ... MUST WATCH Can the new bridge open? 02:41",
    "MUST WATCH Gov. Ruiz explains the levy 01:58",
    "Play Video 4:12 Harbor workers walk out – video",
    "Embed Mayor says the harbor will reopen 3:05 autoplay autoplay Copy this code",
    "The ferry left at 6:40 and docked at 7:15.",
  ].join("\n\n");
  assert.deepEqual(
    tagTimexes(text, "2031-05-09").map((t) => t.text),
    ["6:40", "7:15"],
    "a player's running time is no clock time; the ferry's times in running text stay",
  );
});

test("a recording's running time in a scraped player ('Listen · 3:44 3:44') is no clock time", () => {
  const text = "Mayor Ends Strike Listen · 3:44 3:44\n\nThe strike ended at 4:15 on Tuesday.";
  assert.deepEqual(
    tagTimexes(text, "2031-09-10").map((t) => t.text),
    ["4:15 on Tuesday"],
  );
});

test("a very long token or run of blanks keeps the sentence breaks linear", () => {
  const text = `Talks ended late Saturday. ${"x".repeat(120000)} They resume on Friday.`;
  const started = Date.now();
  const out = tagTimexes(text, "2031-09-10");
  assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  assert.deepEqual(
    out.map((t) => t.text),
    ["late Saturday", "Friday"],
  );
});

test("a month and day takes its direction from the governing verb's tense", () => {
  // The agency arrested him on Aug. 3
  const past = parsedText([
    ["The", "DT", 2, "det"],
    ["agency", "NN", 3, "nsubj"],
    ["arrested", "VBD", 0, "root", "arrest"],
    ["him", "PRP", 3, "obj"],
    ["on", "IN", 6, "case"],
    ["Aug.", "NNP", 3, "obl"],
    ["3", "CD", 6, "nummod"],
  ]);
  assert.equal(
    valueAt(past.text, "2031-06-10", "Aug. 3", past.sentences),
    "2030-08-03",
    "a past verb sends the date to its latest occurrence",
  );
  assert.equal(
    valueAt(past.text, "2031-07-20", "Aug. 3", past.sentences),
    "2031-08-03",
    "a date a couple of weeks ahead under a past verb is the one planned, not last year's",
  );
  // The agency will review it on Aug. 3
  const future = parsedText([
    ["The", "DT", 2, "det"],
    ["agency", "NN", 4, "nsubj"],
    ["will", "MD", 4, "aux"],
    ["review", "VB", 0, "root"],
    ["it", "PRP", 4, "obj"],
    ["on", "IN", 7, "case"],
    ["Aug.", "NNP", 4, "obl"],
    ["3", "CD", 7, "nummod"],
  ]);
  assert.equal(
    valueAt(future.text, "2031-11-10", "Aug. 3", future.sentences),
    "2032-08-03",
    "'will' sends the date to its next occurrence",
  );
  // The agency approved permits before Aug. 3
  const deadline = parsedText([
    ["The", "DT", 2, "det"],
    ["agency", "NN", 3, "nsubj"],
    ["approved", "VBD", 0, "root", "approve"],
    ["permits", "NNS", 3, "obj"],
    ["before", "IN", 6, "case"],
    ["Aug.", "NNP", 3, "obl"],
    ["3", "CD", 6, "nummod"],
  ]);
  assert.equal(
    valueAt(deadline.text, "2031-06-10", "Aug. 3", deadline.sentences),
    "2031-08-03",
    "a date after 'before' is a deadline that a past verb does not send back",
  );
});

test("a weekday named with a month and day keeps the nearest date when they agree, and a slip moves nothing", () => {
  // The board met on Friday , June 6 (2031-06-06 is a Friday, six weeks after the article's day).
  const met = parsedText([
    ["The", "DT", 2, "det"],
    ["board", "NN", 3, "nsubj"],
    ["met", "VBD", 0, "root", "meet"],
    ["on", "IN", 5, "case"],
    ["Friday", "NNP", 3, "obl"],
    [",", ",", 7, "punct"],
    ["June", "NNP", 5, "appos"],
    ["6", "CD", 7, "nummod"],
  ]);
  assert.equal(
    valueAt(met.text, "2031-04-24", "Friday , June 6", met.sentences),
    "2031-06-06",
    "the weekday confirms this year's date, which a past verb alone would send back",
  );
  // 2030-12-30 is a Monday; 2031-12-30 a Tuesday.
  assert.equal(
    valueAt("On Tuesday, Dec. 30, the paper ran a photo.", "2031-01-06", "Tuesday, Dec. 30"),
    "2030-12-30",
    "a weekday that matches only a date a year away is a slip, not that date",
  );
});

test("a year written earlier in the sentence keeps a month and day from going ahead of the article", () => {
  const text = "The inquiry, opened in 2009 after the Oct. 14 flood, is still running.";
  assert.equal(
    valueAt(text, "2031-08-10", "Oct. 14"),
    "2009-10-14",
    "the flood is the one of the year the sentence wrote, not the one two months ahead",
  );
  assert.equal(
    valueAt("The inquiry opened in 2009. The Oct. 14 hearing is public.", "2031-08-10", "Oct. 14"),
    "2031-10-14",
    "a year in the sentence before does not date this one",
  );
  assert.equal(
    valueAt("Voters, as in the 2026 race, are likely to turn out on Nov. 4.", "2031-10-28", "Nov. 4"),
    "2031-11-04",
    "a date due within days is the news's own coming one",
  );
  assert.equal(
    valueAt("The inquiry, opened in 2009, will report on Oct. 14.", "2031-08-10", "Oct. 14"),
    "2031-10-14",
    "a future cue keeps the date ahead",
  );
});

test("a lower-case 'march' or 'may' after a number is the noun or the verb, not the month", () => {
  assert.deepEqual(
    tagTimexes("Thousands joined the Aug. 21 march in the capital.", "2031-08-25").map((t) => [
      t.text,
      t.value,
    ]),
    [["Aug. 21", "2031-08-21"]],
    "'the Aug. 21 march' is a protest on Aug. 21, not March 21",
  );
  assert.deepEqual(
    tagTimexes("Bill 14 may cost the state dearly.", "2031-08-25"),
    [],
    "'Bill 14 may cost' holds no date",
  );
  assert.equal(
    valueAt("The board met on 21 March to vote.", "2031-08-25", "21 March"),
    "2031-03-21",
    "a capitalised month after a day is still the month",
  );
});

test("a month and day 'of that year' is in the year the story is at", () => {
  const text = "The outbreak began in 2009. Officials reported it on April 12 of that year.";
  assert.equal(valueAt(text, "2031-03-29", "April 12"), "2009-04-12", "'April 12 of that year' is 2009's");
  assert.equal(
    valueAt("Officials reported it on April 12 of that year.", "2031-03-29", "April 12"),
    "2031-04-12",
    "with no year told before, the date is read as usual",
  );
});

test("a bare 'March' or 'May' in an event's name is no month", () => {
  const found = (text: string) => tagTimexes(text, "2031-09-20").map((t) => t.text);
  assert.deepEqual(
    found("Thousands joined the People's Climate March downtown."),
    [],
    "People's Climate March is an event",
  );
  assert.deepEqual(
    found("She spoke at the Indigenous Peoples March."),
    [],
    "Indigenous Peoples March is an event",
  );
  assert.deepEqual(found("Organisers of the Women's March met the mayor."), [], "Women's March is an event");
  assert.deepEqual(
    found("Governor May Veto Road Bill\nThe bill passed."),
    [],
    "'May' after a name in a headline is the verb",
  );
  assert.deepEqual(found("The mayor's March speech was brief."), ["March"], "a person's March is the month");
  assert.deepEqual(found("Sales rose. Since March, prices fell."), ["March"], "'Since March' is the month");
  assert.deepEqual(
    found("It was a Cold March day."),
    ["March"],
    "a weather word before March keeps the month",
  );
});

test("a weekday followed by 'now' or 'today' is the weekday, and the word after it the present", () => {
  const text = "The party's victory Tuesday now puts the state in play.";
  assert.equal(valueAt(text, "2031-05-08", "Tuesday"), "2031-05-06", "'Tuesday' is the latest Tuesday");
  assert.equal(valueAt(text, "2031-05-08", "now"), "PRESENT_REF", "'now' is the present");
  assert.equal(
    valueAt("The toll since Friday today stood at 40.", "2031-05-08", "today"),
    "2031-05-08",
    "'today' after a weekday is the article's day",
  );
});

test("a month alone after a past verb and 'in' has come, without a parse too", () => {
  assert.equal(
    valueAt("The mayor, who took office in January, cut the budget.", "2031-11-20", "January"),
    "2031-01",
    "'took office in January' in November is this January",
  );
  assert.equal(
    valueAt("The chief resigned in December over the audit.", "2031-10-02", "December"),
    "2030-12",
    "'resigned in December' in October is last December",
  );
  assert.equal(
    valueAt("If elected in December, she will cut the budget.", "2031-10-02", "December"),
    "2031-12",
    "'if elected in December' lies ahead",
  );
  assert.equal(
    valueAt("The vote is expected in January.", "2031-11-20", "January"),
    "2032-01",
    "'expected in January' lies ahead",
  );
});

test("a month alone after 'until', 'before' or 'by' in a clause not in the past lies ahead", () => {
  const dct = "2031-02-10";
  assert.equal(
    valueAt("Crews may keep the bridge shut until September.", dct, "September"),
    "2031-09",
    "the September still to come, though seven months off",
  );
  assert.equal(
    valueAt("The council hopes to fix the pumps before November.", dct, "November"),
    "2031-11",
    "'before November' in a present clause is this year's",
  );
  assert.equal(
    valueAt("The mill stayed open until September.", dct, "September"),
    "2030-09",
    "a past clause keeps the latest September",
  );
});

test("'the November election' is the month of the US general election the story is near", () => {
  assert.equal(
    valueAt("The two leading candidates advance to the November general election.", "2030-06-07", "November"),
    "2030-11",
    "the coming election, though five months off and with no future verb",
  );
  assert.equal(
    valueAt("Turnout rose in the primaries held before November's midterms.", "2030-03-07", "November"),
    "2030-11",
    "a past clause does not send the coming midterms back",
  );
  assert.equal(
    valueAt("Voters rejected him in the November election.", "2031-01-20", "November"),
    "2030-11",
    "after the election it is the one just held",
  );
});

test("a November alone in a sentence about voting is the coming general election's", () => {
  assert.equal(
    valueAt("She says she can vote in November against the senator.", "2030-05-14", "November"),
    "2030-11",
    "six months off, in an election year",
  );
  assert.equal(
    valueAt("The city opened a new library in November.", "2030-05-14", "November"),
    "2029-11",
    "with no talk of voting it is the latest November",
  );
  assert.equal(
    valueAt("The governor's race is the November election everyone watches.", "2031-09-10", "November"),
    "2031-11",
    "an odd year's November election is that year's, not the last federal one",
  );
});

test("a month's name before a double-barrelled surname, or as an apposition's first name, is a person", () => {
  const dct = "2031-05-09";
  assert.deepEqual(
    tagTimexes("The board's director April Lund-Harvey did not reply.", dct),
    [],
    "a hyphenated surname after the month's name",
  );
  assert.deepEqual(
    tagTimexes("The state's lawyer, August Brenner, spoke first.", dct),
    [],
    "a name set off by commas after a noun",
  );
  assert.equal(
    valueAt("The talks, which began in August, ended badly.", dct, "August"),
    "2030-08",
    "a month before a comma is still a month",
  );
});

test("a future cue does not send the month just before the article's eleven months ahead", () => {
  assert.equal(
    valueAt("Forecasters expected the rate would climb again in May.", "2031-06-05", "May"),
    "2031-05",
    "what was looked for in May, said in June",
  );
  assert.equal(
    valueAt("Forecasters expect the rate will climb again in August.", "2031-06-05", "August"),
    "2031-08",
    "a month ahead of the article still goes ahead",
  );
});

test("'every weekday' and 'weekday mornings' are no one day", () => {
  assert.deepEqual(
    tagTimexes("The digest is delivered every weekday and read weekday mornings.", "2031-05-20", [])
      .filter((t) => /weekday/i.test(t.text))
      .map((t) => t.text),
    [],
    "chrono's reading of 'weekday' as a weekday is dropped",
  );
});

test("a month/day/two-digit-year date keeps the year it is written with", () => {
  assert.equal(
    valueAt("Barley stored after 4/22/79 is exempt from the levy.", "1985-06-03", "4/22/79"),
    "1979-04-22",
    "'79' is 1979, not a guess from the article's date",
  );
});

test("a price's fraction chrono joins to a date is left out of the expression", () => {
  const shares = tagTimexes("Its shares were down 3/16, this morning, on the report.", "1990-04-11", []);
  assert.deepEqual(
    shares.map((t) => [t.text, t.value]),
    [["this morning", "1990-04-11TMO"]],
    "'3/16' is a price change, not March 16, and does not belong to 'this morning'",
  );
  assert.ok(
    !tagTimexes("The 7-1/2 1995 notes rose.", "1990-04-11", []).some((t) => t.value.includes("-01-02")),
    "'7-1/2' is a coupon, not January 2",
  );
});

test("a rate after 'from' is not read as the hour of the date before it", () => {
  const text = "The yield eased to 6.12 pct in the week ended March 9 from 6.30 pct.";
  assert.ok(
    tagTimexes(text, "1990-03-12", []).some((t) => t.text === "March 9" && t.value === "1990-03-09"),
    "the expression ends at 'March 9'",
  );
});

test("the end of a tally before a weekday is not the day of the month", () => {
  assert.deepEqual(
    tagTimexes("The board backed the merger 11-4 Tuesday after a long debate.", "2031-05-22", []).map(
      (t) => t.text,
    ),
    ["Tuesday"],
    "'4' is the tally's second number, not the 4th",
  );
});

test("weekdays listed in a past clause do not run past the story's day", () => {
  const past = tagTimexes(
    "The exchange said turnover was heavy on Friday, Monday and Tuesday.",
    "2031-05-23",
    [],
  );
  assert.deepEqual(
    past.map((t) => t.value),
    ["2031-05-23", "2031-05-19", "2031-05-20"],
    "read on a Friday, the Monday and Tuesday of a past report are this week's",
  );
  const ahead = tagTimexes("The exchange will be shut on Friday, Monday and Tuesday.", "2031-05-23", []);
  assert.deepEqual(
    ahead.map((t) => t.value),
    ["2031-05-23", "2031-05-26", "2031-05-27"],
    "a list ahead still runs forward from its first day",
  );
});

test("the end of a quote written with a slash is not the day of 'yesterday'", () => {
  assert.deepEqual(
    tagTimexes("The franc closed at 5.1210/40 yesterday in thin trade.", "1990-04-11", []).map((t) => [
      t.text,
      t.value,
    ]),
    [["yesterday", "1990-04-10"]],
    "'40' is the offer price, so the expression is 'yesterday' alone",
  );
});

test("a year that opens a sentence dates the months it names alone in a past clause", () => {
  // In 1994 , the mill paid him in January .
  const { text, sentences } = parsedText([
    ["In", "IN", 2, "case"],
    ["1994", "CD", 6, "obl"],
    [",", ",", 6, "punct"],
    ["the", "DT", 5, "det"],
    ["mill", "NN", 6, "nsubj"],
    ["paid", "VBD", 0, "root"],
    ["him", "PRP", 6, "obj"],
    ["in", "IN", 9, "case"],
    ["January", "NNP", 6, "obl"],
    [".", ".", 6, "punct"],
  ]);
  assert.equal(
    valueAt(text, "2031-05-09", "January", sentences),
    "1994-01",
    "the year the sentence tells of",
  );
  // Without a parse that puts the clause in the past the month is the story's latest January.
  assert.equal(valueAt(text, "2031-05-09", "January"), "2031-01", "no parse, no year");
});

test("'according to a November poll' is a poll already out, and so is 'an April NBC/Wall Street Journal poll'", () => {
  // 2031-04-09: November and April of 2030 are the latest such months.
  assert.equal(
    valueAt(
      "Most voters backed him, according to a November poll from the foundation.",
      "2031-04-09",
      "November",
    ),
    "2030-11",
    "'according to' is no infinitive that plans the poll",
  );
  assert.equal(
    valueAt("An April NBC/Wall Street Journal poll of 1,000 adults found the same.", "2031-01-05", "April"),
    "2030-04",
    "the pollster's name between the month and 'poll'",
  );
  assert.equal(
    valueAt("The bureau plans to release its April survey soon.", "2031-02-09", "April"),
    "2031-04",
    "a survey someone plans to release is still ahead",
  );
});
