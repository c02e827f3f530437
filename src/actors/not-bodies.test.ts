// Capitalised words the resolver took for a body of the story's country: "the Union" of the Civil War,
// the State of the Union address, "Catholic" voters after a "Catholic University". Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeAt } from "./test-helpers.js";

test("the State of the Union is an occasion, neither a state nor a trade union", () => {
  const body =
    "Washington officials said the president would speak about jobs in his State of the Union address.";
  assert.equal(codeAt(body, "State of"), null, "'State' in 'State of the Union' is no government");
  assert.equal(codeAt(body, "the Union"), null, "'the Union' in 'State of the Union' is no trade union");
});

test("a capitalised 'the Union' no union's name came before is not labour", () => {
  const war = "Washington officials unveiled a statue of the general, who stayed loyal to the Union in 1861.";
  assert.equal(codeAt(war, "the Union"), null, "the federal Union is no trade union");
  const strike = "Washington officials met the teachers' union, and the union said it would strike.";
  assert.equal(codeAt(strike, "the union said"), "USALAB", "lower-case 'the union' is still labour");
  const school = "Washington officials said Ann Ruiz of the University of Tarsk agreed.";
  assert.equal(codeAt(school, "the University"), "USAEDU", "a university named after 'of' stays education");
  const west = "Washington officials said Ann Ruiz of the University of the Tarsk Islands agreed.";
  assert.equal(codeAt(west, "the University"), "USAEDU", "and after 'of the'");
});

test("a faith's adjective is no short name of a body that starts with it", () => {
  const body =
    "Ann Ruiz teaches at Catholic University in Washington. Catholic voters backed the senator, she said.";
  assert.equal(codeAt(body, "Catholic voters"), null, "'Catholic voters' are not Catholic University");
  assert.match(
    codeAt(body, "Catholic University") ?? "",
    /EDU$/,
    "the university by its full name is itself",
  );
});

test("'the union' is a trade union named before; 'the group' is no state body", () => {
  const union = "Washington officials met the Teamsters on Monday. The union said it would strike.";
  assert.equal(codeAt(union, "The union"), "USALAB", "the union after the Teamsters is labour");
  const group =
    "Washington officials said the Tarsk Safety Administration fined the plant. The group said it would appeal.";
  assert.notEqual(codeAt(group, "The group"), "USAGOV", "a state agency is no 'group'");
});

test("a video's page furniture names no press", () => {
  const body =
    "Seoul protested. Media playback is unsupported on your device Media caption Ann Ruiz explains the vote.";
  assert.equal(codeAt(body, "Media playback"), null, "'Media playback is unsupported' is no media");
  assert.equal(codeAt(body, "Media caption"), null, "'Media caption' is no media");
});
