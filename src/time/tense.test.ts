// The lexical direction of a clause. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "./tagger.js";
import {
  directionAt,
  type ParsedSentence,
  parsedAdjective,
  parsedTense,
  presentBefore,
  presentScheduled,
  SAID_JUST_BEFORE,
} from "./tense.js";
import { parsedSentence, parsedText, type Row, valueAt } from "./test-helpers.js";

const at = (text: string, surface: string) => {
  const start = text.indexOf(surface);
  return directionAt(text, start, start + surface.length);
};

test("a future in the 'that' clause after the expression does not move it ahead", () => {
  assert.equal(at("The mayor hinted on Wednesday that she would resign.", "Wednesday"), "past");
  assert.equal(at("The mayor hinted in March that she would resign.", "March"), "past");
  // A future before the expression, or in its own clause, still governs it.
  assert.equal(at("The mayor said she would resign on Wednesday.", "Wednesday"), "future");
  assert.equal(at("The mayor arrives Tuesday, and she will resign.", "Tuesday"), "future");
});

test("'would not say' in a parsed clause is a refusal already made, not a future", () => {
  // The council chair wouldn't comment Monday.
  const { text, sentences } = parsedText([
    ["The", "DT", 3, "det"],
    ["council", "NN", 3, "compound"],
    ["chair", "NN", 6, "nsubj"],
    ["would", "MD", 6, "aux"],
    ["not", "RB", 6, "advmod"],
    ["comment", "VB", 0, "root"],
    ["Monday", "NNP", 6, "obl:tmod"],
  ]);
  const at = text.indexOf("Monday");
  assert.equal(parsedTense(sentences, at, at + 6), "past");
});

test("a hyphenated adjective ending in -ed ('long-awaited') is not a past verb", () => {
  assert.equal(at("The council is expected to hold a long-awaited vote Tuesday.", "Tuesday"), "future");
});

test("words in -ed that are not verbs ('United', 'need') are not past cues", () => {
  assert.equal(at("On Thursday, Friends United for Parks will begin a march.", "Thursday"), "future");
});

test("a future after a reporting verb and the expression belongs to what was reported", () => {
  assert.equal(at("The coach told her players on Friday she would step down.", "Friday"), "past");
  // Without a reporting verb before it, the future still governs.
  assert.equal(at("The board meets on Friday and will vote.", "Friday"), "future");
});

test("a future after a participle of saying that follows the expression is what was said", () => {
  assert.equal(
    at(
      "Hopes dimmed after the port authority released statements on Monday saying it would close the harbor.",
      "Monday",
    ),
    "past",
    "'saying it would' reports a plan; the statements came out on the latest Monday",
  );
  assert.equal(
    at("The port authority will meet on Monday, saying nothing before then.", "Monday"),
    "future",
    "a future before the expression still governs it",
  );
});

test("a weekday right after 'said' is the day of the saying, even when the parse hangs it on a present", () => {
  // The senator said Tuesday she plans to visit the port. (The parse attaches "Tuesday" to "plans".)
  const rows: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["senator", "NN", 3, "nsubj"],
    ["said", "VBD", 0, "root"],
    ["Tuesday", "NNP", 6, "obl:tmod"],
    ["she", "PRP", 6, "nsubj"],
    ["plans", "VBZ", 3, "ccomp"],
    ["to", "TO", 8, "mark"],
    ["visit", "VB", 6, "xcomp"],
    ["the", "DT", 10, "det"],
    ["port", "NN", 8, "obj"],
  ];
  const parsed = parsedSentence(rows, 0);
  const text = `${parsed.tokens.map((t) => t.text).join(" ")}.`;
  const sentences: ParsedSentence[] = [{ ...parsed, end: text.length }];
  // 2021-03-10 is a Wednesday: the Tuesday meant is the day before, not the one ahead.
  const [tuesday] = tagTimexes(text, "2021-03-10", sentences);
  assert.equal(tuesday.value, "2021-03-09");
  // A possessive weekday after "said" is what was said; a passive "to be announced" looks ahead.
  assert.equal(SAID_JUST_BEFORE.test("The coach said "), true);
  assert.equal(SAID_JUST_BEFORE.test("The plan is to be announced "), false);
  assert.equal(SAID_JUST_BEFORE.test("The minister told Parliament on "), true);
});

test("'would have' with a participle looks back, not ahead", () => {
  assert.equal(at("Without the storm, the council would have voted on Tuesday.", "Tuesday"), "past");
  assert.equal(at("Without the storm, the council would vote on Tuesday.", "Tuesday"), "future");
  // "would have" as a main verb ("would have a week") still looks ahead.
  assert.equal(at("The council would have a week from Tuesday to decide.", "Tuesday"), "future");
});

