// The parse-aware parts of the tagger: tense from the governing verb, quarter anchors, fiscal years,
// month direction. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { tagTimexes } from "../src/time/tagger.js";
import { type ParsedSentence, parsedDirection } from "../src/time/tense.js";

/** A hand-built parse of "They meet Monday ." / "They met Monday .": no model needed. */
function parse(verb: string, xpos: string): { text: string; sentences: ParsedSentence[] } {
  const text = `They ${verb} Monday.`;
  const v = 5;
  const m = v + verb.length + 1;
  return {
    text,
    sentences: [
      {
        start: 0,
        end: text.length,
        tokens: [
          { id: 1, start: 0, end: 4, text: "They", upos: "PRON", xpos: "PRP", head: 2, deprel: "nsubj" },
          { id: 2, start: v, end: v + verb.length, text: verb, upos: "VERB", xpos, head: 0, deprel: "root" },
          { id: 3, start: m, end: m + 6, text: "Monday", upos: "PROPN", xpos: "NNP", head: 2, deprel: "obl" },
          { id: 4, start: m + 6, end: m + 7, text: ".", upos: "PUNCT", xpos: ".", head: 2, deprel: "punct" },
        ],
      },
    ],
  };
}

test("the governing verb's tense decides which Monday", () => {
  // 2022-03-09 is a Wednesday.
  const present = parse("meet", "VBP");
  assert.equal(parsedDirection(present.sentences, 10, 16), "future");
  assert.equal(tagTimexes(present.text, "2022-03-09", present.sentences)[0].value, "2022-03-14");
  const past = parse("met", "VBD");
  assert.equal(parsedDirection(past.sentences, 9, 15), "past");
  assert.equal(tagTimexes(past.text, "2022-03-09", past.sentences)[0].value, "2022-03-07");
  // Without a parse the lexical fallback has no cue and news defaults to the past.
  assert.equal(tagTimexes(present.text, "2022-03-09")[0].value, "2022-03-07");
});

test("a possessive weekday does not take the verb's tense", () => {
  const text = "Analysts expect Monday's vote.";
  const sentences: ParsedSentence[] = [
    {
      start: 0,
      end: text.length,
      tokens: [
        { id: 1, start: 0, end: 8, text: "Analysts", upos: "NOUN", xpos: "NNS", head: 2, deprel: "nsubj" },
        { id: 2, start: 9, end: 15, text: "expect", upos: "VERB", xpos: "VBP", head: 0, deprel: "root" },
        {
          id: 3,
          start: 16,
          end: 22,
          text: "Monday",
          upos: "PROPN",
          xpos: "NNP",
          head: 5,
          deprel: "nmod:poss",
        },
        { id: 4, start: 22, end: 24, text: "'s", upos: "PART", xpos: "POS", head: 3, deprel: "case" },
        { id: 5, start: 25, end: 29, text: "vote", upos: "NOUN", xpos: "NN", head: 2, deprel: "obj" },
        { id: 6, start: 29, end: 30, text: ".", upos: "PUNCT", xpos: ".", head: 2, deprel: "punct" },
      ],
    },
  ];
  assert.equal(parsedDirection(sentences, 16, 22), null);
  // Hostile parses (heads out of range, cycles) give no direction rather than a crash or a loop.
  const outOfRange = sentences[0].tokens.map((t) => (t.id === 3 ? { ...t, head: 99, deprel: "obl" } : t));
  const cyclic = sentences[0].tokens.map((t) =>
    t.id === 3 ? { ...t, deprel: "obl" } : t.id === 2 ? { ...t, xpos: "VB", head: 3, deprel: "xcomp" } : t,
  );
  for (const tokens of [outOfRange, cyclic]) {
    const broken: ParsedSentence[] = [{ start: 0, end: text.length, tokens }];
    assert.equal(parsedDirection(broken, 16, 22), null);
  }
});

test("'a year earlier' and 'the quarter' follow the quarter the story named", () => {
  const text =
    "Profit rose 5% in the third quarter. A year earlier, it earned $3 million. Sales in the quarter grew.";
  const tags = tagTimexes(text, "1989-10-26");
  assert.equal(tags.find((t) => t.text === "A year earlier")?.value, "1988-Q3");
  assert.equal(tags.find((t) => t.text === "the quarter")?.value, "1989-Q3");
  // Far from any quarter, "a year earlier" is a year.
  const plain = tagTimexes("The mayor took office in May. A year earlier, he ran a bakery.", "1989-10-26");
  assert.equal(plain.find((t) => t.text === "A year earlier")?.value, "1988");
});

