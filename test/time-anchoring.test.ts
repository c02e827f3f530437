// Which day and which direction relative expressions count from: the dateline's day, and the tense a
// month takes from its verb. Sentences and parses written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { storyDay } from "../src/time/reference.js";
import { directionAt, type ParsedSentence, type ParsedToken, parsedTense } from "../src/time/tense.js";
import { valueAt } from "../src/time/test-helpers.js";

/** A one-sentence parse from [word, xpos, head, deprel] rows; offsets follow single spaces. */
function parse(rows: Array<[string, string, number, string]>): { text: string; sentences: ParsedSentence[] } {
  let at = 0;
  const tokens: ParsedToken[] = rows.map(([text, xpos, head, deprel], i) => {
    const start = at;
    at += text.length + 1;
    const upos = xpos.startsWith("VB") ? "VERB" : xpos.startsWith("NNP") ? "PROPN" : "X";
    return { id: i + 1, start, end: start + text.length, text, xpos, upos, head, deprel };
  });
  const text = rows.map((r) => r[0]).join(" ");
  return { text, sentences: [{ start: 0, end: text.length, tokens }] };
}

/** The parse of a sentence placed `by` characters into a longer text. */
function shifted(p: { sentences: ParsedSentence[] }, by: number): ParsedSentence[] {
  return p.sentences.map((s) => ({
    start: s.start + by,
    end: s.end + by,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by })),
  }));
}

test("a wire dateline's day is the story's today when the timestamp is a day later", () => {
  const text =
    "LISBON, March 11 (Wire) --\n\nThe harbour authority said today that the strike would end on Sunday.";
  // 2022-03-12 is a Saturday: counted from the timestamp, "today" would be the Saturday.
  assert.equal(valueAt(text, "2022-03-12", "today"), "2022-03-11");
  assert.equal(valueAt(text, "2022-03-12", "March 11"), "2022-03-11");
  assert.equal(storyDay(text, { y: 2022, m: 3, d: 12 })?.d, 11);
});

test("a dateline far from the timestamp, or no dateline, leaves the timestamp as the story's day", () => {
  const far = "LISBON, February 2 (Wire) --\n\nThe harbour authority said today that talks had failed.";
  assert.equal(valueAt(far, "2022-03-12", "today"), "2022-03-12");
  const none = "The harbour authority in Lisbon said today that talks had failed.";
  assert.equal(valueAt(none, "2022-03-12", "today"), "2022-03-12");
  // A January timestamp reaches back to a December 31 dateline.
  const newYear = "OSLO, December 31 (Wire) --\n\nThe ferry company said today it would raise fares.";
  assert.equal(valueAt(newYear, "2023-01-01", "today"), "2022-12-31");
});

test("a present tense sends a weekday ahead but not a month", () => {
  // "Stocks are cheaper than in October ." said in January: the October just gone.
  const month = parse([
    ["Stocks", "NNS", 2, "nsubj"],
    ["are", "VBP", 3, "cop"],
    ["cheaper", "JJR", 0, "root"],
    ["than", "IN", 6, "case"],
    ["in", "IN", 6, "case"],
    ["October", "NNP", 3, "obl"],
    [".", ".", 3, "punct"],
  ]);
  const at = month.text.indexOf("October");
  assert.equal(parsedTense(month.sentences, at, at + 7), "present");
  assert.equal(valueAt(month.text, "2022-01-10", "October", month.sentences), "2021-10");
  // "The ferry sails Monday ." is still next Monday (2022-01-10 is a Monday: the next is the 17th).
  const weekday = parse([
    ["The", "DT", 2, "det"],
    ["ferry", "NN", 3, "nsubj"],
    ["sails", "VBZ", 0, "root"],
    ["Monday", "NNP", 3, "obl"],
    [".", ".", 3, "punct"],
  ]);
  assert.equal(valueAt(weekday.text, "2022-01-11", "Monday", weekday.sentences), "2022-01-17");
});

