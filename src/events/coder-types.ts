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

// The factories below write every field, optional ones too, in the interface's order: V8 gives objects
// built with other keys, another key order, by a spread or by adding a field later a shape of their
// own, and the rule code that meets several shapes of one record is deoptimised on fresh articles.

/** An actor reference; the only way one is made. */
export function actorRef(
  start: number,
  end: number,
  text: string,
  code: string,
  actorId: string | null,
  type?: string,
): ActorRef {
  return { start, end, text, code, actorId, type };
}

/** A copy of an actor reference (events own their parties), with another code when given. */
export function copyRef(a: ActorRef, code: string = a.code): ActorRef {
  return actorRef(a.start, a.end, a.text, code, a.actorId, a.type);
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

/** A coded event; the only literal of one (the optional fields start undefined). */
export function codedEvent(
  source: ActorRef | null,
  target: ActorRef | null,
  verb: number,
  particle: number | null,
  code: string,
  rule: string,
  modality: Modality,
  negated: boolean,
  frames: FrameKind[],
  clause: number[],
): CodedEvent {
  return {
    source,
    target,
    verb,
    particle,
    code,
    rule,
    modality,
    negated,
    frames,
    clause,
    covers: undefined,
    ownSubject: undefined,
    victims: undefined,
  };
}

/** A copy of a coded event with some fields changed: what `{ ...e, ...changes }` gives, in e's shape. */
export function revisedEvent(e: CodedEvent, changes: Partial<CodedEvent>): CodedEvent {
  const x = codedEvent(
    e.source,
    e.target,
    e.verb,
    e.particle,
    e.code,
    e.rule,
    e.modality,
    e.negated,
    e.frames,
    e.clause,
  );
  x.covers = e.covers;
  x.ownSubject = e.ownSubject;
  x.victims = e.victims;
  return Object.assign(x, changes);
}
