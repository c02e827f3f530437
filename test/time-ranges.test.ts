// Ranges of months and days, bare "May" after a preposition, and time zones after clock times.
// Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "../src/time/tagger.js";
import type { ParsedSentence } from "../src/time/tense.js";

type Row = [text: string, xpos: string, head: number, deprel: string];

/** A hand-built parse of one sentence, its words joined by single spaces. */
function parsed(rows: Row[]): { text: string; sentences: ParsedSentence[] } {
  let at = 0;
  const tokens = rows.map(([text, xpos, head, deprel], i) => {
    const upos = xpos.startsWith("VB") ? "VERB" : xpos.startsWith("NNP") ? "PROPN" : "X";
    const token = { id: i + 1, start: at, end: at + text.length, text, upos, xpos, head, deprel };
    at += text.length + 1;
    return token;
  });
  const text = rows.map((r) => r[0]).join(" ");
  return { text, sentences: [{ start: 0, end: text.length, tokens }] };
}

const values = (text: string, dct: string, sentences: ParsedSentence[] = []) =>
  tagTimexes(text, dct, sentences).map((t) => [t.text, t.value]);

test("a range of months told in the past is the latest one that has ended, both ends in its year", () => {
  const { text, sentences } = parsed([
    ["The", "DT", 2, "det"],
    ["fair", "NN", 3, "nsubj"],
    ["ran", "VBD", 0, "root"],
    ["from", "IN", 5, "case"],
    ["January", "NNP", 3, "obl"],
    ["to", "IN", 7, "case"],
    ["March", "NNP", 5, "nmod"],
  ]);
  assert.deepEqual(values(text, "2031-11-20", sentences), [
    ["January", "2031-01"],
    ["March", "2031-03"],
  ]);
});

test("a range of months ahead is the next one that has not ended; the last end follows the first", () => {
  assert.deepEqual(values("The museum will be shut from January to March.", "2031-11-20"), [
    ["January", "2032-01"],
    ["March", "2032-03"],
  ]);
  // Across the new year the last end is in the year after the first.
  assert.deepEqual(values("The sale will run from December to February.", "2031-11-02"), [
    ["December", "2031-12"],
    ["February", "2032-02"],
  ]);
  assert.deepEqual(values("Ferries will sail between October and April.", "2031-08-15"), [
    ["October", "2031-10"],
    ["April", "2032-04"],
  ]);
});

test("'between May and July': May after a preposition is the month, and the two ends share a year", () => {
  assert.deepEqual(values("Exports grew between May and July.", "2031-09-10"), [
    ["May", "2031-05"],
    ["July", "2031-07"],
  ]);
  assert.deepEqual(values("Prices have risen since May.", "2031-08-10"), [["May", "2031-05"]]);
  assert.deepEqual(values("The lane stays shut until May.", "2031-02-10").length, 1);
  // A name stays a name.
  assert.deepEqual(values("Since May took charge, the board has met twice.", "2031-08-10"), []);
});

test("'Nov. 12-13', 'March 3 through 5': the second day is a date of its own, in the first's month and year", () => {
  assert.deepEqual(values("The envoys will meet Nov. 12-13 in the capital.", "2031-10-01"), [
    ["Nov. 12", "2031-11-12"],
    ["13", "2031-11-13"],
  ]);
  assert.deepEqual(values("The fair is open March 3 through 5, 2032.", "2031-10-01"), [
    ["March 3", "2032-03-03"],
    ["5, 2032", "2032-03-05"],
  ]);
  assert.deepEqual(values("Talks were held on June 8 and 9 in the port city.", "2031-06-20"), [
    ["June 8", "2031-06-08"],
    ["9", "2031-06-09"],
  ]);
  // A count or a clock time after the date is no second day.
  assert.deepEqual(values("Shares rose on March 3 to 5 percent.", "2031-04-02"), [["March 3", "2031-03-03"]]);
  assert.deepEqual(
    values("The office opens March 3, 9 to 5 p.m.", "2031-04-02").map((t) => t[0]),
    ["March 3", "9", "5 p.m."],
  );
});

test("a time zone after a clock time belongs to the expression; the value is the clock's", () => {
  const dct = "2031-04-02";
  const one = (text: string) => tagTimexes(text, dct).map((t) => [t.text, t.type, t.value]);
  assert.deepEqual(one("Polls close at 3 p.m. EST."), [["3 p.m. EST", "TIME", "2031-04-02T15:00"]]);
  assert.deepEqual(one("The rocket lifted off at 10:00 GMT."), [["10:00 GMT", "TIME", "2031-04-02T10:00"]]);
  assert.deepEqual(one("The strike ended at 3 p.m. Eastern."), [
    ["3 p.m. Eastern", "TIME", "2031-04-02T15:00"],
  ]);
  assert.deepEqual(one("Results are due after 11 p.m. Pacific time."), [
    ["11 p.m. Pacific time", "TIME", "2031-04-02T23:00"],
  ]);
  assert.deepEqual(one("The plane landed at 6:40 p.m. local time."), [
    ["6:40 p.m. local time", "TIME", "2031-04-02T18:40"],
  ]);
  assert.deepEqual(one("He spoke at 3 p.m. (EST) to reporters."), [
    ["3 p.m. (EST)", "TIME", "2031-04-02T15:00"],
  ]);
  // A name after the clock time is not a zone.
  assert.deepEqual(
    one("At 9 a.m. Eastern Airlines cancelled its flights.").map((t) => t[0]),
    ["9 a.m."],
  );
});

