// Agencies, services, forces and parties that news names without their country ("the FBI said"),
// on sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadKnowledgeBase } from "../src/actors/kb-load.js";
import { createResolveStageWith } from "../src/actors/stage.js";
import type { Document } from "../src/model/index.js";
import { textDocument } from "../src/pipeline/document.js";

const stage = createResolveStageWith(loadKnowledgeBase());

function codeAt(d: Document, phrase: string): string | null {
  const at = d.body.indexOf(phrase);
  assert.ok(at >= 0, `phrase "${phrase}" is in the text`);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId)?.code ?? null) : null;
}

test("US agencies under their own names take their branch", () => {
  const d = stage.run(
    textDocument(
      "t",
      "The Justice Department and the FBI briefed the CIA, and the EPA fined a firm.",
      "2019-04-02",
    ),
  );
  assert.equal(codeAt(d, "Justice Department"), "USAGOV");
  assert.equal(codeAt(d, "FBI"), "USACOP");
  assert.equal(codeAt(d, "CIA"), "USASPY");
  assert.equal(codeAt(d, "EPA"), "USAGOV");
});

test("acronyms of agencies match only as written", () => {
  const d = stage.run(
    textDocument("t", "The cia of the story and the ice on the lake melted.", "2019-04-02"),
  );
  assert.equal(codeAt(d, "cia"), null);
  assert.equal(codeAt(d, "ice"), null);
});

test("other states' services, forces and ruling parties", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Mossad agents, the Revolutionary Guards, the People's Liberation Army and the Chinese Communist Party were named.",
      "2019-04-02",
    ),
  );
  assert.equal(codeAt(d, "Mossad"), "ISRSPY");
  assert.equal(codeAt(d, "Revolutionary Guards"), "IRNMIL");
  assert.equal(codeAt(d, "People's Liberation Army"), "CHNMIL");
  assert.equal(codeAt(d, "Chinese Communist Party"), "CHNGOV");
});

test("a central bank under its own name is government", () => {
  const d = stage.run(textDocument("t", "The Bundesbank raised its discount rate.", "1987-03-02"));
  assert.equal(codeAt(d, "Bundesbank"), "DEUGOV");
});

test("ministries by portfolio, in both word orders", () => {
  const d = stage.run(
    textDocument(
      "t",
      "The South Korean Unification Ministry and Kenya's Ministry of Health replied.",
      "2019-04-02",
    ),
  );
  assert.equal(codeAt(d, "South Korean Unification Ministry"), "KORGOV");
  assert.equal(codeAt(d, "Ministry of Health"), "KENGOV");
});

test("'the ministry' refers back to a 'Ministry of X' named last", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Russia's Emergency Situations Ministry and the Indian Ministry of External Affairs met. The ministry said it agreed.",
      "2019-04-02",
    ),
  );
  assert.equal(codeAt(d, "The ministry"), "INDGOV");
});

test("a people or creed between the country and the head does not hide the country", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Syrian Kurdish fighters and Iraqi Shiite militias clashed with Turkish troops.",
      "2019-04-02",
    ),
  );
  assert.equal(codeAt(d, "Syrian Kurdish fighters"), "SYRREB");
  assert.equal(codeAt(d, "Iraqi Shiite militias"), "IRQREB");
});

test("after an honorific a month name is a surname, elsewhere it is not", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Prime Minister Theresa May arrived. Mrs. May said the talks would resume in May.",
      "2018-06-01",
    ),
  );
  assert.equal(codeAt(d, "May said"), "GBRGOV");
  assert.equal(codeAt(d, "May."), null);
});

test("a son named after his father is not the father", () => {
  const d = stage.run(
    textDocument("t", "Donald Trump Jr. met reporters before President Donald Trump spoke.", "2018-06-01"),
  );
  assert.equal(codeAt(d, "Donald Trump Jr."), "USABUS");
  assert.equal(codeAt(d, "President Donald Trump"), "USAGOV");
});

test("congressional caucuses are the legislature", () => {
  const d = stage.run(textDocument("t", "House Democrats and Senate Republicans disagreed.", "2018-06-01"));
  assert.equal(codeAt(d, "House Democrats"), "USALEG");
  assert.equal(codeAt(d, "Senate Republicans"), "USALEG");
});

test("unnamed sources, dealers and 'one official' take the field's sector and the story's country", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Japan said it would act. One official said the plan failed. Banking sources said dealers were calm. A Soviet trade official said talks went on.",
      "1987-04-02",
    ),
  );
  assert.equal(codeAt(d, "One official"), "JPNGOV");
  assert.equal(codeAt(d, "Banking sources"), "JPNBUS");
  assert.equal(codeAt(d, "dealers"), "JPNBUS");
  assert.equal(codeAt(d, "Soviet trade official"), "SUNGOV");
});

test("an owner before a possessive is named even when what it owns is no actor", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Russia's criminal case grew. The Justice Department's criminal division agreed. We filed a criminal complaint.",
      "2021-03-01",
    ),
  );
  assert.equal(codeAt(d, "Russia"), "RUS");
  assert.equal(codeAt(d, "Justice Department"), "USAGOV");
  assert.equal(codeAt(d, "criminal complaint"), null);
});

test("foreign and overseas groups do not take the story's country", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Japan's Finance Ministry acted. Foreign brokers and overseas investors were let in. The foreign minister said.",
      "1987-03-01",
    ),
  );
  assert.equal(codeAt(d, "brokers"), null);
  assert.equal(codeAt(d, "investors"), null);
  assert.equal(codeAt(d, "foreign minister"), "JPNGOV");
});

test("a known surname right before another name word is someone else's given name", () => {
  const d = stage.run(
    textDocument(
      "t",
      "Abe Lincoln was quoted. Prime Minister Abe said the Obama Administration had agreed.",
      "2016-06-01",
    ),
  );
  assert.equal(codeAt(d, "Abe Lincoln"), null);
  assert.equal(codeAt(d, "Minister Abe"), "JPNGOV");
  assert.equal(codeAt(d, "Obama Administration"), "USAGOV");
});
