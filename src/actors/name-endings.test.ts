// Names that end in a group noun ("... Union", "... Group", "... Brothers") but are bands or firms, as
// the text itself says. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeAt } from "./test-helpers.js";

test("a band whose name ends in 'Union' or 'Brothers' is performers, not labour or business", () => {
  const before = "Washington officials came to hear the rock band Velvet Tarsk Union play on Friday.";
  assert.equal(
    codeAt(before, "Velvet"),
    "USACVL",
    "'the rock band Velvet Tarsk Union' is a band, not a trade union",
  );
  const after = "Washington officials cheered as Bell Orlov Brothers, a folk trio, sang.";
  assert.equal(
    codeAt(after, "Bell"),
    "USACVL",
    "'Bell Orlov Brothers, a folk trio' is a band, not a company",
  );
  const union = "Washington officials met the Tarsk Orlov Union on Monday.";
  assert.equal(codeAt(union, "Tarsk"), "USALAB", "a union no text calls a band is still labour");
});

test("a firm named after its noun keeps the group noun that ends its name", () => {
  const body = "Washington officials said the consulting firm Tarsk Group had advised them.";
  assert.equal(codeAt(body, "Tarsk"), "USABUS", "the consulting firm is a business");
  assert.equal(codeAt(body, "Group"), "USABUS", "'Group' is part of the firm's name, no group of its own");
});
