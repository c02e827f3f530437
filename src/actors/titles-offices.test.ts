// Titles only capitalised before a name, names that only qualify a noun, and people between two
// offices (issue #6). Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { codeOn, stage } from "./test-helpers.js";

test("'Justice' before a name is a judge of the supreme court", () => {
  const body = "In Washington, Justice Wilma Okafor wrote that the U.S. law stood, and Okafor read it aloud.";
  assert.equal(codeOn(body, "Justice Wilma", "2019-03-04"), "USAJUD");
  assert.equal(codeOn(body, "Okafor read", "2019-03-04"), "USAJUD");
});

test("'justice' the common noun and 'Justice' inside a body's name are no judge", () => {
  const body =
    "The U.S. Senate wants the killers brought to justice. The Fair Justice Initiative sued Ohio, and " +
    "Egypt's Freedom and Justice Party walked out.";
  assert.equal(codeOn(body, "justice", "2019-03-04"), null);
  assert.notEqual(codeOn(body, "Justice Initiative", "2019-03-04"), "USAJUD");
  assert.notEqual(codeOn(body, "Justice Party", "2019-03-04"), "EGYJUD");
});

test("a name joined to a participle or '-era' only qualifies the noun after it", () => {
  const body = "Senators in Washington scrapped the Okafor-era rules, and Delacroix-funded groups protested.";
  // (the recognizer reads both as people's names)
  const names = ["Okafor-era", "Delacroix-funded"].map((text) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text, label: "PER", sentence: 0 };
  });
  const d = stage.run(DocumentSchema.parse({ ...textDocument("t", body, "2019-03-04"), entities: names }));
  for (const n of names) assert.ok(!d.mentions.some((m) => m.start === n.start), n.text);
  assert.equal(codeOn("Kim Jong-un tested a missile.", "Kim", "2019-03-04"), "PRKGOV");
});

// Hostile input: a 400,000-letter "name" with no spaces. The modifier check was one unanchored regex,
// quadratic in the name's length (minutes for this name). The timeout bounds that regression; the
// check itself takes milliseconds.
test("a name with no spaces stays linear", { timeout: 20_000 }, () => {
  const name = "A".repeat(400_000);
  const mentions = [{ start: 0, end: name.length, text: name, label: "PER", sentence: 0 }];
  const d = stage.run(DocumentSchema.parse({ ...textDocument("t", name, "2019-03-04"), entities: mentions }));
  assert.ok(Array.isArray(d.mentions), "the resolver finishes");
});

test("between two offices a person is an elite, not the holder of the later office", () => {
  // Joe Biden: vice president until January 2017, president from January 2021.
  assert.equal(codeOn("Joe Biden spoke in Iowa.", "Joe Biden", "2018-03-04"), "USAELI");
  assert.equal(codeOn("Joe Biden spoke in Iowa.", "Joe Biden", "2015-03-04"), "USAGOV");
  assert.equal(codeOn("Joe Biden spoke in Iowa.", "Joe Biden", "2022-03-04"), "USAGOV");
  // (the surname alone too, though a later office is still to come)
  assert.equal(codeOn("Democrats cheered Biden in Iowa.", "Biden", "2018-03-04"), "USAELI");
});

test("with no date, a title none of a person's offices has says what they were", () => {
  // Joe Biden's offices are all GOV, LEG or OPP: "former" makes him an elite, whatever the date.
  const d = stage.run(textDocument("t", "Former Vice President Joe Biden spoke in Iowa.", null));
  const m = d.mentions.find((x) => x.text.includes("Joe Biden"));
  assert.equal(d.actors.find((a) => a.id === m?.actorId)?.code, "USAELI");
});

test("an aide or spokesman named after an office holder works for that office", () => {
  // Nancy Pelosi was Speaker of the House in 2019 (USALEG).
  const body = "A Pelosi aide said the House vote would wait, and Pelosi spokesman Tom Orrin agreed.";
  assert.equal(codeOn(body, "A Pelosi aide", "2019-03-04"), "USALEG");
  assert.equal(codeOn(body, "Tom Orrin", "2019-03-04"), "USALEG");
});

test("a committee named after a legislature or its business is the legislature's", () => {
  const body =
    "The U.S. Senate Armed Services Committee questioned the general, and the Ways and Means Committee " +
    "delayed the tax bill, while the Olympic Committee met in Denver.";
  assert.equal(codeOn(body, "Armed Services", "2019-03-04"), "USALEG");
  assert.equal(codeOn(body, "Means Committee", "2019-03-04"), "USALEG");
  assert.notEqual(codeOn(body, "Olympic", "2019-03-04"), "USALEG");
});

test("Supreme Court justices, 2010s governors and senators, and US unions are known by date", () => {
  assert.equal(codeOn("Kavanaugh wrote the opinion.", "Kavanaugh", "2020-03-04"), "USAJUD");
  assert.equal(codeOn("Mitt Romney toured Ohio.", "Mitt", "2012-03-04"), "USAOPP");
  assert.equal(codeOn("Gov. Matt Bevin vetoed it.", "Matt", "2018-03-04"), "USAGOV");
  assert.equal(codeOn("Patty Murray objected.", "Patty", "2018-03-04"), "USALEG");
  assert.equal(codeOn("The AFL-CIO endorsed the plan.", "AFL", "2018-03-04"), "USALAB");
});