test("a present-tense tag on a word with no subject is a misread noun, not a present tense", () => {
  // "Orders followed a flat sales picture through August ." with "picture" mis-tagged as a verb.
  const misread = parse([
    ["Orders", "NNS", 2, "nsubj"],
    ["followed", "VBD", 0, "root"],
    ["a", "DT", 6, "det"],
    ["flat", "JJ", 6, "amod"],
    ["sales", "NNS", 6, "compound"],
    ["picture", "VBP", 2, "xcomp"],
    ["through", "IN", 8, "case"],
    ["August", "NNP", 6, "obl"],
    [".", ".", 2, "punct"],
  ]);
  const at = misread.text.indexOf("August");
  assert.equal(parsedTense(misread.sentences, at, at + 6), "past");
  assert.equal(valueAt(misread.text, "2022-10-27", "August", misread.sentences), "2022-08");
});

test("'has been' before a noun is a present perfect, so it reports the past", () => {
  // "The ferry has been idle since March ." said in February: last March.
  const perfect = parse([
    ["The", "DT", 2, "det"],
    ["ferry", "NN", 5, "nsubj"],
    ["has", "VBZ", 5, "aux"],
    ["been", "VBN", 5, "cop"],
    ["idle", "JJ", 0, "root"],
    ["since", "IN", 7, "case"],
    ["March", "NNP", 5, "obl"],
    [".", ".", 5, "punct"],
  ]);
  const at = perfect.text.indexOf("March");
  assert.equal(parsedTense(perfect.sentences, at, at + 5), "past");
});

test("without a parse, a participle after 'be' takes its tense from the auxiliary", () => {
  // 2022-03-09 is a Wednesday: "will be held ... Friday" is two days ahead.
  assert.equal(
    valueAt("The vote will be held in the capital on Friday.", "2022-03-09", "Friday"),
    "2022-03-11",
  );
  // "was held" still reports the past.
  assert.equal(valueAt("The vote was held in the capital on Friday.", "2022-03-09", "Friday"), "2022-03-04");
});

test("a deadline someone 'has until' lies ahead; one they 'had until' is past", () => {
  // 2022-03-09 is a Wednesday.
  assert.equal(valueAt("The tenants have until Friday to reply.", "2022-03-09", "Friday"), "2022-03-11");
  assert.equal(valueAt("The tenants had until Friday to reply.", "2022-03-09", "Friday"), "2022-03-04");
});

test("a month in a clause the parse puts in the past is the latest one, unless a word sets it ahead", () => {
  // "The ferry sank in August ." said in May: last August, though an August within four months with no
  // cue would be this year's.
  const sank = parse([
    ["The", "DT", 2, "det"],
    ["ferry", "NN", 3, "nsubj"],
    ["sank", "VBD", 0, "root"],
    ["in", "IN", 5, "case"],
    ["August", "NNP", 3, "obl"],
    [".", ".", 3, "punct"],
  ]);
  assert.equal(valueAt(sank.text, "2022-05-20", "August", sank.sentences), "2021-08");
  // "The lease was extended through August ." : a past act that sets a date ahead.
  const extended = parse([
    ["The", "DT", 2, "det"],
    ["lease", "NN", 4, "nsubj:pass"],
    ["was", "VBD", 4, "aux:pass"],
    ["extended", "VBN", 0, "root"],
    ["through", "IN", 6, "case"],
    ["August", "NNP", 4, "obl"],
    [".", ".", 4, "punct"],
  ]);
  assert.equal(valueAt(extended.text, "2022-05-20", "August", extended.sentences), "2022-08");
});

test("a story told in a past year keeps its undated days there; 'next' in another expression is no cue", () => {
  // The ferry sank in 2014; "June 2" with no year, read in March 2015, would otherwise be the June ahead.
  const text = "The ferry sank on May 28, 2014. The next day, June 2, divers reached the wreck.";
  assert.equal(valueAt(text, "2015-03-22", "June 2"), "2014-06-02");
  // Told about this year, the same undated day is still the one due within a few months.
  assert.equal(
    valueAt("The next day, June 2, divers reached the wreck.", "2015-03-22", "June 2"),
    "2015-06-02",
  );
  // A future cue of its own still sends it ahead.
  assert.equal(
    valueAt("The ferry sank on May 28, 2014. Divers will return on June 2.", "2015-03-22", "June 2"),
    "2015-06-02",
  );
});