test("a weekday the parse puts in the past stays there, whatever the story's other mentions of it say", () => {
  const first: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["storm", "NN", 3, "nsubj"],
    ["hit", "VBD", 0, "root"],
    ["Thursday", "NNP", 3, "obl:tmod"],
  ];
  const second: [string, string, number, string][] = [
    ["Crews", "NNS", 3, "nsubj"],
    ["will", "MD", 3, "aux"],
    ["return", "VB", 0, "root"],
    ["Thursday", "NNP", 3, "obl:tmod"],
  ];
  const third: [string, string, number, string][] = [
    ["Repairs", "NNS", 2, "nsubj"],
    ["start", "VBP", 0, "root"],
    ["Thursday", "NNP", 2, "obl:tmod"],
  ];
  const sentences: ParsedSentence[] = [];
  let text = "";
  for (const rows of [first, second, third]) {
    sentences.push(parsedSentence(rows, text.length));
    text += `${rows.map((r) => r[0]).join(" ")}. `;
  }
  // 2021-03-10 is a Wednesday: the storm's Thursday is last week's, the crews' and repairs' tomorrow.
  const values = tagTimexes(text, "2021-03-10", sentences).map((t) => t.value);
  assert.deepEqual(values, ["2021-03-04", "2021-03-11", "2021-03-11"]);
});

test("'next to' is a place, not a future cue", () => {
  assert.equal(at("Crowds gather next to the depot on Friday.", "Friday"), "none");
  assert.equal(at("The depot reopens next on Friday.", "Friday"), "future");
});

test("a weekday the parse takes for a verb's object is its adjunct, timed by that verb's own tense", () => {
  const starts: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["fair", "NN", 3, "nsubj"],
    ["opens", "VBZ", 0, "root"],
    ["Thursday", "NNP", 3, "obj"],
  ];
  const text = `${starts.map((r) => r[0]).join(" ")}.`;
  const at = text.indexOf("Thursday");
  assert.equal(parsedTense([parsedSentence(starts, 0)], at, at + 8), "present");
  // A noun the tagger misread as a bare verb ("the mayor's visit Thursday") has no tense to lend.
  const misread: [string, string, number, string][] = [
    ["Her", "PRP$", 2, "nmod:poss"],
    ["visit", "VB", 0, "root"],
    ["Thursday", "NNP", 2, "obj"],
  ];
  const text2 = misread.map((r) => r[0]).join(" ");
  assert.equal(parsedTense([parsedSentence(misread, 0)], text2.indexOf("Thursday"), text2.length), null);
  // Nor does a reporting verb above it: an object's own verb alone counts.
  const reported: [string, string, number, string][] = [
    ["Aides", "NNS", 2, "nsubj"],
    ["said", "VBD", 0, "root"],
    ["crews", "NNS", 4, "obl:unmarked"],
    ["handle", "VBP", 2, "ccomp"],
    ["Thursday", "NNP", 4, "obj"],
  ];
  const text3 = reported.map((r) => r[0]).join(" ");
  assert.equal(parsedTense([parsedSentence(reported, 0)], text3.indexOf("Thursday"), text3.length), null);
});

test("an 'on' phrase hung on the verb's object or on a place is timed by the verb", () => {
  // The envoy flies to Lisbon on Friday.
  const place: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["envoy", "NN", 3, "nsubj"],
    ["flies", "VBZ", 0, "root"],
    ["to", "IN", 5, "case"],
    ["Lisbon", "NNP", 3, "obl"],
    ["on", "IN", 7, "case"],
    ["Friday", "NNP", 5, "nmod"],
  ];
  const text = place.map((r) => r[0]).join(" ");
  const at = text.indexOf("Friday");
  assert.equal(parsedTense([parsedSentence(place, 0)], at, at + 6), "present");
  // 2021-03-10 is a Wednesday: the Friday ahead.
  assert.equal(tagTimexes(`${text}.`, "2021-03-10", [parsedSentence(place, 0)])[0].value, "2021-03-12");
  // "The town mourns the losses on Friday": a common noun that is not the object keeps its own date.
  const event: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["town", "NN", 3, "nsubj"],
    ["mourns", "VBZ", 0, "root"],
    ["the", "DT", 5, "det"],
    ["losses", "NNS", 3, "obl"],
    ["on", "IN", 7, "case"],
    ["Friday", "NNP", 5, "nmod"],
  ];
  const text2 = event.map((r) => r[0]).join(" ");
  assert.equal(parsedTense([parsedSentence(event, 0)], text2.indexOf("Friday"), text2.length), null);
});

test("a present-tense verb shortly before a weekday the parse leaves unattached points it ahead", () => {
  // The final is on Sunday. ("Sunday" hung on "final" by the parse.)
  const rows: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["final", "NN", 0, "root"],
    ["is", "VBZ", 2, "cop"],
    ["on", "IN", 5, "case"],
    ["Sunday", "NNP", 2, "nmod"],
  ];
  const text = `${rows.map((r) => r[0]).join(" ")}.`;
  const sentences = [{ ...parsedSentence(rows, 0), end: text.length }];
  const at = text.indexOf("Sunday");
  assert.equal(presentBefore(sentences, text, at, at + 6), true);
  // 2021-03-10 is a Wednesday: the Sunday ahead.
  assert.equal(tagTimexes(text, "2021-03-10", sentences)[0].value, "2021-03-14");
  // A possessive or a determiner puts the weekday in a noun phrase; a participle or a past is no present.
  const own = "The final is Sunday's.";
  assert.equal(presentBefore(sentences, own, own.indexOf("Sunday"), own.indexOf("Sunday") + 6), false);
  const noun: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["final", "NN", 0, "root"],
    ["is", "VBZ", 2, "cop"],
    ["the", "DT", 5, "det"],
    ["Sunday", "NNP", 2, "nmod"],
  ];
  const text2 = noun.map((r) => r[0]).join(" ");
  const at2 = text2.indexOf("Sunday");
  assert.equal(presentBefore([parsedSentence(noun, 0)], text2, at2, at2 + 6), false);
  const past: [string, string, number, string][] = [
    ["The", "DT", 2, "det"],
    ["crowd", "NN", 3, "nsubj"],
    ["is", "VBZ", 4, "aux"],
    ["gone", "VBN", 0, "root"],
    ["since", "IN", 6, "case"],
    ["Sunday", "NNP", 4, "nmod"],
  ];
  const text3 = past.map((r) => r[0]).join(" ");
  const at3 = text3.indexOf("Sunday");
  assert.equal(presentBefore([parsedSentence(past, 0)], text3, at3, at3 + 6), false);
});

