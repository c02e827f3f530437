/**
 * Collects SQL conditions with their parameters (always bound, never spliced into the text).
 * Conditions use `?` placeholders; PostgreSQL's `$n` numbering is applied by `numbered()`.
 */
export class Where {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: string, ...params: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...params);
    return this;
  }

  /** Adds the clause only when the value is defined (and not an empty string). */
  maybe(value: unknown, clause: string, ...params: unknown[]): this {
    if (value === undefined || value === null || value === "") return this;
    return this.add(clause, ...(params.length ? params : [value]));
  }

  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(" AND ")}` : "";
  }
}

/**
 * "On or after `from`" for event dates of any precision: an event dated only to its month or year
 * ("2024-05") whose period holds `from` counts too, as its period overlaps the range.
 */
export const EVENT_FROM = "(e.date >= ? OR substr(CAST(? AS TEXT), 1, length(e.date)) = e.date)";

/** Rewrites `?` placeholders as `$1, $2, ...` for PostgreSQL. */
export function numbered(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

/**
 * The user's text as a literal inside a LIKE pattern: `%`, `_` and the escape character `\` are
 * escaped, so `--actor %` matches codes that start with "%" (none), not every code. Every LIKE that
 * takes such a pattern says `ESCAPE '\'`, which SQLite and PostgreSQL both read.
 */
export function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/** A LIKE prefix pattern: the user's text, wildcards escaped, then `%`. */
export function likePrefix(value: string): string {
  return `${likeLiteral(value)}%`;
}

/** A LIKE pattern for text anywhere in the value, the user's wildcards escaped. */
export function likeContains(value: string): string {
  return `%${likeLiteral(value)}%`;
}
