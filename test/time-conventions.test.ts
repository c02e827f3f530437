// TIMEX3 value conventions for vague and relative periods. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "../src/time/tagger.js";

const tagged = (text: string, dct: string | null, surface: string) => {
  const hit = tagTimexes(text, dct).find((t) => t.text === surface);
  assert.ok(hit, `expected "${surface}" in: ${JSON.stringify(tagTimexes(text, dct).map((t) => t.text))}`);
  return hit;
};

test("'the coming weeks' is a stretch of unstated length, like 'the next few weeks'", () => {
  const weeks = tagged(
    "The ferry line expects more delays in the coming weeks.",
    "2022-03-09",
    "the coming weeks",
  );
  assert.equal(weeks.type, "DURATION");
  assert.equal(weeks.value, "PXW");
  assert.equal(tagged("Fares may rise in coming years.", "2022-03-09", "coming years").value, "PXY");
  // "the future" stays a vague reference to what lies ahead.
  assert.equal(tagged("Fares may rise in the future.", "2022-03-09", "the future").value, "FUTURE_REF");
});

test("a date after 'since' has begun, so it is not next year's", () => {
  // 2023-01-06: November and October are behind, whatever the clause's tense says.
  assert.equal(tagged("The ferry has run late since Nov. 25.", "2023-01-06", "Nov. 25").value, "2022-11-25");
  assert.equal(
    tagged("Fares will stay frozen, as they have since October.", "2023-01-06", "October").value,
    "2022-10",
  );
});

test("'next Thursday' said on a Thursday is a week ahead; 'this Thursday' is today", () => {
  // 2023-01-05 is a Thursday.
  assert.equal(tagged("The board meets next Thursday.", "2023-01-05", "next Thursday").value, "2023-01-12");
  assert.equal(tagged("The board meets this Thursday.", "2023-01-05", "this Thursday").value, "2023-01-05");
  assert.equal(tagged("The board met last Thursday.", "2023-01-05", "last Thursday").value, "2022-12-29");
});

test("'two and a half years' keeps its whole number", () => {
  assert.equal(
    tagged("The strike lasted two and a half years.", "2023-01-05", "two and a half years").value,
    "P2Y6M",
  );
  assert.equal(
    tagged("The tunnel took one-and-a-half years.", "2023-01-05", "one-and-a-half years").value,
    "P1Y6M",
  );
  assert.equal(tagged("Repairs took a year and a half.", "2023-01-05", "a year and a half").value, "P1Y6M");
});

test("a decade written with an apostrophe is the latest such decade; 'the 20s' alone may be a temperature", () => {
  assert.equal(tagged("Rents were low in the '60s.", "2001-05-02", "the '60s").value, "196");
  assert.equal(tagged("Back in the 70's the port was busy.", "2001-05-02", "the 70's").value, "197");
  assert.equal(tagged("The mill closed in the early '90s.", "2001-05-02", "the early '90s").value, "199");
  assert.equal(tagged("Every pub was full in the '00s.", "2001-05-02", "the '00s").value, "200");
  assert.ok(!tagTimexes("Afternoon highs will be in the 20s.", "2001-05-02").some((t) => /20s/.test(t.text)));
});

test("'half a century ago' is fifty years back", () => {
  const t = tagged("The bridge opened half a century ago.", "2001-05-02", "half a century ago");
  assert.equal(t.type, "DATE");
  assert.equal(t.value, "1951");
});

test("a date followed by a count ('Aug. 17, 10 days after') stays a date", () => {
  const found = tagTimexes("The bridge reopened Aug. 17, 10 days after the flood.", "2022-08-20");
  assert.deepEqual(
    found.map((t) => [t.text, t.value]),
    [
      ["Aug. 17", "2022-08-17"],
      ["10 days", "P10D"],
    ],
  );
  assert.equal(
    tagged("The bridge opened Aug. 17, 1998, at noon.", "2022-08-20", "Aug. 17, 1998").value,
    "1998-08-17",
  );
});

test("'weekend' alone is not read as a Saturday; the weekend rules give the week value", () => {
  // 2022-03-09 is a Wednesday.
  const found = tagTimexes("The regatta is on the weekend of May 7.", "2022-03-09");
  assert.ok(!found.some((t) => t.text === "weekend"), JSON.stringify(found));
  // Since 3bee91c the whole phrase is one DATE: the weekend holding May 7 (a Saturday).
  assert.equal(
    tagged("The regatta is on the weekend of May 7.", "2022-03-09", "the weekend of May 7").value,
    "2022-W18-WE",
  );
  assert.equal(
    tagged("The crews will race this weekend.", "2022-03-09", "this weekend").value,
    "2022-W10-WE",
  );
});

test("'every few years' recurs at a period of unstated length", () => {
  const t = tagged("Floods return every few years.", "2022-03-09", "every few years");
  assert.equal(t.type, "SET");
  assert.equal(t.value, "PXY");
  assert.equal(tagged("Elections come every four years.", "2022-03-09", "every four years").value, "P4Y");
});

test("a document date in ISO 8601 basic format is read like the extended one", () => {
  assert.equal(tagged("The ferry sailed on Monday.", "20220309T0800", "Monday").value, "2022-03-07");
  assert.equal(tagged("The ferry sailed on Monday.", "2022-03-09T08:00:00Z", "Monday").value, "2022-03-07");
});

test("a season of a year named relative to the article's ('the spring of next year')", () => {
  assert.equal(
    tagged("The line opens in the spring of next year.", "2022-03-09", "the spring of next year").value,
    "2023-SP",
  );
  assert.equal(
    tagged("The line closed in the summer of last year.", "2022-03-09", "the summer of last year").value,
    "2021-SU",
  );
  assert.equal(
    tagged("The line closed in the summer of 1996.", "2022-03-09", "the summer of 1996").value,
    "1996-SU",
  );
});

test("'overnight' is the night that ended on the story's day, dated by its evening", () => {
  // As "last night" is: the night of March 8 ends on the morning of March 9.
  assert.equal(
    tagged("Shelling eased overnight, residents said.", "2022-03-09", "overnight").value,
    "2022-03-08TNI",
  );
  assert.equal(
    tagged("Shelling eased last night, residents said.", "2022-03-09", "last night").value,
    "2022-03-08TNI",
  );
});

test("uncounted decades are written in years, as counted ones are", () => {
  assert.equal(tagged("The feud lasted two decades.", "2022-03-09", "two decades").value, "P20Y");
  assert.equal(tagged("It ended a decades-long feud.", "2022-03-09", "decades-long").value, "PXY");
  assert.equal(tagged("Monks lived there for centuries.", "2022-03-09", "centuries").value, "PXY");
});
