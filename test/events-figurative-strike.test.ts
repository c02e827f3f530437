// Invented sentences run through the full pipeline: "striking" as a remarkable adjective, a storm that
// strikes, fear or a tone struck, a clause struck from a bill, and lawmakers who "retaliate", "retake the
// House" or "storm out" use no force; air strikes and troops storming a town still do.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

const force = (codes: string[]) => codes.some((c) => / 19\d /.test(c));

test("'striking' as an adjective is no attack", async () => {
  for (const text of [
    "It is striking that the Canadian budget says so little about pensions.",
    "The two senators' tax plans are striking in their similarity.",
    "A new poll suggests the governor is within striking distance of the senator in Ohio.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!force(codes), `remarkable, not an attack, in "${text}": ${codes.join("; ")}`);
  }
});

test("a storm that strikes an island and kills is no one's attack", async () => {
  const codes = await codesOf("Hurricane Elsa struck the island of Haiti in August, killing 40 people.");
  assert.ok(!force(codes), `a hurricane neither attacks nor kills (19x): ${codes.join("; ")}`);
});

test("fear, a tone or a clause struck is no attack", async () => {
  for (const text of [
    "The senator's speech struck fear into the banks on Wall Street.",
    "The tone Jack Hale struck was one of regret, not anger.",
    "Two Republican senators backed an amendment to strike the provision, but it failed.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!force(codes), `an idiom, not an attack, in "${text}": ${codes.join("; ")}`);
  }
});

test("jets striking targets still attack", async () => {
  const codes = await codesOf("Israeli jets struck Hamas targets in Gaza on Monday.");
  assert.ok(force(codes), `an air strike is force (19x): ${codes.join("; ")}`);
});

test("lawmakers who retaliate, retake the House, storm out or wipe out a lead use no force", async () => {
  for (const text of [
    "Senate Republicans retaliated by blocking the president's judicial nominees for months.",
    "Democrats retook the House in 2018.",
    "The senator stormed out of a meeting with the two Democratic leaders.",
    "Senator Hale wiped out the governor's lead in the polls.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!force(codes), `politics, not force (18x-19x), in "${text}": ${codes.join("; ")}`);
  }
});

test("troops that storm a town or retake a city still use force", async () => {
  for (const text of [
    "Russian troops stormed the Ukrainian town of Kherson.",
    "Iraqi troops retook Mosul from the Islamic State.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(
      codes.some((c) => / 1[789]\d /.test(c)),
      `armed forces seizing a place act by force in "${text}": ${codes.join("; ")}`,
    );
  }
});
