// Phrases of news copy the time rules once misread: fractions of a point or a century, and weekdays a
// story reschedules to. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "../src/time/tagger.js";
import { parsedSentence, parsedText, type Row, valueAt } from "../src/time/test-helpers.js";

const values = (text: string, dct: string) => tagTimexes(text, dct).map((t) => [t.text, t.type, t.value]);

test("a quarter point is a fraction of a rate, not three months", () => {
  assert.deepEqual(values("The central bank cut its rate by a quarter point.", "2031-05-07"), []);
  assert.deepEqual(values("Lenders expect a quarter-point rise.", "2031-05-07"), []);
  // A quarter of the year is still one.
  assert.deepEqual(values("Sales slowed for a quarter.", "2031-05-07"), [["a quarter", "DURATION", "P1Q"]]);
});

test("a quarter century is twenty-five years: a duration, or a year counted back or on", () => {
  assert.deepEqual(values("The family ran the mill for a quarter century.", "2031-05-07"), [
    ["a quarter century", "DURATION", "P25Y"],
  ]);
  assert.deepEqual(values("The feud began nearly a quarter century ago.", "2031-05-07"), [
    ["nearly a quarter century ago", "DATE", "2006"],
  ]);
  assert.deepEqual(values("The dam opened in 1990; a quarter century later it failed.", "2031-05-07"), [
    ["1990", "DATE", "1990"],
    ["a quarter century later", "DATE", "2015"],
  ]);
  assert.deepEqual(values("Over the past quarter century the port has doubled.", "2031-05-07"), [
    ["the past quarter century", "DURATION", "P25Y"],
  ]);
});

test("a weekday a story postpones or adjourns to is the new date, ahead, whatever the verb's tense", () => {
  // 2031-05-07 is a Wednesday.
  assert.deepEqual(values("The launch was postponed until Friday.", "2031-05-07"), [
    ["Friday", "DATE", "2031-05-09"],
  ]);
  assert.deepEqual(values("The hearing was adjourned to Monday.", "2031-05-07"), [
    ["Monday", "DATE", "2031-05-12"],
  ]);
  // A weekday after "until" alone keeps the clause's direction.
  assert.deepEqual(values("The stalls stayed open until Friday.", "2031-05-07"), [
    ["Friday", "DATE", "2031-05-02"],
  ]);
});

test("'in the fall' is the season when the clause goes on; a fall in prices is not", () => {
  assert.deepEqual(values("The next vote is due in the fall.", "2031-02-20"), [
    ["the fall", "DATE", "2031-FA"],
  ]);
  assert.deepEqual(values("Retailers fear a slump by fall, analysts said.", "2031-02-20").slice(0, 1), [
    ["fall", "DATE", "2031-FA"],
  ]);
  assert.deepEqual(values("Shares rebounded after the fall in prices.", "2031-02-20"), []);
  assert.deepEqual(values("The coalition collapsed in the fall of 2029.", "2031-02-20"), [
    ["the fall of 2029", "DATE", "2029-FA"],
  ]);
});

test("a bare season a clause looks ahead to after it has ended this year is next year's", () => {
  assert.deepEqual(values("The new bridge will open in the summer.", "2031-11-20"), [
    ["the summer", "DATE", "2032-SU"],
  ]);
  assert.deepEqual(values("The new bridge is busy in the summer.", "2031-11-20"), [
    ["the summer", "DATE", "2031-SU"],
  ]);
});

test("US public holidays and Easter Monday are dates in the year the clause points to", () => {
  assert.deepEqual(values("Stores stayed open on Memorial Day.", "2031-06-15"), [
    ["Memorial Day", "DATE", "2031-05-26"],
  ]);
  assert.deepEqual(values("The strike will go on until Labor Day.", "2031-06-15"), [
    ["Labor Day", "DATE", "2031-09-01"],
  ]);
  assert.deepEqual(values("The march ended on Easter Monday.", "2031-06-15"), [
    ["Easter Monday", "DATE", "2031-04-14"],
  ]);
  assert.deepEqual(values("Crowds gathered on May Day.", "2031-06-15"), [["May Day", "DATE", "2031-05-01"]]);
  // With no article date a movable feast has no known day; a fixed one keeps its month and day.
  assert.deepEqual(
    tagTimexes("Banks close on Columbus Day and Boxing Day.", null).map((t) => t.value),
    ["XXXX-XX-XX", "XXXX-12-26"],
  );
});

