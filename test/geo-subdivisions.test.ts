// Regions, provinces and named features on sentences written for these tests.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { defaultGazetteer, type Gazetteer } from "../src/geo/gazetteer.js";
import { resolvePlaces } from "../src/geo/resolve.js";
import { DocumentSchema } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";

let gaz: Gazetteer;
before(() => {
  gaz = defaultGazetteer();
});

const places = (body: string) => resolvePlaces(DocumentSchema.parse(textDocument("t", body, null)), gaz);
const find = (body: string, surface: string) => places(body).find((p) => p.text === surface);

test("ISO subdivisions count in a story about their country or after a locative", () => {
  assert.equal(find("Venezuela said oil output in Zulia fell.", "Zulia")?.country, "VEN");
  assert.equal(find("Venezuela said oil output in Zulia fell.", "Zulia")?.kind, "region");
  assert.equal(find("Floods hit Guangxi and Hunan this week.", "Guangxi")?.country, "CHN");
  // Without its country and without "in", a subdivision name that is also a word or surname is left alone.
  assert.equal(find("Portuguesa scored twice for the club.", "Portuguesa"), undefined);
});

test("lower-case administrative words make a region of the name before them", () => {
  assert.equal(find("Gunmen struck in Zulia state overnight.", "Zulia state")?.country, "VEN");
  const province = find("Police said a bomb went off in Nangarhar province.", "Nangarhar province");
  assert.equal(province?.kind, "region");
  assert.equal(province?.country, "AFG");
  // A region the gazetteer knows keeps its own entry (and coordinates).
  const guangdong = find("Travellers entering Guangdong province face checks.", "Guangdong");
  assert.equal(guangdong?.kind, "region");
  assert.ok(guangdong?.lat !== null);
});

test("adjectives, pronouns and acronyms before 'state' are not regions", () => {
  const texts = places(
    "Officials in the Jewish state met. Neither state voted. A Palestinian state was discussed. GOP state senators met.",
  ).map((p) => p.text);
  assert.ok(!texts.some((t) => /state$/.test(t)), texts.join(", "));
});

test("feature words before a name: straits, gulfs, lakes and mountains", () => {
  const ps = places("Tankers crossed the Strait of Hormuz while fishermen worked on Lake Chad.");
  const strait = ps.find((p) => p.text === "Strait of Hormuz");
  assert.equal(strait?.kind, "other");
  assert.equal(strait?.country, null);
  assert.equal(ps.find((p) => p.text === "Lake Chad")?.country, "TCD");
  // Inside a longer capitalised name it is an institution, not a mountain.
  const school = places("She studies at Mount Alder Community High School.").map((p) => p.text);
  assert.ok(!school.some((t) => t.startsWith("Mount")), school.join(", "));
  // The same feature word alone before a name is a mountain.
  assert.ok(places("Climbers turned back below Mount Alder.").some((p) => p.text === "Mount Alder"));
});

test("a possessive before a feature gives its country; Arabic articles stay inside the name", () => {
  assert.equal(find("Kuwait said Iraq's Faw peninsula was shelled.", "Faw peninsula")?.country, "IRQ");
  const shatt = find("Iraq said boats moved along the Shatt al-Arab waterway.", "Shatt al-Arab waterway");
  assert.equal(shatt?.kind, "other");
  assert.equal(shatt?.country, "IRQ");
});

test("a small town before 'County' says nothing about the country", () => {
  const cook = find("Voters in Illinois went to the polls, and Cook County counted late.", "Cook County");
  assert.equal(cook?.country, "USA");
});

test("a county lies around the largest same-named place of its country", () => {
  const county = find(
    "Prosecutors in California said the case will be heard in San Diego County.",
    "San Diego County",
  );
  assert.equal(county?.country, "USA");
  // San Diego, California (about 32.7 N, 117.2 W), not the small Texas town of that name
  assert.ok(
    county?.lat && Math.abs(county.lat - 32.7) < 0.5 && county.lon && Math.abs(county.lon + 117.2) < 0.5,
    JSON.stringify(county),
  );
});

