import { z } from "zod";

/** One token, CoNLL-U style: `id` and `head` are 1-based within the sentence, head 0 is the root. */
export const TokenSchema = z.object({
  id: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  lemma: z.string().optional(),
  upos: z.string().optional(),
  xpos: z.string().optional(),
  head: z.number().int().nonnegative().optional(),
  deprel: z.string().optional(),
});
export type Token = z.infer<typeof TokenSchema>;

export const SentenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  tokens: z.array(TokenSchema),
  /** True when the sentence was too long to parse and heads are missing. */
  unparsed: z.boolean().optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const EntityLabelSchema = z.enum(["PER", "ORG", "LOC", "MISC"]);
export type EntityLabel = z.infer<typeof EntityLabelSchema>;

/** A named-entity span from the recognizer (before actor resolution). */
export const EntitySchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  label: EntityLabelSchema,
  sentence: z.number().int().nonnegative(),
});
export type Entity = z.infer<typeof EntitySchema>;
