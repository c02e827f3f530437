import type { Attribution, Document, Quote } from "../model/index.js";
import type { PipelineConfig, Stage } from "../pipeline/stage.js";
import { attribute } from "./attribute.js";
import type { Range, RawAttribution } from "./doc.js";
import { isOutletAnaphor, isOutletName } from "./outlets.js";
import { SpeakerResolver } from "./speaker.js";
import { capSentences, joinQuoteSplits, sentencesFor } from "./text.js";

/**
 * The quotes stage: direct, partial and indirect quotes with their speakers, cues and chains of
 * reporting (publisher -> outlet the words came through -> speaker).
 */

function span(body: string, r: Range): { start: number; end: number; text: string } {
  return { start: r.start, end: r.end, text: body.slice(r.start, r.end) };
}

/** Finds the quotes of a document; pure. */
export function findDocumentQuotes(doc: Document): Quote[] {
  const body = doc.body;
  const joined = joinQuoteSplits(body, sentencesFor(doc));
  const { sentences, origin } = capSentences(joined.sentences, joined.origin);
  const raws = attribute(body, sentences);
  const speakers = new SpeakerResolver(doc);
  const publisher: Attribution = {
    speaker: null,
    speakerActorId: null,
    cue: null,
    outlet: doc.publisher,
    relation: "publisher",
  };
  // Resolve in text order of the source, so pronouns and surnames look back only.
  const order = raws
    .map((r, i) => ({ r, i, at: r.source?.start ?? r.content.start }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const chains = new Map<RawAttribution, Attribution[]>();
  const actorIds = new Map<RawAttribution, string | null>();
  let noted = 0;
  for (const { r, at } of order) {
    if (at > noted) {
      speakers.noteText(noted, at);
      noted = at;
    }
    const chain: Attribution[] = [publisher];
    const viaName = r.via ? outletName(body.slice(r.via.start, r.via.end), speakers) : null;
    const hearerText = r.hearer ? body.slice(r.hearer.start, r.hearer.end) : null;
    const hearerOutlet =
      r.hearer &&
      hearerText &&
      (isOutletName(hearerText) || speakers.actorTypeAt(r.hearer.start, r.hearer.end) === "media")
        ? hearerText.replace(/^the\s+/i, "the ")
        : null;
    if (hearerOutlet) speakers.noteOutlet(hearerOutlet);
    let speakerName: string | null = null;
    let actorId: string | null = null;
    if (r.source) {
      const srcText = body.slice(r.source.start, r.source.end);
      if (isOutletName(srcText) || isOutletAnaphor(srcText)) {
        speakerName = outletName(srcText, speakers);
        actorId = null;
      } else {
        const sp = speakers.resolve(r.source.start, r.source.end);
        speakerName = sp.name;
        actorId = sp.actorId;
      }
    }
    actorIds.set(r, actorId);
    chain.push({
      speaker: speakerName,
      speakerActorId: actorId,
      cue: r.cue ? body.slice(r.cue.start, r.cue.end) : null,
      outlet: viaName ?? hearerOutlet,
      relation: viaName ? "via" : hearerOutlet ? "to" : null,
    });
    chains.set(r, chain);
  }
  return raws.map((r, n) => ({
    id: `q${n + 1}`,
    kind: r.kind,
    content: span(body, r.content),
    source: r.source ? { ...span(body, r.source), actorId: actorIds.get(r) ?? null } : null,
    cue: r.cue ? span(body, r.cue) : null,
    chain: chains.get(r) ?? [publisher],
    sentence: origin[r.sentence] ?? r.sentence,
    evidence: r.evidence,
    rule: r.rule,
  }));
}

function outletName(text: string, speakers: SpeakerResolver): string {
  const t = text.trim();
  if (isOutletAnaphor(t) && speakers.recentOutlet) return speakers.recentOutlet;
  if (isOutletName(t)) speakers.noteOutlet(t);
  return t;
}

/** The chain of the quote whose content covers [start, end): how events inside quotes are attributed. */
export function attributionFor(doc: Document, start: number, end: number): Attribution[] {
  let best: Quote | null = null;
  for (const q of doc.quotes) {
    if (q.content.start <= start && end <= q.content.end) {
      if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
    }
  }
  return best ? best.chain : [];
}

export async function createQuoteStage(_config: PipelineConfig): Promise<Stage> {
  return {
    name: "quotes",
    run(doc: Document): Document {
      return { ...doc, quotes: findDocumentQuotes(doc) };
    },
  };
}
