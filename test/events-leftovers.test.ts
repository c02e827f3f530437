// Invented sentences run through the full pipeline: an economy or a career "destroyed", a platform
// banning an account, a politician "weighing in" and an uproar "quelled" are no material act, no
// political ban, no policy weighed and no repression; troops destroying homes, a state banning
// imports and police quelling riots still are.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

const has = (codes: string[], re: RegExp) => codes.some((c) => re.test(c));

test("an abstraction or a rival destroyed in words is no property destroyed", async () => {
  for (const text of [
    "Senator Vane said the tariff plan would destroy the economy of Ohio.",
    "The governor destroyed the free market with his new rules.",
    "Republicans are trying to destroy the career of a respected judge.",
    "Senator Vane said the Democrats wanted to destroy the Republican Party.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(
      !has(codes, / (1712|132) /),
      `rhetoric, not 1712 or a threat of it, in "${text}": ${codes.join("; ")}`,
    );
  }
});

test("troops and rioters destroying buildings still destroy property", async () => {
  for (const text of [
    "Israeli troops destroyed the homes of two attackers in Jenin.",
    "Rioters destroyed shops and cars in the city centre.",
    // (a government is unarmed, but a building of a party is property, not the party)
    "The Syrian government destroyed the headquarters of the opposition party in Aleppo.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(has(codes, / 1712 /), `buildings destroyed are 1712 in "${text}": ${codes.join("; ")}`);
  }
});

test("a platform banning a user's account imposes no political restriction", async () => {
  for (const text of [
    "Twitter banned his account on Friday after the post.",
    "Facebook banned Senator Vane from its platform for a week.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!has(codes, / 172\d? /), `a firm's own rule, not 172, in "${text}": ${codes.join("; ")}`);
  }
});

test("a government ban is still a restriction", async () => {
  const codes = await codesOf("The Thai government banned the opposition party on Monday.");
  assert.ok(has(codes, / 172\d? /), `a state banning a party is 172x: ${codes.join("; ")}`);
});

test("weighing in is a comment, not a policy weighed", async () => {
  const codes = await codesOf("Senator Vane weighed in on the dispute on Monday.");
  assert.ok(!has(codes, / 014 /), `no 014 for "weighed in": ${codes.join("; ")}`);
  assert.ok(has(codes, / 010 /), `"weighed in" is a comment (010): ${codes.join("; ")}`);
});

test("quelling an uproar is no repression; quelling riots is", async () => {
  const calm = await codesOf("The White House moved to quell the uproar over the senator's remarks.");
  assert.ok(!has(calm, / 175 /), `an uproar calmed is no 175: ${calm.join("; ")}`);
  const riots = await codesOf("French police quelled the riots in Marseille with tear gas.");
  assert.ok(has(riots, / 175 /), `riots quelled by police are 175: ${riots.join("; ")}`);
});

test("the platform a comment is made on is not the party it is about", async () => {
  for (const text of [
    "Senator Vane weighed in on Twitter late on Sunday.",
    "And on Sunday morning, Senator Vane again weighed in over Twitter.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(has(codes, / 010 /), `"weighed in" is a comment (010) in "${text}": ${codes.join("; ")}`);
    assert.ok(!has(codes, / 01\d USABUS$/), `Twitter is the medium, not the target: ${codes.join("; ")}`);
  }
});
