// Pronoun subjects of a reported clause ("X said it would ..."): coref.ts reportingSubjects. Invented
// sentences, parsed by hand so the test does not depend on the parser's model.
import assert from "node:assert/strict";
import { test } from "node:test";
import { handDocument, type Row } from "../events/test-helpers.js";
import type { Document } from "../model/index.js";
import { DocumentSchema } from "../model/index.js";
import { createAnalyseStage } from "../nlp/stage.js";
import { textDocument } from "../pipeline/document.js";
import { loadKnowledgeBase } from "./kb-load.js";
import { createResolveStageWith } from "./stage.js";
import { codeAt, stage as resolver } from "./test-helpers.js";

const stage = createResolveStageWith(loadKnowledgeBase());

function resolved(rows: Row[], word: string): string | null {
  const doc = handDocument(rows, [], "2021-05-01");
  const body = doc.body;
  const d: Document = stage.run(doc);
  const at = body.indexOf(` ${word} `) + 1;
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId)?.code ?? null) : null;
}

/** The name of the actor the resolver (no NLP) gives the mention at the first `word` of `body`. */
function nameAt(body: string, word: string): string | null {
  const d = resolver.run(DocumentSchema.parse(textDocument("test", body, "2016-10-20")));
  const at = body.indexOf(word);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return d.actors.find((a) => a.id === m?.actorId)?.name ?? null;
}

const analyse = await createAnalyseStage({});

/** The actor name at `word`, with the NLP analysis before the resolver. */
function analysedName(body: string, word: string, date = "1987-03-09"): string | null {
  const d = resolver.run(analyse.run(DocumentSchema.parse(textDocument("test", body, date))));
  const at = body.indexOf(word);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return d.actors.find((a) => a.id === m?.actorId)?.name ?? null;
}

// NATO backing the Afghan army said it would stay .
const backing: Row[] = [
  ["NATO", "PROPN", 6, "nsubj"],
  ["backing", "VERB", 1, "acl", "back"],
  ["the", "DET", 5, "det"],
  ["Afghan", "ADJ", 5, "amod"],
  ["army", "NOUN", 2, "obj"],
  ["said", "VERB", 0, "root", "say"],
  ["it", "PRON", 9, "nsubj"],
  ["would", "AUX", 9, "aux"],
  ["stay", "VERB", 6, "ccomp"],
  [".", "PUNCT", 6, "punct"],
];

test("a pronoun subject of what someone said is the one who said it, not the nearer phrase", () => {
  assert.equal(resolved(backing, "it"), resolved(backing, "NATO"));
});

test("a phrase between the verb of saying and the pronoun keeps the nearest reading", () => {
  // NATO told the Afghan army that it would stay .
  const rows: Row[] = [
    ["NATO", "PROPN", 2, "nsubj"],
    ["told", "VERB", 0, "root", "tell"],
    ["the", "DET", 5, "det"],
    ["Afghan", "ADJ", 5, "amod"],
    ["army", "NOUN", 2, "obj"],
    ["that", "SCONJ", 9, "mark"],
    ["it", "PRON", 9, "nsubj"],
    ["would", "AUX", 9, "aux"],
    ["stay", "VERB", 2, "ccomp"],
    [".", "PUNCT", 2, "punct"],
  ];
  assert.equal(resolved(rows, "it"), resolved(rows, "army"));
  assert.notEqual(resolved(rows, "it"), resolved(rows, "NATO"));
});

test("a possessive in a phrase fronted before the subject points forward to that subject", () => {
  const story =
    "Vladimir Putin spoke last week.\n\nIn his speech on Friday, Emmanuel Macron attacked the plan. He said it would fail.";
  assert.equal(codeAt(story, "his"), "FRAGOV");
  assert.equal(codeAt(story, "He said"), "FRAGOV");
  const two =
    "Vladimir Putin spoke last week.\n\nBut to many abroad, on the strength of his speech, Emmanuel Macron won.";
  assert.equal(codeAt(two, "his"), "FRAGOV");
});

test("a fronted possessive the subject does not suit, or one after the subject, looks back as before", () => {
  // "the ministry's" cannot be "his"; "police were looking for his" is no fronted phrase
  assert.equal(
    codeAt("Vladimir Putin spoke last week. Under his plan, the ministry's budget was cut.", "his"),
    "RUSGOV",
  );
  assert.equal(
    codeAt(
      "Vladimir Putin spoke last week. As of Monday, police were looking for his aides, including Emmanuel Macron.",
      "his",
    ),
    "RUSGOV",
  );
});

test("a bare surname two people share is the story's principal: the one named most, else first", () => {
  const story =
    "Democratic nominee Hillary Clinton debated Donald Trump on Wednesday.\n\n" +
    "Former President Bill Clinton and Ivanka Trump watched from the front row.\n\n" +
    "Clinton said the country was strong. Trump said it was weak.";
  assert.equal(nameAt(story, "Clinton said"), "Hillary Clinton");
  assert.equal(nameAt(story, "Trump said"), "Donald Trump");
  // Bill Clinton, named first and twice, is meant here
  const bill =
    "Bill Clinton spoke in Ohio. Bill Clinton then met Hillary Clinton. Clinton praised the crowd.";
  assert.equal(nameAt(bill, "Clinton praised"), "Bill Clinton");
});

test("'the company' in wire copy is the story's company, and a legal form after 'Group' ends its name", () => {
  // (the recognizer's spans matter here, so the whole analysis runs)
  const story =
    "Norvale Group Inc said it is seeking bank debt to complete its takeover of Tessin Aviation Inc.\n\n" +
    "Norvale said it has already bought 9.9 pct of Tessin's shares. The company said it expects to repay the loan.";
  assert.equal(analysedName(story, "Norvale Group Inc"), "Norvale Group Inc");
  assert.equal(analysedName(story, "The company"), "Norvale Group Inc");
});