test("'future' parsed as an adjective of a noun ('the future mayor') is no time; 'the future of' neither", () => {
  // The future mayor spoke.
  const { text, sentences } = parsedText([
    ["The", "DT", 3, "det"],
    ["future", "JJ", 3, "amod"],
    ["mayor", "NN", 4, "nsubj"],
    ["spoke", "VBD", 0, "root"],
  ]);
  assert.equal(parsedAdjective(sentences, 4, 10), true);
  assert.deepEqual(tagTimexes(text, "2031-05-09", sentences), []);
  assert.deepEqual(tagTimexes("Voters argued over the future of the old mill.", "2031-05-09"), []);
  // The time to come is still one.
  const kept = tagTimexes("The mill may close in the future.", "2031-05-09");
  assert.deepEqual(
    kept.map((t) => t.value),
    ["FUTURE_REF"],
  );
});

test("a month timed by a present verb of schedule ('which expires in October') lies ahead", () => {
  // The old lease expires in October . (read in March)
  const lease = parsedText([
    ["The", "DT", 3, "det"],
    ["old", "JJ", 3, "amod"],
    ["lease", "NN", 4, "nsubj"],
    ["expires", "VBZ", 0, "root", "expire"],
    ["in", "IN", 6, "case"],
    ["October", "NNP", 4, "obl"],
  ]);
  const oct = lease.text.indexOf("October");
  assert.equal(presentScheduled(lease.sentences, oct, oct + 7), true);
  assert.equal(tagTimexes(lease.text, "2031-03-17", lease.sentences)[0]?.value, "2031-10");
  // Prices are lower than in October . (a comparison looks back)
  const prices = parsedText([
    ["Prices", "NNS", 3, "nsubj"],
    ["are", "VBP", 3, "cop"],
    ["lower", "JJR", 0, "root"],
    ["than", "IN", 3, "fixed"],
    ["in", "IN", 6, "case"],
    ["October", "NNP", 3, "obl"],
  ]);
  assert.equal(tagTimexes(prices.text, "2031-03-17", prices.sentences)[0]?.value, "2030-10");
  // The trial may last into October . (a modal keeps a verb of schedule ahead)
  const trial = parsedText([
    ["The", "DT", 2, "det"],
    ["trial", "NN", 4, "nsubj"],
    ["may", "MD", 4, "aux"],
    ["last", "VB", 0, "root"],
    ["into", "IN", 6, "case"],
    ["October", "NNP", 4, "obl"],
  ]);
  assert.equal(tagTimexes(trial.text, "2031-03-17", trial.sentences)[0]?.value, "2031-10");
});

test("an attribution after a comma does not pull a reported future into the past", () => {
  const text = "The army will withdraw from the town on Saturday, the ministry said on Tuesday.";
  const at = text.indexOf("Saturday");
  assert.equal(directionAt(text, at, at + "Saturday".length), "future");
  const talks = "Iran will hold talks with European envoys in Oslo on Friday, state radio reported.";
  const f = talks.indexOf("Friday");
  assert.equal(directionAt(talks, f, f + 6), "future");
  // A past clause keeps its own past.
  const left = "Rebels left the town on Saturday, the ministry said on Tuesday.";
  const s = left.indexOf("Saturday");
  assert.equal(directionAt(left, s, s + 8), "past");
});

test("'at the end of October' is timed by the verb the whole phrase hangs on, not by 'end'", () => {
  // The old lease expires at the end of October . (read in March)
  const lease = parsedText([
    ["The", "DT", 3, "det"],
    ["old", "JJ", 3, "amod"],
    ["lease", "NN", 4, "nsubj"],
    ["expires", "VBZ", 0, "root", "expire"],
    ["at", "IN", 7, "case"],
    ["the", "DT", 7, "det"],
    ["end", "NN", 4, "obl"],
    ["of", "IN", 9, "case"],
    ["October", "NNP", 7, "nmod"],
  ]);
  const out = tagTimexes(lease.text, "2031-03-17", lease.sentences);
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [["the end of October", "2031-10"]],
  );
  // A past verb that sets a term keeps it ahead: the city barred evictions through the end of May .
  const barred = parsedText([
    ["The", "DT", 2, "det"],
    ["city", "NN", 3, "nsubj"],
    ["barred", "VBD", 0, "root", "bar"],
    ["evictions", "NNS", 3, "obj"],
    ["through", "IN", 7, "case"],
    ["the", "DT", 7, "det"],
    ["end", "NN", 3, "obl"],
    ["of", "IN", 9, "case"],
    ["May", "NNP", 7, "nmod"],
  ]);
  assert.equal(tagTimexes(barred.text, "2031-04-20", barred.sentences)[0]?.value, "2031-05");
});

