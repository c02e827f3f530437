import { z } from "zod";

export const ActorTypeSchema = z.enum([
  "person",
  "country",
  "government",
  "organisation",
  "igo",
  "group",
  "company",
  "media",
  "other",
]);
export type ActorType = z.infer<typeof ActorTypeSchema>;

/**
 * An actor as the field codes it: CAMEO-style `code` = country (ISO 3166 alpha-3) + sector codes
 * (e.g. CHNGOV, RUSBUS, IGOEUREEC). `id` is stable across runs: derived from the knowledge-base key
 * when the actor is known, else from the normalised name and code.
 */
export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  type: ActorTypeSchema,
  country: z.string().nullable(),
  sectors: z.array(z.string()),
  /** Role in this article's context, e.g. "state councilor and foreign minister". */
  role: z.string().nullable().default(null),
});
export type Actor = z.infer<typeof ActorSchema>;

export const MentionKindSchema = z.enum([
  "name",
  "title",
  "group",
  "pronoun",
  "nominal",
  "capital",
  "demonym",
]);

/** A span of text that refers to an actor (possibly through coreference). */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MentionKindSchema,
  sentence: z.number().int().nonnegative(),
  actorId: z.string().nullable(),
});
export type Mention = z.infer<typeof MentionSchema>;
