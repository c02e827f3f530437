// Names that look like towns but, in the sentence, are acronyms, people, court cases or plain words.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { defaultGazetteer, type Gazetteer } from "../src/geo/gazetteer.js";
import { resolvePlaces } from "../src/geo/resolve.js";
import { DocumentSchema, type Entity } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";

let gaz: Gazetteer;
before(() => {
  gaz = defaultGazetteer();
});

function people(body: string, names: string[]): Entity[] {
  return names.map((n) => {
    const start = body.indexOf(n);
    return { start, end: start + n.length, text: n, label: "PER", sentence: 0 };
  });
}

const texts = (body: string, persons: string[] = []) =>
  resolvePlaces(
    DocumentSchema.parse({ ...textDocument("t", body, null), entities: people(body, persons) }),
    gaz,
  ).map((p) => `${p.text}/${p.country}`);

test("a two- or three-letter acronym is no town", () => {
  const found = texts("Talks in London with the EU went on into the night, and France agreed.");
  assert.ok(!found.includes("EU/FRA"), `"the EU" must not be the French town Eu: ${found}`);
  assert.ok(found.includes("London/GBR"), `London is still found: ${found}`);
});

test("a shouted word inside lower-case prose is emphasis, not a town", () => {
  const found = texts("The governor of Ohio wants STRONG penalties for the fraud.");
  assert.deepEqual(found, ["Ohio/USA"], `"STRONG" is emphasis, only Ohio is a place: ${found}`);
});

test("the parties to a court case are not places", () => {
  const found = texts("Lawyers in Texas cited Roe v. Wade and Smith vs. Jackson before the judges.");
  assert.deepEqual(found, ["Texas/USA"], `the names around "v." are parties: ${found}`);
});

test("a title with its full stop names a person: 'Mrs. Butterworth'", () => {
  const found = texts("Shoppers in Kentucky still buy Mrs. Butterworth syrup every week.");
  assert.deepEqual(found, ["Kentucky/USA"], `"Mrs. Butterworth" is a brand's person: ${found}`);
});

test("a small town in the story's country needs a sign that it is a place", () => {
  const bare = texts("Voters in Arizona were polled twice. Still, Page said the warrant was unfair.");
  assert.deepEqual(bare, ["Arizona/USA"], `bare "Still" and "Page" are a word and a surname: ${bare}`);
  const cued = texts("The storm hit Vermont and the town of Woodstock lost power.");
  const streets = texts("Marchers filled the streets of Woodstock as Vermont watched.");
  assert.ok(streets.includes("Woodstock/USA"), `"the streets of Woodstock" is a place: ${streets}`);
  assert.ok(
    cued.includes("Woodstock/USA"),
    `"the town of Woodstock" is a place even though it is small: ${cued}`,
  );
});

test("a small town counts when the story once puts it on the map or lists it with places", () => {
  const repeated = texts(
    "Protesters marched in Ferguson on Sunday across Missouri. Ferguson became a byword for the movement.",
  );
  assert.equal(
    repeated.filter((p) => p === "Ferguson/USA").length,
    2,
    `the second, bare "Ferguson" is the town named "in Ferguson" before: ${repeated}`,
  );
  const listed = texts("The tour stopped in the United States at Dallas, Ferguson, Baltimore and Boston.");
  assert.ok(listed.includes("Ferguson/USA"), `a town listed among cities is a place: ${listed}`);
});

test("the bare surname of a person the story names is that person", () => {
  const body = "Senator Mary Warren of Michigan spoke. Warren wants a new tax on the rich.";
  const found = texts(body, ["Mary Warren"]);
  assert.deepEqual(found, ["Michigan/USA"], `"Warren" is the senator again, not the city: ${found}`);
  const there = texts("Mary Warren grew up near Detroit. She opened an office in Warren, Mich., in May.", [
    "Mary Warren",
  ]);
  assert.ok(there.includes("Warren/USA"), `"in Warren, Mich." is the city: ${there}`);
});

test("words a scraper ran together are no part of a feature's name", () => {
  const found = texts(
    "Flooding hit Ohio. Senator Jane Downey Jane Ann DowneyHarbor Valley: new rules on data.",
  );
  assert.ok(
    !found.some((p) => p.includes("DowneyHarbor")),
    `"Jane Ann DowneyHarbor Valley" is a glued byline, not a valley: ${found}`,
  );
});

