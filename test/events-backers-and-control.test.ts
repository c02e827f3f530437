// Invented sentences run through the full pipeline: a "<Country>-backed" group is the group, not its
// backer; a treaty left is no retreat of forces; a group's participle before its noun ("protesting
// farmers") is no act of the one who meets them; control taken of a business is no occupation; people
// marched away do not demonstrate; a clause of contrast names no party of the clause before it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codesOf } from "./helpers/events.js";

test("a group backed by a country is the group, not the country", async () => {
  const bombed = await codesOf("Saudi-led coalition jets bombed Iranian-backed Houthi rebels.");
  assert.ok(
    bombed.some((c) => / 19\d YEMREB$/.test(c)),
    `the Houthi rebels are the target: ${bombed.join("; ")}`,
  );
  assert.ok(!bombed.some((c) => /IRN$/.test(c)), `Iran, the backer, is no target: ${bombed.join("; ")}`);
  const struck = await codesOf("Israel struck Iranian-backed groups in Syria.");
  assert.ok(!struck.some((c) => / IRN/.test(c)), `Iran is not what Israel struck: ${struck.join("; ")}`);
  const arrested = await codesOf("The US-backed government arrested opposition leaders.");
  assert.ok(
    !arrested.some((c) => /^USA 173/.test(c)),
    `the backed government arrests, not the United States: ${arrested.join("; ")}`,
  );
  // (the backer still backs: "the Putin-backed candidate")
  const backing = await codesOf("Iran-backed militias attacked a US base in Iraq.");
  assert.ok(
    backing.some((c) => /^IRN 051 /.test(c)),
    `Iran backs the militias (051): ${backing.join("; ")}`,
  );
});

test("leaving a treaty or a deal cuts relations (160), troops leaving a place retreat (0874)", async () => {
  const treaty = await codesOf("Russia's withdrawal from the treaty worried NATO.");
  assert.ok(
    treaty.some((c) => /^RUS 160 /.test(c)),
    `a treaty left is 160: ${treaty.join("; ")}`,
  );
  assert.ok(!treaty.some((c) => / 0874 /.test(c)), `a treaty left is no retreat: ${treaty.join("; ")}`);
  const quit = await codesOf("Japan quit the whaling convention.");
  assert.ok(quit.includes("JPN 160 -"), `a convention quit is 160, no resignation: ${quit.join("; ")}`);
  const troops = await codesOf("Israel's withdrawal from Gaza was completed.");
  assert.ok(
    troops.some((c) => /^ISR 0874 /.test(c)),
    `a place left stays 0874: ${troops.join("; ")}`,
  );
});

test("a group's participle before its noun is no act of the verb's subject", async () => {
  const arrested = await codesOf("Police arrested protesting farmers in Delhi.");
  assert.ok(
    arrested.some((c) => / 173 /.test(c)),
    `the arrest stays (173): ${arrested.join("; ")}`,
  );
  assert.ok(!arrested.some((c) => / 14\d /.test(c)), `the police do not protest: ${arrested.join("; ")}`);
  const visited = await codesOf("The minister visited striking miners on Friday.");
  assert.ok(
    !visited.some((c) => / (19\d|14\d) /.test(c)),
    `the minister neither strikes nor attacks: ${visited.join("; ")}`,
  );
  const began = await codesOf("The senator began protesting the tariffs.");
  assert.ok(
    began.some((c) => / 140 /.test(c)),
    `a protest begun is one (140): ${began.join("; ")}`,
  );
});

test("control taken of a business or an office is no occupation (192); of a city it is", async () => {
  for (const text of [
    "The Chinese state will take control of the projects.",
    "The ministry gained control of the railway firm.",
    "Sessions never took control of the Justice Department.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!codes.some((c) => / 192 /.test(c)), `no occupation (192) in "${text}": ${codes.join("; ")}`);
  }
  const city = await codesOf("The Taliban seized control of Kabul.");
  assert.ok(
    city.some((c) => / 192 /.test(c)),
    `a city seized is occupied (192): ${city.join("; ")}`,
  );
  const land = await codesOf("Israel occupied the West Bank in 1967.");
  assert.ok(
    land.some((c) => /^ISR 192 /.test(c)),
    `land occupied stays 192: ${land.join("; ")}`,
  );
});

test("people marched away by others do not demonstrate (141)", async () => {
  const marched = await codesOf("Soldiers rounded up the villagers and most were marched away.");
  assert.ok(!marched.some((c) => / 141 /.test(c)), `no demonstration: ${marched.join("; ")}`);
  const rally = await codesOf("Thousands marched in Paris against the pension reform.");
  assert.ok(
    rally.some((c) => / 141 /.test(c)),
    `a march of protest stays 141: ${rally.join("; ")}`,
  );
});

test("a party in a clause of contrast after a comma is no target of the clause before it", async () => {
  const offered = await codesOf(
    "Modi offered incentives for investment, while the United States raised tariffs.",
  );
  assert.ok(
    !offered.some((c) => /^INDGOV \d+ USA$/.test(c)),
    `India offers nothing to the US: ${offered.join("; ")}`,
  );
  const met = await codesOf(
    "The German chancellor will meet with teacher groups, while the French president will meet with Angela Merkel.",
  );
  assert.ok(
    !met.some((c) => /^DEUGOV 03\d FRAGOV$/.test(c)),
    `the chancellor does not meet the French president: ${met.join("; ")}`,
  );
});

test("a price, fee or levy charged is no accusation (112); a party charged with a crime still is", async () => {
  for (const text of [
    "The Canadian government started charging levies on steel from Mexico.",
    "The Ohio cable firms are charging consumers rental fees for modems.",
    "Russia charged Ukraine higher prices for gas.",
  ]) {
    const codes = await codesOf(text);
    assert.ok(!codes.some((c) => / 112 /.test(c)), `no accusation in "${text}": ${codes.join("; ")}`);
  }
  const crime = await codesOf("French prosecutors charged the mayor with bribery.");
  assert.ok(
    crime.some((c) => / 1(12|73) /.test(c)),
    `a crime charged stays coded: ${crime.join("; ")}`,
  );
  const claim = await codesOf("The Kenyan opposition charged that the election was rigged.");
  assert.ok(
    claim.some((c) => / 112 /.test(c)),
    `a charge made in words stays 112: ${claim.join("; ")}`,
  );
});

test("a capital naming a pact ('the Paris climate accord') is no party to what is done to the pact", async () => {
  const left = await codesOf("The Brazilian president said he would pull out of the Paris climate accord.");
  assert.ok(
    left.some((c) => / 160 /.test(c)),
    `leaving the accord is 160: ${left.join("; ")}`,
  );
  assert.ok(!left.some((c) => /FRAGOV$/.test(c)), `France is no target: ${left.join("; ")}`);
  const deal = await codesOf("The United States pulled out of the Iran nuclear accord.");
  assert.ok(deal.includes("USA 160 IRN"), `a country named in the deal stays its party: ${deal.join("; ")}`);
});
