// GraphML for Gephi, yEd or networkx: actor codes as nodes, who-did-what-to-whom as weighted directed
// edges (weight = number of events, goldstein = their mean score).
import type { ActorNetwork } from "../store/store.js";

function xml(value: unknown): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function graphml(net: ActorNetwork): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>',
    '  <graph id="dyad" edgedefault="directed">',
  ];
  for (const n of net.nodes)
    out.push(
      `    <node id="${xml(n.id)}"><data key="label">${xml(n.id)}</data><data key="events">${n.events}</data></node>`,
    );
  for (const [i, e] of net.edges.entries())
    out.push(
      `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data><data key="goldstein">${e.meanGoldstein}</data></edge>`,
    );
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