test("a person's name ending in a feature word is the person: 'pollster Robin Lake'", () => {
  const body = "Voters in Oregon are restless, said the pollster Robin Lake on Tuesday.";
  const found = texts(body, ["Robin Lake"]);
  assert.deepEqual(found, ["Oregon/USA"], `"Robin Lake" is the pollster, not a lake: ${found}`);
});

test("'to' and 'from' do not put a small town on the map: 'data from Gallup', 'point to Page'", () => {
  const found = texts(
    "Voters in Ohio were asked again. Critics point to Page and his trips; data from Gallup agree.",
  );
  assert.deepEqual(found, ["Ohio/USA"], `"Page" and "Gallup" are a man and a pollster here: ${found}`);
});

test("a small town right after a place's name ends another name: 'Florida Bay', 'Poland Spring'", () => {
  const found = texts("Rangers in Florida closed the waters of Florida Bay to boats.");
  assert.ok(!found.includes("Bay/USA"), `"Bay" is part of "Florida Bay", not a town: ${found}`);
});

test("a single quote opening a quotation is not part of the name: 'New York values'", () => {
  const found = texts("He mocked 'New York values' at a rally.");
  assert.ok(!found.includes("York/USA"), `the quoted name is New York, not York: ${found}`);
  assert.ok(found.includes("New York/USA"), `"New York" is found inside the quotes: ${found}`);
});

test("a possessive surname stays the person's even after 'in'", () => {
  const body = "Senator Mary Warren of Michigan spoke. The word recurs in Warren's proposal on taxes.";
  const found = texts(body, ["Mary Warren"]);
  assert.deepEqual(found, ["Michigan/USA"], `"in Warren's proposal" is the senator's plan: ${found}`);
});

test("a short town name in capitals opening a dateline is the town: 'RYE, N.H. -'", () => {
  const found = texts("RYE, N.H. - Voters lined up early at the town hall.");
  assert.ok(found.includes("RYE/USA"), `the dateline's "RYE" is Rye, New Hampshire: ${found}`);
  assert.ok(found.includes("N.H./USA"), `the state after it is kept: ${found}`);
});

test("'the island of' puts a small place on the map", () => {
  const found = texts("Boats reached the Greek island of Samos at dawn, and Greece sent doctors.");
  assert.ok(found.includes("Samos/GRC"), `"the island of Samos" is a place: ${found}`);
});

test("an administrative suffix outweighs a tagger that read the name as a person's", () => {
  const body = "Deputies of the Lawrence County Sheriff's Office in Mississippi cleared roads.";
  const found = texts(body, ["Lawrence County"]);
  assert.ok(found.includes("Lawrence County/USA"), `"Lawrence County" is a county: ${found}`);
});

test("a people's word is no town: 'Canadian affairs', 'the Baltic states', 'spoke English'", () => {
  const found = texts(
    "Officials in Texas said Canadian affairs, the Baltic states and the Arab world were far away; English was spoken.",
  );
  assert.deepEqual(found, ["Texas/USA"], `demonyms and languages are adjectives here: ${found}`);
});

test("a world city beats a small home-country town whose state the story never names", () => {
  const found = texts(
    "The president flew from the United States to the summit in Hamburg, where leaders met the United States envoy.",
  );
  assert.ok(found.includes("Hamburg/DEU"), `the summit's Hamburg is the German city: ${found}`);
  const home = texts("Storms swept across New York state. In Hamburg, the school closed.");
  assert.ok(home.includes("Hamburg/USA"), `with New York named, Hamburg is the town in New York: ${home}`);
});

test("a word opening a quotation does not glue itself to the place after it", () => {
  const found = texts("The slogan 'Make America great' was printed on hats.");
  assert.ok(found.includes("America/USA"), `"America" in the quoted slogan is the country: ${found}`);
});

test("the place ending an institution's name is no place of the story", () => {
  const found = texts(
    "A chemist at the University of Nebraska spoke in Omaha, and the Bank of Portugal kept its rates.",
  );
  assert.ok(!found.some((p) => p.startsWith("Nebraska")), `'University of Nebraska' is a school: ${found}`);
  assert.ok(!found.some((p) => p.startsWith("Portugal")), `'Bank of Portugal' is a bank: ${found}`);
  assert.ok(found.includes("Omaha/USA"), `the town named on its own is still a place: ${found}`);
});
