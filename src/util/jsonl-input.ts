// Lines of the `--jsonl FILE` machine interfaces: {id, text, ...} objects. A bad line becomes an
// {id, line, error} record instead of stopping the run.

/** Longest text accepted per line; longer lines are reported, not processed. */
export const MAX_LINE_TEXT = 2_000_000;

export type TextLine =
  | { ok: true; id: string | number | null; text: string; record: Record<string, unknown> }
  | { ok: false; error: { id: string | number | null; line: number; error: string } };

export function parseTextLine(line: string, lineNo: number): TextLine {
  const fail = (id: string | number | null, error: string): TextLine => ({
    ok: false,
    error: { id, line: lineNo, error },
  });
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return fail(null, "not valid JSON");
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return fail(null, "not a JSON object");
  const record = rec as Record<string, unknown>;
  const id = typeof record.id === "string" || typeof record.id === "number" ? record.id : null;
  if (typeof record.text !== "string") return fail(id, 'missing string field "text"');
  if (record.text.length > MAX_LINE_TEXT) return fail(id, `text longer than ${MAX_LINE_TEXT} characters`);
  return { ok: true, id, text: record.text, record };
}
