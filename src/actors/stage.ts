// The resolve stage: fills doc.mentions and doc.actors. Knowledge is loaded once by the factory.
import type { Actor, Document, Mention } from "../model/index.js";
import type { PipelineConfig, Stage } from "../pipeline/stage.js";
import type { KnowledgeBase } from "./kb.js";
import { loadKnowledgeBase } from "./kb-load.js";
import { MAX_RESOLVE_CHARS, resolveDocument } from "./resolve.js";

export function createResolveStageWith(kb: KnowledgeBase): Stage {
  return {
    name: "resolve",
    run(doc: Document): Document {
      const { mentions, actors } = resolveDocument(kb, doc);
      const notes =
        doc.body.length > MAX_RESOLVE_CHARS
          ? [...doc.notes, `resolve: only the first ${MAX_RESOLVE_CHARS} characters were searched for actors`]
          : doc.notes;
      return { ...doc, mentions, actors, notes };
    },
  };
}

/** Builds the stage from data/actors plus the user's dictionaries (config.dictionaries). */
export async function createResolveStage(config: PipelineConfig): Promise<Stage> {
  return createResolveStageWith(loadKnowledgeBase(config.dictionaries ?? []));
}

/**
 * The actor mention for a span of the body: the mention covering it, else the mentions inside it that
 * have an actor. Inside a span, a chain of mentions joined only by a possessive ("Cuba" + "'s" +
 * "foreign ministry") stands for its last link, the head; otherwise the first mention wins (the subject
 * of a clause, the speaker before a cue). Null when there is none.
 */
export function actorAt(
  doc: Document,
  start: number,
  end: number,
): { mention: Mention; actor: Actor } | null {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const inside: { mention: Mention; actor: Actor }[] = [];
  for (const m of doc.mentions) {
    if (!m.actorId) continue;
    const actor = byId.get(m.actorId);
    if (!actor) continue;
    if (m.start <= start && m.end >= end) return { mention: m, actor };
    if (m.start < end && start < m.end) inside.push({ mention: m, actor });
  }
  if (inside.length === 0) return null;
  inside.sort((a, b) => a.mention.start - b.mention.start);
  let best = inside[0];
  for (let n = 1; n < inside.length; n++) {
    const gap = doc.body.slice(best.mention.end, inside[n].mention.start);
    if (!/^\s*['’]s?\s*$/.test(gap)) break;
    best = inside[n];
  }
  return best;
}
