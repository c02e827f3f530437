/** Escapes text for HTML element content and quoted attribute values: page text is untrusted. */
export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Dyad</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f6}a{color:#0645ad;text-decoration:none}a:hover{text-decoration:underline}
.muted{color:#666}.code{font-family:ui-monospace,monospace}mark{background:#fff2a8}
.body{white-space:pre-wrap;max-width:75ch}
</style></head><body>
<header><a href="/"><strong>Dyad</strong></a> <span class="muted">who did what to whom, and who said so</span></header>
${body}
</body></html>`;
}

export function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return `<p class="muted">None.</p>`;
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