test("a legal form after a company's name is part of it, not the surname of the story's other company", () => {
  const story =
    "Boeing Co said it won an order from Norvale Air Inc. Norvale Air Inc said the jets would fly in May.";
  assert.equal(nameAt(story, "Co said"), "Boeing");
});

test("'he' after a quote is not someone the quoted words name, unless no one else could be", () => {
  const story =
    'Tom Whitcomb ran the press office for a year.\n\nWhitcomb says the job is fluid. "When you work for Trump, put your seat belt on," he says.';
  assert.equal(analysedName(story, "he says"), "Tom Whitcomb");
  // an organisation quoted naming itself is still "it"
  const self = 'Haiti was named in the report. "El Salvador demands respect for its people," it said.';
  assert.equal(codeAt(self, "it said"), codeAt(self, "El Salvador"));
});

test("a capitalised word opening the sentence ('If', 'Despite', 'Although') starts no name", () => {
  const story =
    "Mitt Romney spoke in Ohio on Monday. If Romney wins the state, he will lead. Judicial Watch sued.";
  assert.equal(nameAt(story, "Romney wins"), "Mitt Romney");
  assert.equal(nameAt(story, "Judicial Watch"), "Judicial Watch");
});

test("a famous surname after another given name is someone else: 'Melania Trump', not Donald Trump", () => {
  const story = "Melania Trump visited a hospital in Ohio on Tuesday. Bob Mueller met Mr Netanyahu later.";
  assert.equal(analysedName(story, "Melania Trump", "2018-05-01"), "Melania Trump");
  // an honorific or the person's own short given name keeps the listed person
  assert.equal(analysedName(story, "Netanyahu", "2018-05-01"), "Benjamin Netanyahu");
  assert.equal(analysedName(story, "Mueller", "2018-05-01"), "Robert Mueller");
});

test("'the president' is someone whose role the title heads, not a vice president or a candidate", async () => {
  const { holdsTitle } = await import("./refs.js");
  assert.ok(holdsTitle("president", "president"));
  assert.ok(holdsTitle("president of Cuba", "president"));
  assert.ok(holdsTitle("army chief gen.", "army chief"));
  assert.ok(holdsTitle("white house chief of staff", "chief of staff"));
  for (const role of [
    "vice president",
    "presidential candidate",
    "senior adviser to the president",
    "former president",
  ])
    assert.ok(!holdsTitle(role, "president"), role);
  assert.ok(!holdsTitle("chairman", "man"));
});

test("'the president' after a former president is named is the one in office at the story's date", () => {
  const body =
    "Former President Barack Obama toured a factory in Ohio. The president later praised the tariffs.";
  const d = resolver.run(DocumentSchema.parse(textDocument("test", body, "2018-05-01")));
  const at = body.indexOf("The president");
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  assert.equal(
    d.actors.find((a) => a.id === m?.actorId)?.name,
    "Donald Trump",
    "the sitting president in 2018",
  );
  assert.equal(
    nameAt("President Barack Obama toured a factory. The president praised it.", "The president"),
    "Barack Obama",
    "in office at the date: still him",
  );
  const both = "Obama will honor Bill Clinton. All eyes will be on the president and the former president.";
  assert.notEqual(
    analysedCode(both, "the former president", "2013-11-19"),
    "USAGOV",
    "the former president is not the one in office",
  );
});

/** The actor code at `word`, with the NLP analysis before the resolver. */
function analysedCode(body: string, word: string, date: string): string | null {
  const d = resolver.run(analyse.run(DocumentSchema.parse(textDocument("test", body, date))));
  const at = body.indexOf(word);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return d.actors.find((a) => a.id === m?.actorId)?.code ?? null;
}

test("a name beside a title the knowledge base gives to another holder is that office's holder", () => {
  // In 2019 the knowledge base's national security adviser is someone else; the name beside it is meant.
  const body = "Trump's national security adviser, Jack Holloway, said the talks had failed.";
  assert.equal(
    analysedCode(body, "Jack Holloway", "2019-03-04"),
    "USAGOV",
    "the adviser is in the government",
  );
  // (one item of a list is another person)
  const list = "The president, Jack Holloway and Mary Fenwick met at noon.";
  assert.notEqual(analysedCode(list, "Jack Holloway", "2019-03-04"), "USAGOV", "a list item is no president");
});

test("'general counsel' is a title that takes the sector of the body it serves", () => {
  const agency = "The Pentagon's General Counsel Paul Rendt resigned on Friday.";
  assert.equal(
    analysedCode(agency, "Paul Rendt", "2019-03-04"),
    "USAGOV",
    "an agency's counsel is an official",
  );
  const foundation = '"We will fight this," Jo Bell, general counsel for the Tarsk Sports Foundation, said.';
  assert.equal(
    analysedCode(foundation, "Jo Bell", "2019-03-04"),
    "---NGO",
    "a foundation's counsel is its staff",
  );
});

test("an emphatic reflexive is the phrase it follows, and no one actor after a pair", () => {
  const pair =
    "Tarsk's army seized power. Vendalia and Orlov, themselves ruled by generals, said they would help.";
  assert.equal(
    analysedCode(pair, "themselves", "2023-08-01"),
    null,
    "'themselves' after 'Vendalia and Orlov' stands for both, no single actor",
  );
  const echo = "The senator met Ann Ruiz. The French soldiers themselves were not consulted.";
  assert.equal(
    analysedCode(echo, "themselves", "2023-08-01"),
    "FRAMIL",
    "'the French soldiers themselves' is the soldiers",
  );
});
