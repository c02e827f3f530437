import assert from "node:assert/strict";
import { test } from "node:test";
import { applyNerRules, harmoniseDocument, type Span } from "./ner-rules.js";

// invented sentences; the "model" spans stand for what the NER model might have found
const words = (s: string) => s.split(" ");
const show = (w: string[], spans: Span[]) =>
  spans.map((e) => `${e.label}:${w.slice(e.start, e.end).join(" ")}`);

test("a place whose head is an institution's word is the institution", () => {
  const a = words("She teaches at Marlow State University and the University of Fenwick");
  const model: Span[] = [
    { label: "LOC", start: 3, end: 6 },
    { label: "LOC", start: 8, end: 11 },
  ];
  assert.deepEqual(show(a, applyNerRules(a, model)), [
    "ORG:Marlow State University",
    "ORG:University of Fenwick",
  ]);
  // the word is no head here: a town and a square stay places
  const b = words("We drove from College Station to Times Square");
  const bModel: Span[] = [
    { label: "LOC", start: 3, end: 5 },
    { label: "LOC", start: 6, end: 8 },
  ];
  assert.deepEqual(applyNerRules(b, bModel), bModel);
});

test("the White House and a country's army are organisations", () => {
  const w = words("The White House said the Veldan army had left");
  const model: Span[] = [
    { label: "LOC", start: 1, end: 3 },
    { label: "LOC", start: 5, end: 6 },
  ];
  assert.deepEqual(show(w, applyNerRules(w, model)), ["ORG:White House", "ORG:Veldan army"]);
  // a place before other nouns stays a place
  const v = words("the Veldan government met");
  assert.deepEqual(applyNerRules(v, [{ label: "LOC", start: 1, end: 2 }]), [
    { label: "LOC", start: 1, end: 2 },
  ]);
});

test("a capitalised run ending in a school's or a coalition's head is an organisation", () => {
  const w = words("He studied at the Greyford Riding Academy before joining the Harbour Alliance .");
  assert.deepEqual(show(w, applyNerRules(w, [])), ["ORG:Greyford Riding Academy", "ORG:Harbour Alliance"]);
});

test("an organisation cut at its head goes on through for / on / of", () => {
  const w = words("the Coastal Coalition for Clean Harbors and the Senate Committee on Fisheries met");
  const model: Span[] = [
    { label: "ORG", start: 1, end: 3 },
    { label: "ORG", start: 8, end: 10 },
  ];
  assert.deepEqual(show(w, applyNerRules(w, model)), [
    "ORG:Coastal Coalition for Clean Harbors",
    "ORG:Senate Committee on Fisheries",
  ]);
  // a lower-case word after the linker ends nothing
  const x = words("the Harbour Council for local issues");
  assert.deepEqual(applyNerRules(x, [{ label: "ORG", start: 1, end: 3 }]), [
    { label: "ORG", start: 1, end: 3 },
  ]);
});

test("a place right before an institution's name is its first word, but for the United States", () => {
  const w = words("a study by Marlow State University and the U.S. Fisheries Department");
  const model: Span[] = [
    { label: "LOC", start: 3, end: 4 },
    { label: "ORG", start: 4, end: 6 },
    { label: "LOC", start: 8, end: 9 },
    { label: "ORG", start: 9, end: 11 },
  ];
  assert.deepEqual(show(w, applyNerRules(w, model)), [
    "ORG:Marlow State University",
    "LOC:U.S.",
    "ORG:Fisheries Department",
  ]);
});

test("a gazetteer place standing alone mid-sentence is a place where the model left it out", () => {
  const hints = {
    gazetteer: new Map([
      ["veldania", "LOC"],
      ["port marlow", "LOC"],
      ["brightly", "LOC"],
    ]),
    lexicon: {
      words: new Map([
        ["veldania", { casing: 8, news: 0 }],
        ["brightly", { casing: 3, news: 0 }],
      ]),
    },
  };
  const w = words("Rebels fled to Veldania and Port Marlow , then Brightly lit camps");
  assert.deepEqual(show(w, applyNerRules(w, [], undefined, hints)), ["LOC:Veldania", "LOC:Port Marlow"]);
  // not beside another capitalised word, nor at the sentence start
  const x = words("Veldania Jones met Veldania Steel");
  assert.deepEqual(applyNerRules(x, [], undefined, hints), []);
});

test("a gazetteer organisation the model left out is one, with the capitalised words before it", () => {
  const hints = {
    gazetteer: new Map([
      ["marsh front", "ORG"],
      ["port marlow", "LOC"],
    ]),
  };
  const w = words("a letter to Coastal Marsh Front members , sent from port marlow");
  assert.deepEqual(show(w, applyNerRules(w, [], undefined, hints)), [
    "ORG:Coastal Marsh Front",
    "LOC:port marlow",
  ]);
});

