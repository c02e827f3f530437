// A mention coded only by its sector ("workers", "rights groups") is that sector's group, never the one
// organisation the lists happen to file under the same code. Invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type Actor, DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { stage } from "./test-helpers.js";

function actorAt(body: string, word: string): Actor | null {
  const d = stage.run(DocumentSchema.parse(textDocument("t", body, "2020-05-01")));
  const at = body.indexOf(word);
  assert.ok(at >= 0, `"${word}" is in the text`);
  const m = d.mentions.find((x) => x.start <= at && x.end > at);
  return m?.actorId ? (d.actors.find((a) => a.id === m.actorId) ?? null) : null;
}

test("workers in an American story are American labour, not a particular union", () => {
  const a = actorAt("Workers in Ohio walked out on Monday, and Washington lawmakers said little.", "Workers");
  assert.equal(a?.code, "USALAB", "workers in a US story are USALAB");
  assert.equal(a?.id, "kb:USALAB", "the generic labour actor, not the AFL-CIO");
  assert.doesNotMatch(a?.name ?? "", /AFL/, "no union's name for workers in general");
});

test("rights groups in an American story are American NGOs, not a particular one", () => {
  const a = actorAt(
    "Rights groups in the United States criticised the ruling by the Texas court.",
    "Rights groups",
  );
  assert.equal(a?.code, "USANGO", "rights groups in a US story are USANGO");
  assert.equal(a?.id, "kb:USANGO", "the generic NGO actor, not the first USANGO organisation listed");
});

test("an organisation named by its own name keeps its identity", () => {
  const a = actorAt(
    "The Vendalia Olympic team was praised by the International Olympic Committee.",
    "International",
  );
  assert.equal(a?.id, "kb:ioc", "the International Olympic Committee by name is itself");
  assert.equal(
    actorAt("The UN said on Tuesday it was worried.", "UN")?.id,
    "kb:un",
    "the UN by name is itself",
  );
});
