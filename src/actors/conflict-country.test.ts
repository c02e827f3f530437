// Armed groups that fight in several countries, and unnamed rebels, take the country where the
// story's fighting is, not the reporting outlet's (resolve.ts conflictCountry). Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type Document, DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { loadKnowledgeBase } from "./kb-load.js";
import { createResolveStageWith } from "./stage.js";

const stage = createResolveStageWith(loadKnowledgeBase());

function resolve(body: string, publisher: string | null): Document {
  return stage.run(DocumentSchema.parse({ ...textDocument("test", body, "2016-03-01"), publisher }));
}

function codeOf(d: Document, phrase: string): string | null {
  const at = d.body.indexOf(phrase);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId)?.code ?? null) : null;
}

// the outlet's own country is named more often than the country at war
const story =
  "The United States will send more jets, the Pentagon said. Washington has spent billions on the " +
  "campaign, and American officials expect a long fight. ISIS still holds towns in Syria, and rebel " +
  "groups asked for more help.";

test("an American outlet's story: the Islamic State and unnamed rebels fight in the other country named", () => {
  const d = resolve(story, "USA TODAY");
  assert.equal(codeOf(d, "ISIS"), "SYRREB");
  assert.equal(codeOf(d, "rebel groups"), "SYRREB");
  // the rest of the story keeps its home country
  assert.equal(codeOf(d, "Pentagon"), "USAGOV");
});

// Without an outlet the story's fighting is placed by the country it happens "in"; before that rule the
// rebels here took the home country, USAREB, which this test used to expect.
test("without a known outlet, unnamed rebels fight in the country named as the place; ISIS too", () => {
  const d = resolve(story, null);
  assert.equal(codeOf(d, "rebel groups"), "SYRREB");
  assert.equal(codeOf(d, "ISIS"), "SYRREB");
  const elsewhere = resolve(
    "Iran-backed militias shelled a base housing American soldiers in northern Syria.",
    null,
  );
  assert.equal(codeOf(elsewhere, "militias"), "SYRREB");
});

test("without an outlet or a country named as a place, unnamed rebels keep the story's home country", () => {
  const d = resolve(
    "The United States said rebels had attacked a convoy, and Washington promised more aid.",
    null,
  );
  assert.equal(codeOf(d, "rebels"), "USAREB");
});

test("a group that fights in some countries only takes its main ground when the story names none", () => {
  const d = resolve("Canadian police said ISIS had claimed the attack in Ottawa, Ottawa said.", null);
  assert.equal(codeOf(d, "ISIS"), "SYRREB");
});

test("a story that names no other country keeps its rebels at home", () => {
  const d = resolve(
    "The United States said rebels attacked a bank in Ohio, the Pentagon added.",
    "USA TODAY",
  );
  assert.equal(codeOf(d, "rebels"), "USAREB");
});

test("a group that fights in two countries takes the story's when it is one of them", () => {
  const d = resolve(
    "Pakistani police in Lahore said the Taliban had attacked a checkpoint. Pakistan's army vowed to respond, and Islamabad agreed.",
    null,
  );
  assert.equal(codeOf(d, "Taliban"), "PAKREB");
  const e = resolve("Afghan police in Herat said the Taliban had attacked a checkpoint.", null);
  assert.equal(codeOf(e, "Taliban"), "AFGREB");
});

test("a people without a state takes the country of the story's fighting, not the outlet's", () => {
  const d = resolve(
    "The United States will send more jets, the Pentagon said. Washington has spent billions, and American " +
      "officials expect a long fight in Syria. Kurdish forces held the town, and Kurdish leaders asked for help.",
    "USA TODAY",
  );
  assert.equal(codeOf(d, "Kurdish forces"), "SYRMIL", "Kurdish forces in a story on Syria are Syria's");
  assert.equal(codeOf(d, "Kurdish leaders"), "SYRGOV", "so are its Kurdish leaders");
  assert.equal(codeOf(d, "Pentagon"), "USAGOV", "the rest of the story keeps its home country");
});
