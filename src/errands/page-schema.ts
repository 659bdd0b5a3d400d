import { z } from 'zod'
import { practiceRefSchema } from './practice-data'
import { idSchema, textKeySchema as textKey } from '../tasks/ids'

/**
 * The page language: what a visitor reads and presses on a terminal, as data. A page is a list of blocks drawn
 * by one renderer (`page-view.tsx`); an errand package has one page per stage of its task. The schema is the
 * one definition: the app, the server, the package checks and the JSON Schema for editors all derive from it.
 */

/** A field's value as the task has accepted it, shown as people write it (a date, a chosen option's name). */
export const fieldRefSchema = z.strictObject({
  field: idSchema,
  /** How a date field reads: "14 september 2026", or with its weekday, "tisdag 12 maj". @default 'date' */
  as: z.enum(['date', 'weekday-date']).optional(),
})

/** A reference number made from the visit: its prefix (which may hold `{year}`) and six digits. */
export const visitNumberSchema = z.strictObject({ visitNumber: z.string().regex(/^[A-Za-z0-9{}-]{1,16}$/) })

/**
 * Something shown on a page: a text key (its `{name}` placeholders filled from the practice data and from
 * `field.<name>`), a field's value, a practice value, a visit's reference number, or a text key with values of
 * its own.
 */
export type PageValue =
  | string
  | z.output<typeof practiceRefSchema>
  | z.output<typeof fieldRefSchema>
  | z.output<typeof visitNumberSchema>
  | { text: string; params: Record<string, PageValue> }

export const pageValueSchema: z.ZodType<PageValue> = z.lazy(() =>
  z.union([
    textKey,
    practiceRefSchema,
    fieldRefSchema,
    visitNumberSchema,
    z.strictObject({ text: textKey, params: z.record(z.string().regex(/^[\w.-]+$/), pageValueSchema) }),
  ]),
)

const align = z.enum(['start', 'center', 'end'])

/** A heading; over it, on a form's pages, "Application · Step 3 of 8" (see the page's `progress`). */
const heading = z.strictObject({ type: z.literal('heading'), text: pageValueSchema, align: align.optional() })

/** A paragraph whose `{name}` placeholders are filled in from the practice data and the accepted fields. */
const text = z.strictObject({
  type: z.literal('text'),
  text: pageValueSchema,
  /** @default 'body' */
  look: z.enum(['body', 'muted', 'large', 'success', 'success-heading']).optional(),
  align: align.optional(),
  /** Shown only once the task is done ("You are logged out"). @default false */
  whenDone: z.boolean().optional(),
})

/** Label and value rows, as a summary or a receipt lists them. */
const facts = z.strictObject({
  type: z.literal('facts'),
  rows: z.array(z.strictObject({ label: pageValueSchema, value: pageValueSchema })).min(1),
})

/** A choice among the options of the step's `choose` rule on this field: single, several, or ordered. */
const choice = z.strictObject({ type: z.literal('choice'), id: idSchema, field: idSchema })

/** A typed field: its format and keyboard layout come from the step's `enter-value` rule on this field. */
const field = z.strictObject({
  type: z.literal('field'),
  id: idSchema,
  field: idSchema,
  label: textKey,
  placeholder: textKey.optional(),
  /** The id of the terminal's on-screen keyboard beside the field; none where the place has its own keypad. */
  keyboard: idSchema.optional(),
})

/** A calendar whose limits (earliest, latest, closed weekdays) come from the step's `pick-date` rule. */
const calendar = z.strictObject({
  type: z.literal('calendar'),
  id: idSchema,
  field: idSchema,
  /** Text beside the calendar (the rule in words). */
  text: pageValueSchema.optional(),
})

/** Times of day; the taken ones, from the step's `pick-time` rule, explain themselves when pressed. */
const timeSlots = z.strictObject({
  type: z.literal('time-slots'),
  id: idSchema,
  field: idSchema,
  /** Accessible names of a free and a taken time, each with `{time}`. */
  free: textKey,
  taken: textKey,
})

/** A checkbox on a yes/no field, with an optional "Read more" dialog. */
const checkbox = z.strictObject({
  type: z.literal('checkbox'),
  id: idSchema,
  field: idSchema,
  label: textKey,
  readMore: z
    .strictObject({
      id: idSchema,
      label: textKey,
      title: textKey,
      paragraphs: z.array(textKey).min(1),
      closeId: idSchema,
      close: textKey,
    })
    .optional(),
})

