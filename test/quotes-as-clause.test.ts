// Reports in clauses of "as" ("As the mayor pointed out, ...") and reports whose speaker opens a
// sentence or a clause of time inside longer reported words. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "../src/quotes/test-helpers.js";

test("a fronted 'as' clause with a verb of saying reports the main clause", () => {
  const q = byCue(
    analysed("As the mayor pointed out, the new road will cut travel times in half."),
    "pointed out",
  );
  assert.equal(q?.source, "the mayor");
  assert.equal(q?.content, "the new road will cut travel times in half");
});

test("'as X put it' is a cue, with an appositive and a quote after a colon", () => {
  const list = analysed('As Tom Reed, a planner for the county, put it: "The road is a gift to drivers."');
  const q = byCue(list, "put it");
  assert.equal(q?.source, "Tom Reed, a planner for the county");
  assert.match(q?.content ?? "", /The road is a gift to drivers/);
});

test("a closing 'as' clause reports the words before it", () => {
  const q = byCue(
    analysed("The ferry will not reopen this year, as some have speculated."),
    "have speculated",
  );
  assert.equal(q?.source, "some");
  assert.equal(q?.content, "The ferry will not reopen this year");
});

test("'as' clauses of time or an ongoing act report no main clause", () => {
  const cases: Array<[string, string]> = [
    [
      "As the vote nears, the number of undecided farmers keeps falling in the valley.",
      "the number of undecided",
    ],
    ["The crowd cheered loudly, as the governor continued to speak about the dam.", "The crowd cheered"],
  ];
  for (const [text, main] of cases) {
    assert.equal(
      analysed(text).find((q) => q.content.startsWith(main)),
      undefined,
      text,
    );
  }
});

test("a report whose speaker opens its sentence stands inside longer reported words", () => {
  const list = analysed(
    "The mayor says the bridge is safe, according to the Daily Star. Tom Reed, her deputy, says the repairs will end in May, according to the same paper.",
  );
  assert.equal(byCue(list, "says")?.source, "The mayor");
  assert.ok(
    list.some((q) => q.source?.startsWith("Tom Reed")),
    JSON.stringify(list),
  );
});
