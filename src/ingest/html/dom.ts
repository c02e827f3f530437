// A small, fast document tree built with htmlparser2: only what extraction needs (elements,
// attributes, text), with scripts, styles and other non-content dropped while parsing.
import { Parser } from "htmlparser2";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
export type Node = El | string;

export interface Page {
  root: El;
  /** The <title> text. */
  title: string;
  /** JSON-LD blocks as found (unparsed). */
  jsonLd: string[];
}

// Content of these never reaches the reader of the page.
const DROP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "textarea",
  "button",
  "map",
]);

const MAX_JSONLD = 1024 * 1024;
const MAX_DEPTH = 400;

/** Some saved pages lose their </title>; the parser would then swallow the whole page as title text. */
function unclosedTitle(html: string): string {
  const open = html.search(/<title[\s>]/i);
  if (open < 0 || /<\/title\s*>/i.test(html)) return html;
  const end = html.indexOf(">", open);
  return end < 0 ? html : html.slice(0, open) + html.slice(end + 1);
}

export function parsePage(input: string): Page {
  const html = unclosedTitle(input);
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null };
  let cur = root;
  let depth = 0;
  let drop = 0;
  let inTitle = false;
  let title = "";
  let ldBuf: string | null = null;
  const jsonLd: string[] = [];
  // Depth beyond MAX_DEPTH is flattened into the deepest element so hostile nesting cannot blow the stack.
  let overflow = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (drop > 0) {
          drop++;
          return;
        }
        if (DROP.has(name)) {
          drop = 1;
          if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) ldBuf = "";
          return;
        }
        if (name === "title" && !title) inTitle = true;
        if (depth >= MAX_DEPTH) {
          overflow++;
          return;
        }
        const el: El = { tag: name, attrs, children: [], parent: cur };
        cur.children.push(el);
        cur = el;
        depth++;
      },
      ontext(text) {
        if (drop > 0) {
          if (ldBuf !== null && ldBuf.length < MAX_JSONLD) ldBuf += text;
          return;
        }
        if (inTitle) {
          if (title.length < 2000) title += text;
          return;
        }
        const last = cur.children[cur.children.length - 1];
        if (typeof last === "string") cur.children[cur.children.length - 1] = last + text;
        else cur.children.push(text);
      },
      onclosetag(name) {
        if (drop > 0) {
          drop--;
          if (drop === 0 && ldBuf !== null) {
            jsonLd.push(ldBuf);
            ldBuf = null;
          }
          return;
        }
        if (name === "title") inTitle = false;
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (cur.parent) {
          cur = cur.parent;
          depth--;
        }
      },
    },
    // As in browsers, "/>" closes only void elements: <a href=x /> still wraps the text after it.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { root, title: title.replace(/\s+/g, " ").trim(), jsonLd };
}

/** Every element in document order (iterative: hostile nesting cannot overflow the stack). */
export function* elements(root: El): Iterable<El> {
  const stack: El[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== "string") stack.push(c);
    }
  }
}

/** Text content with whitespace collapsed. */
export function textOf(el: El): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === "string") parts.push(n);
    else {
      if (n.tag === "br") parts.push(" ");
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
