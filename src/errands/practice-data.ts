import { z } from 'zod'
import { localeInfo, type Locale } from '../i18n/locales'
import { FORMATS } from '../tasks/format-registry'

/** A practice value's name: a lowercase id such as `guardian-personnummer` or `bill-ocr`. */
export const practiceNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a practice value name is a lowercase id, e.g. "bill-ocr"')

/** A value as the errand's paper prints it, optionally in a value format that it must pass. */
const fixedValueSchema = z
  .object({
    /** The value as typed or printed, e.g. "5050-1055". */
    value: z.string().min(1),
    /** A format id from the format registry (`bankgiro`, `personnummer`, ...): the value must pass it. */
    format: z.string().optional(),
  })
  .strict()

/** A date this many days after the visit began, so a due date is never already past. */
const relativeDateSchema = z.object({ daysFromToday: z.number().int() }).strict()

/** One practice value: fixed, or a date relative to the visit. */
export const practiceValueSchema = z.union([fixedValueSchema, relativeDateSchema])

/**
 * An errand's made-up data, `practice.json`: the bill's numbers, the family's identity numbers, the letter's
 * dates. Documents print these values and tasks expect them, so each is written once.
 */
export const practiceDataSchema = z
  .object({
    /** Where an editor finds this file's JSON Schema; the app ignores it. */
    $schema: z.string().optional(),
    values: z.record(practiceNameSchema, practiceValueSchema),
  })
  .strict()

export type PracticeData = z.infer<typeof practiceDataSchema>
export type PracticeValue = z.infer<typeof practiceValueSchema>

/** A reference to a practice value from another package file: `{ "$practice": "bill-ocr" }`. */
export const practiceRefSchema = z.object({ $practice: practiceNameSchema }).strict()

export type PracticeRef = z.infer<typeof practiceRefSchema>

/** One problem in a package file: where it is (keys and indexes from the file's root) and what is wrong. */
export interface PackageError {
  path: (string | number)[]
  message: string
}

/**
 * What is wrong with practice data beyond its shape: every value with a format must name a registered format and
 * pass that format's own check, e.g. a personnummer with a valid check digit.
 */
export function checkPracticeData(data: unknown): PackageError[] {
  const parsed = practiceDataSchema.safeParse(data)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      message: issue.message,
    }))
  }
  const errors: PackageError[] = []
  for (const [name, entry] of Object.entries(parsed.data.values)) {
    if (!('value' in entry) || entry.format === undefined) continue
    const path = ['values', name, 'format']
    const format = FORMATS.get(entry.format)
    if (format === undefined) {
      errors.push({ path, message: `unknown format "${entry.format}"` })
      continue
    }
    const mistake = format.validate(entry.value)
    if (mistake !== null) {
      errors.push({
        path: ['values', name, 'value'],
        message: `"${entry.value}" is not a valid ${entry.format}: ${mistake}`,
      })
    }
  }
  return errors
}

const DAY_MS = 24 * 3600 * 1000

/** The day a relative date falls on, for a visit that began at `startedAt` (ms). */
export function practiceDate(daysFromToday: number, startedAt: number): Date {
  return new Date(startedAt + daysFromToday * DAY_MS)
}

/** A date as people write it in the visitor's language, e.g. "8 december 2026". */
export function formatPracticeDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(locale).tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date)
}

/** One value as it is printed: in its format's display form, a date in the visitor's language. */
function displayOf(entry: PracticeValue, locale: Locale, startedAt: number): string {
  if ('daysFromToday' in entry)
    return formatPracticeDate(practiceDate(entry.daysFromToday, startedAt), locale)
  const format = entry.format === undefined ? undefined : FORMATS.get(entry.format)
  return format ? format.display(entry.value) : entry.value
}

/** Every practice value as a display string, by name: what a document prints for the visitor's language. */
export function practiceValues(
  data: PracticeData,
  locale: Locale,
  startedAt: number,
): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, entry] of Object.entries(data.values)) values[name] = displayOf(entry, locale, startedAt)
  return values
}

/** Whether a value in a package file is a `{ "$practice": name }` reference. */
export function isPracticeRef(value: unknown): value is PracticeRef {
  return practiceRefSchema.safeParse(value).success
}

/**
 * The raw value a reference stands for, as a task expects it typed (not its display form). Throws for a name the
 * data lacks, or for a relative date (its day depends on the visit: use {@link practiceDate}).
 */
export function resolvePracticeRef(ref: PracticeRef, data: PracticeData): string {
  const entry = data.values[ref.$practice]
  if (entry === undefined) throw new Error(`no practice value "${ref.$practice}"`)
  if (!('value' in entry))
    throw new Error(`practice value "${ref.$practice}" is a date relative to the visit`)
  return entry.value
}

/** The days from the visit of a relative date; throws for a name the data lacks or a fixed value. */
export function practiceDays(data: PracticeData, name: string): number {
  const entry = data.values[name]
  if (entry === undefined || !('daysFromToday' in entry))
    throw new Error(`no relative practice date "${name}"`)
  return entry.daysFromToday
}

/** Parses practice data, naming the file and each bad path: for a task file that imports its `practice.json`. */
export function parsePracticeData(file: string, data: unknown): PracticeData {
  const errors = checkPracticeData(data)
  if (errors.length > 0) {
    throw new Error(
      `${file}: ${errors.map((error) => `${error.path.join('.') || '(file)'}: ${error.message}`).join('; ')}`,
    )
  }
  return practiceDataSchema.parse(data)
}
