import assert from "node:assert/strict";
import { test } from "node:test";
import {
  contentHash,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  normalizeForHash,
  similarity,
  storyBands,
} from "../src/ingest/dedup.js";
import { detectLanguage } from "../src/ingest/language.js";

const STORY =
  "The city council voted on Monday to build a new bridge over the river, ending a debate that had lasted " +
  "more than ten years. The mayor said work would begin in the spring and the bridge would open to traffic " +
  "within three years. Opponents said the money should have gone to schools and promised to keep fighting " +
  "the plan in court, while shop owners near the old crossing welcomed the decision.";

test("exact copies share a content hash whatever their spacing, case and punctuation", () => {
  assert.equal(contentHash(STORY), contentHash(`  ${STORY.toUpperCase().replace(/ /g, "\n ")}!!`));
  assert.notEqual(contentHash(STORY), contentHash(STORY.replace("Monday", "Tuesday")));
  assert.equal(normalizeForHash("Hello,  World!"), "hello world");
  assert.match(contentHash(STORY), /^[0-9a-f]{64}$/);
});

test("a wire story with a different intro and outro is a near duplicate", () => {
  const copy = `By Staff Writer. ${STORY} Copyright the agency. Read more local news on our site.`;
  assert.ok(similarity(STORY, copy) >= NEAR_DUPLICATE_THRESHOLD);
  assert.ok(isNearDuplicate(STORY, copy));
  const a = new Set(storyBands(STORY));
  assert.ok(
    storyBands(copy).some((k) => a.has(k)),
    "copies share a band key",
  );
  assert.equal(storyBands(STORY).length, 25);
});

test("different stories are not near duplicates and rarely share bands", () => {
  const other =
    "Heavy rain flooded several streets in the port on Sunday and the fire service pumped water out of dozens " +
    "of cellars. Forecasters expect more rain this week and have warned people living near the coast to " +
    "move their cars to higher ground, while the ferry company cancelled the evening crossings.";
  assert.ok(similarity(STORY, other) < 0.1);
  const a = new Set(storyBands(STORY));
  assert.ok(!storyBands(other).some((k) => a.has(k)));
  assert.deepEqual(storyBands("too short to band"), []);
});

test("detectLanguage: common news languages", () => {
  assert.equal(detectLanguage(STORY), "en");
  assert.equal(
    detectLanguage(
      "Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden und die Schulen mehr Geld bekommen.",
    ),
    "de",
  );
  assert.equal(
    detectLanguage(
      "Le gouvernement a annoncé lundi que les impôts ne seront pas augmentés et que les écoles recevront plus d'argent.",
    ),
    "fr",
  );
  assert.equal(
    detectLanguage(
      "El gobierno anunció el lunes que los impuestos no subirán y que las escuelas recibirán más dinero para los alumnos.",
    ),
    "es",
  );
  assert.equal(
    detectLanguage(
      "O governo anunciou na segunda-feira que os impostos não vão subir e que as escolas vão receber mais dinheiro.",
    ),
    "pt",
  );
  assert.equal(detectLanguage("Правительство в понедельник объявило, что налоги не будут повышены."), "ru");
  assert.equal(detectLanguage("الحكومة أعلنت يوم الاثنين أن الضرائب لن ترتفع"), "ar");
  assert.equal(detectLanguage("政府周一宣布不会提高税收"), "zh");
  assert.equal(detectLanguage("12 34"), null);
});
