// Penn Treebank bracketed trees ("(ROOT (S (NP (NNP Arnor)) ...))"), as PETRARCH's records carry them.
// Iterative, linear in the input; malformed input gives an error, never a hang.

export interface PtbNode {
  label: string;
  children: PtbNode[];
  /** The word, for leaves (pre-terminals hold one leaf: label = POS tag). */
  word: string | null;
  /** Index of the word in the sentence (leaves only), else -1. */
  index: number;
  parent: PtbNode | null;
}

export class PtbError extends Error {}

export function parsePtb(text: string): { root: PtbNode; words: PtbNode[] } {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length > 200_000) throw new PtbError("tree too large");
  const words: PtbNode[] = [];
  const stack: PtbNode[] = [];
  let root: PtbNode | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(") {
      const label = tokens[i + 1] && tokens[i + 1] !== "(" && tokens[i + 1] !== ")" ? tokens[++i] : "";
      const node: PtbNode = { label, children: [], word: null, index: -1, parent: stack.at(-1) ?? null };
      if (stack.length) stack[stack.length - 1].children.push(node);
      else if (!root) root = node;
      else throw new PtbError("more than one tree");
      stack.push(node);
    } else if (t === ")") {
      if (!stack.length) throw new PtbError("unbalanced ')'");
      stack.pop();
    } else {
      const top = stack.at(-1);
      if (!top) throw new PtbError(`word outside the tree: ${t}`);
      top.word = t;
      top.index = words.length;
      words.push(top);
    }
  }
  if (stack.length) throw new PtbError("unbalanced '('");
  if (!root) throw new PtbError("empty tree");
  return { root, words };
}

/** The leaves under a node, in order. */
export function leaves(n: PtbNode): PtbNode[] {
  const out: PtbNode[] = [];
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.word !== null) out.push(x);
    for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return out;
}