/** One button. `activate` tells the task it was pressed; `submit` sends the page's field; `back` goes a step back. */
export const pageButtonSchema = z.strictObject({
  id: idSchema,
  label: pageValueSchema,
  /** @default 'secondary' */
  variant: z.enum(['primary', 'secondary', 'success', 'danger']).optional(),
  /** @default 'activate' */
  action: z.enum(['activate', 'submit', 'back']).optional(),
  /** Large buttons are for a page's one main action. @default false */
  large: z.boolean().optional(),
  /** Read out as one of a set of options (a payment date). @default false */
  radio: z.boolean().optional(),
  /** As wide as the page allows, in a column of options. @default false */
  wide: z.boolean().optional(),
  /** Greyed out once the task is done, so the last press cannot be repeated. @default false */
  doneWhenCompleted: z.boolean().optional(),
})

/** A row of buttons (or, with `column`, a column of options). */
const buttons = z.strictObject({
  type: z.literal('buttons'),
  buttons: z.array(pageButtonSchema).min(1),
  /** @default 'end' */
  align: z.enum(['start', 'center', 'end', 'space-between']).optional(),
  /** @default false */
  column: z.boolean().optional(),
})

/** The practice e-ID: the terminal says to open the phone, and the phone asks to log in or to sign. */
const eid = z.strictObject({
  type: z.literal('eid'),
  request: z.enum(['login', 'sign']),
  /** What the terminal shows meanwhile ("Open the e-ID on your phone"). */
  title: textKey,
  /** Who asks, as the phone names them. */
  party: pageValueSchema,
  /** What is signed, under the phone's question. */
  signText: pageValueSchema.optional(),
})

/** A receipt: a success heading, the reference number (a `visitNumber` in its text), and what comes next. */
const receipt = z.strictObject({
  type: z.literal('receipt'),
  title: textKey,
  number: pageValueSchema,
  lines: z.array(pageValueSchema).default([]),
})

/**
 * An inbox: each message a row that opens it (`<id>.<message id>`), and, with `report`, a button beside each to
 * report it as fraud without opening it (`<id>.<message id>.report`).
 */
const messages = z.strictObject({
  type: z.literal('messages'),
  id: idSchema,
  /** The report button's label. */
  report: textKey.optional(),
  messages: z
    .array(
      z.strictObject({
        id: idSchema,
        from: pageValueSchema,
        subject: pageValueSchema,
        date: pageValueSchema.optional(),
        /** Shown in bold with a dot until opened. @default false */
        unread: z.boolean().optional(),
      }),
    )
    .min(1),
})

/** A card of lines with an optional status badge ("Received"), as a case on My pages. */
const card = z.strictObject({
  type: z.literal('card'),
  title: pageValueSchema,
  lines: z.array(pageValueSchema).default([]),
  badge: pageValueSchema.optional(),
})

/** The friendly note about the step's last mistake, on the page where it happened. */
const feedback = z.strictObject({ type: z.literal('feedback') })

/** A scene's own component, by name, for what is truly special (the catalogue's search). */
const custom = z.strictObject({ type: z.literal('custom'), component: idSchema })

/** The blocks a dialog may hold. */
const dialogBlock = z.discriminatedUnion('type', [text, facts, feedback])

/** A dialog over the page (a "Do you really want to cancel?"), with its buttons. */
const dialog = z.strictObject({
  type: z.literal('dialog'),
  title: textKey,
  blocks: z.array(dialogBlock).min(1),
  buttons: z.array(pageButtonSchema).min(1),
})

export const pageBlockSchema = z.discriminatedUnion('type', [
  heading,
  text,
  facts,
  choice,
  field,
  calendar,
  timeSlots,
  checkbox,
  buttons,
  eid,
  receipt,
  messages,
  card,
  feedback,
  custom,
  dialog,
])

/** One page of a terminal. */
export const pageSchema = z.strictObject({
  /** Another stage's page whose blocks come first (a dialog over the page it belongs to). */
  base: z.string().min(1).optional(),
  /** The header says the visitor is logged in. @default false */
  loggedIn: z.boolean().optional(),
  /** A form's title: pages with the same one are numbered "Step n of N" in the order they are written. */
  progress: textKey.optional(),
  /** @default 'start' */
  align: z.enum(['start', 'center']).optional(),
  blocks: z.array(pageBlockSchema).min(1),
})

/** Every page of an errand, by the stage that shows it. */
export const pagesSchema = z.record(z.string().min(1), pageSchema)

export type PageSpec = z.output<typeof pageSchema>
export type PageBlock = z.output<typeof pageBlockSchema>
export type PageButton = z.output<typeof pageButtonSchema>
export type PagesSpec = z.output<typeof pagesSchema>
/** A block of one type. */
export type BlockOf<T extends PageBlock['type']> = Extract<PageBlock, { type: T }>
