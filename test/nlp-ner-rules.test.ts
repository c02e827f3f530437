import assert from "node:assert/strict";
import { test } from "node:test";
import { classesOf, fromIob2, spansOf, toIob2 } from "../src/nlp/ner.js";
import { applyNerRules, harmoniseDocument, type Span } from "../src/nlp/ner-rules.js";
import { countCompanyNames, selectCompanyNames } from "../src/nlp/train/ner-companies.js";

const words = (s: string) => s.split(" ");
const show = (w: string[], spans: Span[]) =>
  spans.map((e) => `${e.label}:${w.slice(e.start, e.end).join(" ")}`);

test("a capitalised run closed by a legal form is one company, whatever the model said", () => {
  const w = words("May 4 - Westbury Medical Inc said it sold Merrow Tool Co. shares");
  const model: Span[] = [
    { label: "PER", start: 5, end: 6 },
    { label: "PER", start: 10, end: 11 },
  ];
  assert.deepEqual(show(w, applyNerRules(w, model)), ["ORG:Westbury Medical Inc", "ORG:Merrow Tool Co."]);
});

test("a person before a company is not part of it, nor is the company before it", () => {
  const w = words("Laurie Ellis Enron Net Works LLC and Essex Corp. PaineWebber Inc");
  const model: Span[] = [{ label: "PER", start: 0, end: 2 }];
  assert.deepEqual(show(w, applyNerRules(w, model)), [
    "PER:Laurie Ellis",
    "ORG:Enron Net Works LLC",
    "ORG:Essex Corp.",
    "ORG:PaineWebber Inc",
  ]);
});

test("agencies by their head noun, with 'of' names and a parenthesised acronym", () => {
  const w = words("the Coastal Dairy Board Council ( CDBC ) and the Ministry of Fisheries said");
  const model: Span[] = [{ label: "LOC", start: 12, end: 13 }];
  assert.deepEqual(show(w, applyNerRules(w, model)), [
    "ORG:Coastal Dairy Board Council",
    "ORG:CDBC",
    "ORG:Ministry of Fisheries",
  ]);
});

test("the model's own reading of a whole phrase stands, and weak list headings are left alone", () => {
  const w = words("the occupied West Bank");
  const model: Span[] = [{ label: "LOC", start: 2, end: 4 }];
  assert.deepEqual(applyNerRules(w, model), model);
  assert.deepEqual(applyNerRules(words("Executive Committee :"), []), []);
  assert.deepEqual(applyNerRules(words("adds the British Columbia Securities Act rule"), []), []);
});

test("upper-case datelines: each place before the date is LOC", () => {
  const a = words("BRANDON , Man. , May 4 -");
  assert.deepEqual(show(a, applyNerRules(a, [{ label: "PER", start: 0, end: 1 }])), [
    "LOC:BRANDON",
    "LOC:Man.",
  ]);
  const b = words("NEW YORK , APRIL 2 -");
  assert.deepEqual(show(b, applyNerRules(b, [])), ["LOC:NEW YORK"]);
  const c = words("IBM , the company , said");
  assert.deepEqual(applyNerRules(c, []), [], "no date, no dateline");
});

test("a month beside a number is a date; a month-like given name is kept", () => {
  const a = words("shipments in Sept / Dec");
  assert.deepEqual(applyNerRules(a, [{ label: "PER", start: 2, end: 3 }]), []);
  const b = words("Jan , thanks");
  assert.deepEqual(applyNerRules(b, [{ label: "PER", start: 0, end: 1 }]).length, 1);
});

