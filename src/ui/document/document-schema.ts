import { z } from 'zod'
import { practiceRefSchema } from '../../errands/practice-data'

/** A text key of the scene's locale files, e.g. `bank.bill.ocr`. */
const textKeySchema = z
  .string()
  .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'expected a text key, e.g. "bank.bill.ocr"')

/**
 * A printed value: a text key whose `{name}` placeholders are filled from the errand's practice values, or
 * `{ "$practice": name }` for a practice value as it is printed (a number the visitor types).
 */
export const textValueSchema = z.union([textKeySchema, practiceRefSchema])

/** A label over its value, as a form letter or a bill prints them. */
export const documentEntrySchema = z.object({ labelKey: textKeySchema, value: textValueSchema }).strict()

/** Label and value entries, side by side where they fit. */
const entriesItemSchema = z
  .object({
    entries: z.array(documentEntrySchema).min(1),
    /** Printed as a tinted band, label and value on one line, as a bill prints the amount to pay. @default false */
    emphasis: z.boolean().optional(),
  })
  .strict()

/** A paragraph of running text. */
const paragraphItemSchema = z.object({ paragraph: textValueSchema }).strict()

/** Lines printed one under the other, e.g. the preschools wanted, in order. */
const listItemSchema = z.object({ list: z.array(textValueSchema).min(1) }).strict()

/** One block of a section. */
export const documentItemSchema = z.union([entriesItemSchema, paragraphItemSchema, listItemSchema])

/** A part of the document under an optional heading. */
export const documentSectionSchema = z
  .object({ headingKey: textKeySchema.optional(), items: z.array(documentItemSchema).min(1) })
  .strict()

/** How the paper looks: its type sizes and spacing. */
export const DOCUMENT_LOOKS = ['bill', 'letter', 'card'] as const

/**
 * An errand's paper, `document.json`: a bill, a letter, an appointment card. The scene draws it on the held paper
 * and the DOM mirror reads it out, both from this spec; the scene only says where it lies.
 */
export const documentSchema = z
  .object({
    /** Where an editor finds this file's JSON Schema; the app ignores it. */
    $schema: z.string().optional(),
    /** Its interactable id, e.g. `bank.bill`: steps target and show it by this id. */
    id: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'expected an interactable id, e.g. "bank.bill"'),
    /** Its accessible name, e.g. "Bill from Stadens Energi". */
    nameKey: textKeySchema,
    look: z.enum(DOCUMENT_LOOKS),
    /** A small line over the title: who sent it, or what kind of paper it is. */
    senderKey: textKeySchema.optional(),
    titleKey: textKeySchema,
    sections: z.array(documentSectionSchema).min(1),
  })
  .strict()

export type TextValue = z.infer<typeof textValueSchema>
export type DocumentEntry = z.infer<typeof documentEntrySchema>
export type DocumentItem = z.infer<typeof documentItemSchema>
export type DocumentSection = z.infer<typeof documentSectionSchema>
export type DocumentLook = (typeof DOCUMENT_LOOKS)[number]
/** A document spec, as `document.json` holds it. */
export type DocumentSpec = z.infer<typeof documentSchema>