test("a newspaper named for a weekday and a plea for patience are no time expressions", () => {
  assert.deepEqual(values("The Sunday Telegraph said on Sunday that talks had failed.", "2031-04-10"), [
    ["Sunday", "DATE", "2031-04-06"],
  ]);
  assert.deepEqual(values("Wait a minute, she said. Just a second.", "2031-04-10"), []);
  assert.deepEqual(values("The meeting lasted a minute.", "2031-04-10"), [["a minute", "DURATION", "PT1M"]]);
});

test("a long run of blanks keeps the rules linear and the offsets right", () => {
  const text = `Talks resume at midday${" ".repeat(40000)}on Friday, in the summer.`;
  const started = Date.now();
  const out = tagTimexes(text, "2031-04-10");
  assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    out.map((t) => t.text),
    ["midday", "Friday", "the summer"],
  );
});

test("'as soon as Tuesday', 'as early as Monday': the earliest a thing may come lies ahead", () => {
  // 2031-05-07 is a Wednesday.
  assert.deepEqual(values("The envoys could leave as soon as Tuesday, he said.", "2031-05-07"), [
    ["Tuesday", "DATE", "2031-05-13"],
  ]);
  assert.deepEqual(values("A ruling was expected as early as Monday.", "2031-05-07"), [
    ["Monday", "DATE", "2031-05-12"],
  ]);
});

test("a weekday a thing is scheduled or planned for lies ahead, whatever the clause's tense", () => {
  const text =
    "A second session, scheduled for Tuesday, was called off, and the mayor had visits planned for Thursday and Friday.";
  const out = tagTimexes(text, "2031-05-21", []);
  assert.deepEqual(
    out.map((t) => t.value),
    ["2031-05-27", "2031-05-22", "2031-05-23"],
    "read on a Wednesday: the scheduled session is next Tuesday, the visits this Thursday and Friday",
  );
});

test("a weekday after 'will' in its own clause keeps looking ahead though the story's other mentions of the day are past", () => {
  // The clinic shut on Saturday . Its staff left on Saturday . Its director said the clinic will reopen on Saturday .
  const first: Row[] = [
    ["The", "DT", 2, "det"],
    ["clinic", "NN", 3, "nsubj"],
    ["shut", "VBD", 0, "root"],
    ["on", "IN", 5, "case"],
    ["Saturday", "NNP", 3, "obl"],
    [".", ".", 3, "punct"],
    ["Its", "PRP$", 8, "nmod:poss"],
    ["staff", "NN", 9, "nsubj"],
    ["left", "VBD", 3, "parataxis"],
    ["on", "IN", 11, "case"],
    ["Saturday", "NNP", 9, "obl"],
    [".", ".", 9, "punct"],
  ];
  const second: Row[] = [
    ["Its", "PRP$", 2, "nmod:poss"],
    ["director", "NN", 3, "nsubj"],
    ["said", "VBD", 0, "root"],
    ["the", "DT", 5, "det"],
    ["clinic", "NN", 7, "nsubj"],
    ["will", "MD", 7, "aux"],
    ["reopen", "VB", 3, "ccomp"],
    ["on", "IN", 9, "case"],
    ["Saturday", "NNP", 7, "obl"],
    [".", ".", 3, "punct"],
  ];
  const one = parsedSentence(first, 0);
  const from = one.end;
  const two = parsedSentence(second, from);
  const text = [...first, ...second].map((r) => r[0]).join(" ");
  const out = tagTimexes(text, "2031-05-21", [one, { ...two, end: text.length }]);
  assert.deepEqual(
    out.map((t) => t.value),
    ["2031-05-17", "2031-05-17", "2031-05-24"],
    "read on a Wednesday: shut last Saturday, reopening next Saturday, though two mentions are past",
  );
});

