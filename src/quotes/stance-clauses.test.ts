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