test("spans and BILOU classes convert both ways", () => {
  const tags = ["B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "B-LOC", "I-LOC"];
  const cls = fromIob2(tags);
  assert.deepEqual(toIob2(classesOf(spansOf(cls), tags.length)), tags);
});

test("a bare mention of a company seen with a legal form is ORG, unless the model made it a place", () => {
  const companies = new Set(["Cetus", "McDonnell Douglas"]);
  const w = words("Cetus said McDonnell Douglas and Cetus Corp met in Cetus");
  const model: Span[] = [
    { label: "PER", start: 0, end: 1 },
    { label: "PER", start: 2, end: 4 },
    { label: "LOC", start: 9, end: 10 },
  ];
  assert.deepEqual(show(w, applyNerRules(w, model, companies)), [
    "ORG:Cetus",
    "ORG:McDonnell Douglas",
    "ORG:Cetus Corp",
    "LOC:Cetus",
  ]);
});

test("company names are mined before legal forms, not from the tail of a longer name", () => {
  const counts = countCompanyNames([
    "Cetus Corp said. The shares of Cetus Corp rose. American Telephone and Telegraph Co fell. Nine Months Biomet Inc.",
  ]);
  assert.equal(counts.get("Cetus"), 2);
  assert.equal(counts.has("Telegraph"), false);
  assert.deepEqual(selectCompanyNames(counts, null, null, 2), ["Cetus"]);
  const lexicon = { words: new Map([["cetus", { casing: 8, news: 9 }]]), spans: new Map() };
  assert.deepEqual(selectCompanyNames(counts, lexicon, null, 2), [], "mostly a person in the news");
  assert.deepEqual(selectCompanyNames(counts, null, new Map([["cetus", "LOC"]]), 2), [], "a listed place");
  assert.deepEqual(
    selectCompanyNames(counts, null, new Map([["cetus", "ORG"]]), 2),
    ["Cetus"],
    "a listed organisation stays a company",
  );
});

test("a story's company named in full keeps ORG when later named by its first word or without its legal form", () => {
  const s1 = words("Purolator Courier Corp said Thai Farmers Bank lent it money");
  const s2 = words("Purolator shares rose , Purolator Courier said ; Thai rice fell");
  const s3 = words("Purolator 's chairman said U.S. demand was firm");
  const doc = [
    { words: s1, spans: applyNerRules(s1, []) },
    {
      words: s2,
      spans: [
        { label: "PER", start: 0, end: 1 },
        { label: "PER", start: 4, end: 6 },
      ] as Span[],
    },
    { words: s3, spans: [{ label: "LOC", start: 4, end: 5 }] as Span[] },
  ];
  const out = harmoniseDocument(doc);
  assert.deepEqual(show(s2, out[1]), ["ORG:Purolator", "ORG:Purolator Courier"]);
  assert.deepEqual(show(s3, out[2]), ["LOC:U.S."], "a first word alone overrides only a person");
  assert.deepEqual(out[0], doc[0].spans);
});

test("company names joined by 'and': a namesake before 'and Co', one word before the legal form", () => {
  const a = words("Eli Lilly and Co said Bausch and Lomb Inc and Ford Motor Co and Chrysler Corp met");
  const model: Span[] = [
    { label: "PER", start: 0, end: 2 },
    { label: "PER", start: 3, end: 4 },
    { label: "PER", start: 5, end: 6 },
    { label: "ORG", start: 7, end: 9 },
  ];
  assert.deepEqual(show(a, applyNerRules(a, model)), [
    "ORG:Eli Lilly and Co",
    "ORG:Bausch and Lomb Inc",
    "ORG:Ford Motor Co",
    "ORG:Chrysler Corp",
  ]);
  const b = words("Caesars World Inc with negative outlook");
  assert.deepEqual(show(b, applyNerRules(b, [{ label: "ORG", start: 0, end: 5 }])), [
    "ORG:Caesars World Inc",
  ]);
  const s1 = words("Eli Lilly and Co said");
  const s2 = words("Eli Lilly shares rose");
  const out = harmoniseDocument([
    { words: s1, spans: applyNerRules(s1, []) },
    { words: s2, spans: [{ label: "PER", start: 0, end: 2 }] },
  ]);
  assert.deepEqual(show(s2, out[1]), ["ORG:Eli Lilly"]);
  const c = words("said Kidder , Peabody and Co Inc and London , Smith and Co");
  const cModel: Span[] = [
    { label: "PER", start: 1, end: 2 },
    { label: "ORG", start: 3, end: 7 },
    { label: "LOC", start: 8, end: 9 },
  ];
  assert.deepEqual(show(c, applyNerRules(c, cModel)), [
    "ORG:Kidder , Peabody and Co Inc",
    "LOC:London",
    "ORG:Smith and Co",
  ]);
});

test("a lone possessor before a company is its name unless a place; a company read once as a place stays ORG", () => {
  const a = words("Moody 's Investors Service Inc and Japan 's Fujitsu Ltd said");
  const model: Span[] = [
    { label: "PER", start: 0, end: 1 },
    { label: "LOC", start: 6, end: 7 },
  ];
  assert.deepEqual(show(a, applyNerRules(a, model)), [
    "ORG:Moody 's Investors Service Inc",
    "LOC:Japan",
    "ORG:Fujitsu Ltd",
  ]);
  const s1 = words("USAir Group Inc said");
  const s2 = words("USAir said USAir and USAir will");
  const out = harmoniseDocument([
    { words: s1, spans: applyNerRules(s1, []) },
    {
      words: s2,
      spans: [
        { label: "PER", start: 0, end: 1 },
        { label: "LOC", start: 2, end: 3 },
        { label: "PER", start: 4, end: 5 },
      ],
    },
  ]);
  // the place reading is outvoted by the story's two company readings
  assert.deepEqual(show(s2, out[1]), ["ORG:USAir", "ORG:USAir", "ORG:USAir"]);
});

test("one story, one reading: a person's name part alone is the person, a split label takes the majority", () => {
  const s1 = words("Marta Quillby , a ferry pilot from Solomon Islands , spoke first");
  const s2 = words("Quillby said the Islands council and Marta agreed");
  const s3 = words("Later Quillby met Tarnow officials in Tarnow and near Tarnow");
  const out = harmoniseDocument([
    {
      words: s1,
      spans: [
        { label: "PER", start: 0, end: 2 },
        { label: "LOC", start: 7, end: 9 },
      ],
    },
    { words: s2, spans: [] },
    {
      words: s3,
      spans: [
        { label: "PER", start: 3, end: 4 },
        { label: "LOC", start: 6, end: 7 },
        { label: "LOC", start: 9, end: 10 },
      ],
    },
  ]);
  // "Islands" also names the place, so it is not read as her name alone
  assert.deepEqual(show(s2, out[1]), ["PER:Quillby", "PER:Marta"]);
  // the model's one person reading of "Tarnow" loses to its two place readings
  assert.deepEqual(show(s3, out[2]), ["PER:Quillby", "LOC:Tarnow", "LOC:Tarnow", "LOC:Tarnow"]);
});

test("a person named alone more often than an organisation's name opens with him stays a person", () => {
  const s1 = words("the Dorrance Administration said Dorrance would sign");
  const s2 = words("Dorrance signed");
  const out = harmoniseDocument([
    {
      words: s1,
      spans: [
        { label: "ORG", start: 1, end: 3 },
        { label: "PER", start: 4, end: 5 },
      ],
    },
    { words: s2, spans: [{ label: "PER", start: 0, end: 1 }] },
  ]);
  assert.deepEqual(show(s1, out[0]), ["ORG:Dorrance Administration", "PER:Dorrance"]);
  assert.deepEqual(show(s2, out[1]), ["PER:Dorrance"]);
});

test("an organisation's acronym, read as one once or spelled out in the story, is ORG where it recurs", () => {
  const s1 = words("the Commodity Futures Trading Commission and the Federal Deposit Insurance Corp said");
  const s2 = words("CFTC and FDIC staff met USDA and GDP");
  const s3 = words("the USDA said");
  const out = harmoniseDocument([
    { words: s1, spans: applyNerRules(s1, []) },
    { words: s2, spans: [] },
    { words: s3, spans: [{ label: "ORG", start: 1, end: 2 }] },
  ]);
  assert.deepEqual(show(s1, out[0]), [
    "ORG:Commodity Futures Trading Commission",
    "ORG:Federal Deposit Insurance Corp",
  ]);
  assert.deepEqual(show(s2, out[1]), ["ORG:CFTC", "ORG:FDIC", "ORG:USDA"]);
});

test("a company's first word alone is ORG inside a sentence; an agency's or a nationality's is not", () => {
  const s1 = words("Laidlaw Transportation Ltd , Thai Farmers Bank Ltd and the Commerce Department said");
  const s2 = words("shares of Laidlaw rose as Thai and Commerce officials met");
  const s3 = words("Laidlaw said");
  const out = harmoniseDocument([
    { words: s1, spans: applyNerRules(s1, []) },
    { words: s2, spans: [] },
    { words: s3, spans: [] },
  ]);
  assert.deepEqual(show(s2, out[1]), ["ORG:Laidlaw"]);
  assert.deepEqual(out[2], [], "a sentence's first word is too weak a sign");
});

test("one person before 'and Co' stays a person ('make Peters and Co. wait')", () => {
  const a = words("Do n't make Peters and Co. wait");
  const model: Span[] = [{ label: "PER", start: 3, end: 4 }];
  assert.deepEqual(applyNerRules(a, model), model);
  const b = words("keep the heat on Hoecker & Co. right up");
  const bModel: Span[] = [{ label: "PER", start: 4, end: 7 }];
  assert.deepEqual(applyNerRules(b, bModel), bModel);
});

test("a possessive right before the legal form is inside the name ('Standard and Poor 's Corp')", () => {
  const a = words("said Standard and Poor 's Corp and Lowe 's Cos Inc");
  assert.deepEqual(show(a, applyNerRules(a, [])), ["ORG:Standard and Poor 's Corp", "ORG:Lowe 's Cos Inc"]);
});

test("names before 'and Co' are mined, but not one surname or a partner after a comma", () => {
  const counts = countCompanyNames([
    "Bear Stearns and Co Inc said. Kidder , Peabody and Co said. Boesky and Co fell. Touche Ross & Co rose.",
  ]);
  assert.deepEqual([...counts.keys()].sort(), ["Bear Stearns", "Touche Ross"]);
});

test("one-word institutions are ORG when definite, not as modifiers or inside longer names", () => {
  const a = words("the Fed said GATT talks and U.S. Congress met");
  assert.deepEqual(show(a, applyNerRules(a, [{ label: "LOC", start: 6, end: 7 }])), [
    "ORG:Fed",
    "ORG:GATT",
    "LOC:U.S.",
    "ORG:Congress",
  ]);
  for (const s of [
    "work on a Senate campaign",
    "a state Senate committee",
    "secure a Fed Tax ID",
    "the Treasury Secretary",
  ])
    assert.deepEqual(applyNerRules(words(s), []), [], s);
});

test("a company's short name drops 'Group' too, and a tie between person and place readings keeps it", () => {
  const s1 = words("Hawker Siddeley Group PLC said");
  const s2 = words("Hawker Siddeley rose as Purolator fell");
  const s3 = words("Purolator Courier Corp and Purolator said");
  const out = harmoniseDocument([
    { words: s1, spans: applyNerRules(s1, []) },
    {
      words: s2,
      spans: [
        { label: "PER", start: 0, end: 2 },
        { label: "LOC", start: 4, end: 5 },
      ],
    },
    { words: s3, spans: [...applyNerRules(s3, []), { label: "PER", start: 4, end: 5 }] },
  ]);
  assert.deepEqual(show(s2, out[1]), ["ORG:Hawker Siddeley", "LOC:Purolator"]);
  assert.deepEqual(show(s3, out[2]), ["ORG:Purolator Courier Corp", "ORG:Purolator"]);
});

test("a legal form after a comma joins the company before it, found by the model or not", () => {
  const w = words("Send it to Halvard Freight , Inc. or to Tarn Mills , LLC by noon");
  const model: Span[] = [{ label: "PER", start: 3, end: 5 }];
  assert.deepEqual(show(w, applyNerRules(w, model)), ["ORG:Halvard Freight , Inc.", "ORG:Tarn Mills , LLC"]);
  const lower = words("sold to them , Inc. today");
  assert.deepEqual(show(lower, applyNerRules(lower, [])), []);
});

test("a name the model labels the same way twice is that entity where it recurs unlabelled; once is not enough", () => {
  const s1 = words("Velmora Bay rose while Kestrin fell");
  const s2 = words("They met at Velmora Bay");
  const s3 = words("Velmora Bay and Kestrin were calm");
  const out = harmoniseDocument([
    {
      words: s1,
      spans: [
        { label: "LOC", start: 0, end: 2 },
        { label: "LOC", start: 4, end: 5 },
      ],
    },
    { words: s2, spans: [{ label: "LOC", start: 3, end: 5 }] },
    { words: s3, spans: [] },
  ]);
  assert.deepEqual(show(s3, out[2]), ["LOC:Velmora Bay"]);
});

test("a centre that speaks or acts is the body; one that stands is the place", () => {
  const w = words("The Hallam Center , which monitored the vote , said turnout fell near Dorrit Center .");
  const model: Span[] = [
    { label: "LOC", start: 1, end: 3 },
    { label: "LOC", start: 13, end: 15 },
  ];
  assert.deepEqual(show(w, applyNerRules(w, model)), ["ORG:Hallam Center", "LOC:Dorrit Center"]);
  const says = words("The Hallam Centre said turnout fell .");
  assert.deepEqual(show(says, applyNerRules(says, [{ label: "LOC", start: 1, end: 3 }])), [
    "ORG:Hallam Centre",
  ]);
});
