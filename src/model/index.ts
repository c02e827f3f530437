export * from "./actor.js";
export * from "./analysis.js";
export * from "./document.js";
export * from "./event.js";
export * from "./quote.js";
export * from "./reject.js";
export * from "./span.js";
export * from "./when-where.js";