test("a month's extent stops before a comma after a space or a dash's first hyphen", () => {
  assert.deepEqual(
    values("The audit began in May , but stalled.", "2031-07-02"),
    [["May", "DATE", "2031-05"]],
    "'May' without the space before the comma",
  );
  assert.deepEqual(
    values("Sales have grown since January -- a record, traders said.", "2031-07-02"),
    [["January", "DATE", "2031-01"]],
    "'January' without the hyphen of the dash",
  );
});

test("'the weekend' is the weekend before 'in', 'to' or 'that', which other units read as a span", () => {
  // 2031-05-07 is a Wednesday: the weekend of the clause is the one just past.
  assert.deepEqual(
    values("The mayor spent the weekend in Leeds.", "2031-05-07"),
    [["the weekend", "DATE", "2031-W18-WE"]],
    "the weekend before 'in' is the one just past",
  );
  assert.deepEqual(
    values("Farmers gathered over the weekend to protest.", "2031-05-07"),
    [["the weekend", "DATE", "2031-W18-WE"]],
    "the weekend before 'to' is the one just past",
  );
  assert.deepEqual(
    values("The weekend before the vote was quiet.", "2031-05-07"),
    [],
    "'the weekend before X' is X's",
  );
});

test("'that summer' closing its clause is the season of the year the story is in", () => {
  assert.deepEqual(
    values("In 2027 the band toured Norway that summer.", "2031-05-07"),
    [
      ["2027", "DATE", "2027"],
      ["that summer", "DATE", "2027-SU"],
    ],
    "the summer of 2027, the year the story is in",
  );
  assert.deepEqual(values("Crops that fall behind rot.", "2031-05-07"), [], "a verb 'fall' goes on");
});

test("years 'later' in a present clause reach the report's today, not years past it", () => {
  const rows: Row[] = [
    ["Three", "CD", 2, "nummod"],
    ["decades", "NNS", 3, "obl:npmod"],
    ["later", "RB", 8, "advmod"],
    [",", ",", 8, "punct"],
    ["the", "DT", 6, "det"],
    ["town", "NN", 8, "nsubj"],
    ["is", "VBZ", 8, "cop"],
    ["quieter", "JJR", 0, "root"],
    [".", ".", 8, "punct"],
  ];
  const { text, sentences } = parsedText(rows);
  assert.equal(
    valueAt(text, "2031-05-07", "Three decades later", sentences),
    "203",
    "the decade of the report",
  );
  const future: Row[] = rows.map((r) => (r[0] === "is" ? ["will", "MD", 8, "aux"] : r));
  const ahead = parsedText(future);
  assert.equal(
    valueAt(ahead.text, "2031-05-07", "Three decades later", ahead.sentences),
    "206",
    "a future tense still counts on from today",
  );
});

test("a bare weekday right after a verb's object is the verb's day, past or ahead", () => {
  // 2031-05-07 is a Wednesday.
  const issued = parsedText([
    ["Officials", "NNS", 2, "nsubj"],
    ["issued", "VBD", 0, "root"],
    ["a", "DT", 4, "det"],
    ["release", "NN", 2, "obj"],
    ["Monday", "NNP", 4, "appos"],
    ["and", "CC", 8, "cc"],
    ["will", "MD", 8, "aux"],
    ["respond", "VB", 2, "conj"],
    [".", ".", 2, "punct"],
  ]);
  assert.equal(
    valueAt(issued.text, "2031-05-07", "Monday", issued.sentences),
    "2031-05-05",
    "issued on the Monday just past, though 'will' follows",
  );
  const willIssue = parsedText([
    ["Officials", "NNS", 3, "nsubj"],
    ["will", "MD", 3, "aux"],
    ["issue", "VB", 0, "root"],
    ["a", "DT", 5, "det"],
    ["release", "NN", 3, "obj"],
    ["Monday", "NNP", 5, "appos"],
    [".", ".", 3, "punct"],
  ]);
  assert.equal(
    valueAt(willIssue.text, "2031-05-07", "Monday", willIssue.sentences),
    "2031-05-12",
    "to be issued next Monday",
  );
  const scheduled = parsedText([
    ["Leaders", "NNS", 3, "nsubj"],
    ["have", "VBP", 3, "aux"],
    ["scheduled", "VBN", 0, "root", "schedule"],
    ["a", "DT", 5, "det"],
    ["vote", "NN", 3, "obj"],
    ["Monday", "NNP", 5, "appos"],
    [".", ".", 3, "punct"],
  ]);
  assert.equal(
    valueAt(scheduled.text, "2031-05-07", "Monday", scheduled.sentences),
    "2031-05-12",
    "a vote scheduled for Monday lies ahead, though 'have scheduled' is past",
  );
});

