// The types the event coder takes and gives: the actors it is told about, what it asks of the stage
// (CoderContext), and the events it codes.

import type { Modality } from "../model/index.js";
import type { GNode } from "./graph.js";
import type { FrameKind, Lexicon } from "./lexicon.js";

/** An actor found in the sentence: its span and CAMEO code ("---" when unknown). */
export interface ActorRef {
  start: number;
  end: number;
  text: string;
  code: string;
  actorId: string | null;
  /** The resolved actor's type ("person", "country", ...), when known. */
  type?: string;
}

export interface CoderContext {
  lex: Lexicon;
  /** The actor a span of the sentence refers to (from the resolver's mentions), or null. */
  actorIn(start: number, end: number, head: GNode): ActorRef | null;
  /** Actors of the whole sentence in order, for "the pair"/"both sides". */
  sentenceActors(): ActorRef[];
  /** The speaker of the quotation that contains a position, when the quotes layer names one. */
  speakerAt?(pos: number): ActorRef | null;
  /** Resolved actors of the two sentences before this one, one list per sentence, oldest first. */
  earlierActors?(): ActorRef[][];
  /** The document's text between two offsets ("Arland and Borvia": is the pair named together?). */
  textBetween?(start: number, end: number): string;
}

export interface CodedEvent {
  source: ActorRef | null;
  target: ActorRef | null;
  /** The predicate node (verb or event noun) and its particle, for the verb span. */
  verb: number;
  particle: number | null;
  code: string;
  rule: string;
  modality: Modality;
  negated: boolean;
  /** Frames passed on the way up ("intend", "appeal", ...), innermost first. */
  frames: FrameKind[];
  /** Nodes of the clause (and the clauses of its frames): where to look for its time and place. */
  clause: number[];
  /** A predicate this event stands for besides its own verb (the denied act of "said it did not ..."). */
  covers?: number;
  /** True when the source is the predicate's own subject, not one inherited through coordination or a chain. */
  ownSubject?: boolean;
  /** Unnamed people a violent act was done to ("killing 12 people"), when no target codes them. */
  victims?: { start: number; end: number; text: string };
}
