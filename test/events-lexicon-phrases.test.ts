// Invented sentences run through the full pipeline for the seventh batch of lexicon phrases: an idea
// floated is an option weighed (014), criticism dismissed is denied (016), ties strengthened are
// diplomatic cooperation (050), a government's legitimacy questioned is criticism (111, not the plain
// disapproval 110 of "questioned").
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

const has = (codes: string[], code: string) => codes.some((c) => c.split(" ")[1] === code);

test("a floated idea or possibility is an option considered", async () => {
  for (const text of [
    "Norwegian opposition leaders floated the idea of a snap election in the spring.",
    "The Danish prime minister has floated the possibility of closing the border.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(has(codes, "014"), `an option considered (014) in "${text}": ${codes.join("; ")}`);
  }
});

test("an idea floated to another party is no option its author weighs", async () => {
  const text = "The Norwegian government floated the idea to the Danish government on Monday.";
  const codes = await codesOf(text);
  assert.ok(!has(codes, "014"), `a proposal put to Denmark, not 014, in "${text}": ${codes.join("; ")}`);
});

test("criticism dismissed or brushed off is denied", async () => {
  for (const text of [
    "The Estonian defence minister dismissed criticism of the new army base.",
    "Chancellor Olaf Scholz brushed off criticism from the opposition on Tuesday.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(has(codes, "016"), `a denial (016) in "${text}": ${codes.join("; ")}`);
  }
});

test("ties strengthened with another state are diplomatic cooperation", async () => {
  const text = "The Estonian government has strengthened ties with Japan this year.";
  const codes = await codesOf(text);
  assert.ok(has(codes, "050"), `diplomatic cooperation (050) in "${text}": ${codes.join("; ")}`);
});

test("questioning a government's legitimacy is criticism, questioning alone disapproval", async () => {
  const text = "The Kremlin questioned the legitimacy of the Georgian government on Monday.";
  const codes = await codesOf(text);
  assert.ok(has(codes, "111"), `criticism (111) in "${text}": ${codes.join("; ")}`);
  const plain = await codesOf("The Kremlin questioned the decision of the Georgian government on Monday.");
  assert.ok(!has(plain, "111"), `a decision questioned stays disapproval: ${plain.join("; ")}`);
});

test("screws tightened or heat turned up on a party is pressure put on it (130)", async () => {
  for (const text of [
    "The Estonian government tightened the screws on Russia and Belarus this week.",
    "The Norwegian prime minister turned up the heat on Sweden over the fishing quotas.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(has(codes, "130"), `pressure (130) in "${text}": ${codes.join("; ")}`);
  }
  const text = "The mechanic tightened the screws on the old engine.";
  const codes = await codesOf(text);
  assert.ok(!has(codes, "130"), `screws in an engine press no one in "${text}": ${codes.join("; ")}`);
});