test("a month a vote is postponed until lies ahead; 'as early as' a month does not say which way", () => {
  assert.equal(valueAt("The vote was postponed until April.", "2031-09-10", "April"), "2032-04");
  assert.equal(valueAt("As early as January, he warned the board.", "2031-09-10", "January"), "2031-01");
});

test("a future in a clause on the noun a possessive day owns does not send the day ahead", () => {
  const text = "The team had a strong night in Monday's debate that will lift its poll numbers.";
  const at = text.indexOf("Monday");
  assert.equal(directionAt(text, at, at + 6), "past");
  // Without the relative clause the future still governs: "Monday's vote will decide the race."
  const vote = "Monday's vote will decide the race.";
  assert.equal(directionAt(vote, 0, 6), "future");
});

test("a day's event the story leads up to ('ahead of Tuesday's primary') lies ahead", () => {
  // 2032-06-18 is a Friday.
  const text = "Candidates crisscrossed the state ahead of Tuesday's primary.";
  assert.equal(valueAt(text, "2032-06-18", "Tuesday"), "2032-06-22");
  // A plain past clause keeps a weekday behind: "Candidates crisscrossed the state on Tuesday."
  assert.equal(
    valueAt("Candidates crisscrossed the state on Tuesday.", "2032-06-18", "Tuesday"),
    "2032-06-15",
  );
});

test("'soon' in a clause the parse puts in the past is 'shortly after', no time still to come", () => {
  // The envoy soon found himself isolated.
  const past = parsedText([
    ["The", "DT", 2, "det"],
    ["envoy", "NN", 4, "nsubj"],
    ["soon", "RB", 4, "advmod"],
    ["found", "VBD", 0, "root", "find"],
    ["himself", "PRP", 4, "obj"],
    ["isolated", "JJ", 4, "xcomp"],
  ]);
  assert.deepEqual(tagTimexes(past.text, "2031-05-09", past.sentences), []);
  // The envoy will soon leave.
  const future = parsedText([
    ["The", "DT", 2, "det"],
    ["envoy", "NN", 5, "nsubj"],
    ["will", "MD", 5, "aux"],
    ["soon", "RB", 5, "advmod"],
    ["leave", "VB", 0, "root"],
  ]);
  assert.equal(valueAt(future.text, "2031-05-09", "soon", future.sentences), "FUTURE_REF");
  // He was unlikely to leave any time soon.
  const idiom = parsedText([
    ["He", "PRP", 3, "nsubj"],
    ["was", "VBD", 3, "cop", "be"],
    ["unlikely", "JJ", 0, "root"],
    ["to", "TO", 5, "mark"],
    ["leave", "VB", 3, "xcomp"],
    ["any", "DT", 7, "det"],
    ["time", "NN", 8, "obl:npmod"],
    ["soon", "RB", 5, "advmod"],
  ]);
  assert.equal(valueAt(idiom.text, "2031-05-09", "soon", idiom.sentences), "FUTURE_REF");
});

test("a headline's present tense does not send a holiday a year ahead", () => {
  // Mayor Spends Christmas In Lisbon (a headline on its own line, then the story).
  const rows: Row[] = [
    ["Mayor", "NNP", 2, "nsubj"],
    ["Spends", "VBZ", 0, "root", "spend"],
    ["Christmas", "NNP", 2, "obj"],
    ["In", "IN", 5, "case"],
    ["Lisbon", "NNP", 2, "obl"],
  ];
  const parsed = parsedSentence(rows, 0);
  const headline = parsed.tokens.map((t) => t.text).join(" ");
  const text = `${headline}\n\nThe mayor stayed in the city over the holiday.`;
  const sentences: ParsedSentence[] = [{ ...parsed, end: headline.length }];
  assert.equal(
    valueAt(text, "2031-12-27", "Christmas", sentences),
    "2031-12-25",
    "the Christmas two days past, not next year's",
  );
  // The same words as a sentence of the story still look ahead.
  const story = `${headline}.`;
  assert.equal(
    valueAt(story, "2031-12-27", "Christmas", [{ ...parsed, end: story.length }]),
    "2032-12-25",
    "a present tense in running text points ahead",
  );
});

test("a photo caption's present tense shows a weekday past, not one ahead", () => {
  // Farmers Block A Road Thursday . (AP Photo/Ann Teller), a caption on its own line.
  const rows: Row[] = [
    ["Farmers", "NNS", 2, "nsubj"],
    ["block", "VBP", 0, "root"],
    ["a", "DT", 4, "det"],
    ["road", "NN", 2, "obj"],
    ["Thursday", "NNP", 2, "obl:tmod"],
    [".", ".", 2, "punct"],
  ];
  const parsed = parsedSentence(rows, 0);
  const sentence = parsed.tokens.map((t) => t.text).join(" ");
  const caption = `${sentence} (AP Photo/Ann Teller)\nThe talks broke down.`;
  // 2031-05-09 is a Friday.
  assert.equal(
    valueAt(caption, "2031-05-09", "Thursday", [{ ...parsed, end: sentence.length }]),
    "2031-05-08",
    "the Thursday the picture was taken",
  );
  // The same words in the story's text announce the day ahead.
  const story = `${sentence}\nThe talks broke down.`;
  assert.equal(
    valueAt(story, "2031-05-09", "Thursday", [{ ...parsed, end: sentence.length }]),
    "2031-05-15",
    "a present tense in running text points ahead",
  );
});