test("forces of rebels or of the opposition are rebels; police forces are police", () => {
  const body = "In Syria, opposition forces shelled the town, rebel forces advanced and police forces fired.";
  assert.equal(codeOn(body, "opposition forces", "2014-03-04"), "SYRREB");
  assert.equal(codeOn(body, "rebel forces", "2014-03-04"), "SYRREB");
  assert.equal(codeOn(body, "police forces", "2014-03-04"), "SYRCOP");
});

test("laws, holidays and the like that the recognizer takes for people are no actors", () => {
  const body = "Senators in Washington said Medicare would survive Brexit.";
  const names = ["Medicare", "Brexit"].map((text) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text, label: "PER", sentence: 0 };
  });
  const d = stage.run(DocumentSchema.parse({ ...textDocument("t", body, "2019-03-04"), entities: names }));
  for (const n of names) assert.ok(!d.mentions.some((m) => m.start === n.start), n.text);
});

test("'former' makes office holders elites, whether one, several or named after a seat of power", () => {
  const body =
    "In Washington, former officials criticised the plan, a former Pentagon official agreed, and " +
    "former students marched.";
  assert.equal(codeOn(body, "former officials", "2019-03-04"), "USAELI");
  assert.equal(codeOn(body, "a former Pentagon", "2019-03-04"), "USAELI");
  assert.equal(codeOn(body, "former students", "2019-03-04"), "USAEDU");
});

test("'Gov.' and 'Lt. Gov.' before a name are governors, not a lieutenant", () => {
  const body = "In the U.S. state of Ohio, Gov. Tom Orrin vetoed the bill and Lt. Gov. Ann Ruiz objected.";
  assert.equal(codeOn(body, "Tom Orrin", "2019-03-04"), "USAGOV");
  assert.equal(codeOn(body, "Ann Ruiz", "2019-03-04"), "USAGOV");
});

test("a UN ambassador is a country's envoy to the UN, not the UN", () => {
  const body = "The U.S. envoy, UN Ambassador Ann Ruiz, criticised the vote.";
  assert.equal(codeOn(body, "Ann Ruiz", "2019-03-04"), "USAGOV");
});

test("a title of the office a person has left names an elite", () => {
  // Matt Bevin was governor of Kentucky until December 2019.
  assert.equal(codeOn("Gov. Matt Bevin spoke in Frankfort.", "Matt", "2020-03-04"), "USAELI");
  assert.equal(codeOn("Gov. Matt Bevin spoke in Frankfort.", "Matt", "2018-03-04"), "USAGOV");
  // (a generic office title too: James Comey, FBI director (COP) until May 2017, as "Director")
  assert.equal(codeOn("Director James Comey spoke in Ohio.", "James", "2018-03-04"), "USAELI");
});

test("a person named with a country as given name is a person, not the country", () => {
  const body = "Chad Orvell praised the plan, and Chad objected to it.";
  // (the recognizer reads the first as a person's name)
  const start = body.indexOf("Chad Orvell");
  const names = [{ start, end: start + 11, text: "Chad Orvell", label: "PER", sentence: 0 }];
  const d = stage.run(DocumentSchema.parse({ ...textDocument("t", body, "2019-03-04"), entities: names }));
  const person = d.mentions.find((m) => m.start === start);
  assert.equal(person?.end, start + 11, "the mention spans the whole name");
  assert.notEqual(d.actors.find((a) => a.id === person?.actorId)?.code, "TCD", "the person is not Chad");
  const country = d.mentions.find((m) => m.start === body.indexOf("Chad objected"));
  assert.equal(d.actors.find((a) => a.id === country?.actorId)?.code, "TCD", "the country alone stays Chad");
});

test("a country word right before a one-word person's name is that person's given name", () => {
  const body = "Writer Chad Orvell said the talks failed. Troops in Chad Orvell visited stayed calm.";
  // (the recognizer reads only the surnames as people's names)
  const at = (from: number) => body.indexOf("Orvell", from);
  const names = [at(0), at(30)].map((start) => ({
    start,
    end: start + 6,
    text: "Orvell",
    label: "PER",
    sentence: 0,
  }));
  const d = stage.run(DocumentSchema.parse({ ...textDocument("t", body, "2019-03-04"), entities: names }));
  const first = d.mentions.find((m) => m.start === body.indexOf("Chad"));
  assert.equal(first?.end, at(0) + 6, "the name runs from the country word to the surname");
  assert.notEqual(d.actors.find((a) => a.id === first?.actorId)?.code, "TCD", "the writer is not Chad");
  const place = d.mentions.find((m) => m.start === body.indexOf("Chad", 30));
  assert.equal(
    d.actors.find((a) => a.id === place?.actorId)?.code,
    "TCD",
    "after 'in', Chad stays the country",
  );
});

test("Senator Ron Johnson (from 2011) is a lawmaker, not Boris Johnson or a civilian", () => {
  const body = "Sen. Ron Johnson objected to the bill. Johnson said it was flawed.";
  assert.equal(codeOn(body, "Sen. Ron Johnson", "2017-11-29"), "USALEG", "the titled senator");
  assert.equal(codeOn(body, "Johnson said", "2017-11-29"), "USALEG", "his surname alone");
});