test("'the 12 months to May': a period that ends in May, not a message to someone called May", () => {
  assert.deepEqual(values("Prices rose 3 percent in the 12 months to May.", "2031-06-15"), [
    ["the 12 months", "P12M"],
    ["May", "2031-05"],
  ]);
  assert.deepEqual(values("The party handed the leadership to May on Friday.", "2031-06-15").length, 1);
});

test("'the 1992-95 war', 'in 1999-2001': both ends of a range of years are dates", () => {
  assert.deepEqual(values("The 2011-14 drought ruined the valley.", "2031-06-15"), [
    ["2011", "2011"],
    ["14", "2014"],
  ]);
  assert.deepEqual(values("She was envoy in 2019-2021.", "2031-06-15"), [
    ["2019", "2019"],
    ["2021", "2021"],
  ]);
  // A telephone number or a code is no range.
  assert.deepEqual(values("Call 555-2011 for tickets.", "2031-06-15"), []);
});

test("a clock time restated in brackets ends at the bracket; the weekday after it dates both", () => {
  assert.deepEqual(values("The launch will be at 10:00 GMT (6 a.m. EDT) on Friday.", "2031-04-02"), [
    ["10:00 GMT", "2031-04-04T10:00"],
    ["6 a.m. EDT", "2031-04-04T06:00"],
  ]);
});

test("a date moved from one end to the other lies ahead, whatever the tense of the moving", () => {
  assert.deepEqual(values("The vote was postponed from March to May.", "2031-02-10"), [
    ["March", "2031-03"],
    ["May", "2031-05"],
  ]);
  assert.deepEqual(values("Officials moved the summit from June to September.", "2031-04-10"), [
    ["June", "2031-06"],
    ["September", "2031-09"],
  ]);
  assert.deepEqual(values("The deadline was extended from May 1 to June 30.", "2031-04-10"), [
    ["May 1", "2031-05-01"],
    ["June 30", "2031-06-30"],
  ]);
});

test("a range told in the past that had begun by the article's date is the one under way", () => {
  const { text, sentences } = parsed([
    ["The", "DT", 2, "det"],
    ["pier", "NN", 4, "nsubj:pass"],
    ["was", "VBD", 4, "aux:pass"],
    ["shut", "VBN", 0, "root"],
    ["from", "IN", 6, "case"],
    ["December", "NNP", 4, "obl"],
    ["to", "IN", 8, "case"],
    ["June", "NNP", 6, "nmod"],
  ]);
  assert.deepEqual(values(text, "2032-01-20", sentences), [
    ["December", "2031-12"],
    ["June", "2032-06"],
  ]);
});

test("ranges of clock times: a bare first hour is a time, and the first end is on the last end's day", () => {
  assert.deepEqual(values("Polls open between 7 and 10 a.m. and again from 2 to 4 p.m.", "2031-04-10"), [
    ["7", "2031-04-10T07:00"],
    ["10 a.m.", "2031-04-10T10:00"],
    ["2", "2031-04-10T14:00"],
    ["4 p.m.", "2031-04-10T16:00"],
  ]);
  // 2031-04-10 is a Thursday.
  assert.deepEqual(values("The strike lasted from 6 a.m. to 6 p.m. Tuesday.", "2031-04-10"), [
    ["6 a.m.", "2031-04-08T06:00"],
    ["6 p.m. Tuesday", "2031-04-08T18:00"],
  ]);
  assert.deepEqual(values("The talks ran from 11 to 1 p.m.", "2031-04-10"), [
    ["11", "2031-04-10T11:00"],
    ["1 p.m.", "2031-04-10T13:00"],
  ]);
  // A price before a clock time is no hour.
  assert.deepEqual(values("Guards earn $9 to 11 p.m. shifts.", "2031-04-10").length, 1);
});

test("a first clock time with minutes but no 'p.m.' takes the range end's half of the day ('6:30-7:30 p.m.')", () => {
  assert.deepEqual(
    values(
      "The debate filled the 6:30-7:30 p.m. slot, and the rerun ran (9:00-11:00 p.m. ET) too.",
      "2031-04-10",
    ),
    [
      ["6:30", "2031-04-10T18:30"],
      ["7:30 p.m.", "2031-04-10T19:30"],
      ["9:00", "2031-04-10T21:00"],
      ["11:00 p.m. ET", "2031-04-10T23:00"],
    ],
    "both ends of an evening slot are in the evening",
  );
  assert.deepEqual(
    values("The office is open 11:30-1:30 p.m. and 8:15-9:45 a.m. on Sundays.", "2031-04-10").slice(0, 4),
    [
      ["11:30", "2031-04-10T11:30"],
      ["1:30 p.m.", "2031-04-10T13:30"],
      ["8:15", "2031-04-10T08:15"],
      ["9:45 a.m.", "2031-04-10T09:45"],
    ],
    "a first end later on the clock than a p.m. end is still in the morning; an a.m. end keeps the morning",
  );
});

test("a range written day first ('12-13 November', 'on 3 and 4 September') dates its first day too", () => {
  assert.deepEqual(values("The summit is on 12-13 November in Lisbon.", "2031-10-01"), [
    ["12", "2031-11-12"],
    ["13 November", "2031-11-13"],
  ]);
  assert.deepEqual(values("The fair runs 12 to 15 March 2032.", "2031-10-01"), [
    ["12", "2032-03-12"],
    ["15 March 2032", "2032-03-15"],
  ]);
  assert.deepEqual(values("Talks were held on 3 and 4 September.", "2031-10-01"), [
    ["3", "2031-09-03"],
    ["4 September", "2031-09-04"],
  ]);
  // A price or a count before the date is no first day.
  assert.deepEqual(values("It cost $12-13 November prices.", "2031-10-01").length, 1);
});