test("a time set off at the head of its sentence is timed by the main verb, though the parse hangs it on a noun", () => {
  // In March , a week after the fair , a storm flooded the town — parsed with "March" on "fair".
  const { text, sentences } = parsedText([
    ["In", "IN", 2, "case"],
    ["March", "NNP", 8, "obl"],
    [",", ",", 2, "punct"],
    ["a", "DT", 5, "det"],
    ["week", "NN", 8, "nmod:unmarked"],
    ["after", "IN", 8, "case"],
    ["the", "DT", 8, "det"],
    ["fair", "NN", 9, "nmod"],
    ["storm", "NN", 10, "nsubj"],
    ["flooded", "VBD", 0, "root"],
    ["the", "DT", 12, "det"],
    ["town", "NN", 10, "obj"],
  ]);
  const at = text.indexOf("March");
  assert.equal(
    parsedTense(sentences, at, at + 5),
    "past",
    "the fronted 'In March,' takes the tense of 'flooded'",
  );
  assert.equal(
    tagTimexes(text, "2024-10-20", sentences).find((t) => t.text.trim() === "March")?.value,
    "2024-03",
    "a past March named in October is this year's, not next year's",
  );
});

test("curly apostrophes ('won’t', 'we’ll') are future cues as the straight ones are", () => {
  assert.equal(
    at("The bakery won’t reopen for customers in November.", "November"),
    "future",
    "'won’t' with a typographic apostrophe still looks ahead",
  );
  assert.equal(at("We’ll see the new timetable on Friday.", "Friday"), "future", "'We’ll' looks ahead");
});

test("an 'in' phrase hung on the verb's object is timed by the verb; a date that is the predicate by its copula", () => {
  // The council approved the budget in December — parsed with "December" on "budget".
  const approved = parsedText([
    ["The", "DT", 2, "det"],
    ["council", "NN", 3, "nsubj"],
    ["approved", "VBD", 0, "root"],
    ["the", "DT", 5, "det"],
    ["budget", "NN", 3, "obj"],
    ["in", "IN", 7, "case"],
    ["December", "NNP", 5, "nmod"],
  ]);
  assert.equal(
    valueAt(approved.text, "2031-09-20", "December", approved.sentences),
    "2030-12",
    "'approved the budget in December', told in September, is last December",
  );
  // The last vote was in March — parsed with "March" as the root and "was" its copula.
  const was = parsedText([
    ["The", "DT", 3, "det"],
    ["last", "JJ", 3, "amod"],
    ["vote", "NN", 6, "nsubj"],
    ["was", "VBD", 6, "cop"],
    ["in", "IN", 6, "case"],
    ["March", "NNP", 0, "root"],
  ]);
  assert.equal(
    valueAt(was.text, "2031-01-10", "March", was.sentences),
    "2030-03",
    "'was in March', told in January, is last March, not the coming one",
  );
});

test("irregular past forms ('wrote', 'became', 'sent') are past cues as '-ed' verbs are", () => {
  assert.equal(
    at("The mayor wrote in a Saturday letter to the board.", "Saturday"),
    "past",
    "'wrote' dates the letter back",
  );
  assert.equal(
    at("The clerk on Thursday became the first to resign.", "Thursday"),
    "past",
    "'became' is past",
  );
  assert.equal(at("The Fed meets on Thursday.", "Thursday"), "none", "'Fed' is no past form of 'feed'");
});

test("a weekday with a future cue of its own is not sent back by the story's other mentions of that day", () => {
  const text =
    "The pantry reopened Friday after repairs. Volunteers said Friday that the roof had leaked. The board has scheduled a hearing on the roof for Friday.";
  const fridays = tagTimexes(text, "2031-05-21", []).filter((t) => t.text === "Friday");
  assert.deepEqual(
    fridays.map((t) => t.value),
    ["2031-05-16", "2031-05-16", "2031-05-23"],
    "the scheduled hearing keeps the coming Friday though two other Fridays are past",
  );
});

test("a future after 'whether' belongs to the question asked, not to the day it was asked", () => {
  assert.equal(
    at("Asked at a briefing on Friday whether she would resign, the mayor laughed.", "Friday"),
    "past",
    "'whether she would' does not send the briefing ahead",
  );
});

test("'likely to' and 'unlikely to' look ahead as 'expected to' does", () => {
  assert.equal(
    at("The ferry line is likely to keep its winter timetable through November.", "November"),
    "future",
    "'likely to keep ... through November' is a forecast",
  );
  assert.equal(
    at("Tuesday's council vote is unlikely to settle the fare dispute.", "Tuesday"),
    "future",
    "'unlikely to' is a forecast about Tuesday's vote",
  );
});