test("old country names: Zaire is the Democratic Republic of the Congo", () => {
  assert.equal(find("Egypt, Zaire and Uganda signed the accord.", "Zaire")?.country, "COD");
  // A former name gives no context: beside "Zaire", the bare "Congo" is still the other Congo.
  assert.equal(find("Egypt, Zaire, Congo and Uganda signed the accord.", "Congo")?.country, "COG");
});

test("a sizeable city after a place preposition is a place even when tagged as a person", () => {
  const body = "Dockers in Santos walked out, and Santos told reporters the strike would end.";
  const per = (start: number) => ({
    start,
    end: start + 6,
    text: "Santos",
    label: "PER" as const,
    sentence: 0,
  });
  const first = body.indexOf("Santos");
  const second = body.lastIndexOf("Santos");
  const d = DocumentSchema.parse({ ...textDocument("t", body, null), entities: [per(first), per(second)] });
  const found = resolvePlaces(d, gaz).filter((p) => p.text === "Santos");
  assert.deepEqual(
    found.map((p) => [p.start, p.country]),
    [[first, "BRA"]],
  );
});

test("a country before 'province' and a person's neighbourhood are no regions", () => {
  const ps = places("Farmers in the China province of Heilongjiang planted more soy this year.").map(
    (p) => p.text,
  );
  assert.ok(!ps.includes("China province"), ps.join(", "));
  assert.ok(ps.includes("Heilongjiang"), ps.join(", "));
  const hood = places("A vigil was held near Jane Roe's neighborhood in Hartford.").map((p) => p.text);
  assert.ok(!hood.some((t) => /neighborhood/.test(t)), hood.join(", "));
  assert.equal(
    find("He walked through the Jordaan neighbourhood of Amsterdam.", "Jordaan neighbourhood")?.kind,
    "other",
  );
});

test("a sizeable city keeps its reading over a subdivision of the same name", () => {
  assert.equal(find("Israel said the embassy would move to Jerusalem.", "Jerusalem")?.kind, "city");
});

test("'State' makes a region only of a name the gazetteer knows, and not before 'University'", () => {
  assert.equal(find("Troops moved into Kano State on Monday.", "Kano State")?.country, "NGA");
  const texts = places("Fans of the Sunshine State cheered, and the Battleground State average moved.").map(
    (p) => p.text,
  );
  assert.ok(!texts.some((t) => /State$/.test(t)), texts.join(", "));
  assert.equal(find("She teaches at Ohio State University.", "Ohio State"), undefined);
});

test("AP state abbreviations after a US city are the state; capitalised datelines are read", () => {
  const ps = places("A storm hit San Bernardino, Calif., and Lambertville, N.J., on Monday.");
  const byText = new Map(ps.map((p) => [p.text, p]));
  assert.equal(byText.get("Calif.")?.name, "California");
  assert.equal(byText.get("N.J.")?.kind, "region");
  assert.deepEqual(
    ps.map((p) => p.start),
    [...ps.map((p) => p.start)].sort((a, b) => a - b),
  );
  assert.equal(find("ST. LOUIS, MO., March 3 - Shares rose.", "ST. LOUIS")?.country, "USA");
  assert.equal(find("FRANKFURT, Oct 19 - The bank said profits rose.", "FRANKFURT")?.country, "DEU");
  // "D.C." is the gazetteer's own alias; the abbreviation rule adds no second copy of it.
  assert.ok(places("Talks in Washington, D.C., resumed.").filter((p) => p.text === "D.C.").length <= 1);
});

test("names meet across apostrophes and hyphens; nicknames with 'State' leave no town behind", () => {
  assert.equal(find("Soldiers guarded the terracotta army near Xi'an, China.", "Xi'an")?.country, "CHN");
  assert.equal(find("Over 30 of Philippines' banks agreed.", "Philippines")?.country, "PHL");
  assert.deepEqual(
    places("Lawmakers in the Golden State and the Badger State met.").map((p) => p.text),
    [],
  );
});
