// Which actor speaks: a speaker's phrase with an appositive that names a body, first and second
// person pronouns outside quotation marks. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createResolveStage } from "../src/actors/stage.js";
import type { Document } from "../src/model/index.js";
import { createAnalyseStage } from "../src/nlp/stage.js";
import { quotesForText } from "../src/quotes/jsonl.js";

const stages = [await createAnalyseStage({}), await createResolveStage({})];
const analyse = (doc: Document) => stages.reduce((d, st) => st.run(d), doc);

const TEXT =
  "\u201CWe will not retreat,\u201D Mr. Okafor, a retired navy officer who sits on the Senate Foreign Relations " +
  "Committee, said on Monday. Jonas Weber, a lawmaker and head of the medical service of the European " +
  "Commission, said 40 people were hurt. The chairman of the European Commission, Ursula Lind, said she agreed.";

function speakerOf(content: string, withResolver: boolean): string | null {
  const qs = quotesForText(TEXT, "2024-05-06", withResolver ? analyse : null);
  const q = qs.find((x) => TEXT.slice(x.content.start, x.content.end).startsWith(content));
  assert.ok(q?.source, `a source for "${content}"`);
  return q.source.actor ?? q.source.text;
}

for (const withResolver of [true, false]) {
  const how = withResolver ? "with the resolver's actors" : "from the text alone";
  test(`a name before an appositive is the speaker, not a body the appositive names (${how})`, () => {
    assert.match(speakerOf("We will", withResolver) ?? "", /Okafor/);
    assert.match(speakerOf("40 people", withResolver) ?? "", /Jonas Weber/);
  });

  test(`a body named inside a description before the name does not speak (${how})`, () => {
    assert.match(speakerOf("she agreed", withResolver) ?? "", /Ursula Lind/);
  });
}

test("outside quotation marks 'I' and 'we' are the writer's, not the last speaker's", () => {
  const text =
    "Senator Ann Ruiz said the plan would fail. I argued last spring that the plan was too costly, and we warned the council.";
  const qs = quotesForText(text, null, analyse);
  const argued = qs.find((q) => text.slice(q.cue!.start, q.cue!.end) === "argued");
  assert.equal(argued?.source?.text, "I");
  assert.ok(!argued?.source?.actor || !/Ruiz/.test(argued.source.actor), "'I' is not Ann Ruiz");
  const warned = qs.find((q) => text.slice(q.cue!.start, q.cue!.end) === "warned");
  assert.ok(!warned?.source?.actor || !/Ruiz/.test(warned.source.actor), "'we' is not Ann Ruiz");
});