test("a base form right after its subject is a present the tagger misread ('the two mayors meet Monday')", () => {
  // The two mayors meet separately Monday — "meet" tagged VB and hung on nothing useful.
  const rows: Row[] = [
    ["The", "DT", 3, "det"],
    ["two", "CD", 3, "nummod"],
    ["mayors", "NNS", 0, "root"],
    ["meet", "VB", 3, "csubj"],
    ["separately", "RB", 4, "advmod"],
    ["Monday", "NNP", 4, "obl:unmarked"],
  ];
  const { text, sentences } = parsedText(rows);
  const at = text.indexOf("Monday");
  assert.equal(presentBefore(sentences, text, at, at + 6), true, "'mayors meet' is a present tense");
  assert.equal(valueAt(text, "2031-05-21", "Monday", sentences), "2031-05-26", "the coming Monday");
  // After "to" the base form is an infinitive, not a present.
  const infinitive: Row[] = [
    ["They", "PRP", 2, "nsubj"],
    ["agreed", "VBD", 0, "root"],
    ["to", "TO", 4, "mark"],
    ["meet", "VB", 2, "xcomp"],
    ["Monday", "NNP", 4, "obl:unmarked"],
  ];
  const inf = parsedText(infinitive);
  const at2 = inf.text.indexOf("Monday");
  assert.equal(presentBefore(inf.sentences, inf.text, at2, at2 + 6), false, "'to meet' is no present");
});

test("'past' parsed as an adjective of a noun ('the past three mayors') is no time; before a unit it is", () => {
  // Critics faulted the past three mayors .
  const { text, sentences } = parsedText([
    ["Critics", "NNS", 2, "nsubj"],
    ["faulted", "VBD", 0, "root"],
    ["the", "DT", 6, "det"],
    ["past", "JJ", 6, "amod"],
    ["three", "CD", 6, "nummod"],
    ["mayors", "NNS", 2, "obj"],
    [".", ".", 2, "punct"],
  ]);
  assert.deepEqual(tagTimexes(text, "2031-05-09", sentences), [], "'the past' modifies 'mayors'");
  // Critics faulted the past generation .
  const unit = parsedText([
    ["Critics", "NNS", 2, "nsubj"],
    ["faulted", "VBD", 0, "root"],
    ["the", "DT", 5, "det"],
    ["past", "JJ", 5, "amod"],
    ["generation", "NN", 2, "obj"],
    [".", ".", 2, "punct"],
  ]);
  assert.equal(
    tagTimexes(unit.text, "2031-05-09", unit.sentences).length,
    1,
    "a stretch of time after 'the past' keeps the expression",
  );
});

test("a weekday between a subject and its past verb is that verb's, though the parse hangs it on the subject", () => {
  // Read on Thursday 2021-06-10: the council on Wednesday rejected the plan, misparsed as the
  // bare verb "talk" heading the sentence with the weekday on its object.
  const rows: Row[] = [
    ["Radio", "NNP", 2, "nsubj"],
    ["talk", "VB", 0, "root"],
    ["host", "NN", 2, "obj"],
    ["Dana", "NNP", 3, "appos"],
    ["on", "IN", 6, "case"],
    ["Wednesday", "NNP", 3, "nmod"],
    ["mocked", "VBD", 2, "xcomp"],
    ["the", "DT", 9, "det"],
    ["plan", "NN", 7, "obj"],
  ];
  const { text, sentences } = parsedText(rows);
  const at = text.indexOf("Wednesday");
  assert.equal(parsedTense(sentences, at, at + 9), "past", "the past verb right after the weekday times it");
  assert.equal(valueAt(text, "2021-06-10", "Wednesday", sentences), "2021-06-09", "the Wednesday just gone");
  // The same words with a present verb after the weekday: the rule leaves the misparse alone.
  const present = parsedText(rows.map((r, i) => (i === 6 ? ["mocks", "VBZ", 2, "xcomp"] : r)));
  const at2 = present.text.indexOf("Wednesday");
  assert.notEqual(parsedTense(present.sentences, at2, at2 + 9), "past", "no past verb, no past");
});

test("a weekday owned by a determiner is no time set between a subject and its verb", () => {
  // "They will honor the Sunday injured", with "injured" misread as a past verb: "the" owns "Sunday".
  const { text, sentences } = parsedText([
    ["They", "PRP", 3, "nsubj"],
    ["will", "MD", 3, "aux"],
    ["honor", "VB", 0, "root"],
    ["the", "DT", 5, "det"],
    ["Sunday", "NNP", 3, "obj"],
    ["injured", "VBD", 3, "conj"],
  ]);
  const at = text.indexOf("Sunday");
  assert.equal(parsedTense(sentences, at, at + 6), "future", "the verb governing 'the Sunday' still decides");
});

test("a weekday that owns an unannounced event ('Sunday's attack') has already seen it", () => {
  // Read on Friday 2021-06-11: a present, even a future, clause does not send the attack ahead.
  const text = "Investigators will study Sunday's deadly attack on the depot for weeks.";
  assert.equal(valueAt(text, "2021-06-11", "Sunday"), "2021-06-06", "the Sunday just gone");
  // A planned event it owns still lies ahead in such a clause.
  const planned = "Investigators will study Sunday's vote on the depot.";
  assert.equal(valueAt(planned, "2021-06-11", "Sunday"), "2021-06-13", "a vote can be ahead");
});

