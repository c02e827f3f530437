// `dyad nlp --from text` writes each sentence's `# text =` comment as one line of printable text:
// control characters in the input (BEL, ESC, NUL, DEL, C1, vertical tab, line separators) count as
// whitespace, as the tokenizer treats them, instead of being written raw into the comment.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textToConllu } from "../src/cli/commands/nlp.js";
import { type ConlluSentence, conlluText, formatConllu, parseConllu } from "../src/nlp/conllu.js";
import { runDyad } from "./helpers/cli.js";

// Cc characters (C0 but tab, DEL, C1) and the Unicode line and paragraph separators.
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

test("conlluText turns control characters and line breaks into single spaces", () => {
  assert.equal(conlluText("Lindqvist\u0007 signed\u0000 it"), "Lindqvist signed it");
  assert.equal(conlluText("Tarn\u001b[1m rose"), "Tarn [1m rose");
  assert.equal(conlluText("a\u000bb\u0085c\u2028d\u007fe"), "a b c d e");
  assert.equal(conlluText("  two\r\n lines \t"), "two lines");
  assert.equal(conlluText("Zoë said “fine”."), "Zoë said “fine”.");
});

/** The sentence as its forms and SpaceAfter=No say it reads (the UD rule for `# text`). */
function fromForms(s: ConlluSentence): string {
  return s.words
    .map((w, i) => w.form + (i + 1 < s.words.length && w.misc !== "SpaceAfter=No" ? " " : ""))
    .join("");
}

test("textToConllu: each # text line is printable and reads as the forms", () => {
  const input =
    "Varnholm\u0007 agreed.\u0000 The Quell\u001b council met\u007f twice.\u000bMira\u2028left a\u0007b.";
  const sentences = textToConllu(input);
  assert.ok(sentences.length >= 2);
  for (const s of sentences) {
    const text = s.comments.find((c) => c.startsWith("# text = "));
    assert.ok(text);
    assert.doesNotMatch(text, UNPRINTABLE, JSON.stringify(text));
    assert.equal(text.slice("# text = ".length), fromForms(s));
  }
});

test("formatConllu writes each comment on one line, whatever it holds", () => {
  const sentence: ConlluSentence = {
    comments: ["# sent_id = 1", "# note = one\ntwo\rthree\u2028four\u0007", "# tabbed\tcomment"],
    ranges: new Map(),
    words: [
      {
        id: 1,
        form: "Hi",
        lemma: "hi",
        upos: "INTJ",
        xpos: "UH",
        feats: "_",
        head: 0,
        deprel: "root",
        deps: "_",
        misc: "_",
      },
    ],
  };
  const out = formatConllu([sentence]);
  assert.deepEqual(out.split("\n").slice(0, 3), [
    "# sent_id = 1",
    "# note = one two three four ",
    "# tabbed\tcomment",
  ]);
  const back = parseConllu(out);
  assert.equal(back.length, 1);
  assert.equal(back[0].comments.length, 3);
});

test("dyad nlp --from text: no control character reaches a # text line", () => {
  const r = runDyad(
    ["nlp", "--from", "text", "-"],
    "Ostrava\u0007 won.\u0000 Pellam\u001b[2J lost\u007f again.\u000bDone.\n",
  );
  assert.equal(r.status, 0, r.stderr);
  const texts = r.stdout.split("\n").filter((l) => l.startsWith("# text"));
  assert.ok(texts.length >= 2, r.stdout);
  for (const t of texts) assert.doesNotMatch(t, UNPRINTABLE, JSON.stringify(t));
  assert.ok(texts.includes("# text = Ostrava won."), JSON.stringify(texts));
});