test("the clause's direction skips cue words that belong to the expressions beside it", () => {
  const text = "The next day, June 2, divers reached the wreck.";
  const at = text.indexOf("June 2");
  assert.equal(directionAt(text, at, at + 6), "future");
  assert.equal(directionAt(text, at, at + 6, [{ start: 0, end: 12 }]), "past");
});

test("'the next month' in a clause the parse puts in the past counts from the story's month", () => {
  // "The ferry sank on Aug. 7, 1998 ." then "The next month police charged two men ."
  const first = "The ferry sank on Aug. 7, 1998 . ";
  const next = parse([
    ["The", "DT", 3, "det"],
    ["next", "JJ", 3, "amod"],
    ["month", "NN", 5, "obl:tmod"],
    ["police", "NNS", 5, "nsubj"],
    ["charged", "VBD", 0, "root"],
    ["two", "CD", 7, "nummod"],
    ["men", "NNS", 5, "obj"],
    [".", ".", 5, "punct"],
  ]);
  const shift = first.length;
  const sentences = next.sentences.map((s) => ({
    start: s.start + shift,
    end: s.end + shift,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
  }));
  assert.equal(valueAt(first + next.text, "2000-04-23", "The next month", sentences), "1998-09");
  // Without a past tense it is the month after the article's.
  assert.equal(valueAt(`${first}The next month will be busy.`, "2000-04-23", "The next month"), "2000-05");
});

test("a modal clause is not the past, even under a past reporting verb", () => {
  // "The judge said he must report on Feb. 9 ." said in January: this February, not last.
  const must = parse([
    ["The", "DT", 2, "det"],
    ["judge", "NN", 3, "nsubj"],
    ["said", "VBD", 0, "root"],
    ["he", "PRP", 6, "nsubj"],
    ["must", "MD", 6, "aux"],
    ["report", "VB", 3, "ccomp"],
    ["on", "IN", 8, "case"],
    ["Feb. 9", "NNP", 6, "obl"],
    [".", ".", 3, "punct"],
  ]);
  const at = must.text.indexOf("Feb. 9");
  assert.equal(parsedTense(must.sentences, at, at + 6), "present");
  assert.equal(valueAt(must.text, "2015-01-06", "Feb. 9", must.sentences), "2015-02-09");
  // With "have" the modal looks back: "could have met Monday".
  const have = parse([
    ["They", "PRP", 4, "nsubj"],
    ["could", "MD", 4, "aux"],
    ["have", "VB", 4, "aux"],
    ["met", "VBN", 0, "root"],
    ["Monday", "NNP", 4, "obl"],
    [".", ".", 4, "punct"],
  ]);
  const on = have.text.indexOf("Monday");
  assert.equal(parsedTense(have.sentences, on, on + 6), "past");
});

test("'until mid-October' after a past verb stays ahead; 'over the next month' counts from now", () => {
  const delayed = parse([
    ["Oregon", "NNP", 3, "nsubj"],
    ["has", "VBZ", 3, "aux"],
    ["delayed", "VBN", 0, "root"],
    ["its", "PRP$", 5, "nmod:poss"],
    ["exchange", "NN", 3, "obj"],
    ["until", "IN", 7, "case"],
    ["mid-October", "NNP", 3, "obl"],
    [".", ".", 3, "punct"],
  ]);
  assert.equal(valueAt(delayed.text, "2013-08-30", "mid-October", delayed.sentences), "2013-10");
  const over = parse([
    ["If", "IN", 3, "mark"],
    ["we", "PRP", 3, "nsubj"],
    ["saw", "VBD", 0, "root"],
    ["gains", "NNS", 3, "obj"],
    ["over", "IN", 8, "case"],
    ["the", "DT", 8, "det"],
    ["next", "JJ", 8, "amod"],
    ["month", "NN", 3, "obl"],
    [".", ".", 3, "punct"],
  ]);
  assert.equal(
    valueAt(
      `The fair opened on Aug. 7, 2011. ${over.text}`,
      "2012-09-07",
      "the next month",
      shifted(over, 33),
    ),
    "2012-10",
  );
});
