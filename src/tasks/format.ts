import { MAX_VALUE_LENGTH } from './field-value'

/** What kind of value a field holds; the interface offers the matching input (keyboard, calendar, list). */
export type FormatKind = 'text' | 'digits' | 'amount' | 'date' | 'choice' | 'multi-choice'

/** The on-screen keyboard a typed field opens. */
export type KeyboardLayout = 'text' | 'digits' | 'amount' | 'phone'

/** One value format, as its file writes it: `defineFormat({ ... })` fills in the rest. */
export interface FormatSpec {
  /** Unique id that task files name; also the file's name, `<id>.format.ts`. */
  id: string
  kind: FormatKind
  /** The on-screen keyboard for typing it, or null where it is not typed (calendar, choice list). */
  keyboard: KeyboardLayout | null
  /** The most characters the field takes. @default 32 */
  maxLength?: number
  /** Whether one typed character may follow what the field holds, e.g. digits only, or a single comma. */
  accepts: (char: string, current: string) => boolean
  /** The form values are compared in, e.g. without spaces and dashes. @default trims the value */
  normalize?: (value: string) => string
  /**
   * What is wrong with a typed value on its own, as a mistake code listed in `mistakeCodes`, or null when
   * nothing is. `expected` is the value the task asks for, where there is one. @default () => null
   */
  validate?: (value: string, expected?: string) => string | null
  /** Every code `validate` can return, so each step can give feedback for it. @default [] */
  mistakeCodes?: readonly string[]
  /** Whether two values are the same. @default their normalized forms are equal */
  equals?: (a: string, b: string) => boolean
  /** How a value is shown, e.g. "5050-1055". @default the value as it is */
  display?: (value: string) => string
}

/** A value format with every behaviour filled in. */
export type FormatDefinition = Readonly<Required<FormatSpec>>

const defined = new WeakSet<object>()

/** Whether a module's export is a format made by {@link defineFormat}. */
export function isFormatDefinition(value: unknown): value is FormatDefinition {
  return typeof value === 'object' && value !== null && defined.has(value)
}

/** The one definition of a value format, in its own `<id>.format.ts` file. */
export function defineFormat(spec: FormatSpec): FormatDefinition {
  const maxLength = spec.maxLength ?? MAX_VALUE_LENGTH
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_VALUE_LENGTH) {
    throw new Error(`format "${spec.id}": maxLength must be 1 to ${MAX_VALUE_LENGTH}`)
  }
  const normalize = spec.normalize ?? ((value: string) => value.trim())
  const format: FormatDefinition = Object.freeze({
    id: spec.id,
    kind: spec.kind,
    keyboard: spec.keyboard,
    maxLength,
    accepts: spec.accepts,
    normalize,
    validate: spec.validate ?? (() => null),
    mistakeCodes: spec.mistakeCodes ?? [],
    equals: spec.equals ?? ((a: string, b: string) => normalize(a) === normalize(b)),
    display: spec.display ?? ((value: string) => value),
  })
  defined.add(format)
  return format
}

/** Whether `char` is one decimal digit. */
export function isDigit(char: string): boolean {
  return /^\d$/.test(char)
}