test("'the year ended June 30' is a year-long duration", () => {
  const t = tagTimexes("Revenue fell for the year ended June 30.", "1989-10-26").find(
    (x) => x.text === "the year",
  );
  assert.equal(t?.type, "DURATION");
  assert.equal(t?.value, "P1Y");
});

test("a month with no cue is the latest one unless it is due soon", () => {
  assert.equal(tagTimexes("Sales slumped in March.", "1989-10-30")[0].value, "1989-03");
  assert.equal(tagTimexes("The plant opens in January.", "1989-10-30")[0].value, "1990-01");
});

test("fractions, rates and hyphenated years", () => {
  const first = (text: string) => tagTimexes(text, "1998-02-19")[0];
  assert.equal(first("The dam took 2 1/2 years to build.").value, "P2Y6M");
  assert.equal(first("The speech lasted a minute and a half.").value, "PT1M30S");
  assert.equal(first("They waited half an hour outside.").text, "half an hour");
  assert.equal(first("They waited half an hour outside.").value, "PT30M");
  // The unit of a rate is left untagged, as TimeBank leaves it.
  assert.equal(first("The plan saves $5 million a year in costs."), undefined);
  assert.equal(first("The alliance split in mid-1996 after a defection.").value, "1996");
  assert.equal(first("Cuts come in the last half of 1998.").value, "1998-H2");
});

test("'the previous Friday' and 'the following Monday' count from the story's last date", () => {
  // 1989-10-30 is a Monday; Oct. 24 a Tuesday and Oct. 18 a Wednesday.
  const prev = tagTimexes(
    "The deal was signed Oct. 24. The previous Friday, talks broke down.",
    "1989-10-30",
  );
  assert.equal(prev.find((t) => /Friday/.test(t.text))?.value, "1989-10-20");
  const next = tagTimexes("He arrived on Oct. 18, and the following Monday he resigned.", "1989-10-30");
  assert.equal(next.find((t) => /Monday/.test(t.text))?.text, "the following Monday");
  assert.equal(next.find((t) => /Monday/.test(t.text))?.value, "1989-10-23");
});

test("a plan in the past perfect ('had been due to expire Friday') has come due", () => {
  const text = "The offer had been due to expire Friday.";
  const tok = (
    id: number,
    start: number,
    word: string,
    upos: string,
    xpos: string,
    head: number,
    deprel: string,
  ) => ({
    id,
    start,
    end: start + word.length,
    text: word,
    upos,
    xpos,
    head,
    deprel,
  });
  const sentences: ParsedSentence[] = [
    {
      start: 0,
      end: text.length,
      tokens: [
        tok(1, 0, "The", "DET", "DT", 2, "det"),
        tok(2, 4, "offer", "NOUN", "NN", 5, "nsubj"),
        tok(3, 10, "had", "AUX", "VBD", 5, "aux"),
        tok(4, 14, "been", "AUX", "VBN", 5, "cop"),
        tok(5, 19, "due", "ADJ", "JJ", 0, "root"),
        tok(6, 23, "to", "PART", "TO", 7, "mark"),
        tok(7, 26, "expire", "VERB", "VB", 5, "xcomp"),
        tok(8, 33, "Friday", "PROPN", "NNP", 7, "obl"),
        tok(9, 39, ".", "PUNCT", ".", 5, "punct"),
      ],
    },
  ];
  assert.equal(parsedDirection(sentences, 33, 39), "past");
  // 2022-03-09 is a Wednesday.
  assert.equal(tagTimexes(text, "2022-03-09", sentences)[0].value, "2022-03-04");
  // "has been due to expire Friday" is still ahead.
  const planned = sentences[0].tokens.map((t) => (t.id === 3 ? { ...t, text: "has", xpos: "VBZ" } : t));
  assert.equal(parsedDirection([{ ...sentences[0], tokens: planned }], 33, 39), "future");
});