test("a weekday owning a scheduled event that a present clause takes as its argument lies ahead", () => {
  // 2031-06-12 is a Thursday.
  const ahead = parsedText([
    ["Traders", "NNS", 2, "nsubj"],
    ["fear", "VBP", 0, "root"],
    ["that", "IN", 7, "mark"],
    ["Saturday", "NNP", 6, "nmod:poss"],
    ["'s", "POS", 4, "case"],
    ["vote", "NN", 7, "nsubj"],
    ["ends", "VBZ", 2, "ccomp"],
    ["the", "DT", 9, "det"],
    ["deal", "NN", 7, "obj"],
  ]);
  assert.equal(
    valueAt(ahead.text, "2031-06-12", "Saturday", ahead.sentences),
    "2031-06-14",
    "'Saturday's vote ends the deal' is the coming Saturday",
  );
  const after = parsedText([
    ["Both", "DT", 2, "nsubj"],
    ["claim", "VBP", 0, "root"],
    ["victory", "NN", 2, "obj"],
    ["after", "IN", 7, "case"],
    ["Tuesday", "NNP", 7, "nmod:poss"],
    ["'s", "POS", 5, "case"],
    ["debate", "NN", 2, "obl"],
  ]);
  assert.equal(
    valueAt(after.text, "2031-06-12", "Tuesday", after.sentences),
    "2031-06-10",
    "what comes after the debate has it behind",
  );
  const modal = parsedText([
    ["Tuesday", "NNP", 3, "nmod:poss"],
    ["'s", "POS", 1, "case"],
    ["vote", "NN", 6, "nsubj:pass"],
    ["could", "MD", 6, "aux"],
    ["be", "VB", 6, "aux:pass"],
    ["undone", "VBN", 0, "root"],
  ]);
  assert.equal(
    valueAt(modal.text, "2031-06-12", "Tuesday", modal.sentences),
    "2031-06-10",
    "a modal weighs a past vote as well",
  );
});

test("a weekday an event is called or scheduled for lies ahead, unless the plan is told from the past perfect", () => {
  // 2031-06-12 is a Thursday.
  assert.equal(
    valueAt(
      "The mayor called an emergency meeting for Saturday to discuss the flood.",
      "2031-06-12",
      "Saturday",
    ),
    "2031-06-14",
    "'called a meeting for Saturday' is the coming Saturday",
  );
  assert.equal(
    valueAt("The judge has scheduled a hearing in the case for Monday.", "2031-06-12", "Monday"),
    "2031-06-16",
    "a few words between the event and 'for' still set it ahead",
  );
  assert.equal(
    valueAt("The chair had planned a vote for Tuesday but put it off.", "2031-06-12", "Tuesday"),
    "2031-06-10",
    "a plan told from the past perfect is behind",
  );
});

/** A parsed sentence over `text`: each row's word is found in turn, so "wo" and "n't" may share "won't". */
function parseOver(text: string, from: number, rows: Row[]): ParsedSentence {
  let at = from;
  const tokens = rows.map(([word, xpos, head, deprel], i) => {
    const start = text.indexOf(word, at);
    assert.ok(start >= 0, `"${word}" not found after ${at}`);
    at = start + word.length;
    const verb = xpos.startsWith("VB") || xpos === "MD";
    return {
      id: i + 1,
      start,
      end: at,
      text: word,
      lemma: word.toLowerCase(),
      xpos,
      upos: verb ? "VERB" : "X",
      head,
      deprel,
    };
  });
  return { start: from, end: at, tokens };
}

/** Two sentences placing a weekday in the past, so that the story's vote for that weekday is past. */
function pastMentions(day: string): { text: string; sentences: ParsedSentence[] } {
  const text = `Rebels shelled the port ${day}. Ships docked ${day}. `;
  const second = text.indexOf("Ships");
  return {
    text,
    sentences: [
      parseOver(text, 0, [
        ["Rebels", "NNS", 2, "nsubj"],
        ["shelled", "VBD", 0, "root"],
        ["the", "DT", 4, "det"],
        ["port", "NN", 2, "obj"],
        [day, "NNP", 2, "obl:tmod"],
        [".", ".", 2, "punct"],
      ]),
      parseOver(text, second, [
        ["Ships", "NNS", 2, "nsubj"],
        ["docked", "VBD", 0, "root"],
        [day, "NNP", 2, "obl:tmod"],
        [".", ".", 2, "punct"],
      ]),
    ],
  };
}

test("a weekday opening a sentence whose subject then takes 'will' lies ahead, whatever the story's vote", () => {
  const { text: before, sentences } = pastMentions("Saturday");
  const text = `${before}On Saturday, he'll sign the decree.`;
  sentences.push(
    parseOver(text, before.length, [
      ["On", "IN", 2, "case"],
      ["Saturday", "NNP", 6, "obl"],
      [",", ",", 6, "punct"],
      ["he", "PRP", 6, "nsubj"],
      ["'ll", "MD", 6, "aux"],
      ["sign", "VB", 0, "root"],
      ["the", "DT", 8, "det"],
      ["decree", "NN", 6, "obj"],
      [".", ".", 6, "punct"],
    ]),
  );
  // 2021-03-10 is a Wednesday.
  const values = tagTimexes(text, "2021-03-10", sentences).map((t) => t.value);
  assert.deepEqual(values, ["2021-03-06", "2021-03-06", "2021-03-13"], "the signing is the coming Saturday");
});

