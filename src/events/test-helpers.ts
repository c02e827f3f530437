// Builds Documents by hand for the coder's tests: a sentence given as [text, upos, head, deprel,
// lemma?] rows (CoNLL-U style, 1-based heads), with optional actor mentions by token range.
import { type ActorType, type Document, DocumentSchema } from "../model/index.js";
import { textDocument } from "../pipeline/document.js";
import { type Lexicon, loadLexicon } from "./lexicon.js";
import { codeDocument } from "./stage.js";

export type Row = [text: string, upos: string, head: number, deprel: string, lemma?: string];

export interface HandActor {
  /** 1-based token range [from, to] the mention covers. */
  tokens: [number, number];
  code: string;
  /** The resolved actor's type; "country" when not given. */
  type?: ActorType;
}

export function handDocument(rows: Row[], actors: HandActor[] = [], published = "2024-05-01"): Document {
  return handStory([rows], actors, published);
}

/** A story of several hand-parsed sentences; an actor's `sentence` (0-based, default 0) says which. */
export function handStory(
  sentences: Row[][],
  actors: (HandActor & { sentence?: number })[] = [],
  published = "2024-05-01",
): Document {
  let body = "";
  const parsed = sentences.map((rows) => {
    const first = body.length + (body ? 1 : 0);
    const tokens = rows.map(([text, upos, head, deprel, lemma], i) => {
      if (body && !/^[.,;:!?]$/.test(text) && !text.startsWith("'")) body += " ";
      const start = body.length;
      body += text;
      return {
        id: i + 1,
        start,
        end: body.length,
        text,
        upos,
        head,
        deprel,
        lemma: lemma ?? text.toLowerCase(),
      };
    });
    return { start: Math.min(first, tokens[0]?.start ?? first), end: body.length, tokens };
  });
  const actorsLayer = actors.map((a, k) => ({
    id: `a${k}`,
    name: a.code,
    code: a.code,
    type: a.type ?? "country",
    country: a.code.slice(0, 3),
    sectors: [],
    role: null,
  }));
  const mentions = actors.map((a, k) => {
    const sentence = a.sentence ?? 0;
    const { tokens } = parsed[sentence];
    const start = tokens[a.tokens[0] - 1].start;
    const end = tokens[a.tokens[1] - 1].end;
    return { start, end, text: body.slice(start, end), kind: "name" as const, sentence, actorId: `a${k}` };
  });
  return DocumentSchema.parse({
    ...textDocument("hand", body, published),
    sentences: parsed,
    mentions,
    actors: actorsLayer,
  });
}

let lexicon: Lexicon | undefined;

/** Codes a hand-made sentence with the built-in lexicon: one "source cameo target" line per event. */
export function codeDyads(rows: Row[], actors: HandActor[] = []): string[] {
  lexicon ??= loadLexicon();
  return codeDocument(handDocument(rows, actors), { lex: lexicon }).events.map(
    (e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"}`,
  );
}
