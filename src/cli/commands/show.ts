import type { Command } from "commander";
import type { Document } from "../../model/index.js";
import { formatTable } from "../../util/table.js";
import { action, intOption, UserError, withExistingStore } from "../context.js";

export function register(program: Command): void {
  program
    .command("show")
    .description("one article with its annotations (events, quotes, actors, times, places)")
    .argument("<id>", "article id (see `dyad articles`)")
    .option("--json", "print the whole document with every layer and its offsets")
    .action(
      action(async (id: string, opts, cmd: Command) => {
        const articleId = intOption(id, "id");
        const article = await withExistingStore(cmd, (s) => s.getArticle(articleId));
        if (!article) throw new UserError(`no article with id ${id}`);
        if (opts.json) process.stdout.write(JSON.stringify(article, null, 2) + "\n");
        else process.stdout.write(describe(article.id, article.document));
      }),
    );
}

function describe(id: number, d: Document): string {
  const out: string[] = [];
  out.push(`#${id}  ${d.title}`);
  out.push(
    [
      d.published && `published ${d.published} (${d.publishedSource})`,
      d.publisher,
      d.byline,
      d.section,
      d.language,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  out.push(`source: ${d.source}`);
  out.push("");
  out.push(d.body);
  for (const c of d.captions) out.push(`\n[caption] ${c.text}${c.credit ? ` (${c.credit})` : ""}`);
  const section = (title: string, rows: Record<string, unknown>[]) => {
    out.push(`\n== ${title} (${rows.length})`);
    if (rows.length) out.push(formatTable(rows));
  };
  section(
    "events",
    d.events.map((e) => ({
      source: e.source ? `${e.source.text} [${e.source.code}]` : "",
      cameo: e.cameo,
      verb: e.verb.text,
      target: e.target ? `${e.target.text} [${e.target.code}]` : "",
      date: e.date,
      status:
        e.status + (e.negated ? ", negated" : "") + (e.modality !== "asserted" ? `, ${e.modality}` : ""),
    })),
  );
  section(
    "quotes",
    d.quotes.map((q) => ({
      kind: q.kind,
      speaker: q.source?.text ?? "",
      cue: q.cue?.text ?? "",
      via: q.chain
        .map((c) => c.outlet)
        .filter(Boolean)
        .join(", "),
      content: q.content.text,
    })),
  );
  section(
    "actors",
    d.actors.map((a) => ({ id: a.id, name: a.name, code: a.code, type: a.type, role: a.role })),
  );
  section(
    "times",
    d.timexes.map((t) => ({ text: t.text, type: t.type, value: t.value })),
  );
  section(
    "places",
    d.places.map((p) => ({ text: p.text, name: p.name, country: p.country, lat: p.lat, lon: p.lon })),
  );
  if (d.notes.length) out.push(`\nnotes: ${d.notes.join("; ")}`);
  return out.join("\n") + "\n";
}
