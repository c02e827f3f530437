// Named-entity F1 on whole newswire articles (eval/data/entities.jsonl): the NER runs on the
// article's own text through Dyad's tokenizer, and an entity counts when its character span and
// label equal the annotation's, so tokenization and sentence-splitting errors are charged too.
import { analyseWith, type NlpModels } from "../src/nlp/analyse.js";
import { loadAnnotations, type Split } from "./lib-annotations.js";

export interface EntityScores {
  label: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(label: string, gold: number, predicted: number, correct: number): EntityScores {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { label, gold, predicted, correct, precision, recall, f1 };
}

/**
 * Scores per label and overall (micro) on one set: "test" (set 1, 27 stories, tuned on by reading
 * its totals) or "test2" (set 2, fresh); null when ../shared/corpus/news is absent.
 */
export async function scoreNewswireEntities(
  models: NlpModels,
  split: Split = "test",
): Promise<EntityScores[] | null> {
  const docs = await loadAnnotations("entities", split);
  if (!docs) return null;
  const labels = ["PER", "ORG", "LOC"] as const;
  const counts = new Map(labels.map((l) => [l, { gold: 0, predicted: 0, correct: 0 }]));
  for (const doc of docs) {
    const text = doc.article.text;
    const inRegion = (s: number, e: number) => s >= doc.start && e <= doc.end;
    const gold = new Set(doc.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of doc.entities) counts.get(e.label)!.gold++;
    for (const e of analyseWith(models, text).entities) {
      const c = counts.get(e.label as (typeof labels)[number]);
      if (!c || !inRegion(e.start, e.end)) continue;
      c.predicted++;
      if (gold.has(`${e.start}:${e.end}:${e.label}`)) c.correct++;
    }
  }
  const rows = labels.map((l) => {
    const c = counts.get(l)!;
    return prf(l, c.gold, c.predicted, c.correct);
  });
  const sum = (k: "gold" | "predicted" | "correct") => rows.reduce((a, r) => a + r[k], 0);
  rows.push(prf("all", sum("gold"), sum("predicted"), sum("correct")));
  return rows;
}
