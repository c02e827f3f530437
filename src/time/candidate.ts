import type { Timex } from "../model/index.js";
import type { Day } from "./calendar.js";
import type { Direction } from "./tense.js";
import type { Resolved } from "./values.js";

export type TimexType = Timex["type"];

export interface ResolveContext {
  /** The article's date (document creation time); null when unknown. */
  dct: Day | null;
  /** The latest day-precise date mentioned before this expression, for "two days later". */
  anchor: Day | null;
  /** Where the expression that set `anchor` ended; null (or absent) when unknown. */
  anchorEnd?: number | null;
  /** The latest month-precise (or finer) date mentioned before this expression, for "the following month". */
  anchorMonth?: { y: number; m: number } | null;
  /** The latest year mentioned before this expression (at any precision), for "the following year". */
  anchorYear: number | null;
  /**
   * Where the last expression that wrote `anchorYear` out ("in 1939", "May 4, 2018") ended, while the
   * story stays in that year; null when the year was only counted or guessed.
   */
  anchorYearWrittenEnd?: number | null;
  /**
   * The decade of the latest expression, when that was a decade ("the 1960s"): "the following decade"
   * counts from it.
   */
  anchorDecade?: number | null;
  /** The year of the latest expression that wrote one out, wherever the story has gone since. */
  writtenYear?: number | null;
  /**
   * The latest quarter named outright before this expression ("the third quarter"), and where it ended:
   * "a year earlier" in an earnings story is that quarter a year back.
   */
  anchorQuarter?: { y: number; q: number; end: number } | null;
  /** How precise the latest date mentioned was: "two years later" after "in 1995" counts from 1995. */
  latest?: "day" | "month" | "year" | null;
  /** True when the parse, not a nearby word, says the clause is in the past. */
  parsedPast?: boolean;
  /** True when the parse says the clause is in the present, which `direction` reads as pointing ahead. */
  parsedPresent?: boolean;
  /** Which way the expression's clause points. */
  direction: Direction;
}

/** A time expression found in the text, with how to resolve its value once the context is known. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** Breaks ties between overlapping candidates of equal length: higher wins. */
  priority: number;
  /** Where it came from (rule name or "chrono"), for debugging and evaluation breakdowns. */
  rule: string;
  /**
   * The ISO weekday of a bare weekday ("Tuesday", "9 a.m. Tuesday") whose direction comes from its
   * clause alone, not from "last", "next" or a date it counts from.
   */
  weekday?: number;
  /** A month named without a day or year ("in October"): a present tense does not send it ahead. */
  monthOnly?: boolean;
  /**
   * A part of a month named without a year ("mid-July"): a year written after a list it begins
   * ("mid-July to mid-November 2011") is its year too, as for a month alone.
   */
  partOfMonth?: boolean;
  /**
   * A month of the year the story is at, or of the one after (1) or before (-1) it ("June of that year",
   * "March of the following year"): months listed right before it ("in May and June of that year")
   * are of that year too, which they must not set first.
   */
  toldYearStep?: number;
  resolve(ctx: ResolveContext): Resolved;
}
