// When and where an event happened: weeks and weekends as event dates, participle clauses and
// speaker tags that share the main clause's date, places inside a target's place phrase, and day
// names that are times, not parties. All sentences are invented.
import assert from "node:assert/strict";
import { test } from "node:test";
import { timexEventDate } from "../src/events/stage.js";
import type { Timex } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";
import { createPipeline } from "../src/pipeline/pipeline.js";

const pipeline = createPipeline({});

/** "verb cameo date place" per event. */
async function coded(text: string, published = "2024-05-14"): Promise<string[]> {
  const doc = (await pipeline).analyse(textDocument("t", text, published));
  return doc.events.map(
    (e) =>
      `${e.verb.text} ${e.cameo} ${e.date}${e.place ? ` @${e.place.name}` : ""} ${e.target?.text ?? "-"}`,
  );
}

const timex = (text: string, value: string): Timex =>
  ({ start: 0, end: text.length, text, type: "DATE", value }) as unknown as Timex;

test("a week that is not the article's gives its month; a weekend its Saturday", () => {
  // 2024-05-14 is a Tuesday in ISO week 20; week 19 runs from 6 to 12 May
  assert.equal(timexEventDate(timex("last week", "2024-W19"), "2024-05-14"), "2024-05");
  assert.equal(timexEventDate(timex("this week", "2024-W20"), "2024-05-14"), null);
  assert.equal(timexEventDate(timex("the weekend", "2024-W19-WE"), "2024-05-14"), "2024-05-11");
  // a week across two months belongs to the month holding its Thursday (ISO): 29 April - 5 May 2024
  assert.equal(timexEventDate(timex("that week", "2024-W18"), "2024-05-14"), "2024-05");
  assert.equal(timexEventDate(timex("on Sunday night", "2024-05-12TNI"), "2024-05-14"), "2024-05-12");
});

test("'last week' and 'over the weekend' date the event", async () => {
  const week = await coded("Rebel fighters ambushed a police convoy near Goma last week.");
  assert.ok(
    week.some((e) => e.startsWith("ambushed") && e.includes(" 2024-05 ")),
    week.join("; "),
  );
  const weekend = await coded("Insurgents attacked an army base in Niger over the weekend.");
  assert.ok(
    weekend.some((e) => e.startsWith("attacked") && e.includes(" 2024-05-11")),
    weekend.join("; "),
  );
});

test("a participle clause and its conjunct take the main clause's date", async () => {
  const got = await coded(
    "Russian forces shelled a market in Kherson on Friday, killing seven people and wounding 30.",
  );
  for (const verb of ["shelled", "killing", "wounding"])
    assert.ok(
      got.some((e) => e.startsWith(verb) && e.includes("2024-05-10")),
      `${verb}: ${got.join("; ")}`,
    );
});

test("a speaker's tag after the act neither takes its date nor cuts off its participle", async () => {
  const got = await coded(
    "Armed men stormed a guest house in Mogadishu on Friday evening, killing at least nine people, officials said.",
  );
  assert.ok(
    got.some((e) => e.startsWith("killing") && e.includes("2024-05-10")),
    got.join("; "),
  );
  const kidnap = await coded(
    "Islamist fighters kidnapped four aid workers in northern Mali on Sunday night, the police said in a statement.",
  );
  assert.ok(
    kidnap.some((e) => e.startsWith("kidnapped") && e.includes("2024-05-12")),
    kidnap.join("; "),
  );
  assert.ok(!kidnap.some((e) => e.startsWith("said") && e.includes("2024-05-12")), kidnap.join("; "));
});

test("a target named in a place phrase is also where the act happened", async () => {
  const got = await coded("Israeli jets struck targets in southern Lebanon.");
  assert.ok(
    got.some((e) => e.startsWith("struck") && e.includes("@Lebanon")),
    got.join("; "),
  );
});

test("a day's name is no party to the act", async () => {
  const got = await coded("Iraqi troops fired on protesters in Basra on Tuesday.");
  assert.ok(!got.some((e) => e.endsWith("Tuesday")), got.join("; "));
});

test("an unnamed crowd protesting is the civilians of the country it marches in", async () => {
  const doc = (await pipeline).analyse(
    textDocument("t", "Over 15,000 people marched through central Minsk on Sunday.", "2024-05-14"),
  );
  const codes = doc.events.filter((e) => e.root === "14").map((e) => e.source?.code);
  assert.ok(codes.includes("BLRCVL"), codes.join("; "));
});

test("unnamed people killed by a foreign force are civilians of the country it struck", async () => {
  const got = await coded("Russian missiles hit a depot in Kharkiv on Monday, killing eleven people.");
  assert.ok(
    got.some((e) => e.startsWith("killing") && e.endsWith(" people")),
    got.join("; "),
  );
  const doc = (await pipeline).analyse(
    textDocument(
      "t",
      "Russian missiles hit a depot in Kharkiv on Monday, killing eleven people.",
      "2024-05-14",
    ),
  );
  assert.ok(
    doc.events.some((e) => e.verb.text === "killing" && e.target?.code === "UKRCVL"),
    doc.events.map((e) => `${e.verb.text} ${e.target?.code}`).join("; "),
  );
});