test("'won't' before a weekday is a future the story's past vote does not overturn", () => {
  const { text: before, sentences } = pastMentions("Monday");
  const text = `${before}Teachers won't return Monday.`;
  sentences.push(
    parseOver(text, before.length, [
      ["Teachers", "NNS", 4, "nsubj"],
      ["wo", "MD", 4, "aux"],
      ["n't", "RB", 4, "advmod"],
      ["return", "VB", 0, "root"],
      ["Monday", "NNP", 4, "obl:tmod"],
      [".", ".", 4, "punct"],
    ]),
  );
  // 2021-03-10 is a Wednesday.
  const values = tagTimexes(text, "2021-03-10", sentences).map((t) => t.value);
  assert.deepEqual(values, ["2021-03-08", "2021-03-08", "2021-03-15"], "the teachers stay out next Monday");
});

test("a weekday after 'did' or after 'a recent' is behind, though the story's other mentions look ahead", () => {
  // 2021-03-10 is a Wednesday.
  assert.equal(
    valueAt(
      "The final vote is set for Saturday. He won the straw poll, much like he did Saturday.",
      "2021-03-10",
      "Saturday",
      [],
    ),
    "2021-03-13",
    "the first Saturday (the vote) is ahead",
  );
  const did = tagTimexes(
    "The final vote is set for Saturday. He won the straw poll, much like he did Saturday.",
    "2021-03-10",
  );
  assert.equal(did[1]?.value, "2021-03-06", "'he did Saturday' is the Saturday gone by");
  const recent = tagTimexes(
    "Volunteers met on a recent Thursday. The council will vote Thursday.",
    "2021-03-10",
  );
  assert.deepEqual(
    recent.map((t) => t.value),
    ["2021-03-04", "2021-03-11"],
    "'a recent Thursday' is behind, the vote ahead",
  );
});

test("a 'would' reporting a plan for a weekday keeps it ahead against the story's past vote", () => {
  const { text: before, sentences } = pastMentions("Friday");
  const text = `${before}The panel announced it would hold a hearing Friday.`;
  sentences.push(
    parseOver(text, before.length, [
      ["The", "DT", 2, "det"],
      ["panel", "NN", 3, "nsubj"],
      ["announced", "VBD", 0, "root"],
      ["it", "PRP", 6, "nsubj"],
      ["would", "MD", 6, "aux"],
      ["hold", "VB", 3, "ccomp"],
      ["a", "DT", 8, "det"],
      ["hearing", "NN", 6, "obj"],
      ["Friday", "NNP", 6, "obl:tmod"],
      [".", ".", 3, "punct"],
    ]),
  );
  // 2021-03-10 is a Wednesday.
  const values = tagTimexes(text, "2021-03-10", sentences).map((t) => t.value);
  assert.deepEqual(values, ["2021-03-05", "2021-03-05", "2021-03-12"], "the hearing is the coming Friday");
});

test("'is set to vote on Tuesday' and 'But on Tuesday, the state is expected to' keep the day ahead against a past vote", () => {
  const { text: before, sentences } = pastMentions("Tuesday");
  const text = `${before}The state is set to vote on Tuesday.`;
  sentences.push(
    parseOver(text, before.length, [
      ["The", "DT", 2, "det"],
      ["state", "NN", 4, "nsubj"],
      ["is", "VBZ", 4, "aux"],
      ["set", "VBN", 0, "root"],
      ["to", "TO", 6, "mark"],
      ["vote", "VB", 4, "xcomp"],
      ["on", "IN", 8, "case"],
      ["Tuesday", "NNP", 6, "obl"],
      [".", ".", 4, "punct"],
    ]),
  );
  // 2021-03-10 is a Wednesday.
  const values = tagTimexes(text, "2021-03-10", sentences).map((t) => t.value);
  assert.deepEqual(values, ["2021-03-09", "2021-03-09", "2021-03-16"], "the vote is the coming Tuesday");
  const fronted = `${before}But on Tuesday, the state is expected to vote.`;
  const frontedSentences = pastMentions("Tuesday").sentences;
  frontedSentences.push(
    parseOver(fronted, before.length, [
      ["But", "CC", 9, "cc"],
      ["on", "IN", 3, "case"],
      ["Tuesday", "NNP", 7, "obl"],
      [",", ",", 7, "punct"],
      ["the", "DT", 6, "det"],
      ["state", "NN", 7, "nsubj:pass"],
      ["is", "VBZ", 8, "aux:pass"],
      ["expected", "VBN", 0, "root"],
      ["to", "TO", 10, "mark"],
      ["vote", "VB", 8, "xcomp"],
      [".", ".", 8, "punct"],
    ]),
  );
  const frontedValues = tagTimexes(fronted, "2021-03-10", frontedSentences).map((t) => t.value);
  assert.deepEqual(
    frontedValues,
    ["2021-03-09", "2021-03-09", "2021-03-16"],
    "a fronted day before 'is expected to'",
  );
});

test("'The court in June struck down ...': a month after 'in' between a subject and its past verb is that verb's", () => {
  const { text, sentences } = parsedText([
    ["The", "DT", 2, "det"],
    ["court", "NN", 5, "nsubj"],
    ["in", "IN", 4, "case"],
    ["June", "NNP", 2, "nmod"],
    ["struck", "VBD", 0, "root"],
    ["down", "RP", 5, "compound:prt"],
    ["the", "DT", 8, "det"],
    ["map", "NN", 5, "obj"],
  ]);
  // Read in April 2031 the latest June is 2030's, not the coming one.
  assert.equal(valueAt(`${text}.`, "2031-04-20", "June", sentences), "2030-06", "the ruling is behind");
});
