// The actors module's public surface, for the pipeline, the event coder, the quote finder and the CLI.
export { composeCode, isStateSector, SECTOR_NAMES, splitCode } from "./codes.js";
export {
  type DictActor,
  type DictAgent,
  type DictDiscard,
  DictionaryError,
  loadDictionaries,
  parseActorDictionary,
  parseAgentDictionary,
  parseDiscardDictionary,
  type UserDictionaries,
} from "./dictionaries/index.js";
export { KnowledgeBase, type NameHit, officeAt, type Person } from "./kb.js";
export { loadKnowledgeBase } from "./kb-load.js";
export { resolveDocument } from "./resolve.js";
export { actorAt, createResolveStage, createResolveStageWith } from "./stage.js";
