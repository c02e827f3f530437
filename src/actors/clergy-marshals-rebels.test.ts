// Titles of clergy, the US Marshals, leaders of armed groups that fight in several countries, and outlets
// and people news names as event parties. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeOn } from "./test-helpers.js";

test("'Father', 'Rev.' and 'Reverend' before a name are clergy", () => {
  const body = "In Ohio, the U.S. state, Father Tom Orrin blessed the crowd and the Rev. Ann Ruiz prayed.";
  assert.equal(codeOn(body, "Tom", "2019-03-04"), "USAREL", "Father X is a priest");
  assert.equal(codeOn(body, "Ann", "2019-03-04"), "USAREL", "the Rev. X is clergy");
  assert.equal(codeOn("In Texas, Reverend Tom Orrin spoke.", "Tom", "2019-03-04")?.slice(3), "REL");
});

test("'father' the common noun and 'Founding Fathers' are no clergy", () => {
  const body = "In Ohio, his father Tom Orrin said the Founding Fathers were wise.";
  assert.notEqual(codeOn(body, "father", "2019-03-04"), "USAREL", "lower-case father is family");
  assert.notEqual(codeOn(body, "Fathers", "2019-03-04"), "USAREL", "the Founding Fathers are no priests");
});

test("the US Marshals are federal law enforcement, not the military", () => {
  assert.equal(codeOn("The U.S. Marshals arrested the suspect.", "Marshals", "2020-07-01"), "USACOP");
  assert.equal(codeOn("The Marshals Service detained two men.", "Marshals", "2020-07-01"), "USACOP");
});

test("a leader of a group fighting in several countries takes one of them, not an American story's", () => {
  const body = "In Washington, senators said Abu Bakr al-Baghdadi had threatened the U.S. Congress.";
  const code = codeOn(body, "Abu Bakr", "2015-03-04");
  assert.ok(
    code && code !== "USAREB" && code.endsWith("REB"),
    `Baghdadi is a rebel of the group's ground: ${code}`,
  );
  const there = "In Mosul, Iraq, Abu Bakr al-Baghdadi spoke, and Iraq's army attacked.";
  assert.equal(codeOn(there, "Abu Bakr", "2015-03-04"), "IRQREB", "in an Iraqi story, Iraq's");
});

test("outlets and a company news names as parties", () => {
  assert.equal(codeOn("ESPN reported the trade.", "ESPN", "2019-03-04"), "USAMED");
  assert.equal(codeOn("The Daily Wire reported the vote.", "Daily Wire", "2019-03-04"), "USAMED");
  assert.equal(codeOn("Burisma hired the lawyer.", "Burisma", "2019-03-04"), "UKRBUS");
});

test("a college that acts is a school, like a university", () => {
  const body = "In Ohio, Tarnwell College sued the state, and the college said it would appeal.";
  assert.equal(
    codeOn(body, "Tarnwell", "2019-03-04")?.slice(3),
    "EDU",
    "a name ending in College is a school",
  );
  assert.equal(codeOn(body, "the college", "2019-03-04")?.slice(3), "EDU", "the college is a school");
  const votes = "In Washington, the Electoral College met, and the U.S. Congress counted its votes.";
  assert.equal(codeOn(votes, "Electoral", "2020-12-14"), null, "the Electoral College is no school");
});

test("past presidents are elites after their term, the president during it", () => {
  assert.equal(codeOn("Richard Nixon praised the U.S. Army.", "Richard", "2019-03-04"), "USAELI");
  assert.equal(codeOn("Richard Nixon praised the U.S. Army.", "Richard", "1972-03-04"), "USAGOV");
});