test("'saying' right before a weekday dates words already said, whatever they promise", () => {
  // 2031-05-10 is a Saturday.
  assert.deepEqual(
    values("Officials are silent, saying Friday they will decide soon.", "2031-05-10").slice(0, 1),
    [["Friday", "DATE", "2031-05-09"]],
    "the Friday just past, though 'will' follows",
  );
});

test("a weekday a few words after a verb in -ed is the day it happened, unless the verb plans", () => {
  // 2031-05-07 is a Wednesday.
  assert.deepEqual(
    values("The draft unveiled Monday would cut taxes.", "2031-05-07"),
    [["Monday", "DATE", "2031-05-05"]],
    "unveiled on the Monday just past, though 'would' follows",
  );
  assert.deepEqual(
    values("Some of them disrupted the hearing on Monday, and more will come.", "2031-05-07").slice(0, 1),
    [["Monday", "DATE", "2031-05-05"]],
    "disrupted on the Monday just past",
  );
  assert.deepEqual(
    values("The report, expected Friday, will show growth.", "2031-05-07"),
    [["Friday", "DATE", "2031-05-09"]],
    "a report expected on Friday lies ahead",
  );
  assert.deepEqual(
    values("The museum will be reopened Friday.", "2031-05-07"),
    [["Friday", "DATE", "2031-05-09"]],
    "after 'be' the participle is a passive that looks ahead",
  );
});

test("a scraped gallery's slide, from 'Photos:' to 'Hide Caption', is a caption: its present is past", () => {
  // 2031-05-07 is a Wednesday.
  const slide = parsedText([
    ["Photos:", "NNS", 5, "dep"],
    ["The", "DT", 3, "det"],
    ["summit", "NN", 4, "compound"],
    ["Leaders", "NNS", 5, "nsubj"],
    ["shake", "VBP", 0, "root"],
    ["hands", "NNS", 5, "obj"],
    ["on", "IN", 8, "case"],
    ["Monday", "NNP", 5, "obl"],
    [".", ".", 5, "punct"],
    ["Hide", "VB", 0, "root"],
    ["Caption", "NN", 10, "obj"],
  ]);
  assert.equal(
    valueAt(slide.text, "2031-05-07", "Monday", slide.sentences),
    "2031-05-05",
    "the Monday just past, as in any photo caption",
  );
});

test("a day named as the modifier of an attack or a shooting has seen it, whatever the clause says", () => {
  // 2031-05-07 is a Wednesday.
  assert.deepEqual(
    values("Investigators will study the Dec. 14 school shooting.", "2031-05-07"),
    [["Dec. 14", "DATE", "2030-12-14"]],
    "the latest Dec. 14, though 'will' governs the clause",
  );
  assert.deepEqual(
    values("Investigators will study the Monday bombing.", "2031-05-07"),
    [["Monday", "DATE", "2031-05-05"]],
    "the Monday just past",
  );
  assert.deepEqual(
    values("Envoys will meet on Dec. 14 to discuss attacks.", "2031-05-07"),
    [["Dec. 14", "DATE", "2031-12-14"]],
    "a meeting about attacks still lies ahead",
  );
});