test("a capitalised run ending in a company's trade is an organisation", () => {
  const w = words("she left Harlow Publications for Brightwater Communications last year");
  assert.deepEqual(show(w, applyNerRules(w, [])), [
    "ORG:Harlow Publications",
    "ORG:Brightwater Communications",
  ]);
});

test("a capitalised run the model left out that ends in a geographic head is a place", () => {
  const w = words("ships crossed the Marlow Sea to the Fenwick Islands Trust office");
  assert.deepEqual(show(w, applyNerRules(w, [])), ["LOC:Marlow Sea"]);
});

test("a name with its members' possessive is one organisation, a place's or person's possessive is not", () => {
  const lexicon = { words: new Map([["workers", { casing: 2, news: 1 }]]) };
  const a = words(
    "Leaders of the Marlow People 's Liberation Front met the Fenwick Workers ' Party on Monday",
  );
  const model: Span[] = [
    { label: "PER", start: 3, end: 5 },
    { label: "ORG", start: 6, end: 8 },
    { label: "ORG", start: 10, end: 12 },
  ];
  assert.deepEqual(show(a, applyNerRules(a, model, undefined, { lexicon })), [
    "ORG:Marlow People 's Liberation Front",
    "ORG:Fenwick Workers ' Party",
  ]);
  // a country's or a person's possessive names the owner, not part of the party's name
  const b = words("He met Veldan 's Labour Party and Ruiz ' Unity Party on Monday");
  const bModel: Span[] = [
    { label: "LOC", start: 2, end: 3 },
    { label: "ORG", start: 4, end: 6 },
    { label: "PER", start: 7, end: 8 },
    { label: "ORG", start: 9, end: 11 },
  ];
  assert.deepEqual(applyNerRules(b, bModel, undefined, { lexicon }), bModel);
});

test("an acronym after 'the' that news mostly reads as an organisation is one", () => {
  const lexicon = {
    words: new Map([
      ["xlf", { casing: 18, news: 13 }],
      ["abc", { casing: 18, news: 1 }],
    ]),
  };
  const w = words("Talks between the XLF and the ABC stalled , the XLF 2024 plan said");
  assert.deepEqual(show(w, applyNerRules(w, [], undefined, { lexicon })), ["ORG:XLF"]);
});

test("the GOP is the Republican Party, named by one word", () => {
  const w = words("Leaders of the GOP met on Monday");
  assert.deepEqual(show(w, applyNerRules(w, [])), ["ORG:GOP"]);
});

test("a sentence's opening plural before 'of' is not part of the company after it", () => {
  const lexicon = { words: new Map([["shares", { casing: 1, news: 1 }]]) };
  const w = words("Shares of Halvex Holdings Inc rose 3 percent");
  assert.deepEqual(show(w, applyNerRules(w, [{ label: "ORG", start: 0, end: 5 }], undefined, { lexicon })), [
    "ORG:Halvex Holdings Inc",
  ]);
  // a name that opens with such a word keeps it when the news capitalises it ("Friends of ...")
  const f = words("Friends of the Fenwick Marsh Association said");
  const model: Span[] = [{ label: "ORG", start: 0, end: 6 }];
  assert.deepEqual(applyNerRules(f, model, undefined, { lexicon }), model);
});

test("a person's name with a building's or an institution's head is the place or body, and no other mention", () => {
  const a = words("Ana Vell left the Vell Tower for the Vell Foundation , Vell said");
  const model: Span[] = [
    { label: "PER", start: 0, end: 2 },
    { label: "PER", start: 4, end: 6 },
    { label: "PER", start: 8, end: 10 },
    { label: "PER", start: 11, end: 12 },
  ];
  const [out] = harmoniseDocument([{ words: a, spans: model }]);
  assert.deepEqual(show(a, out), ["PER:Ana Vell", "LOC:Vell Tower", "ORG:Vell Foundation", "PER:Vell"]);
  // after a title or opening the sentence, a building's head word is a surname
  const senator = words("Senator Jon Tower said");
  assert.deepEqual(harmoniseDocument([{ words: senator, spans: [{ label: "PER", start: 1, end: 3 }] }])[0], [
    { label: "PER", start: 1, end: 3 },
  ]);
  // a head word alone is a surname ("Tower said"), not a building
  const b = words("Tower spoke");
  assert.deepEqual(harmoniseDocument([{ words: b, spans: [{ label: "PER", start: 0, end: 1 }] }])[0], [
    { label: "PER", start: 0, end: 1 },
  ]);
});
