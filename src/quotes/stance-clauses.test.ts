import assert from "node:assert/strict";
import { test } from "node:test";
import { analysed, byCue } from "./test-helpers.js";

// A position ("X declined to renew Y") ends where "and" or "but" opens a clause with a subject and
// verb of its own; coordinated objects and complements stay in. Sentences written for these tests.

test("a joined clause with its own subject is no part of the position", () => {
  assert.equal(
    byCue(
      analysed(
        "The sponsor declined to renew its contract with the club and the league could not find a new sponsor.",
      ),
      "declined",
    )?.content,
    "to renew its contract with the club",
    "the league's failure is not the sponsor's position",
  );
  assert.equal(
    byCue(
      analysed("Ruiz has not endorsed the levy and Baker withdrew his early support."),
      "has not endorsed",
    )?.content,
    "the levy",
  );
});

test("coordinated objects and complements stay in the position", () => {
  assert.equal(
    byCue(
      analysed("The founders wanted a mayor and the council to come to an accord on such appointments."),
      "wanted",
    )?.content,
    "a mayor and the council to come to an accord on such appointments",
    "'the council' is the second object, not a new subject",
  );
  assert.equal(
    byCue(
      analysed("Critics asked how much Ruiz knew about the leak and whether he tried to hide it."),
      "asked",
    )?.content,
    "how much Ruiz knew about the leak and whether he tried to hide it",
    "a second question joined by 'and whether'",
  );
});

test("a relative 'that' after the object keeps the object in the position", () => {
  assert.equal(
    byCue(analysed("The governor vetoed a bill that would have closed the ferry terminal."), "vetoed")
      ?.content,
    "a bill that would have closed the ferry terminal",
    "what was vetoed is the bill, not only its relative clause",
  );
  assert.equal(
    byCue(
      analysed("The council approved a plan that moves the ferry terminal to the north quay."),
      "approved",
    )?.content,
    "a plan that moves the ferry terminal to the north quay",
    "the plan is approved, with what it does",
  );
  assert.equal(
    byCue(analysed("The mayor told reporters that the ferry would sail."), "told")?.content,
    "that the ferry would sail",
    "a 'that' opening the reported clause still starts the words",
  );
});
