// A place name qualified once ("KINGSTON, Ontario -") keeps that reading when the story repeats it bare,
// and administrative regions the gazetteer lacks still get a point on the map.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { defaultGazetteer, type Gazetteer } from "../src/geo/gazetteer.js";
import { resolvePlaces } from "../src/geo/resolve.js";
import { type Document, DocumentSchema } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";

let gaz: Gazetteer;
before(() => {
  gaz = defaultGazetteer();
});

const places = (body: string) =>
  resolvePlaces(DocumentSchema.parse(textDocument("t", body, null)) as Document, gaz);
const all = (body: string, surface: string) => places(body).filter((p) => p.text === surface);

test("a dateline's qualified city is the city the body means by the bare name", () => {
  const paris = all(
    "PARIS, Texas (AP) — A tornado damaged dozens of homes in Paris overnight, the mayor said Wednesday.",
    "Paris",
  );
  assert.equal(paris.length, 1);
  assert.equal(paris[0].country, "USA");
  const kingston = all(
    "KINGSTON, Ontario — Canadian police charged two men with plotting an attack in Kingston, officials said.",
    "Kingston",
  );
  assert.equal(kingston[0]?.country, "CAN");
  const tripoli = all(
    "TRIPOLI, Lebanon — Clashes erupted between rival groups in Tripoli on Nov. 20 and went on for two days.",
    "Tripoli",
  );
  assert.equal(tripoli[0]?.country, "LBN");
});

test("a bare name with no qualifier before it is left to the story's context", () => {
  const p = all("Storms swept across France overnight. In Paris, the metro stopped.", "Paris");
  assert.equal(p[0]?.country, "FRA");
});

test("a name that is also a country is not pinned by a list after a comma", () => {
  const china = all("Rich nations such as Japan, China, America and Germany pledged funds.", "China");
  assert.ok(china.every((p) => p.kind === "country"));
});

test("an administrative region the gazetteer lacks gets its province's or country's point", () => {
  const kaduna = all(
    "Gunmen kidnapped 20 students in Kaduna state on Sunday night, Nigerian police said.",
    "Kaduna state",
  )[0];
  assert.equal(kaduna?.country, "NGA");
  assert.ok(kaduna && kaduna.lat !== null && Math.abs(kaduna.lat - 10.5) < 1.5);
  const logar = all(
    "An air strike hit a house in eastern Logar province, Afghan officials said.",
    "Logar province",
  )[0];
  assert.equal(logar?.country, "AFG");
  assert.ok(logar && logar.lat !== null && logar.lon !== null);
  // A county, a peninsula or a bay at the country's point would mislead: no point.
  const county = all(
    "Deputies in Harlan County, the sheriff said, found the truck empty.",
    "Harlan County",
  )[0];
  assert.ok(!county || county.lat === null);
});

test("conflict regions news names in English are places with points", () => {
  const text =
    "Fighting spread from North Kivu into South Kivu, while aid convoys waited in Tigray and Amhara and gunmen raided villages in Cabo Delgado.";
  const byText = new Map(places(text).map((p) => [p.text, p]));
  for (const [name, country] of [
    ["North Kivu", "COD"],
    ["South Kivu", "COD"],
    ["Tigray", "ETH"],
    ["Amhara", "ETH"],
    ["Cabo Delgado", "MOZ"],
  ]) {
    const p = byText.get(name);
    assert.equal(p?.country, country, name);
    assert.ok(p && p.lat !== null && p.lon !== null, name);
  }
  assert.equal(all("Shelling hit Zaporizhzhia overnight.", "Zaporizhzhia")[0]?.country, "UKR");
});

test("'Georgia' is the US state unless the story names the country otherwise too", () => {
  assert.equal(
    all("Election officials in Georgia will recount the ballots by hand, a spokeswoman said.", "Georgia")[0]
      ?.country,
    "USA",
  );
  assert.equal(
    all("Riot police in Georgia dispersed a rally outside parliament in Tbilisi on Sunday.", "Georgia")[0]
      ?.country,
    "GEO",
  );
});
